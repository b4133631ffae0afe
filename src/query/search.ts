/**
 * Full-text search over paragraphs and footnotes (docs/search.md): the query language is parsed
 * in search-query.ts into a quoted FTS5 expression; filters become SQL conditions combined with
 * AND; hits of both tables are ranked together by bm25 (each table's own) with a stable
 * tie-break (date, document, part, paragraph order, footnotes after their paragraph);
 * snippets and the concordance are computed on the text as written (kwic.ts).
 */
import { StoreError, UsageError } from '../errors.js';
import { fold } from '../text/fold.js';
import type { Db } from '../store/store.js';
import type { QueryNode, QueryToken } from './search-query.js';
import { parseQuery, positivePhrases, toFts } from './search-query.js';
import type { Concordance } from './kwic.js';
import type { FilterOptions } from './filters.js';
import { concordance, findMatches, snippetOf } from './kwic.js';
import { codePointOffsets } from '../text/offsets.js';
import { documentHits, type DocumentHitsOptions } from './document-hits.js';
import { kindHits } from './kind-hits.js';

/** Which paragraph or footnote: what a hit and a concordance line share. */
export interface ParagraphPlace {
  /** the document (or part) id */
  document_id: string;
  symbol: string | null;
  /** paragraph kind, or `footnote` */
  kind: string;
  /** paragraph position in its document; for a footnote, that of the paragraph it is attached to (null: none) */
  paragraph_n: number | null;
  /** paragraph number as printed; for a footnote, its marker */
  number: string | null;
  /** the source file and the first line of the paragraph (of the footnote): `source_path:line` */
  source_path: string;
  line: number;
}

export interface SearchHit extends ParagraphPlace {
  lead: string | null;
  section: string | null;
  text: string;
  /**
   * where the query matches in `text`: [start, end) pairs, 0-based offsets in characters (code
   * points, as SQLite's substr, Python and R count them), in text order, overlaps merged
   */
  matches: [number, number][];
  /** about 32 words around the first match, between `open` and `close` markers (none by default) */
  snippet: string;
  /** relevance: higher is better (bm25, sign flipped) */
  score: number;
}

type Condition = { sql: string; params: (string | number)[] };

/** Filters, combined with AND. Made from the command-line form by resolveFilters. */
export interface SearchFilters {
  /**
   * Conditions on the documents row `d` that src/query/filters.ts (shared with `export`, same
   * flags and meanings) makes of --doc, --kind (document kinds), --session, --year, --sponsor,
   * --author, --part: they hold for paragraphs and footnotes alike
   */
  conditions?: Condition[];
  /** --kind with paragraph kinds: paragraphs of these kinds (and no footnotes unless `footnotes`) */
  paragraphKinds?: string[];
  /** --kind footnote: footnotes (and no paragraphs unless paragraph kinds are given too) */
  footnotes?: boolean;
  /** lead phrase, compared folded: the lead is it or starts with it followed by more words (footnotes have none) */
  lead?: string;
  /** text contained (folded) in the heading path (of a footnote's paragraph) */
  section?: string;
}

/**
 * The order of hits (`--sort`): `rank` (bm25, then corpus order), `date` (corpus order: date,
 * document, part, paragraph, footnote) or `doc` (documents in the order they were added, each
 * one's paragraphs then its footnotes): the order the index hands them over, with no sorting,
 * so the cheapest, and the first hits come at once (issue 19).
 */
export type SortOrder = 'rank' | 'doc' | 'date';
export const SORT_ORDERS: readonly SortOrder[] = ['rank', 'doc', 'date'];

export interface SearchOptions extends SearchFilters {
  /** `rank` unless given */
  sort?: SortOrder;
  limit?: number;
  offset?: number;
  /**
   * markers put around matches in snippets: none by default (machine output carries `matches`;
   * UN texts print square brackets of their own, for unagreed language, issue 17)
   */
  open?: string;
  close?: string;
  /** snippet length in words */
  snippetWords?: number;
  /** searchPage: hits read past the page to order ties (tests set it small) */
  tieMargin?: number;
}

/** A parsed query: the tree, the FTS5 expression, the phrases to highlight. */
export interface PreparedQuery {
  tree: QueryNode;
  fts: string;
  phrases: QueryToken[][];
}

export function prepareQuery(query: string): PreparedQuery {
  const tree = parseQuery(query);
  return { tree, fts: toFts(tree), phrases: positivePhrases(tree) };
}

/* ------------------------------------------------------------------ filters */

/** The command-line form of the filters, before names are resolved. */
export interface FilterArgs extends FilterOptions {
  lead?: string;
  section?: string;
}

