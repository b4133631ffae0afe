/**
 * Links between a draft and the resolution it became.
 *
 * The facts are alias rows: an AKN resolution names its draft (A/RES/78/237 → alias
 * A/C.1/78/L.11), the seeds' declared metadata names the resolution a draft became
 * (A/C.1/78/L.11 → alias A/RES/78/237). `linkAliases` makes them mutual across the corpus, so
 * that each document of a pair knows the other whichever was added first, and a reference to
 * an absent resolution resolves to its draft (refs.ts looks aliases up). `documentLinks` tells,
 * for one document, what it was adopted as and what it was adopted from, and whether those
 * documents are in the corpus.
 */
import { isAdoptedSymbol, isDraftSymbol } from '../lexicon/symbols.js';
import type { Db } from '../store/store.js';

// the symbol grammar lives in src/lexicon/symbols.ts (issue 15); re-exported for the link tests
export { isAdoptedSymbol, isDraftSymbol };

/**
 * Make alias rows mutual: when document R lists symbol S as an alias and a document D has the
 * symbol S, D gets R's symbol as an alias. Idempotent; returns the number of rows added. Call it
 * inside the ingest transaction, after the documents are written.
 */
export function linkAliases(db: Db): number {
  const r = db.prepare(`
    INSERT OR IGNORE INTO aliases (document_id, symbol)
    SELECT d.id, r.symbol
    FROM aliases a
    JOIN documents r ON r.id = a.document_id
    JOIN documents d ON upper(d.symbol) = upper(a.symbol)
    WHERE r.symbol IS NOT NULL AND d.id <> r.id AND upper(r.symbol) <> upper(d.symbol)`).run();
  return r.changes;
}

export interface LinkedDocument {
  symbol: string;
  /** the id of the document with that symbol in the corpus, or null when it is absent */
  id: string | null;
}

export interface DocumentLinks {
  /** for a draft: the resolutions (or decisions) it was adopted as */
  adoptedAs: LinkedDocument[];
  /** for a resolution: the drafts it was adopted from */
  adoptedFrom: LinkedDocument[];
}

/**
 * The draft ↔ adopted-text links of one document, from its own aliases and from the documents
 * that list its symbol as an alias (so the answer does not depend on `linkAliases` having run).
 */
export function documentLinks(db: Db, id: string): DocumentLinks {
  const links: DocumentLinks = { adoptedAs: [], adoptedFrom: [] };
  const row = db.prepare('SELECT symbol FROM documents WHERE id = ?').get(id) as { symbol: string | null } | undefined;
  if (!row) return links;
  const symbols = new Set<string>();
  for (const a of db.prepare('SELECT symbol FROM aliases WHERE document_id = ?').all(id) as { symbol: string }[]) symbols.add(a.symbol);
  if (row.symbol) {
    const others = db.prepare(`SELECT DISTINCT d.symbol FROM aliases a JOIN documents d ON d.id = a.document_id
        WHERE upper(a.symbol) = upper(?) AND d.symbol IS NOT NULL AND d.id <> ?`).all(row.symbol, id) as { symbol: string }[];
    for (const o of others) symbols.add(o.symbol);
  }
  const own = row.symbol ?? '';
  const seen = new Set<string>();
  const byUpper = db.prepare('SELECT id FROM documents WHERE upper(symbol) = upper(?) ORDER BY parent_id IS NOT NULL, id LIMIT 1');
  for (const symbol of [...symbols].sort()) {
    const key = symbol.toUpperCase();
    if (key === own.toUpperCase() || seen.has(key)) continue;
    seen.add(key);
    const hit = byUpper.get(symbol) as { id: string } | undefined;
    const linked: LinkedDocument = { symbol, id: hit?.id ?? null };
    if (isAdoptedSymbol(symbol) && !isAdoptedSymbol(own)) links.adoptedAs.push(linked);
    else if (isDraftSymbol(symbol) && !isDraftSymbol(own)) links.adoptedFrom.push(linked);
  }
  return links;
}

/**
 * The lines `show` prints for the links: "adopted as: A/RES/78/237" on a draft,
 * "adopted from draft: A/C.1/78/L.11" on a resolution; "(not in the corpus)" when the other is absent.
 */
export function linkLines(links: DocumentLinks): string[] {
  const fmt = (l: LinkedDocument) => (l.id === null ? `${l.symbol} (not in the corpus)` : l.id === l.symbol ? l.symbol : `${l.symbol} (${l.id})`);
  const lines: string[] = [];
  if (links.adoptedAs.length > 0) lines.push(`adopted as: ${links.adoptedAs.map(fmt).join(', ')}`);
  if (links.adoptedFrom.length > 0) lines.push(`adopted from draft: ${links.adoptedFrom.map(fmt).join(', ')}`);
  return lines;
}
