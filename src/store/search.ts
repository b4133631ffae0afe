import { UsageError } from '../errors.js';
import type { Db } from './store.js';
import { ftsText } from './fts.js';

export interface SearchHit {
  id: string;
  symbol: string | null;
  kind: string;
  number: string | null;
  lead: string | null;
  n: number;
  text: string;
  snippet: string;
  score: number;
  source: { path: string; line: number };
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** markers put around matches in snippets */
  open?: string;
  close?: string;
}

/**
 * Turn what the user typed into an FTS5 query. Words are matched as written (accents, case,
 * both apostrophes folded by the index); a query without FTS operators is taken as a phrase.
 */
export function toFtsQuery(query: string): string {
  const q = ftsText(query.trim());
  if (q === '') throw new UsageError('empty search query');
  return `"${q.replace(/"/g, '""')}"`;
}

export function search(db: Db, query: string, options: SearchOptions = {}): SearchHit[] {
  const open = options.open ?? '[';
  const close = options.close ?? ']';
  const rows = db.prepare(`
    SELECT d.id, d.symbol, p.kind, p.number, p.lead, p.n, p.text,
           snippet(paragraphs_fts, 0, ?, ?, '…', 24) AS snippet,
           bm25(paragraphs_fts) AS score, d.source_path AS path, p.line
    FROM paragraphs_fts
    JOIN paragraphs p ON p.id = paragraphs_fts.rowid
    JOIN documents d ON d.id = p.document_id
    WHERE paragraphs_fts MATCH ?
    ORDER BY score, coalesce(d.date, ''), d.id, p.n
    LIMIT ? OFFSET ?`).all(open, close, toFtsQuery(query), options.limit ?? -1, options.offset ?? 0) as (Omit<SearchHit, 'source'> & { path: string; line: number })[];
  return rows.map(({ path, line, ...hit }) => ({ ...hit, score: -hit.score, source: { path, line } }));
}