/** Resolve references, kinds, ranges and country names; every mistake is a UsageError naming the flag. */
export async function resolveFilters(db: Db, args: FilterArgs): Promise<SearchFilters> {
  const f: SearchFilters = {};
  const given = (v: unknown) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0);
  if ([args.doc, args.kind, args.session, args.year, args.sponsor, args.author, args.part].some(given)) {
    // loaded only when needed: it brings the country gazetteer
    const { filterSql, resolveFilter } = await import('./filters.js');
    const shared = resolveFilter(db, args, true);
    const documents = filterSql(shared, 'd');
    if (documents.sql !== '1') f.conditions = [documents];
    if (shared.paragraphKinds.length > 0) f.paragraphKinds = [...shared.paragraphKinds];
    if (shared.footnotes) f.footnotes = true;
  }
  if (args.lead !== undefined) {
    if (fold(args.lead) === '') throw new UsageError('--lead needs a lead phrase, e.g. --lead Rappelant');
    f.lead = args.lead;
  }
  if (args.section !== undefined) {
    if (fold(args.section) === '') throw new UsageError('--section needs some text of a section heading');
    f.section = args.section;
  }
  return f;
}

const registered = new WeakSet<Db>();

/** SQL helpers: folded text, and "this lead starts with these words". */
function registerFunctions(db: Db): void {
  if (registered.has(db)) return;
  registered.add(db);
  db.function('cybercorpus_fold', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? fold(s) : null));
  db.function('cybercorpus_lead', { deterministic: true }, (lead: unknown, want: unknown) => {
    if (typeof lead !== 'string' || typeof want !== 'string') return 0;
    const l = fold(lead);
    const w = fold(want);
    return l === w || l.startsWith(w + ' ') ? 1 : 0;
  });
}

function hasFilters(f: SearchFilters): boolean {
  return (f.conditions?.length ?? 0) > 0 || (f.paragraphKinds?.length ?? 0) > 0 || f.footnotes === true
    || f.lead !== undefined || f.section !== undefined;
}

/* ------------------------------------------------------------ the two tables */

/**
 * Hits come from two tables: paragraphs (`paragraphs_fts`) and footnotes (`footnotes_fts`). Each
 * is read by one SELECT, with the same columns, and the two are joined with UNION ALL:
 *
 *   id, symbol, kind, n, number, lead, section, text, path, line, score,
 *   undated, top_date, top_id, part, pos, sub      (the corpus order, CORPUS_ORDER)
 *
 * In each SELECT, `d` is the document (or part) of the row, `t` its top document, `p` the
 * paragraph (for a footnote: the paragraph it is attached to, if any, LEFT JOINed), `f` the
 * footnote. A footnote comes after its paragraph (`sub` is its seq, 0 for a paragraph); one
 * attached to no paragraph comes after the document's last paragraph.
 */
type Table = 'paragraphs' | 'footnotes';

/** Corpus order: date (undated last), document, part, paragraph, footnote. */
const CORPUS_ORDER = 'undated, top_date, top_id, part, pos, sub';
const PLACE = 't.date IS NULL AS undated, t.date AS top_date, t.id AS top_id, coalesce(d.part_index, 0) AS part';
const LAST = 2147483647;

/**
 * What a hit shows (ROW's columns): the row's own fields, its document's and (footnote) its
 * paragraph's. `joined`: the document is joined (`d`); else only its id is read, and the symbol
 * and path are NULL (documentOrder fills them in).
 */
function fieldsOf(joined: boolean): Record<Table, string> {
  const doc = (a: 'p' | 'f') => (joined ? 'd.id, d.symbol' : `${a}.document_id AS id, NULL AS symbol`);
  const path = joined ? 'd.source_path' : 'NULL';
  return {
    paragraphs: `${doc('p')}, p.kind, p.n, p.number, p.lead, p.section, p.text, ${path} AS path, p.line`,
    footnotes: `${doc('f')}, 'footnote' AS kind, f.paragraph_n AS n, f.marker AS number, NULL AS lead, p.section,
    f.text, ${path} AS path, coalesce(f.line, p.line) AS line`,
  };
}

/** What a hit shows, its document joined (`d`). */
const FIELDS = fieldsOf(true);

/** What a hit shows, its document's symbol and path left NULL (withDocuments fills them in). */
const UNJOINED = fieldsOf(false);

/** A row's place in corpus order: the columns of CORPUS_ORDER. */
const KEYS: Record<Table, string> = {
  paragraphs: `${PLACE}, p.n AS pos, 0 AS sub`,
  footnotes: `${PLACE}, coalesce(f.paragraph_n, ${LAST}) AS pos, f.seq AS sub`,
};

