import type { Document } from '../types.js';
import type { Db } from './store.js';
import { ftsText } from './fts.js';

/** What is recorded about an ingest besides the document: it decides whether a re-add is a no-op. */
export interface IngestStamp {
  /** the declared metadata as JSON ('{}' when none) */
  declared: string;
  /** the parser revision that produced the rows */
  parser: string;
  addedAt: string;
}

/**
 * Prepared statements for writing documents. Build once per connection (`new Writer(db)`) and
 * reuse: preparing per document would dominate a large `add`.
 */
export class Writer {
  private readonly stmt;
  /** paragraphs and footnotes deleted through this writer: their index entries are now tombstones */
  private deleted = 0;

  constructor(private readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      doc: p(`INSERT INTO documents (id, parent_id, part_index, symbol, kind, title, organ, committee, session,
              agenda_item, date, distribution, language, original_languages, author, source_path, source_format,
              source_sha256, source_lines, declared, parser, added_at)
              VALUES (@id, @parentId, @partIndex, @symbol, @kind, @title, @organ, @committee, @session, @agendaItem,
              @date, @distribution, @language, @originalLanguages, @author, @sourcePath, @sourceFormat, @sourceSha256,
              @sourceLines, @declared, @parser, @addedAt)`),
      alias: p('INSERT OR IGNORE INTO aliases (document_id, symbol) VALUES (?, ?)'),
      para: p(`INSERT INTO paragraphs (document_id, n, kind, number, lead, text, section, parent_n, footnotes, line, end_line)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      fts: p('INSERT INTO paragraphs_fts (rowid, text) VALUES (?, ?)'),
      footnoteFts: p('INSERT INTO footnotes_fts (rowid, text) VALUES (?, ?)'),
      footnote: p('INSERT INTO footnotes (document_id, seq, marker, text, paragraph_n, line) VALUES (?, ?, ?, ?, ?, ?)'),
      sponsor: p('INSERT INTO sponsors (document_id, seq, country, name, as_written, role) VALUES (?, ?, ?, ?, ?, ?)'),
      citation: p(`INSERT INTO citations (document_id, seq, target, kind, as_written, paragraph_n, footnote, date)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      vote: p(`INSERT INTO votes (document_id, seq, subject, target, paragraph_n, body, date, stated_yes, stated_no,
               stated_abstain, counted_yes, counted_no, counted_abstain, notes)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      record: p('INSERT INTO vote_records (vote_id, seq, country, name, vote) VALUES (?, ?, ?, ?, ?)'),
      warning: p('INSERT INTO warnings (document_id, seq, code, message, line, paragraph_n) VALUES (?, ?, ?, ?, ?, ?)'),
      parasOf: p('SELECT id, text FROM paragraphs WHERE document_id = ?'),
      ftsDelete: p("INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', ?, ?)"),
      footnotesOf: p('SELECT id, text FROM footnotes WHERE document_id = ?'),
      footnoteFtsDelete: p("INSERT INTO footnotes_fts (footnotes_fts, rowid, text) VALUES ('delete', ?, ?)"),
      partsOf: p('SELECT id FROM documents WHERE parent_id = ?'),
      deleteDoc: p('DELETE FROM documents WHERE id = ?'),
    };
  }

  /** Insert a document and its parts. The caller owns the transaction. */
  insert(doc: Document, stamp: IngestStamp, parentId: string | null = null, partIndex: number | null = null): void {
    const s = this.stmt;
    s.doc.run({
      id: doc.id,
      parentId,
      partIndex,
      symbol: doc.symbol,
      kind: doc.kind,
      title: doc.title,
      organ: doc.organ,
      committee: doc.committee,
      session: doc.session,
      agendaItem: doc.agenda_item,
      date: doc.date,
      distribution: doc.distribution,
      language: doc.language,
      originalLanguages: JSON.stringify(doc.original_languages),
      author: doc.author ?? null,
      sourcePath: doc.source_path,
      sourceFormat: doc.source_format,
      sourceSha256: doc.source_sha256,
      sourceLines: doc.source_lines,
      declared: stamp.declared,
      parser: stamp.parser,
      addedAt: stamp.addedAt,
    });
    for (const a of doc.aliases) s.alias.run(doc.id, a);
    for (const p of doc.paragraphs) {
      const r = s.para.run(doc.id, p.n, p.kind, p.number, p.lead, p.text, p.section, p.parent_n ?? null,
        JSON.stringify(p.footnotes), p.line, p.end_line);
      s.fts.run(r.lastInsertRowid, ftsText(p.text));
    }
    doc.footnotes.forEach((f, i) => {
      const r = s.footnote.run(doc.id, i + 1, f.marker, f.text, f.paragraph_n, f.line ?? null);
      s.footnoteFts.run(r.lastInsertRowid, ftsText(f.text));
    });
    doc.sponsors.forEach((x, i) => s.sponsor.run(doc.id, i + 1, x.country, x.name, x.as_written, x.role));
    doc.citations.forEach((c, i) =>
      s.citation.run(doc.id, i + 1, c.target, c.kind, c.asWritten, c.paragraph, c.footnote ?? null, c.date));
    doc.votes.forEach((v, i) => {
      const r = s.vote.run(doc.id, i + 1, v.subject, v.target, v.paragraph_n, v.body ?? null, v.date ?? null,
        v.stated?.yes ?? null, v.stated?.no ?? null, v.stated?.abstain ?? null,
        v.counted.yes, v.counted.no, v.counted.abstain, JSON.stringify(v.notes ?? []));
      v.records.forEach((rec, j) => s.record.run(r.lastInsertRowid, j + 1, rec.country, rec.name, rec.vote));
    });
    doc.warnings.forEach((w, i) => s.warning.run(doc.id, i + 1, w.code, w.message, w.line ?? null, w.paragraph_n ?? null));
    doc.parts.forEach((part, i) => this.insert(part, stamp, doc.id, i + 1));
  }

  /** Delete a document, its parts and their index entries (paragraphs and footnotes). The caller owns the transaction. */
  delete(id: string): void {
    const s = this.stmt;
    for (const part of s.partsOf.all(id) as { id: string }[]) this.delete(part.id);
    for (const p of s.parasOf.all(id) as { id: number; text: string }[]) {
      s.ftsDelete.run(p.id, ftsText(p.text));
      this.deleted++;
    }
    for (const f of s.footnotesOf.all(id) as { id: number; text: string }[]) {
      s.footnoteFtsDelete.run(f.id, ftsText(f.text));
      this.deleted++;
    }
    s.deleteDoc.run(id);
  }

  /**
   * After many deletions (a corpus re-added after an upgrade, a large remove), merge each
   * full-text index into one segment. FTS5 keeps deleted rows as tombstones in extra segments
   * until it merges them, and every search pays for them: the x200 bench corpus re-added whole
   * had twice the index pages of a fresh one and searched 10% slower; the merge takes about a
   * second there. Fewer deletions (under a tenth of the rows) are left to FTS5's own merging.
   * The caller owns the transaction.
   */
  tidyIndexes(): void {
    if (this.deleted === 0) return;
    const rows = this.db.prepare('SELECT (SELECT count(*) FROM paragraphs) + (SELECT count(*) FROM footnotes)').pluck().get() as number;
    if (this.deleted * 10 < rows) return;
    this.db.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('optimize'); INSERT INTO footnotes_fts (footnotes_fts) VALUES ('optimize')");
    this.deleted = 0;
  }
}
