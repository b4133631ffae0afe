/**
 * How many paragraphs and footnotes match in each document, without looking up each hit's
 * document (issue 19). The writer inserts a document's paragraphs (and its footnotes) in one go,
 * so their ids are one run, which paragraph_counts keeps (first and last id, src/store/schema.ts).
 * The matching ids come from the full-text index in ascending order, a few large strings rather
 * than a row each (at x2000, 352,000 rows read one by one cost 0.35 s, one string 0.08 s); the
 * ranges come in ascending order too, so one walk over both finds every hit's document. A hit
 * outside every range (a document whose ids are not one run, or rows written by another program)
 * makes the caller count the old way, hit by hit. When there are fewer hits than documents, the
 * hits' documents are looked up instead: reading every range would cost more.
 */
import type { Db } from '../store/store.js';

/** The two searched tables; each has a full-text index `<table>_fts` whose rowid is the row's id. */
export type HitTable = 'paragraphs' | 'footnotes';

export interface DocumentHitsOptions {
  /**
   * ids read from the index per query: the hits of one chunk are held as one string, so memory
   * does not grow with the corpus (tests set it small to cross chunk boundaries)
   */
  chunk?: number;
  /** walk the ranges even when there are fewer hits than documents (tests) */
  ranges?: boolean;
}

/** Ids per query to the index: 1,048,576 ids hold at most some 8 MB of hits as text. */
export const CHUNK = 1 << 20;

/** The columns of paragraph_counts that hold a table's ranges. */
const RANGE: Record<HitTable, [string, string]> = {
  paragraphs: ['first_paragraph_id', 'last_paragraph_id'],
  footnotes: ['first_footnote_id', 'last_footnote_id'],
};

/**
 * Matching paragraphs and footnotes per document id (the rows of `tables` matching the FTS5
 * expression `fts`), or null when some hit lies outside the ranges (count hit by hit then).
 * Every hit's document is in the map, whether or not it still has a row in documents.
 */
export function documentHits(db: Db, fts: string, tables: readonly HitTable[], options: DocumentHitsOptions = {}): Map<string, number> | null {
  const perDocument = new Map<string, number>();
  const documents = documentCount(db);
  for (const table of tables) {
    const chunks: string[] = [];
    let hits = 0;
    let walk: RangeWalk | undefined;
    for (const { ids } of matchingIds(db, table, fts, options.chunk ?? CHUNK)) {
      if (walk) {
        if (!walk.add(parseIds(ids))) return null;
        continue;
      }
      chunks.push(ids);
      hits += idCount(ids);
      // as many hits as documents, or more: one pass over every range costs less than a lookup each
      if (options.ranges === true || hits * 2 > documents) {
        walk = RangeWalk.load(db, table, perDocument) ?? undefined;
        if (!walk) return null;
        for (const c of chunks.splice(0)) if (!walk.add(parseIds(c))) return null;
      }
    }
    if (!walk) for (const ids of chunks) lookUp(db, table, ids, perDocument);
  }
  return perDocument;
}

/** Documents and parts, from the counts the writer keeps (a row each in paragraph_counts). */
function documentCount(db: Db): number {
  return (db.prepare("SELECT coalesce(sum(n), 0) FROM counts WHERE name IN ('documents', 'parts') AND key = ''").pluck().get() as number);
}

/**
 * The ids of the rows matching `fts`, ascending, as comma-separated strings: one per chunk of
 * `chunk` ids, [from, to) (none for a chunk without hits). FTS5 bounds the rowid only when the bounds are
 * integers written in the SQL (better-sqlite3 binds a JavaScript number as a REAL, which FTS5
 * ignores), so they are written in.
 */