/** The alias of a table's rows in every SELECT. */
const ALIAS: Record<Table, 'p' | 'f'> = { paragraphs: 'p', footnotes: 'f' };

/** The document `d` of a row. */
const DOCUMENT = (table: Table) => `JOIN documents d ON d.id = ${ALIAS[table]}.document_id`;

/** The document `d` of a row and its top document `t`: all the corpus order needs. */
const DOCUMENTS = (table: Table) => `${DOCUMENT(table)}
      JOIN documents t ON t.id = coalesce(d.parent_id, d.id)`;

/** A footnote's paragraph, for its section. */
const FOOTNOTE_PARAGRAPH = 'LEFT JOIN paragraphs p ON p.document_id = f.document_id AND p.n = f.paragraph_n';

/** Everything a hit shows: the documents, and for a footnote the paragraph it is attached to. */
const JOINS: Record<Table, string> = {
  paragraphs: DOCUMENTS('paragraphs'),
  footnotes: `${DOCUMENTS('footnotes')} ${FOOTNOTE_PARAGRAPH}`,
};

/** The matching rows of a table, joined to nothing else. */
const MATCHING: Record<Table, string> = {
  paragraphs: 'paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid',
  footnotes: 'footnotes_fts JOIN footnotes f ON f.id = footnotes_fts.rowid',
};

/** Which tables the filters let through: --kind picks paragraphs, footnotes or both; --lead excludes footnotes. */
function tablesOf(f: SearchFilters): Table[] {
  const kinds = (f.paragraphKinds?.length ?? 0) > 0;
  const out: Table[] = [];
  if (!(f.footnotes === true && !kinds)) out.push('paragraphs');
  if ((f.footnotes === true || !kinds) && f.lead === undefined) out.push('footnotes');
  return out;
}

/** WHERE conditions of one table's SELECT (besides the MATCH). */
function conditions(db: Db, table: Table, f: SearchFilters): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const c of f.conditions ?? []) {
    where.push(c.sql);
    params.push(...c.params);
  }
  if (table === 'paragraphs' && (f.paragraphKinds?.length ?? 0) > 0) {
    where.push(`p.kind IN (${f.paragraphKinds!.map(() => '?').join(', ')})`);
    params.push(...f.paragraphKinds!);
  }
  if (f.lead !== undefined || f.section !== undefined) registerFunctions(db);
  if (f.lead !== undefined) {
    where.push('cybercorpus_lead(p.lead, ?)');
    params.push(f.lead);
  }
  if (f.section !== undefined) {
    where.push("instr(cybercorpus_fold(coalesce(p.section, '')), ?) > 0");
    params.push(fold(f.section));
  }
  return { where, params };
}

/**
 * The hits of every table the filters let through, one SELECT each joined with UNION ALL.
 * `select(table)` gives the columns; `joined`: the rows are joined to their documents (always
 * when there are filters); `matching`: how each table's matching rows are read (MATCHING).
 */
function hitsSql(db: Db, fts: string, f: SearchFilters, select: (table: Table) => string, joined = true, matching = MATCHING): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const table of tablesOf(f)) {
    const c = conditions(db, table, f);
    parts.push(`SELECT ${select(table)} FROM ${matching[table]} ${joined || hasFilters(f) ? JOINS[table] : ''}
      WHERE ${[`${table}_fts MATCH ?`, ...c.where].join(' AND ')}`);
    params.push(fts, ...c.params);
  }
  return { sql: parts.join(' UNION ALL '), params };
}

interface Row {
  id: string;
  symbol: string | null;
  kind: string;
  n: number | null;
  number: string | null;
  lead: string | null;
  section: string | null;
  text: string;
  path: string;
  line: number;
  score: number;
}

const ROW = 'id, symbol, kind, n, number, lead, section, text, path, line';

/** A Row as an array (ROW's order, then score, then the document's rowid). */
type RawRow = [string, string | null, string, number | null, string | null, string | null, string | null, string, string, number, number, number];

/** Hits (paragraphs and footnotes together) in the order asked (ranked by default), streamed. Throws a UsageError for a query the engine cannot run. */
export function* search(db: Db, query: PreparedQuery | string, options: SearchOptions = {}): Generator<SearchHit> {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  for (const r of hitRows(db, q, options, options.sort ?? 'rank', true, options.limit, options.offset)) yield toHit(r, q, options);
}

/**
 * The matching rows in `sort` order, `limit` of them from `offset`; `scored`: with their bm25
 * score (else 0; ranking scores them anyway).
 */
