import type { Document } from '../types.js';
import { sourceOf } from '../types.js';
import { fold } from '../text/fold.js';
import { insertSql, type CountedBreakdown, type CountedTable } from './tables.js';
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
 * What documents add to or take from the counts table (`stats`), summed before it is written:
 * one statement per count a document changes, not one per row.
 */
class Tally {
  private readonly rows = new Map<string, [name: string, key: string, n: number]>();

  add(name: CountedTable | CountedBreakdown, key = '', n = 1): void {
    if (n === 0) return;
    const id = `${name}\u0000${key}`;
    const row = this.rows.get(id);
    if (row) row[2] += n;
    else this.rows.set(id, [name, key, n]);
  }

  /** One document or part: its row, its paragraphs' kinds and the rows of its other tables. */
  document(doc: { kind: string; source_format: string; top: boolean }, paragraphKinds: Iterable<string>,
    rows: Record<'footnotes' | 'sponsors' | 'citations' | 'votes' | 'vote_records' | 'warnings', number>): void {
    this.add(doc.top ? 'documents' : 'parts');
    this.add('documents_by_kind', doc.kind);
    if (doc.top) this.add('documents_by_format', doc.source_format);
    for (const kind of paragraphKinds) {
      this.add('paragraphs');
      this.add('paragraphs_by_kind', kind);
    }
    for (const [table, n] of Object.entries(rows)) this.add(table as CountedTable, '', n);
  }

  entries(): Iterable<[name: string, key: string, n: number]> {
    return this.rows.values();
  }
}

/**
 * The ids a document's paragraphs (or footnotes) were given, as the range paragraph_counts keeps
 * (src/store/schema.ts): [first, last] when they are one run of consecutive ids, [null, null]
 * when there are none or they are not (then `search --count` looks their document up hit by hit).
 */
class IdRange {
  private first: number | null = null;
  private last: number | null = null;
  private consecutive = true;

  /** The next id given (better-sqlite3 hands rowids as numbers; a bigint only with safeIntegers, which the store does not set). */
  add(rowid: number | bigint): void {
    const id = Number(rowid);
    if (this.last !== null && id !== this.last + 1) this.consecutive = false;
    this.first ??= id;
    this.last = id;
  }

