/**
 * What `cybercorpus search` does once its options are parsed (src/cli/commands/search.ts defines
 * them): one module, loaded by the action in one go with everything it needs.
 */
import type { Context } from '../context.js';
import { intOption } from '../command.js';
import { UsageError } from '../../errors.js';
import { notice, outputFormat } from '../../format/output.js';
import { useColor } from '../../format/terminal.js';
import * as s from '../../query/search.js';
import type { SearchFlags } from './search.js';
import { DEFAULT_MARKS, printCounts, printHits, printKwic, snippetMarks, type Marks } from './search-view.js';

/**
 * Run a search. `textLimit`: hits the text view prints when no --limit is given.
 */
export async function runSearch(words: string[], opts: SearchFlags, ctx: Context, setExitCode: (code: number) => void, textLimit: number): Promise<void> {
  const format = outputFormat(opts);
  const limit = await intOption(opts.limit, '--limit', 1);
  const offset = await intOption(opts.offset, '--offset');
  const window = await intOption(opts.window, '--window', 1);
  if (opts.window !== undefined && !opts.kwic) throw new UsageError('--window goes with --kwic');
  if (opts.by !== undefined && !opts.count) throw new UsageError('--by goes with --count');
  if (opts.kwic && opts.count) throw new UsageError('choose --kwic or --count, not both');
  if (opts.all && opts.limit !== undefined) throw new UsageError('choose --all or --limit, not both');
  const by = (opts.by ?? 'document') as (typeof s.COUNT_BY)[number];
  if (!s.COUNT_BY.includes(by)) throw new UsageError(`--by: one of ${s.COUNT_BY.join(', ')}, not '${opts.by}'`);
  if (opts.sort !== undefined && !(s.SORT_ORDERS as readonly string[]).includes(opts.sort)) throw new UsageError(`--sort: one of ${s.SORT_ORDERS.join(', ')}, not '${opts.sort}'`);
  if (opts.sort !== undefined && opts.count) throw new UsageError('--sort does not go with --count');
  // machine output comes in the order the index hands it over unless asked otherwise: sorting
  // every hit is most of the time and the first hits wait for it (issue 19)
  const sort = (opts.sort ?? (format !== 'text' ? 'doc' : opts.kwic ? 'date' : 'rank')) as s.SortOrder;
  const query = s.prepareQuery(words.join(' '));
  const db = await ctx.open();
  const filters = await s.resolveFilters(db, opts);
  if (opts.marks !== undefined && format !== 'text') throw new UsageError('--marks applies to the text view; machine output carries the match positions (matches, start, end)');
  // the text view marks matches in colour on a terminal (--color, NO_COLOR, FORCE_COLOR as for
  // every command), else between markers that UN texts do not print
  const marks: Marks = opts.marks !== undefined ? parseMarks(opts.marks) : format === 'text' && useColor() ? null : DEFAULT_MARKS;
  let n: number;
  if (opts.count) {
    n = printCounts(format, by, s.countBy(db, query, by, filters));
  } else if (opts.kwic) {
    n = await printKwic(format, s.kwic(db, query, { ...filters, sort, ...(window ? { window } : {}) }), { limit, offset }, marks);
  } else {
    const pageSize = format === 'text' && limit === undefined && !opts.all ? textLimit : limit;
    const common = { ...filters, sort, offset, ...(format === 'text' ? snippetMarks(marks) : {}) };
    if (pageSize === undefined || (format !== 'text' && sort !== 'rank')) {
      // streamed, with no total to tell (machine output in doc order: not even a sort)
      n = await printHits(format, s.search(db, query, { ...common, ...(pageSize === undefined ? {} : { limit: pageSize }) }), marks);
    } else {
      const page = s.searchPage(db, query, { ...common, limit: pageSize });
      n = await printHits(format, page.hits, marks);
      const rest = page.total - (offset ?? 0) - n;
      if (format === 'text' && rest > 0) {
        notice(`${rest} more hit${rest > 1 ? 's' : ''} (${page.total} in all); use --offset ${(offset ?? 0) + n}, --limit N or --all, or --jsonl for every hit`);
      }
    }
  }
  if (n === 0) setExitCode(1);
}

/**
 * `--marks`: the two markers of the text view, as two characters (`'<>'`) or two strings
 * separated by a comma (`'<<,>>'`); a marker may not be empty.
 */
export function parseMarks(value: string): { open: string; close: string } {
  const chars = [...value];
  const parts = value.includes(',') ? value.split(',') : chars.length === 2 ? chars : [];
  if (parts.length !== 2 || parts.some((p) => p === '')) throw new UsageError(`--marks takes two markers, as two characters ('<>') or OPEN,CLOSE ('<<,>>'), not '${value}'`);
  return { open: parts[0]!, close: parts[1]! };
}
