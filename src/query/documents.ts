/**
 * The document questions: the list of documents and parts (`list`), what the corpus holds
 * (`stats`). Rows carry the field names of docs/model.md.
 */
import type { Db } from '../store/store.js';

/** One line of `list`: a top-level document or a part, with counts (docs/model.md names the fields). */
export interface DocumentSummary {
  id: string;
  symbol: string | null;
  kind: string;
  session: number | null;
  date: string | null;
  paragraph_count: number;
  part_count: number;
  parent_id: string | null;
  author: string | null;
  title: string | null;
  source_format: string;
  source_path: string;
}

export function listDocuments(db: Db, options: { parts?: boolean } = {}): DocumentSummary[] {
  const where = options.parts ? '' : 'WHERE d.parent_id IS NULL';
  return db.prepare(`
    SELECT d.id, d.symbol, d.kind, d.session, d.date,
           (SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id) AS paragraph_count,
           (SELECT count(*) FROM documents c WHERE c.parent_id = d.id) AS part_count,
           d.parent_id, d.author, d.title, d.source_format, d.source_path
    FROM documents d LEFT JOIN documents top ON top.id = d.parent_id ${where}
    ORDER BY coalesce(top.session, d.session, 0), coalesce(top.date, d.date, ''), coalesce(d.parent_id, d.id),
             d.part_index IS NOT NULL, d.part_index`).all() as DocumentSummary[];
}

/** What `stats` counts (docs/model.md: `counts` and the `*_by_*` breakdowns are maps). */
export interface CorpusStats {
  schema_version: number;
  /** rows per table: documents (top-level), parts, paragraphs, footnotes, sponsors, citations, votes, vote_records, warnings */
  counts: Record<string, number>;
  documents_by_kind: Record<string, number>;
  documents_by_format: Record<string, number>;
  paragraphs_by_kind: Record<string, number>;
}

export function corpusStats(db: Db): CorpusStats {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const group = (sql: string) =>
    Object.fromEntries((db.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
  return {
    schema_version: db.pragma('user_version', { simple: true }) as number,
    counts: {
      documents: count('SELECT count(*) AS n FROM documents WHERE parent_id IS NULL'),
      parts: count('SELECT count(*) AS n FROM documents WHERE parent_id IS NOT NULL'),
      paragraphs: count('SELECT count(*) AS n FROM paragraphs'),
      footnotes: count('SELECT count(*) AS n FROM footnotes'),
      sponsors: count('SELECT count(*) AS n FROM sponsors'),
      citations: count('SELECT count(*) AS n FROM citations'),
      votes: count('SELECT count(*) AS n FROM votes'),
      vote_records: count('SELECT count(*) AS n FROM vote_records'),
      warnings: count('SELECT count(*) AS n FROM warnings'),
    },
    documents_by_kind: group('SELECT kind AS k, count(*) AS n FROM documents GROUP BY kind ORDER BY kind'),
    documents_by_format: group('SELECT source_format AS k, count(*) AS n FROM documents WHERE parent_id IS NULL GROUP BY source_format ORDER BY 1'),
    paragraphs_by_kind: group('SELECT kind AS k, count(*) AS n FROM paragraphs GROUP BY kind ORDER BY kind'),
  };
}
