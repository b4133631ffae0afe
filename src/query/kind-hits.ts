/**
 * How many paragraphs of each kind match, without reading each hit's row (issue 19: `search
 * --count --by kind` read the kind from the paragraphs' wide rows, a page each, 0.8–1.2 s of CPU
 * for 352,000 hits at x2000). The index on kind (src/store/schema.ts, paragraphs_kind) lists
 * each kind's ids in ascending order; the hits' ids come ascending from the full-text index; one
 * walk over both per kind counts them, a chunk of ids at a time (memory stays that of a chunk).
 * It reads every paragraph's id once, so it pays only when the hits are a tenth of the
 * paragraphs or more; with fewer, each hit is looked up.
 */
import type { Db } from '../store/store.js';
import { CHUNK, idCount, matchingIds, parseIds } from './document-hits.js';

/**
 * Matching paragraphs per kind (the FTS5 expression `fts`), or null when there are too few hits
 * for the walk to pay (`force`: walk anyway) or when the kinds the writer counted do not account
 * for every hit (rows written by another program): count hit by hit then.
 */
export function kindHits(db: Db, fts: string, options: { force?: boolean; chunk?: number } = {}): Map<string, number> | null {
  const kinds = db.prepare("SELECT key, n FROM counts WHERE name = 'paragraphs_by_kind' AND n > 0 ORDER BY key").pluck().all() as string[];
  const paragraphs = db.prepare("SELECT coalesce(sum(n), 0) FROM counts WHERE name = 'paragraphs_by_kind'").pluck().get() as number;
  const ids = db.prepare('SELECT group_concat(id) FROM paragraphs INDEXED BY paragraphs_kind WHERE kind = ? AND id >= ? AND id < ?').pluck();
  const out = new Map<string, number>();
  let hits = 0;
  let counted = 0;
  // chunks read before the hits are known to be enough (a tenth of the paragraphs at most)
  const waiting: { from: number; to: number; ids: string }[] = [];
  const walk = (chunk: { from: number; to: number; ids: string }) => {
    const found = parseIds(chunk.ids);
    for (const kind of kinds) {
      const list = ids.get(kind, chunk.from, chunk.to) as string | null;
      if (list === null) continue;
      const n = common(found, parseIds(list));
      if (n > 0) out.set(kind, (out.get(kind) ?? 0) + n);
      counted += n;
    }
  };
  let walking = false;
  for (const chunk of matchingIds(db, 'paragraphs', fts, options.chunk ?? CHUNK)) {
    hits += idCount(chunk.ids);
    if (walking) walk(chunk);
    else {
      waiting.push(chunk);
      if (options.force === true || hits * 10 >= paragraphs) {
        walking = true;
        for (const c of waiting.splice(0)) walk(c);
      }
    }
  }
  if (!walking && hits > 0) return null;
  return counted === hits ? out : null;
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
