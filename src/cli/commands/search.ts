import type { RegisterCommand } from '../command.js';
import { withFilterOptions, withOutputOptions } from '../command.js';
import type { OutputFlags } from '../../format/output.js';
import type { FilterArgs } from '../../store/search.js';

interface SearchFlags extends FilterArgs, OutputFlags {
  limit?: string;
  offset?: string;
  all?: boolean;
  kwic?: boolean;
  window?: string;
  count?: boolean;
  by?: string;
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
    .option('--all', 'text view: print every hit')
    .option('--kwic', 'keyword in context: one aligned line per occurrence, in corpus order')
    .option('--window <n>', 'with --kwic: characters of context on each side (default 40)')
    .option('--count', 'count matching paragraphs and footnotes per document')
    .option('--by <what>', 'with --count: document, session, year, kind or lead')))
    .action(async (words: string[], opts: SearchFlags) => {
      const { outputFormat } = await import('../../format/output.js');
      const { intOption } = await import('../command.js');
      const { UsageError } = await import('../../errors.js');
      const format = outputFormat(opts);
      const limit = await intOption(opts.limit, '--limit', 1);
      const offset = await intOption(opts.offset, '--offset');
      const window = await intOption(opts.window, '--window', 1);
      if (opts.window !== undefined && !opts.kwic) throw new UsageError('--window goes with --kwic');
      if (opts.by !== undefined && !opts.count) throw new UsageError('--by goes with --count');
      if (opts.kwic && opts.count) throw new UsageError('choose --kwic or --count, not both');
      if (opts.all && opts.limit !== undefined) throw new UsageError('choose --all or --limit, not both');
      const s = await import('../../store/search.js');
      const by = (opts.by ?? 'document') as (typeof s.COUNT_BY)[number];
      if (!s.COUNT_BY.includes(by)) throw new UsageError(`--by: one of ${s.COUNT_BY.join(', ')}, not '${opts.by}'`);
      const query = s.prepareQuery(words.join(' '));
      const db = await ctx.open();
      const filters = await s.resolveFilters(db, opts);
      const view = await import('./search-view.js');
      const color = format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
      let n: number;
      if (opts.count) {
        n = view.printCounts(format, by, s.countBy(db, query, by, filters));
      } else if (opts.kwic) {
        n = await view.printKwic(format, s.kwic(db, query, { ...filters, ...(window ? { window } : {}) }), { limit, offset }, color);
      } else {
        const textLimit = format === 'text' && limit === undefined && !opts.all ? TEXT_LIMIT : limit;
        const common = { ...filters, offset, ...(color ? { open: '\u0001', close: '\u0002' } : {}) };
        if (textLimit === undefined) {
          n = await view.printHits(format, s.search(db, query, common), color);
        } else {
          const page = s.searchPage(db, query, { ...common, limit: textLimit });
          n = await view.printHits(format, page.hits, color);
          const rest = page.total - (offset ?? 0) - n;
          if (format === 'text' && rest > 0) {
            const { notice } = await import('../../format/output.js');
            notice(`${rest} more hit${rest > 1 ? 's' : ''} (${page.total} in all); use --offset ${(offset ?? 0) + n}, --limit N or --all, or --jsonl for every hit`);
          }
        }
      }
      if (n === 0) setExitCode(1);
    });
};
