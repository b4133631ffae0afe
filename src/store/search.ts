/**
 * Full-text search over paragraphs (docs/search.md): the query language is parsed in
 * search-query.ts into a quoted FTS5 expression; filters become SQL conditions combined with AND;
 * hits are ranked by bm25 with a stable tie-break (date, document, part, paragraph order);
 * snippets and the concordance are computed on the text as written (kwic.ts).
 */
import { StoreError, UsageError } from '../errors.js';
import { fold } from '../text/fold.js';
import type { Db } from './store.js';
import type { QueryNode, QueryToken } from './search-query.js';
import { parseQuery, positivePhrases, toFts } from './search-query.js';
import type { Concordance } from './kwic.js';
import type { FilterOptions } from './filters.js';
import { concordance, snippet } from './kwic.js';

/** Which paragraph: what a hit and a concordance line share. */
export interface ParagraphPlace {
  /** the document (or part) id */
  id: string;
  symbol: string | null;
  /** paragraph kind */
  kind: string;
  /** paragraph position in its document */
  n: number;
  number: string | null;
  /** the source file and the paragraph's first line */
  source: { path: string; line: number };
}

export interface SearchHit extends ParagraphPlace {
  lead: string | null;
  section: string | null;
  text: string;
  snippet: string;
  /** relevance: higher is better (bm25, sign flipped) */
  score: number;
}

/** Filters, combined with AND. Made from the command-line form by resolveFilters. */
export interface SearchFilters {
  /**
   * Conditions on the documents row `d` and the paragraphs row `p` that src/store/filters.ts
   * (shared with `export`, same flags and meanings) makes of --doc, --kind, --session, --year,
   * --sponsor, --author, --part
   */
  conditions?: { sql: string; params: (string | number)[] }[];
  /** lead phrase, compared folded: the lead is it or starts with it followed by more words */
  lead?: string;
  /** text contained (folded) in the heading path */
  section?: string;
}

