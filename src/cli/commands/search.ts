import type { RegisterCommand } from '../command.js';
import { withFilterOptions, withOutputOptions } from '../command.js';
import type { OutputFlags } from '../../format/output.js';
import type { FilterArgs } from '../../query/search.js';

export interface SearchFlags extends FilterArgs, OutputFlags {
  limit?: string;
  offset?: string;
  all?: boolean;
  kwic?: boolean;
  window?: string;
  count?: boolean;
  by?: string;
  marks?: string;
  sort?: string;
}

/** Hits printed by the human view when no --limit is given (machine formats print every hit). */
export const TEXT_LIMIT = 20;

export const registerSearch: RegisterCommand = (program, ctx, setExitCode) => {
  withOutputOptions(withFilterOptions(program.command('search')
    .argument('<query...>', 'words (a run of words is a phrase), "quoted phrases", AND OR NOT, cyber*, NEAR; see docs/search.md')
    .description('full-text search over paragraphs and footnotes, ranked (exit 1 when nothing matches)')
    .option('--lead <phrase>', 'only paragraphs whose lead phrase starts with these words (Rappelant); no footnotes')
    .option('--section <text>', 'only paragraphs (footnotes of paragraphs) under a heading containing this text')
    .option('--limit <n>', `at most n hits (text view: ${TEXT_LIMIT} unless given)`)
    .option('--offset <n>', 'skip the first n hits')
    .option('--sort <order>', 'rank, doc (as added: no sorting, the cheapest) or date; default: rank (text view), corpus order by date (text --kwic), doc (--json, --jsonl, --csv, --tsv)')
    .option('--all', 'text view: print every hit')
    .option('--kwic', 'keyword in context: one aligned line per occurrence, in corpus order')
    .option('--window <n>', 'with --kwic: characters of context on each side (default 40)')
    .option('--count', 'count matching paragraphs and footnotes per document')
    .option('--marks <pair>', 'text view: the markers around matches off a terminal or with --color=never (default ⟦⟧): two characters or OPEN,CLOSE')
    .option('--by <what>', 'with --count: document, session, year, kind or lead')))
    .action(async (words: string[], opts: SearchFlags) => {
      // one module load for everything the action needs
      const { runSearch } = await import('./search-run.js');
      await runSearch(words, opts, ctx, setExitCode, TEXT_LIMIT);
    });
};