  bounds(): [number | null, number | null] {
    return this.consecutive ? [this.first, this.last] : [null, null];
  }
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
      doc: p(insertSql('documents')),
      alias: p(insertSql('aliases', 'INSERT OR IGNORE')),
      para: p(insertSql('paragraphs')),
      fts: p('INSERT INTO paragraphs_fts (rowid, text) VALUES (?, ?)'),
      footnoteFts: p('INSERT INTO footnotes_fts (rowid, text) VALUES (?, ?)'),
      footnote: p(insertSql('footnotes')),
      sponsor: p(insertSql('sponsors')),
      citation: p(insertSql('citations')),
      vote: p(insertSql('votes')),
      record: p(insertSql('vote_records')),
      warning: p(insertSql('warnings')),
      count: p('INSERT INTO counts (name, key, n) VALUES (?, ?, ?) ON CONFLICT (name, key) DO UPDATE SET n = n + excluded.n'),
      paragraphCount: p(`INSERT INTO paragraph_counts (document_id, n, first_paragraph_id, last_paragraph_id, first_footnote_id, last_footnote_id)
        VALUES (?, ?, ?, ?, ?, ?)`),
      docOf: p('SELECT kind, source_format, parent_id IS NULL AS top FROM documents WHERE id = ?'),
      rowsOf: p(`SELECT (SELECT count(*) FROM sponsors WHERE document_id = @id) AS sponsors,
        (SELECT count(*) FROM citations WHERE document_id = @id) AS citations,
        (SELECT count(*) FROM votes WHERE document_id = @id) AS votes,
        (SELECT count(*) FROM vote_records r JOIN votes v ON v.id = r.vote_id WHERE v.document_id = @id) AS vote_records,
        (SELECT count(*) FROM warnings WHERE document_id = @id) AS warnings`),
      parasOf: p('SELECT id, text, kind FROM paragraphs WHERE document_id = ?'),
      ftsDelete: p("INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', ?, ?)"),
      footnotesOf: p('SELECT id, text FROM footnotes WHERE document_id = ?'),
      footnoteFtsDelete: p("INSERT INTO footnotes_fts (footnotes_fts, rowid, text) VALUES ('delete', ?, ?)"),
      partsOf: p('SELECT id FROM documents WHERE parent_id = ?'),
      deleteDoc: p('DELETE FROM documents WHERE id = ?'),
    };
  }

  /**
   * Insert a document and its parts, and count them (the counts and paragraph_counts tables).
   * The caller owns the transaction. Each row is an object keyed by the columns of
   * src/store/tables.ts (the statements bind them by name): the model's fields are the columns'
   * names (docs/model.md), so most values pass as they are.
   */
  insert(doc: Document, stamp: IngestStamp): void {
    const tally = new Tally();
    this.insertOne(doc, stamp, null, null, tally);
    this.addCounts(tally, 1);
  }

  private insertOne(doc: Document, stamp: IngestStamp, parentId: string | null, partIndex: number | null, tally: Tally): void {
    const s = this.stmt;
    const document_id = doc.id;
    s.doc.run({
      id: doc.id, parent_id: parentId, part_index: partIndex, symbol: doc.symbol, kind: doc.kind, title: doc.title,
      organ: doc.organ, committee: doc.committee, session: doc.session, agenda_item: doc.agenda_item, date: doc.date,
      distribution: doc.distribution, language: doc.language, original_languages: JSON.stringify(doc.original_languages),
      author: doc.author ?? null, ...sourceOf(doc), declared: stamp.declared, parser: stamp.parser, added_at: stamp.addedAt,
    });
    for (const symbol of doc.aliases) s.alias.run({ document_id, symbol });
    const paragraphIds = new IdRange();
    for (const p of doc.paragraphs) {
      const r = s.para.run({
        document_id, n: p.n, kind: p.kind, number: p.number, lead: p.lead, text: p.text, section: p.section,
        parent_n: p.parent_n ?? null, footnotes: JSON.stringify(p.footnotes), line: p.line, end_line: p.end_line, text_folded: fold(p.text),
      });
      s.fts.run(r.lastInsertRowid, ftsText(p.text));
      paragraphIds.add(r.lastInsertRowid);
    }
    const footnoteIds = new IdRange();
    doc.footnotes.forEach((f, i) => {
      const r = s.footnote.run({
        document_id, seq: i + 1, marker: f.marker, text: f.text, paragraph_n: f.paragraph_n, line: f.line ?? null, text_folded: fold(f.text),
      });
      s.footnoteFts.run(r.lastInsertRowid, ftsText(f.text));
      footnoteIds.add(r.lastInsertRowid);
    });
    doc.sponsors.forEach((x, i) => s.sponsor.run({ document_id, seq: i + 1, country: x.country, name: x.name, as_written: x.as_written, role: x.role }));
    doc.citations.forEach((c, i) => s.citation.run({
      document_id, seq: i + 1, target: c.target, kind: c.kind, as_written: c.as_written, paragraph_n: c.paragraph_n, footnote: c.footnote ?? null, date: c.date,
      span_start: c.span_start ?? null, span_end: c.span_end ?? null,
    }));
    doc.votes.forEach((v, i) => {
      const r = s.vote.run({
        document_id, seq: i + 1, subject: v.subject, target: v.target, paragraph_n: v.paragraph_n, body: v.body ?? null, date: v.date ?? null,
        stated_yes: v.stated?.yes ?? null, stated_no: v.stated?.no ?? null, stated_abstain: v.stated?.abstain ?? null,
        counted_yes: v.counted.yes, counted_no: v.counted.no, counted_abstain: v.counted.abstain, notes: JSON.stringify(v.notes ?? []),
      });
      v.records.forEach((rec, j) => s.record.run({ vote_id: r.lastInsertRowid, seq: j + 1, country: rec.country, name: rec.name, vote: rec.vote }));
    });
    doc.warnings.forEach((w, i) => s.warning.run({
      document_id, seq: i + 1, code: w.code, message: w.message, line: w.line ?? null, paragraph_n: w.paragraph_n ?? null,
    }));
    s.paragraphCount.run(document_id, doc.paragraphs.length, ...paragraphIds.bounds(), ...footnoteIds.bounds());
    tally.document({ kind: doc.kind, source_format: doc.source_format, top: parentId === null }, doc.paragraphs.map((p) => p.kind), {
      footnotes: doc.footnotes.length, sponsors: doc.sponsors.length, citations: doc.citations.length, votes: doc.votes.length,
      vote_records: doc.votes.reduce((sum, v) => sum + v.records.length, 0), warnings: doc.warnings.length,
    });
    doc.parts.forEach((part, i) => this.insertOne(part, stamp, doc.id, i + 1, tally));
  }

  /**
   * Delete a document, its parts and their index entries (paragraphs and footnotes), and take
   * them from the counts (paragraph_counts goes with the document). The caller owns the transaction.
   */
  delete(id: string): void {
    const tally = new Tally();
    this.deleteOne(id, tally);
    this.addCounts(tally, -1);
  }

  private deleteOne(id: string, tally: Tally): void {
    const s = this.stmt;
    for (const part of s.partsOf.all(id) as { id: string }[]) this.deleteOne(part.id, tally);
    const doc = s.docOf.get(id) as { kind: string; source_format: string; top: number } | undefined;
    if (!doc) return;
    const kinds: string[] = [];
    for (const p of s.parasOf.all(id) as { id: number; text: string; kind: string }[]) {
      s.ftsDelete.run(p.id, ftsText(p.text));
      kinds.push(p.kind);
      this.deleted++;
    }
    let footnotes = 0;
    for (const f of s.footnotesOf.all(id) as { id: number; text: string }[]) {
      s.footnoteFtsDelete.run(f.id, ftsText(f.text));
      footnotes++;
      this.deleted++;
    }
    const rows = s.rowsOf.get({ id }) as { sponsors: number; citations: number; votes: number; vote_records: number; warnings: number };
    tally.document({ kind: doc.kind, source_format: doc.source_format, top: doc.top === 1 }, kinds, { footnotes, ...rows });
    s.deleteDoc.run(id);
  }

  private addCounts(tally: Tally, sign: 1 | -1): void {
    for (const [name, key, n] of tally.entries()) this.stmt.count.run(name, key, sign * n);
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
    const rows = this.db.prepare("SELECT sum(n) FROM counts WHERE name IN ('paragraphs', 'footnotes') AND key = ''").pluck().get() as number;
    if (this.deleted * 10 < rows) return;
    this.db.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('optimize'); INSERT INTO footnotes_fts (footnotes_fts) VALUES ('optimize')");
    this.deleted = 0;
  }
}
