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

export function getDocumentRow(db: Db, id: string): DocumentRow | undefined {
  return db.prepare(`SELECT ${selectList('documents')} FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;
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