function hitRows(db: Db, q: PreparedQuery, f: SearchFilters, sort: SortOrder, scored: boolean, limit = -1, offset = 0): Iterable<Row> {
  const score = (table: Table) => (scored || sort === 'rank' ? `bm25(${table}_fts)` : '0');
  if (sort === 'doc') return page(documentOrder(db, q, f, score), limit, offset);
  return page(sortedOrder(db, q, f, sort, score, limit < 0 ? -1 : offset + limit), limit, offset);
}

/**
 * Hits in rank or corpus order. Each table's hits are sorted on their order keys alone (and
 * score), the rows read in that order afterwards, and the two tables' streams merged on the
 * same keys: sorting the rows whole put every hit's text through SQLite's sorter, which spills
 * to temporary files (x2000, `--kwic`: 5.1 s of CPU and 11 s of wall time for the sort, 3.4 s
 * and 5 s this way, issue 19). The keys are unique (a footnote's `sub` is its seq, 1 or more;
 * a paragraph's is 0), so the merge is the order of one ORDER BY over both. Memory does not
 * grow with the hits: SQLite's sorter keeps a few megabytes and merges runs from files.
 * `first`: only the first so many of each table are needed (-1: all).
 */
function* sortedOrder(db: Db, q: PreparedQuery, f: SearchFilters, sort: 'rank' | 'date', score: (table: Table) => string, first: number): Generator<Row> {
  const order = `${sort === 'rank' ? 'score, ' : ''}${CORPUS_ORDER}`;
  const streams = tablesOf(f).map((table) => {
    const c = conditions(db, table, f);
    const a = ALIAS[table];
    // LIMIT keeps the sorted subquery from being flattened into the outer one (which would drop
    // its order); the outer query reads its rows in that order
    // in date order the rows come document by document: each document is read once (withDocuments)
    const byDocument = sort === 'date';
    const rows = run(db, `SELECT ${byDocument ? UNJOINED[table] : FIELDS[table]}, k.score, k.undated, k.top_date, k.top_id, k.part, k.pos, k.sub
      FROM (SELECT ${a}.id AS rid, ${score(table)} AS score, ${KEYS[table]} FROM ${MATCHING[table]} ${JOINS[table]}
        WHERE ${[`${table}_fts MATCH ?`, ...c.where].join(' AND ')} ORDER BY ${order} LIMIT ?) k
      JOIN ${table} ${a} ON ${a}.id = k.rid ${byDocument ? '' : DOCUMENT(table)} ${table === 'footnotes' ? FOOTNOTE_PARAGRAPH : ''}`,
    [q.fts, ...c.params, first], true)[Symbol.iterator]() as Iterator<RawRow>;
    return byDocument ? withDocuments(db, rows) : rows;
  });
  // the columns after ROW's ten: score, then the corpus order's
  const from = sort === 'rank' ? 10 : 11;
  const before = (x: unknown[], y: unknown[]) => {
    for (let i = from; i < x.length; i++) {
      const c = compareSql(x[i], y[i]);
      if (c !== 0) return c < 0;
    }
    return false;
  };
  yield* merged(streams, before);
}

/**
 * Sorted streams of rows (arrays, ROW's columns then the score first) merged into one: `before(a,
 * b)` says whether a comes first; on a tie the earlier stream's row does.
 */
function* merged(streams: Iterator<unknown[]>[], before: (a: unknown[], b: unknown[]) => boolean): Generator<Row> {
  try {
    const heads = streams.map((it) => it.next());
    for (;;) {
      let k = -1;
      for (const [i, h] of heads.entries()) if (!h.done && (k < 0 || before(h.value, heads[k]!.value as unknown[]))) k = i;
      if (k < 0) return;
      const [id, symbol, kind, n, number, lead, section, text, path, line, score] = heads[k]!.value as RawRow;
      yield { id, symbol, kind, n, number, lead, section, text, path, line, score };
      heads[k] = streams[k]!.next();
    }
  } finally {
    for (const it of streams) it.return?.();
  }
}

/**
 * Two values of an ORDER BY column compared as SQLite does: NULL first, numbers by value, text
 * by code point (BINARY: UTF-8 bytes; JavaScript's < compares UTF-16 units, which put a
 * surrogate pair before U+E000–U+FFFF).
 */
export function compareSql(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || b === null) return a === null ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    let u = x.charCodeAt(i);
    let v = y.charCodeAt(i);
    if (u === v) continue;
    if (u >= 0xd800) u = u >= 0xe000 ? u - 0x800 : u + 0x2000;
    if (v >= 0xd800) v = v >= 0xe000 ? v - 0x800 : v + 0x2000;
    return u - v;
  }
  return x.length - y.length;
}

/** `limit` items from `offset` (limit -1: all). */
function* page<T>(items: Iterable<T>, limit: number, offset: number): Generator<T> {
  if (limit === 0) return;
  let i = 0;
  let n = 0;
  for (const x of items) {
    if (i++ < offset) continue;
    yield x;
    if (++n === limit) return;
  }
}

