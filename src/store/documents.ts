import type { Citation, Document, DocumentKind, Footnote, Paragraph, SourceFormat, Sponsor, Vote, VoteRecord, Warning } from '../types.js';
import { selectList } from './tables.js';
import type { Db } from './store.js';

/** A row of the documents table, as stored. */
export interface DocumentRow {
  id: string;
  parent_id: string | null;
  part_index: number | null;
  symbol: string | null;
  kind: string;
  title: string | null;
  organ: string | null;
  committee: string | null;
  session: number | null;
  agenda_item: string | null;
  date: string | null;
  distribution: string | null;
  language: string | null;
  original_languages: string;
  author: string | null;
  source_path: string;
  source_format: string;
  source_sha256: string;
  source_lines: number;
}

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

export function getDocumentRow(db: Db, id: string): DocumentRow | undefined {
  return db.prepare(`SELECT ${selectList('documents')} FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;
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

/** Rebuild the contract Document (with its parts) from the tables. */
export function loadDocument(db: Db, id: string): Document | null {
  const row = getDocumentRow(db, id);
  if (!row) return null;
  return fromRow(db, row);
}

/**
 * The columns of the stored tables are the model's field names (src/store/tables.ts, docs/model.md):
 * rows are read with the definition's column lists and need only their JSON arrays parsed and
 * their empty optional fields dropped.
 */
function fromRow(db: Db, row: DocumentRow): Document {
  const id = row.id;
  const aliases = db.prepare('SELECT symbol FROM aliases WHERE document_id = ? ORDER BY symbol').pluck().all(id) as string[];
  const paragraphs = (db.prepare(`SELECT ${selectList('paragraphs')} FROM paragraphs WHERE document_id = ? ORDER BY n`).all(id) as
    (Omit<Paragraph, 'footnotes' | 'parent_n'> & { footnotes: string; parent_n: number | null })[])
    .map((p): Paragraph => ({
      // the parser's order of fields, so that a stored document prints as the file parsed on the fly
      n: p.n, kind: p.kind, number: p.number, lead: p.lead, text: p.text, section: p.section,
      footnotes: JSON.parse(p.footnotes) as string[], ...(p.parent_n !== null ? { parent_n: p.parent_n } : {}), line: p.line, end_line: p.end_line,
    }));
  // the order of the model's fields: marker, text, paragraph_n, line
  const footnotes = (db.prepare('SELECT marker, text, paragraph_n, line FROM footnotes WHERE document_id = ? ORDER BY seq')
    .all(id) as (Omit<Footnote, 'line'> & { line: number | null })[])
    .map(({ line, ...f }): Footnote => ({ ...f, ...(line !== null ? { line } : {}) }));
  const sponsors = db.prepare('SELECT country, name, as_written, role FROM sponsors WHERE document_id = ? ORDER BY seq').all(id) as Sponsor[];
  const citations = db.prepare(`SELECT target, kind, as_written, paragraph_n, footnote, date, span_start, span_end
      FROM citations WHERE document_id = ? ORDER BY seq`).all(id) as Citation[];
  const recordsOf = db.prepare('SELECT country, name, vote FROM vote_records WHERE vote_id = ? ORDER BY seq');
  const votes = (db.prepare(`SELECT ${selectList('votes', '', { internal: true })} FROM votes WHERE document_id = ? ORDER BY seq`).all(id) as {
    id: number; subject: string; target: string | null; paragraph_n: number | null; body: string | null; date: string | null;
    stated_yes: number | null; stated_no: number | null; stated_abstain: number | null;
    counted_yes: number; counted_no: number; counted_abstain: number; notes: string;
  }[]).map((v): Vote => ({
    subject: v.subject,
    target: v.target,
    paragraph_n: v.paragraph_n,
    body: v.body,
    date: v.date,
    stated: v.stated_yes === null ? null : { yes: v.stated_yes, no: v.stated_no ?? 0, abstain: v.stated_abstain ?? 0 },
    counted: { yes: v.counted_yes, no: v.counted_no, abstain: v.counted_abstain },
    records: recordsOf.all(v.id) as VoteRecord[],
    notes: JSON.parse(v.notes) as string[],
  }));
  const warnings = (db.prepare('SELECT code, message, line, paragraph_n FROM warnings WHERE document_id = ? ORDER BY seq')
    .all(id) as { code: string; message: string; line: number | null; paragraph_n: number | null }[])
    .map(({ line, paragraph_n, ...w }): Warning => ({
      ...w, ...(line !== null ? { line } : {}), ...(paragraph_n !== null ? { paragraph_n } : {}),
    }));
  const parts = (db.prepare(`SELECT ${selectList('documents')} FROM documents WHERE parent_id = ? ORDER BY part_index`).all(id) as DocumentRow[])
    .map((r) => fromRow(db, r));
  return {
    id,
    symbol: row.symbol,
    aliases,
    kind: row.kind as DocumentKind,
    title: row.title,
    organ: row.organ,
    committee: row.committee,
    session: row.session,
    agenda_item: row.agenda_item,
    date: row.date,
    distribution: row.distribution,
    language: row.language,
    original_languages: JSON.parse(row.original_languages) as string[],
    ...(row.author !== null ? { author: row.author } : {}),
    source_path: row.source_path,
    source_format: row.source_format as SourceFormat,
    source_sha256: row.source_sha256,
    source_lines: row.source_lines,
    paragraphs,
    footnotes,
    sponsors,
    citations,
    votes,
    parts,
    warnings,
  };
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
