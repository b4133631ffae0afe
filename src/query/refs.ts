import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { quoted, UsageError } from '../errors.js';
import { normaliseSymbol } from '../lexicon/symbols.js';
import type { Db } from '../store/store.js';

/** What a command-line document reference points to. */
export type Resolved =
  | { kind: 'stored'; id: string; note?: string }
  | { kind: 'file'; path: string };

/** The upper-cased comparison key of a reference: `78/237` → `A/RES/78/237` (symbol grammar in
 *  src/lexicon/symbols.ts); anything that is not a symbol is compared as typed, upper-cased. */
function symbolKey(ref: string): string {
  return (normaliseSymbol(ref) ?? ref.trim().replace(/\s+/g, '')).toUpperCase();
}

/**
 * Resolve a reference: an id, a full symbol, the short resolution form (`78/237`), an alias
 * (the resolution a draft became, the draft a resolution came from), a symbol tail such as
 * `L.11` when unambiguous, or a file path. Ambiguity and unknown references are UsageErrors
 * that list the candidates.
 */
export function resolveRef(db: Db, ref: string, options: { allowFile?: boolean } = {}): Resolved {
  const trimmed = ref.trim();
  if (trimmed === '') throw new UsageError('empty document reference');
  const byId = db.prepare('SELECT id FROM documents WHERE id = ?').get(trimmed) as { id: string } | undefined;
  if (byId) return { kind: 'stored', id: byId.id };

  const symbol = symbolKey(trimmed);
  const bySymbol = db.prepare('SELECT id FROM documents WHERE upper(symbol) = ? ORDER BY parent_id IS NOT NULL, id').all(symbol) as { id: string }[];
  if (bySymbol.length === 1) return { kind: 'stored', id: bySymbol[0]!.id };
  if (bySymbol.length > 1) throw ambiguous(trimmed, bySymbol.map((r) => r.id));

  const byAlias = db.prepare(`SELECT a.document_id AS id, d.symbol FROM aliases a JOIN documents d ON d.id = a.document_id
      WHERE upper(a.symbol) = ?`).all(symbol) as { id: string; symbol: string | null }[];
  if (byAlias.length === 1) {
    const hit = byAlias[0]!;
    const asked = normaliseSymbol(trimmed) ?? trimmed;
    return { kind: 'stored', id: hit.id, note: `${asked} is not in the corpus; using ${hit.symbol ?? hit.id}, which is linked to it` };
  }
  if (byAlias.length > 1) throw ambiguous(trimmed, byAlias.map((r) => r.id));

  if (options.allowFile !== false && existsSync(trimmed) && statSync(trimmed).isFile()) {
    const abs = resolve(trimmed);
    const stored = db.prepare('SELECT id FROM documents WHERE source_path = ? AND parent_id IS NULL').get(abs) as { id: string } | undefined;
    if (stored) return { kind: 'stored', id: stored.id };
    return { kind: 'file', path: abs };
  }

  // a tail such as "L.11" or "75/L.8/Rev.1": unique suffix of a symbol
  if (/^[A-Z0-9.]+(\/[A-Z0-9.]+)*$/i.test(trimmed) && trimmed.length >= 3) {
    const tail = `%/${symbol}`;
    const bySuffix = db.prepare('SELECT id FROM documents WHERE upper(symbol) LIKE ? ORDER BY id').all(tail) as { id: string }[];
    if (bySuffix.length === 1) return { kind: 'stored', id: bySuffix[0]!.id };
    if (bySuffix.length > 1) throw ambiguous(trimmed, bySuffix.map((r) => r.id));
  }
  const near = nearMatches(db, trimmed);
  throw new UsageError(near.length > 0
    ? `no document matches ${quoted(trimmed)}; did you mean ${near.join(', ')}?`
    : `no document matches ${quoted(trimmed)}; see 'cybercorpus list'`);
}

/**
 * Up to five references near what was typed, for the error: first the symbols, aliases and ids
 * nearest by edit distance (`78/273` → 78/237: a transposition is two edits), then those that
 * contain it (`L.` → A/C.1/78/L.11). A reference typed in the short resolution form is answered
 * in that form. Runs only on a failed lookup, so every name of the corpus is compared.
 */
function nearMatches(db: Db, ref: string): string[] {
  const key = symbolKey(ref);
  const typed = ref.trim().toUpperCase();
  const short = !/^A\//i.test(ref.trim());
  const shown = (name: string) => (short && /^A\/RES\/\d/.test(name) ? name.slice('A/RES/'.length) : name);

  // a slip of up to one character in four (two in `A/RES/78/273`), never more than three
  const most = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  const names = db.prepare(`SELECT coalesce(symbol, id) AS name, id, symbol FROM documents
      UNION ALL SELECT symbol, NULL, symbol FROM aliases`).all() as { name: string; id: string | null; symbol: string | null }[];
  let best = most + 1;
  let nearest: string[] = [];
  for (const n of names) {
    const d = Math.min(...(n.id ? [distance(typed, n.id.toUpperCase())] : []), ...(n.symbol ? [distance(key, n.symbol.toUpperCase()), distance(typed, n.symbol.toUpperCase())] : []));
    if (d < best) {
      best = d;
      nearest = [];
    }
    if (d === best) nearest.push(shown(n.name));
  }

  const like = `%${ref.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db.prepare(`SELECT coalesce(symbol, id) AS name FROM documents
      WHERE id LIKE ? ESCAPE '\\' OR symbol LIKE ? ESCAPE '\\' ORDER BY parent_id IS NOT NULL, id LIMIT 6`).all(like, like) as { name: string }[];
  const all = [...new Set([...nearest.sort(), ...rows.map((r) => shown(r.name))])];
  return all.length > 5 ? [...all.slice(0, 5), '…'] : all;
}

function ambiguous(ref: string, ids: string[]): UsageError {
  const shown = ids.slice(0, 10).join(', ') + (ids.length > 10 ? `, … (${ids.length} in all)` : '');
  return new UsageError(`${quoted(ref)} is ambiguous: ${shown}`);
}