/**
 * Hits in the order the documents were added, with no sort: each table's hits come from its
 * index in rowid order (paragraphs and footnotes are stored document by document), and the two
 * streams are merged on their documents' rowids, a document's paragraphs before its footnotes.
 */
function* documentOrder(db: Db, q: PreparedQuery, f: SearchFilters, score: (table: Table) => string): Generator<Row> {
  // no order keys, so no top document; rows as arrays, made into objects here (better-sqlite3's
  // objects cost ~2.5 µs a row, issue 19), in ROW order then score and the document's rowid.
  // Unless a filter is on documents, a row is not joined to its document: rows come document by
  // document, and each document is read once (the join, with the document's id, symbol and path
  // converted for every row, was a fifth of the rows' reading, issue 19)
  const joined = (f.conditions?.length ?? 0) > 0;
  const streams = tablesOf(f).map((table) => {
    const c = conditions(db, table, f);
    const rows = run(db, `SELECT ${joined ? FIELDS[table] : UNJOINED[table]}, ${score(table)} AS score, ${joined ? 'd.rowid' : 'NULL'} AS doc
      FROM ${MATCHING[table]} ${joined ? DOCUMENT(table) : ''} ${table === 'footnotes' ? FOOTNOTE_PARAGRAPH : ''}
      WHERE ${[`${table}_fts MATCH ?`, ...c.where].join(' AND ')} ORDER BY ${table}_fts.rowid`, [q.fts, ...c.params], true)[Symbol.iterator]() as Iterator<RawRow>;
    return joined ? rows : withDocuments(db, rows, 11);
  });
  yield* merged(streams, (a, b) => (a as RawRow)[11] < (b as RawRow)[11]);
}

/**
 * Rows (ROW's columns first) whose document's symbol and path are missing, filled in, and its
 * rowid put in column `rowidAt` if given: each document is read once while its rows come.
 */
function withDocuments(db: Db, rows: Iterator<RawRow>, rowidAt?: number): Iterator<unknown[]> {
  const document = db.prepare('SELECT symbol, source_path, rowid FROM documents WHERE id = ?').raw();
  let id: string | undefined;
  let doc: [string | null, string, number] | undefined;
  return {
    next() {
      for (;;) {
        const r = rows.next();
        if (r.done) return r;
        const row = r.value;
        if (row[0] !== id) {
          id = row[0];
          doc = engine(() => document.get(id)) as typeof doc;
        }
        // a row without its document is left out, as the join leaves it out
        if (doc === undefined) continue;
        row[1] = doc[0];
        row[8] = doc[1];
        if (rowidAt !== undefined) (row as unknown[])[rowidAt] = doc[2];
        return r;
      }
    },
    return: (v?: unknown) => rows.return?.(v) ?? { done: true, value: v },
  };
}

function toHit({ path, line, score, ...r }: Row, q: PreparedQuery, options: SearchOptions): SearchHit {
  const spans = findMatches(r.text, q.phrases);
  const at = codePointOffsets(r.text);
  return {
    document_id: r.id, symbol: r.symbol, kind: r.kind, paragraph_n: r.n, number: r.number, lead: r.lead, section: r.section, text: r.text,
    matches: spans.map((m): [number, number] => [at(m.start), at(m.end)]),
    snippet: snippetOf(r.text, spans, options.open ?? '', options.close ?? '', options.snippetWords),
    score: Math.round(-score * 1e4) / 1e4,
    source_path: path,
    line,
  };
}

/** One page of ranked hits and how many there are in all. */
export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/**
 * A page of ranked hits (`limit` from `offset`) and the total, in the order `search` gives.
 * Without filters the ranking reads the two full-text indexes alone (bm25 of every hit, sorted
 * by SQLite, the best `offset + limit` and a margin returned); only the page and the hits
 * tied with its ends are joined to their documents, for the tie-break on their order keys, and
 * only the page's rows are read in full. Joining every hit would be most of the time of a search
 * on a large corpus.
 */
