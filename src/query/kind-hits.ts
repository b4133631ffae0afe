/**
 * How many paragraphs of each kind match, without reading each hit's row (issue 19: `search
 * --count --by kind` read the kind from the paragraphs' wide rows, a page each, 1.2 s for 352,000
 * hits at x2000). The index on kind (src/store/schema.ts, paragraphs_kind) lists each kind's ids
 * in ascending order; the hits' ids come ascending from the full-text index; one walk over both
 * per kind counts them. It reads every paragraph's id once, so it pays only when the hits are
 * more than a tenth of the paragraphs; with fewer, each hit is looked up.
 */
import type { Db } from '../store/store.js';
import { CHUNK, matchingIds, parseIds } from './document-hits.js';

/**
 * Matching paragraphs per kind (the FTS5 expression `fts`), or null when there are too few hits
 * for the walk to pay (`force`: walk anyway) or when the kinds the writer counted do not account
 * for every hit (rows written by another program): count hit by hit then.
 */
export function kindHits(db: Db, fts: string, options: { force?: boolean; chunk?: number } = {}): Map<string, number> | null {
  const kinds = db.prepare("SELECT key, n FROM counts WHERE name = 'paragraphs_by_kind' AND n > 0 ORDER BY key").raw().all() as [string, number][];
  const paragraphs = kinds.reduce((a, [, n]) => a + n, 0);
  const chunks: Float64Array[] = [];
  for (const list of matchingIds(db, 'paragraphs', fts, options.chunk ?? CHUNK)) chunks.push(parseIds(list));
  const hits = new Float64Array(chunks.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    hits.set(c, at);
    at += c.length;
  }
  if (hits.length === 0) return new Map();
  if (options.force !== true && hits.length * 10 < paragraphs) return null;
  const ids = db.prepare('SELECT group_concat(id) FROM paragraphs INDEXED BY paragraphs_kind WHERE kind = ?').pluck();
  const out = new Map<string, number>();
  let counted = 0;
  for (const [kind] of kinds) {
    const list = ids.get(kind) as string | null;
    if (list === null) continue;
    const n = common(hits, parseIds(list));
    if (n > 0) out.set(kind, n);
    counted += n;
  }
  return counted === hits.length ? out : null;
}

/** How many values two ascending lists share. */
function common(a: Float64Array, b: Float64Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}