export interface SearchOptions extends SearchFilters {
  limit?: number;
  offset?: number;
  /** markers put around matches in snippets; `[` `]` by default */
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
    const { filterSql, paragraphSql, resolveFilter } = await import('./filters.js');
    const shared = resolveFilter(db, args);
    const conditions = [filterSql(shared, 'd'), paragraphSql(shared, 'p')].filter((c) => c.sql !== '1');
    if (conditions.length > 0) f.conditions = conditions;
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

/** FROM/JOIN/WHERE shared by every search: `p` paragraph, `d` its document, `t` the top document. */
function fromWhere(db: Db, fts: string, f: SearchFilters): { sql: string; params: unknown[] } {
  const where = ['paragraphs_fts MATCH ?'];
  const params: unknown[] = [fts];
  for (const c of f.conditions ?? []) {
    where.push(c.sql);
    params.push(...c.params);
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
  return {
    sql: `FROM paragraphs_fts
      JOIN paragraphs p ON p.id = paragraphs_fts.rowid
      JOIN documents d ON d.id = p.document_id
      JOIN documents t ON t.id = coalesce(d.parent_id, d.id)
      WHERE ${where.join(' AND ')}`,
    params,
  };
}

/** Corpus order: date (undated last), document, part, paragraph. */
const CORPUS_ORDER = 't.date IS NULL, t.date, t.id, coalesce(d.part_index, 0), p.n';

interface Row {
  id: string;
  symbol: string | null;
  kind: string;
  n: number;
  number: string | null;
  lead: string | null;
  section: string | null;
  text: string;
  path: string;
  line: number;
  score: number;
}

const COLUMNS = `d.id, d.symbol, p.kind, p.n, p.number, p.lead, p.section, p.text, d.source_path AS path, p.line`;

/** Ranked hits, streamed. Throws a UsageError for a query the engine cannot run. */
export function* search(db: Db, query: PreparedQuery | string, options: SearchOptions = {}): Generator<SearchHit> {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  const { sql, params } = fromWhere(db, q.fts, options);
  const rows = run(db, `SELECT ${COLUMNS}, bm25(paragraphs_fts) AS score ${sql}
    ORDER BY score, ${CORPUS_ORDER} LIMIT ? OFFSET ?`, [...params, options.limit ?? -1, options.offset ?? 0]) as Iterable<Row>;
  for (const r of rows) yield toHit(r, q, options);
}

function toHit({ path, line, score, ...r }: Row, q: PreparedQuery, options: SearchOptions): SearchHit {
  return {
    id: r.id, symbol: r.symbol, kind: r.kind, n: r.n, number: r.number, lead: r.lead, section: r.section, text: r.text,
    snippet: snippet(r.text, q.phrases, options.open ?? '[', options.close ?? ']', options.snippetWords),
    score: Math.round(-score * 1e4) / 1e4,
    source: { path, line },
  };
}

/** One page of ranked hits and how many there are in all. */
export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/**
 * A page of ranked hits (`limit` from `offset`) and the total, in the order `search` gives.
 * Without filters the ranking reads the full-text index alone (bm25 of every hit, sorted by
 * SQLite, the best `offset + limit` and a margin returned), and only the page and the hits tied
 * with its ends are joined to their documents for the tie-break: on a large corpus that is most
 * of the time of a search.
 */
export function searchPage(db: Db, query: PreparedQuery | string, options: SearchOptions & { limit: number }): SearchPage {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  const offset = options.offset ?? 0;
  if (!hasFilters(options)) {
    // the page, what precedes it and a margin for ties; everything only if the margin is all ties
    const ranked = (limit: number) => engine(() => db.prepare(`SELECT rowid, bm25(paragraphs_fts) AS s FROM paragraphs_fts
      WHERE paragraphs_fts MATCH ? ORDER BY s LIMIT ?`).raw().all(q.fts, limit)) as [number, number][];
    const end = offset + options.limit;
    const margin = options.tieMargin ?? TIE_MARGIN;
    let scored = ranked(end + margin);
    let total = scored.length;
    if (scored.length === end + margin) {
      if (scored[scored.length - 1]![1] === scored[end - 1]![1]) scored = ranked(-1);
      total = scored.length === end + margin ? countMatches(db, q) : scored.length;
    }
    if (offset >= total) return { total, hits: [] };
    let a = offset;
    let b = Math.min(total, offset + options.limit);
    while (a > 0 && scored[a - 1]![1] === scored[offset]![1]) a--;
    while (b < total && scored[b]![1] === scored[b - 1]![1]) b++;
    const rows = db.prepare(`SELECT ${COLUMNS}, json_extract(j.value, '$[1]') AS score
      FROM json_each(?) j
      JOIN paragraphs p ON p.id = json_extract(j.value, '$[0]')
      JOIN documents d ON d.id = p.document_id
      JOIN documents t ON t.id = coalesce(d.parent_id, d.id)
      ORDER BY score, ${CORPUS_ORDER} LIMIT ? OFFSET ?`).all(JSON.stringify(scored.slice(a, b)), options.limit, offset - a) as Row[];
    return { total, hits: rows.map((r) => toHit(r, q, options)) };
  }
  return { total: countMatches(db, q, options), hits: [...search(db, q, options)] };
}

/** Hits read past a page so that hits tied with its last one are ordered by the tie-break too. */
const TIE_MARGIN = 1000;

function hasFilters(f: SearchFilters): boolean {
  return (f.conditions?.length ?? 0) > 0 || f.lead !== undefined || f.section !== undefined;
}

/** How many paragraphs match (with the filters). */
export function countMatches(db: Db, query: PreparedQuery | string, filters: SearchFilters = {}): number {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  const { sql, params } = fromWhere(db, q.fts, filters);
  const row = !hasFilters(filters)
    ? runGet(db, 'SELECT count(*) AS n FROM paragraphs_fts WHERE paragraphs_fts MATCH ?', [q.fts])
    : runGet(db, `SELECT count(*) AS n ${sql}`, params);
  return (row as { n: number }).n;
}

export type CountBy = 'document' | 'session' | 'year' | 'kind' | 'lead';
export const COUNT_BY: readonly CountBy[] = ['document', 'session', 'year', 'kind', 'lead'];

export interface CountRow {
  /** document id, session, year, kind or lead (null when unknown) */
  key: string | number | null;
  /** the document's symbol (by document only) */
  symbol?: string | null;
  /** matching paragraphs */
  hits: number;
}

/** Matching paragraphs per document (corpus order) or per session/year (ascending), kind or lead (most first). */
export function countBy(db: Db, query: PreparedQuery | string, by: CountBy, filters: SearchFilters = {}): CountRow[] {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  // without filters, the matching paragraphs are not joined to their documents row by row:
  // they are counted per document first, and only the documents are joined
  const { sql, params } = hasFilters(filters)
    ? fromWhere(db, q.fts, filters)
    : { sql: 'FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid WHERE paragraphs_fts MATCH ?', params: [q.fts] };
  const perDocument = `WITH c AS (SELECT p.document_id AS id, count(*) AS hits ${sql} GROUP BY p.document_id)`;
  const docs = 'FROM c JOIN documents d ON d.id = c.id JOIN documents t ON t.id = coalesce(d.parent_id, d.id)';
  const group: Record<CountBy, string> = {
    document: `${perDocument} SELECT d.id AS key, d.symbol, c.hits ${docs} ORDER BY ${CORPUS_ORDER.replace(', p.n', '')}`,
    session: `${perDocument} SELECT coalesce(d.session, t.session) AS key, sum(c.hits) AS hits ${docs} GROUP BY key ORDER BY key IS NULL, key`,
    year: `${perDocument} SELECT CAST(substr(coalesce(d.date, t.date), 1, 4) AS INTEGER) AS key, sum(c.hits) AS hits ${docs} GROUP BY key ORDER BY key IS NULL, key`,
    kind: `SELECT p.kind AS key, count(*) AS hits ${sql} GROUP BY key ORDER BY hits DESC, key`,
    lead: `SELECT p.lead AS key, count(*) AS hits ${sql} GROUP BY key ORDER BY key IS NULL, hits DESC, key`,
  };
  return [...run(db, group[by], params)] as CountRow[];
}

/** One concordance line with where it comes from. */
export interface KwicLine extends Concordance, ParagraphPlace {}

/** Keyword in context over every matching paragraph, in corpus order. */
export function* kwic(db: Db, query: PreparedQuery | string, options: SearchFilters & { window?: number } = {}): Generator<KwicLine> {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  const { sql, params } = fromWhere(db, q.fts, options);
  const rows = run(db, `SELECT ${COLUMNS} ${sql} ORDER BY ${CORPUS_ORDER}`, params) as Iterable<Row>;
  for (const r of rows) {
    for (const c of concordance(r.text, q.phrases, options.window)) {
      yield { id: r.id, symbol: r.symbol, n: r.n, kind: r.kind, number: r.number, ...c, source: { path: r.path, line: r.line } };
    }
  }
}

/** Run a statement, turning an engine complaint into a UsageError (never an SQL message). */
function run(db: Db, sql: string, params: unknown[]): Iterable<unknown> {
  const it = engine(() => db.prepare(sql).iterate(...params));
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
    if (/^SQLITE_/.test((err as { code?: string }).code ?? '')) throw new StoreError(`the database cannot be searched: ${msg}`);
    throw err;
  }
}