export function searchPage(db: Db, query: PreparedQuery | string, options: SearchOptions & { limit: number }): SearchPage {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  const offset = options.offset ?? 0;
  if ((options.sort ?? 'rank') === 'rank' && !hasFilters(options)) {
    // [table (0 paragraphs, 1 footnotes), rowid, bm25] of the page, what precedes it and a
    // margin for ties; everything only if the margin is all ties
    const ranked = (limit: number) => engine(() => db.prepare(`SELECT 0 AS k, rowid, bm25(paragraphs_fts) AS s FROM paragraphs_fts
      WHERE paragraphs_fts MATCH ?
      UNION ALL SELECT 1, rowid, bm25(footnotes_fts) FROM footnotes_fts WHERE footnotes_fts MATCH ?
      ORDER BY s LIMIT ?`).raw().all(q.fts, q.fts, limit)) as [number, number, number][];
    const end = offset + options.limit;
    const margin = options.tieMargin ?? TIE_MARGIN;
    let scored = ranked(end + margin);
    let total = scored.length;
    if (scored.length === end + margin) {
      const last = scored[scored.length - 1]![2];
      if (last === scored[end - 1]![2]) {
        // the page ends inside a run of equal scores longer than the margin (the same paragraph
        // in many documents): the hits above that score are all read already; add the whole run
        // (read unsorted), not every hit of the query
        const run = engine(() => db.prepare(`SELECT * FROM (SELECT 0 AS k, rowid, bm25(paragraphs_fts) AS s FROM paragraphs_fts
          WHERE paragraphs_fts MATCH ?
          UNION ALL SELECT 1, rowid, bm25(footnotes_fts) FROM footnotes_fts WHERE footnotes_fts MATCH ?) WHERE s = ?`)
          .raw().all(q.fts, q.fts, last)) as [number, number, number][];
        scored = [...scored.filter((h) => h[2] < last), ...run];
      }
      total = countMatches(db, q);
    }
    if (offset >= total || offset >= scored.length) return { total, hits: [] };
    let a = offset;
    let b = Math.min(scored.length, offset + options.limit);
    while (a > 0 && scored[a - 1]![2] === scored[offset]![2]) a--;
    while (b < scored.length && scored[b]![2] === scored[b - 1]![2]) b++;
    // the rows listed in a JSON array of [table, rowid, score], with `columns` and `joins`
    const listed = (table: Table, columns: string, joins: string) => `SELECT ${columns}
      FROM json_each(?) j JOIN ${table} ${ALIAS[table]} ON ${ALIAS[table]}.id = j.value ->> 1 ${joins}
      WHERE j.value ->> 0 = ${table === 'paragraphs' ? 0 : 1}`;
    const both = (f: (table: Table) => string) => `${f('paragraphs')} UNION ALL ${f('footnotes')}`;
    // the tie-break orders the page and the hits tied with its ends on the order keys alone…
    const tied = JSON.stringify(scored.slice(a, b));
    const keys = (table: Table) => listed(table, `j.value AS hit, j.value ->> 2 AS score, ${KEYS[table]}`, DOCUMENTS(table));
    const page = db.prepare(`SELECT hit FROM (${both(keys)}) ORDER BY score, ${CORPUS_ORDER} LIMIT ? OFFSET ?`)
      .pluck().all(tied, tied, options.limit, offset - a) as string[];
    // …and only the page's rows are read, in that order
    const ids = `[${page.join(',')}]`;
    const rows = db.prepare(`SELECT ${ROW}, score FROM (${both((table) => listed(table, `${FIELDS[table]}, j.value ->> 2 AS score, j.key AS i`, JOINS[table]))})
      ORDER BY i`).all(ids, ids) as Row[];
    return { total, hits: rows.map((r) => toHit(r, q, options)) };
  }
  return { total: countMatches(db, q, options), hits: [...search(db, q, options)] };
}

/**
 * Hits read past a page so that hits tied with its last one are ordered by the tie-break too.
 * When they are all tied, every hit is scored a second time for the whole run of ties: a
 * margin of 5,000 costs the first ranking ~10 % more than one of 1,000 (SQLite keeps the best
 * `offset + limit + margin` in a heap) and saves the second pass (~0.4 s at x2000, where each
 * paragraph has 2,000 copies; a real corpus has runs of identical boilerplate paragraphs).
 */
const TIE_MARGIN = 5000;

/** How many paragraphs and footnotes match (with the filters). */
export function countMatches(db: Db, query: PreparedQuery | string, filters: SearchFilters = {}, options: CountOptions = {}): number {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  if (!hasFilters(filters)) {
    const row = runGet(db, `SELECT (SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?)
      + (SELECT count(*) FROM footnotes_fts WHERE footnotes_fts MATCH ?) AS n`, [q.fts, q.fts]);
    return (row as { n: number }).n;
  }
  // filters on documents only: the hits counted per document, and only the documents filtered
  const perDocument = documentFiltersOnly(filters) ? countedPerDocument(db, q, filters, options) : null;
  if (perDocument !== null) {
    const where = documentConditions(filters);
    const sum = `${perDocument.with} SELECT coalesce(sum(c.hits), 0) AS n ${COUNTED_DOCUMENTS} WHERE ${where.sql}`;
    return (runGet(db, sum, [...perDocument.params, ...where.params]) as { n: number }).n;
  }
  const { sql, params } = hitsSql(db, q.fts, filters, () => '1');
  if (sql === '') return 0;
  return (runGet(db, `SELECT count(*) AS n FROM (${sql})`, params) as { n: number }).n;
}