export function* matchingIds(db: Db, table: HitTable, fts: string, chunk: number): Generator<{ from: number; to: number; ids: string }> {
  // two subqueries: SQLite reads min() or max() alone from the end of the table, both at once by scanning it
  const [lo, hi] = db.prepare(`SELECT (SELECT min(id) FROM ${table}), (SELECT max(id) FROM ${table})`).raw().get() as [number | null, number | null];
  if (lo === null || hi === null) return;
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || !Number.isSafeInteger(chunk) || chunk < 1) throw new RangeError(`ids out of range: ${lo}..${hi} by ${chunk}`);
  for (let from = lo; from <= hi; from += chunk) {
    const bounds = from === lo && hi - lo < chunk ? '' : ` AND rowid >= ${from} AND rowid < ${from + chunk}`;
    const ids = db.prepare(`SELECT group_concat(rowid) FROM ${table}_fts WHERE ${table}_fts MATCH ?${bounds}`).pluck().get(fts) as string | null;
    if (ids !== null) yield { from, to: from + chunk, ids };
  }
}

/** How many ids a string of comma-separated ids holds. */
export function idCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n++;
  return n;
}

/** "12,13,40" → [12, 13, 40], sorted ascending (FTS5 gives them so; sorted if not). */
export function parseIds(s: string): Float64Array {
  const out = new Float64Array(idCount(s));
  let n = 0;
  let v = 0;
  let sorted = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) {
      if (n > 0 && v < out[n - 1]!) sorted = false;
      out[n++] = v;
      v = 0;
    } else v = v * 10 + (c - 48);
  }
  if (n > 0 && v < out[n - 1]!) sorted = false;
  out[n] = v;
  return sorted ? out : out.sort();
}

/** Each hit's document looked up by its id (few hits), counted into `perDocument`. */
function lookUp(db: Db, table: HitTable, ids: string, perDocument: Map<string, number>): void {
  // paragraphs: from the index of (id, document_id), not the table's wide rows (schema.ts)
  const from = table === 'paragraphs' ? 'paragraphs x INDEXED BY paragraphs_document_of' : 'footnotes x';
  const rows = db.prepare(`SELECT x.document_id, count(*) FROM json_each(?) j JOIN ${from} ON x.id = j.value GROUP BY x.document_id`)
    .raw().all(`[${ids}]`) as [string, number][];
  for (const [id, n] of rows) perDocument.set(id, (perDocument.get(id) ?? 0) + n);
}

/**
 * The ranges of a table's ids per document (ascending by first id, disjoint), walked once by
 * ascending hits: each hit moves the walk forward to the range that holds it.
 */
class RangeWalk {
  private at = 0;

  private constructor(private readonly first: number[], private readonly last: number[], private readonly ids: string[],
    private readonly perDocument: Map<string, number>) {}

  /** The ranges of `table`; null when they overlap (rows written by another program): count hit by hit then. */
  static load(db: Db, table: HitTable, perDocument: Map<string, number>): RangeWalk | null {
    const [a, b] = RANGE[table];
    // three flat JSON arrays: one string each to parse, not a row per document
    const [first, last, ids] = (db.prepare(`SELECT json_group_array(${a}), json_group_array(${b}), json_group_array(document_id)
      FROM (SELECT ${a}, ${b}, document_id FROM paragraph_counts WHERE ${a} IS NOT NULL ORDER BY ${a})`).raw().get() as [string, string, string])
      .map((json) => JSON.parse(json) as unknown[]) as [number[], number[], string[]];
    for (let i = 0; i < first.length; i++) {
      // SQLite hands the subquery's rows to the aggregate in its order; the walk needs them disjoint
      if (!(first[i]! <= last[i]!) || (i > 0 && first[i]! <= last[i - 1]!)) return null;
    }
    return new RangeWalk(first, last, ids, perDocument);
  }

  /** Count ascending hits (continuing from the last call); false if one lies outside every range. */
  add(hits: Float64Array): boolean {
    const { first, last, ids, perDocument } = this;
    const n = first.length;
    const flush = (at: number, run: number) => {
      if (run > 0) perDocument.set(ids[at]!, (perDocument.get(ids[at]!) ?? 0) + run);
    };
    let at = this.at;
    let run = 0;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      if (at < n && h > last[at]!) {
        flush(at, run);
        run = 0;
        do at++;
        while (at < n && h > last[at]!);
      }
      if (at === n || h < first[at]!) return false;
      run++;
    }
    flush(at, run);
    this.at = at;
    return true;
  }
}
