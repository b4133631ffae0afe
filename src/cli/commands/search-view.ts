/**
 * How `cybercorpus search` prints hits, concordance lines and counts (docs/search.md lists the
 * fields). Machine formats stream; the text view is for people.
 */
import { relative, isAbsolute } from 'node:path';
import type { Column, OutputFormat } from '../../format/output.js';
import { out, outputBatch, table, writeRecords } from '../../format/output.js';
import type { CountBy, CountRow, KwicLine, SearchHit } from '../../query/search.js';

/** A source path as people read it: relative to the current directory when inside it. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** `A/C.1/78/L.11 ¶29`; a footnote is shown by its paragraph (when it has one), `kwic` adds its marker. */
function where(r: { symbol: string | null; document_id: string; paragraph_n: number | null }): string {
  return `${r.symbol ?? r.document_id}${r.paragraph_n === null ? '' : ` ¶${r.paragraph_n}`}`;
}

/** A concordance line's place: a footnote's marker follows its paragraph (`¶107 footnote 43`). */
function kwicWhere(l: KwicLine): string {
  return l.kind === 'footnote' ? `${where(l)} footnote ${l.number ?? ''}`.trimEnd() : where(l);
}

/** How the text view shows a match: in colour (null), or between two markers. */
export type Marks = { open: string; close: string } | null;

/**
 * The markers the text view puts around matches off a terminal: ⟦ ⟧ (U+27E6, U+27E7), which no
 * text of the seeds or of the 1,451 French AKN resolutions uses. Square brackets did, and UN texts
 * print them for unagreed language: `[s'appuyer sur les] [réalisations précédentes]` (issue 17).
 */
export const DEFAULT_MARKS = { open: '\u27e6', close: '\u27e7' };

/** The markers that the snippets of `search` carry: sentinels that the view colours, or the text markers. */
export function snippetMarks(marks: Marks): { open: string; close: string } {
  return marks ?? { open: '\u0001', close: '\u0002' };
}

/** The fields of a hit, in order: the columns of every machine format (docs/search.md). */
const HIT_KEYS = ['document_id', 'symbol', 'kind', 'paragraph_n', 'number', 'lead', 'section', 'text', 'matches', 'snippet', 'score',
  'source_path', 'line'] as const satisfies readonly (keyof SearchHit)[];

export async function printHits(format: OutputFormat, hits: Iterable<SearchHit>, marks: Marks): Promise<number> {
  const chalk = marks === null ? (await import('chalk')).default : null;
  const paint = (s: string) => (chalk ? s.replace(/\u0001([^\u0002]*)\u0002/g, (_m, w: string) => chalk.bold.red(w)) : s);
  const dim = (s: string) => (chalk ? chalk.dim(s) : s);
  const head = (s: string) => (chalk ? chalk.bold(s) : s);
  const columns: Column<SearchHit>[] = HIT_KEYS.map((key) => ({ key, get: (h) => h[key] }));
  return writeRecords(format, hits, columns, (h) => {
    const label = [h.kind, h.number, h.lead].filter((x) => x).join(' ');
    return `${head(where(h))}  ${label}  ${dim(`${shownPath(h.source_path)}:${h.line}`)}\n  ${paint(h.snippet)}`;
  });
}

export async function printKwic(format: OutputFormat, lines: Iterable<KwicLine>, page: { limit?: number; offset?: number }, marks: Marks): Promise<number> {
  const paged = function* () {
    let i = 0;
    let n = 0;
    for (const l of lines) {
      if (i++ < (page.offset ?? 0)) continue;
      if (page.limit !== undefined && n >= page.limit) return;
      n++;
      yield l;
    }
  };
  if (format !== 'text') {
    return writeRecords(format, paged(), (['document_id', 'symbol', 'paragraph_n', 'kind', 'number', 'left', 'match', 'right', 'start', 'end',
      'source_path', 'line'] as const).map((key) => ({ key, get: (l: KwicLine) => l[key] })));
  }
  // aligned on the keyword: a block of lines is read before it is printed (the widths of the
  // reference and left columns); a long concordance is printed block by block, so memory does
  // not grow with the number of lines, and the widths only ever grow from one block to the next
  const chalk = marks === null ? (await import('chalk')).default : null;
  const match = (s: string) => (chalk ? ` ${chalk.bold.red(s)} ` : ` ${marks!.open}${s}${marks!.close} `);
  let refWidth = 0;
  let leftWidth = 0;
  let n = 0;
  // each line's place, made once (a paragraph's lines share it)
  let block: KwicLine[] = [];
  let places: string[] = [];
  let last: KwicLine | undefined;
  let place = '';
  const batch = outputBatch();
  const flush = () => {
    for (let i = 0; i < block.length; i++) {
      if (places[i]!.length > refWidth) refWidth = places[i]!.length;
      if (block[i]!.left.length > leftWidth) leftWidth = block[i]!.left.length;
    }
    for (let i = 0; i < block.length; i++) {
      const l = block[i]!;
      batch.add(`${places[i]!.padEnd(refWidth)}  ${l.left.padStart(leftWidth)}${match(l.match)}${l.right}`.trimEnd() + '\n');
    }
    n += block.length;
    block = [];
    places = [];
  };
  for (const l of paged()) {
    if (last === undefined || l.document_id !== last.document_id || l.paragraph_n !== last.paragraph_n || l.kind !== last.kind || l.number !== last.number
      || l.symbol !== last.symbol) place = kwicWhere(l);
    last = l;
    block.push(l);
    places.push(place);
    if (block.length === KWIC_BLOCK) flush();
  }
  flush();
  batch.flush();
  return n;
}

/** Concordance lines aligned together in the text view (all of them in any ordinary concordance). */
const KWIC_BLOCK = 4096;

export function printCounts(format: OutputFormat, by: CountBy, rows: CountRow[]): number {
  const key = by === 'document' ? 'document_id' : by;
  const columns: Column<CountRow>[] = [
    { key, get: (r) => r.key },
    ...(by === 'document' ? [{ key: 'symbol', get: (r: CountRow) => r.symbol ?? null }] : []),
    { key: 'hits', get: (r) => r.hits },
  ];
  if (format !== 'text') return writeRecords(format, rows, columns);
  if (rows.length === 0) return 0;
  const total = rows.reduce((a, r) => a + r.hits, 0);
  const cells = rows.map((r) => columns.map((c) => (c.get(r) === null || c.get(r) === undefined ? '—' : String(c.get(r)))));
  cells.push(columns.map((c, i) => (i === 0 ? 'total' : c.key === 'hits' ? String(total) : '')));
  out(table(cells, columns.map((c) => c.key)));
  return rows.length;
}