export type CountBy = 'document' | 'session' | 'year' | 'kind' | 'lead';
export const COUNT_BY: readonly CountBy[] = ['document', 'session', 'year', 'kind', 'lead'];

export interface CountRow {
  /** document id, session, year, kind or lead (null when unknown) */
  key: string | number | null;
  /** the document's symbol (by document only) */
  symbol?: string | null;
  /** matching paragraphs and footnotes */
  hits: number;
}

/**
 * How countBy and countMatches count: `ranges` (default) walks the hits' ids against each
 * document's range of ids (document-hits.ts) when no filter is on paragraphs, and, by kind
 * without filters, against each kind's ids (kind-hits.ts); `sql` joins every hit to its row
 * (tests compare the two). `ranges: true` walks even when there are few hits.
 */
export interface CountOptions extends DocumentHitsOptions {
  by?: 'ranges' | 'sql';
}

/** The hits per document `c (id, hits)` joined to each document (`d`) and its top document (`t`). */
const COUNTED_DOCUMENTS = 'FROM c JOIN documents d ON d.id = c.id JOIN documents t ON t.id = coalesce(d.parent_id, d.id)';

/** No filter but on documents (--kind footnote aside, which picks the table): each document's hits all count or none. */
function documentFiltersOnly(f: SearchFilters): boolean {
  return (f.paragraphKinds?.length ?? 0) === 0 && f.lead === undefined && f.section === undefined;
}

/** The filters on documents, on `d`: '1' when none. */
function documentConditions(f: SearchFilters): { sql: string; params: unknown[] } {
  const list = f.conditions ?? [];
  return { sql: list.length === 0 ? '1' : list.map((c) => c.sql).join(' AND '), params: list.flatMap((c) => c.params) };
}

/**
 * The hits per document from the ranges of ids, as a CTE `c (id, hits)` over a JSON parameter;
 * null when the ranges cannot say (count hit by hit then).
 */
function countedPerDocument(db: Db, q: PreparedQuery, f: SearchFilters, options: CountOptions = {}): { with: string; params: unknown[] } | null {
  if (options.by === 'sql') return null;
  // one read transaction: the hits, the ranges and the documents of one state of the corpus
  const counts = engine(() => db.transaction(() => documentHits(db, q.fts, tablesOf(f), options))());
  if (counts === null) return null;
  return { with: 'WITH c AS (SELECT j.value ->> 0 AS id, j.value ->> 1 AS hits FROM json_each(?) j)', params: [JSON.stringify([...counts])] };
}

