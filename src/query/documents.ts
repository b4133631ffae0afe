/**
 * The document questions: the list of documents and parts (`list`), what the corpus holds
 * (`stats`). Rows carry the field names of docs/model.md.
 */
import type { Db } from '../store/store.js';
import { COUNTED_TABLES, type CountedBreakdown } from '../store/tables.js';

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

/**
 * The documents (and parts) in the order of `list`: by session, date, then each document followed
 * by its parts. Paragraphs are counted by the writer (paragraph_counts), parts by the index on
 * parent_id: the cost is per document, whatever their length (issue 19).
 */
export function listDocuments(db: Db, options: { parts?: boolean } = {}): DocumentSummary[] {
  return db.prepare(listSql(options)).all() as DocumentSummary[];
}

/** The SELECT of `list` (exposed for the benchmark, which has the sqlite3 shell run it). */
export function listSql(options: { parts?: boolean } = {}): string {
  const where = options.parts ? '' : 'WHERE d.parent_id IS NULL';
  return `
    SELECT d.id, d.symbol, d.kind, d.session, d.date,
           coalesce(pc.n, 0) AS paragraph_count,
           (SELECT count(*) FROM documents c WHERE c.parent_id = d.id) AS part_count,
           d.parent_id, d.author, d.title, d.source_format, d.source_path
    FROM documents d LEFT JOIN documents top ON top.id = d.parent_id
      LEFT JOIN paragraph_counts pc ON pc.document_id = d.id ${where}
    ORDER BY coalesce(top.session, d.session, 0), coalesce(top.date, d.date, ''), coalesce(d.parent_id, d.id),
             d.part_index IS NOT NULL, d.part_index`;
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

/**
 * The counts kept by the writer (the counts table): a few dozen rows, whatever the corpus's size
 * (issue 19). A breakdown's keys in SQLite's order of text (BINARY), those at 0 left out.
 */
export function corpusStats(db: Db): CorpusStats {
  const rows = db.prepare('SELECT name, key, n FROM counts ORDER BY name, key').raw().all() as [string, string, number][];
  const total = (table: string) => rows.find(([name, key]) => name === table && key === '')?.[2] ?? 0;
  const breakdown = (name: CountedBreakdown) => Object.fromEntries(rows.filter((r) => r[0] === name && r[2] > 0).map((r) => [r[1], r[2]]));
  return {
    schema_version: db.pragma('user_version', { simple: true }) as number,
    counts: Object.fromEntries(COUNTED_TABLES.map((t) => [t, total(t)])),
    documents_by_kind: breakdown('documents_by_kind'),
    documents_by_format: breakdown('documents_by_format'),
    paragraphs_by_kind: breakdown('paragraphs_by_kind'),
  };
}
