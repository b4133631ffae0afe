/**
 * The citation questions (cites, cited-by): plain SQL over the tables of docs/model.md; rows
 * come back with the field names every output uses (docs/model.md, "Field names").
 */
import { UsageError } from '../errors.js';
import { referenceTargets } from '../extract/citations.js';
import { partGlobs } from '../lexicon/symbols.js';
import type { Document } from '../types.js';
import { resolveRef } from './refs.js';
import type { Db } from '../store/store.js';
import { withParts } from '../walk.js';

/* ------------------------------------------------------------ citations */

/** A citation and where it stands: the fields every citation row shares (docs/model.md). */
interface CitationPlace {
  /** the citing document (or part) */
  document_id: string;
  symbol: string | null;
  target: string;
  kind: string;
  as_written: string;
  paragraph_n: number | null;
  footnote: string | null;
  date: string | null;
  /** where the citation stands in its footnote's (when `footnote` is set) or paragraph's text */
  span_start: number | null;
  span_end: number | null;
  /** the source file, and the first line of the citing paragraph */
  source_path: string;
  line: number | null;
}

/** A paragraph (or footnote) that cites a text (`cited-by`). */
export interface CitingRow extends CitationPlace {
  /** the citing paragraph's text (null when the footnote is referenced from nowhere) */
  text: string | null;
}

/**
 * Every citation of one of `targets`. A resolution without a part letter also matches its
 * parts ("A/RES/43/78" finds "A/RES/43/78H", "A/RES/217(III)" finds "A/RES/217A(III)").
 */
export function citedBy(db: Db, targets: readonly string[]): CitingRow[] {
  if (targets.length === 0) return [];
  const marks = targets.map(() => '?').join(', ');
  const parts = targets.flatMap(partGlobs);
  const glob = parts.map(() => 'c.target GLOB ?').join(' OR ');
  return db.prepare(`
    SELECT c.document_id, d.symbol, c.target, c.kind, c.as_written, c.paragraph_n,
           c.footnote, c.date, c.span_start, c.span_end, p.text, d.source_path, p.line
    FROM citations c
    JOIN documents d ON d.id = c.document_id
    LEFT JOIN documents top ON top.id = d.parent_id
    LEFT JOIN paragraphs p ON p.document_id = c.document_id AND p.n = c.paragraph_n
    WHERE c.target IN (${marks})${glob ? ` OR ${glob}` : ''}
    ORDER BY coalesce(top.session, d.session, 0), coalesce(top.date, d.date, ''), coalesce(d.parent_id, d.id),
             d.part_index IS NOT NULL, d.part_index, c.seq`).all(...targets, ...parts) as CitingRow[];
}

/**
 * What `cited-by REF` looks for: the symbol REF names ("75/240" → "A/RES/75/240"), or the
 * symbol of the stored document REF designates; with `linked`, also the symbols the corpus
 * links to it (the draft a resolution came from, the resolution a draft became).
 */
export function citationTargets(db: Db, ref: string, options: { linked?: boolean } = {}): string[] {
  const targets = new Set<string>();
  const named = referenceTargets(ref);
  const symbol = named[0] ?? null;
  for (const s of named) targets.add(s);
  let stored: string | null = null;
  try {
    const r = resolveRef(db, ref, { allowFile: false });
    if (r.kind === 'stored') stored = r.id;
  } catch (err) {
    if (!symbol) throw err;
  }
  const linkedTo = (id: string): string[] => {
    const own = db.prepare('SELECT symbol FROM documents WHERE id = ?').get(id) as { symbol: string | null } | undefined;
    const aliases = db.prepare('SELECT symbol FROM aliases WHERE document_id = ?').all(id) as { symbol: string }[];
    return [own?.symbol ?? null, ...aliases.map((a) => a.symbol)].filter((x): x is string => x !== null);
  };
  if (stored && (!symbol || options.linked)) {
    const own = linkedTo(stored);
    for (const s of options.linked ? own : own.slice(0, 1)) targets.add(s);
  }
  if (symbol && options.linked) {
    const carriers = db.prepare('SELECT id FROM documents WHERE symbol = ? UNION SELECT document_id FROM aliases WHERE symbol = ?').all(symbol, symbol) as { id: string }[];
    for (const c of carriers) for (const s of linkedTo(c.id)) targets.add(s);
  }
  if (targets.size === 0) throw new UsageError(`'${ref}' is neither a document symbol nor a document of the corpus with a symbol`);
  return [...targets];
}

/** The stored documents that carry a symbol (as their own or as an alias), by symbol. */
export function documentsBySymbol(db: Db, symbols: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const own = db.prepare('SELECT id FROM documents WHERE symbol = ? ORDER BY parent_id IS NOT NULL, id LIMIT 1');
  const alias = db.prepare('SELECT document_id AS id FROM aliases WHERE symbol = ? ORDER BY document_id LIMIT 1');
  for (const s of new Set(symbols)) {
    const hit = (own.get(s) ?? alias.get(s)) as { id: string } | undefined;
    if (hit) out.set(s, hit.id);
  }
  return out;
}


/** A citation of a document (`cites`), with where the cited text is in the corpus. */
export interface CitationRow extends CitationPlace {
  /** the stored document that carries the cited symbol (its own or an alias), if any */
  target_document_id: string | null;
}

/** The fields of CitationRow in order: the columns of `cites`. */
export const CITATION_ROW_KEYS = ['document_id', 'symbol', 'target', 'kind', 'as_written', 'paragraph_n', 'footnote', 'date',
  'span_start', 'span_end', 'target_document_id', 'source_path', 'line'] as const satisfies readonly (keyof CitationRow)[];

/** The fields of CitingRow in order: the columns of `cited-by`. */
export const CITING_ROW_KEYS = ['document_id', 'symbol', 'paragraph_n', 'footnote', 'target', 'kind', 'as_written', 'date',
  'span_start', 'span_end', 'text', 'source_path', 'line'] as const satisfies readonly (keyof CitingRow)[];

/**
 * What a document (stored or parsed on the fly) and its parts cite, of the given kinds (all when
 * null), with the stored document that carries each cited symbol.
 */
export function citationsOf(db: Db, doc: Document, kinds: ReadonlySet<string> | null = null): CitationRow[] {
  const rows = withParts(doc).flatMap((d) => {
    const lines = new Map(d.paragraphs.map((p) => [p.n, p.line]));
    return d.citations.filter((c) => kinds === null || kinds.has(c.kind)).map((c): CitationRow => ({
      document_id: d.id, symbol: d.symbol, target: c.target, kind: c.kind, as_written: c.as_written, paragraph_n: c.paragraph_n,
      footnote: c.footnote ?? null, date: c.date, span_start: c.span_start ?? null, span_end: c.span_end ?? null, target_document_id: null,
      source_path: d.source_path, line: c.paragraph_n === null ? null : (lines.get(c.paragraph_n) ?? null),
    }));
  });
  const found = documentsBySymbol(db, rows.map((r) => r.target));
  for (const r of rows) r.target_document_id = found.get(r.target) ?? null;
  return rows;
}