/** Matching paragraphs and footnotes per document (corpus order) or per session/year (ascending), kind or lead (most first). */
export function countBy(db: Db, query: PreparedQuery | string, by: CountBy, filters: SearchFilters = {}, options: CountOptions = {}): CountRow[] {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  const perDocumentBy = (where: string): Record<'document' | 'session' | 'year', string> => ({
    document: `SELECT d.id AS key, d.symbol, c.hits ${COUNTED_DOCUMENTS} WHERE ${where} ORDER BY t.date IS NULL, t.date, t.id, coalesce(d.part_index, 0)`,
    session: `SELECT coalesce(d.session, t.session) AS key, sum(c.hits) AS hits ${COUNTED_DOCUMENTS} WHERE ${where} GROUP BY key ORDER BY key IS NULL, key`,
    year: `SELECT CAST(substr(coalesce(d.date, t.date), 1, 4) AS INTEGER) AS key, sum(c.hits) AS hits ${COUNTED_DOCUMENTS} WHERE ${where} GROUP BY key ORDER BY key IS NULL, key`,
  });
  if ((by === 'document' || by === 'session' || by === 'year') && documentFiltersOnly(filters)) {
    // each hit's document from the ranges of ids; the documents filtered when they are joined
    const perDocument = countedPerDocument(db, q, filters, options);
    if (perDocument !== null) {
      const where = documentConditions(filters);
      // all at once: 38,000 rows (x2000) read one step at a time cost a tenth more
      return engine(() => db.prepare(`${perDocument.with} ${perDocumentBy(where.sql)[by]}`).all(...perDocument.params, ...where.params)) as CountRow[];
    }
  }
  if (by === 'kind' && !hasFilters(filters) && options.by !== 'sql') {
    // each kind's ids walked with the hits' (kind-hits.ts); footnotes are all of kind `footnote`
    const kinds = engine(() => db.transaction(() => {
      const found = kindHits(db, q.fts, { force: options.ranges, chunk: options.chunk });
      if (found === null) return null;
      const footnotes = db.prepare('SELECT count(*) FROM footnotes_fts WHERE footnotes_fts MATCH ?').pluck().get(q.fts) as number;
      if (footnotes > 0) found.set('footnote', (found.get('footnote') ?? 0) + footnotes);
      return found;
    })());
    // the order of the SQL below: most hits first, then the kind (as SQLite compares text)
    if (kinds !== null) return [...kinds].map(([key, hits]) => ({ key, hits })).sort((a, b) => b.hits - a.hits || compareSql(a.key, b.key));
  }
  // without filters, the matching rows are not joined to their documents row by row: they are
  // counted per document first, and only the documents are joined
  const columns: Record<Table, string> = {
    paragraphs: 'p.document_id AS document_id, p.kind AS kind, p.lead AS lead',
    footnotes: "f.document_id AS document_id, 'footnote' AS kind, NULL AS lead",
  };
  // by document, session or year, without filters: only the document of each hit, and for a
  // paragraph from the index of (id, document_id) rather than the table's rows (SQLite's planner
  // prefers the rowid lookup; twice as fast, issue 19)
  const documentOnly = (by === 'document' || by === 'session' || by === 'year') && !hasFilters(filters);
  const { sql, params } = documentOnly
    ? hitsSql(db, q.fts, filters, (table) => `${ALIAS[table]}.document_id AS document_id`, false,
      { ...MATCHING, paragraphs: 'paragraphs_fts JOIN paragraphs p INDEXED BY paragraphs_document_of ON p.id = paragraphs_fts.rowid' })
    : hitsSql(db, q.fts, filters, (table) => columns[table], false);
  if (sql === '') return [];
  const perDocument = `WITH c AS (SELECT document_id AS id, count(*) AS hits FROM (${sql}) GROUP BY document_id)`;
  const group: Record<CountBy, string> = {
    ...perDocumentBy('1'),
    kind: `SELECT kind AS key, count(*) AS hits FROM (${sql}) GROUP BY key ORDER BY hits DESC, key`,
    lead: `SELECT lead AS key, count(*) AS hits FROM (${sql}) GROUP BY key ORDER BY key IS NULL, hits DESC, key`,
  };
  return [...run(db, by === 'kind' || by === 'lead' ? group[by] : `${perDocument} ${group[by]}`, params)] as CountRow[];
}

/** One concordance line with where it comes from. */
export interface KwicLine extends Concordance, ParagraphPlace {}

/** Keyword in context over every matching paragraph and footnote, in corpus order unless `sort` says otherwise. */
export function* kwic(db: Db, query: PreparedQuery | string, options: SearchFilters & { window?: number; sort?: SortOrder } = {}): Generator<KwicLine> {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  // one paragraph at a time: its lines are made, handed on and dropped before the next is read
  for (const r of hitRows(db, q, options, options.sort ?? 'date', false)) {
    const at = codePointOffsets(r.text);
    for (const c of concordance(r.text, q.phrases, options.window)) {
      // offsets in characters (code points), as `matches` and the citation spans count them
      yield {
        document_id: r.id, symbol: r.symbol, paragraph_n: r.n, kind: r.kind, number: r.number, left: c.left, match: c.match, right: c.right,
        start: at(c.start), end: at(c.end), source_path: r.path, line: r.line,
      };
    }
  }
}

/** Run a statement, turning an engine complaint into a UsageError (never an SQL message). */
function run(db: Db, sql: string, params: unknown[], raw = false): Iterable<unknown> {
  const it = engine(() => db.prepare(sql).raw(raw).iterate(...params));
  return {
    [Symbol.iterator]() {
      const inner = it[Symbol.iterator]();
      return { next: () => engine(() => inner.next()), return: (v?: unknown) => inner.return?.(v) ?? { done: true, value: v } };
    },
  };
}

function runGet(db: Db, sql: string, params: unknown[]): unknown {
  return engine(() => db.prepare(sql).get(...params));
}

function engine<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    const msg = (err as Error).message ?? '';
    if (/fts5|syntax error|no such column/i.test(msg)) throw new UsageError('the search engine cannot run this query; simplify it (see docs/search.md)');
    const code = (err as { code?: string }).code ?? '';
    // a damaged page is the corpus's state, said as every command says it (src/cli/context.ts)
    if (/^SQLITE_(?:CORRUPT|NOTADB|IOERR|FULL|BUSY|LOCKED)/.test(code)) throw err;
    if (/^SQLITE_/.test(code)) throw new StoreError(`the database cannot be searched: ${msg}`);
    throw err;
  }
}
