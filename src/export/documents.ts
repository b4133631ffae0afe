/**
 * The nested JSON export (`export --json`): one contract Document per selected document, parts
 * nested (DESIGN.md, docs/export.md), streamed one by one as a JSON array with one document per
 * line. And its way back in: `importDocuments` stores such an export in a corpus.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { loadDocument } from '../store/documents.js';
import type { DocumentFilter } from '../query/filters.js';
import { filterSql, NO_FILTER } from '../query/filters.js';
import { beginWrite, endWrite, type Db } from '../store/store.js';
import { Writer } from '../store/write.js';
import type { Document } from '../types.js';
import type { Sink } from './sink.js';

/**
 * Ids of the documents to export nested: the selected documents whose parent is not selected
 * (a part selected on its own is exported as a document; otherwise it is inside its parent).
 * Ordered like `list`: session, date, id.
 */
export function nestedIds(db: Db, filter: DocumentFilter = NO_FILTER): string[] {
  const self = filterSql(filter, 'd');
  const parent = filterSql(filter, 'pd');
  const sql = `SELECT d.id FROM documents d WHERE (${self.sql})
    AND (d.parent_id IS NULL OR NOT EXISTS (SELECT 1 FROM documents pd WHERE pd.id = d.parent_id AND ${parent.sql}))
    ORDER BY coalesce(d.session, 0), coalesce(d.date, ''), d.id`;
  return (db.prepare(sql).pluck().all(...self.params, ...parent.params) as string[]);
}

/**
 * Write the selected documents as a JSON array, one document per line. The ids are read
 * first (one short string per document); each document is loaded, written and dropped in turn.
 * The caller holds a read transaction if it wants one snapshot.
 */
export async function writeDocuments(db: Db, sink: Sink, filter: DocumentFilter = NO_FILTER): Promise<number> {
  // one read transaction: every document from the same snapshot, even if `add` writes meanwhile
  db.exec('BEGIN');
  try {
    const ids = nestedIds(db, filter);
    let n = 0;
    await sink.write('[');
    for (const id of ids) {
      const doc = loadDocument(db, id);
      if (!doc) continue;
      const wait = sink.write((n++ === 0 ? '\n' : ',\n') + JSON.stringify(doc));
      if (wait) await wait;
    }
    await sink.write(n === 0 ? ']\n' : '\n]\n');
    return n;
  } finally {
    db.exec('COMMIT');
  }
}

/**
 * Read a nested JSON export (as written by `writeDocuments`: one document per line) without
 * holding the whole file; any other layout of a JSON array of documents is read whole.
 */
export async function* readDocuments(path: string): AsyncGenerator<Document> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  let whole: string[] | null = null;
  let opened = false;
  for await (const raw of lines) {
    lineNo++;
    if (whole) {
      whole.push(raw);
      continue;
    }
    const line = raw.trim().replace(/^\uFEFF/, '');
    if (line === '[') opened = true;
    if (line === '' || line === '[' || line === ']' || line === '[]') continue;
    if (!line.startsWith('{"id":')) {
      whole = opened ? ['[', raw] : [raw];
      continue;
    }
    const text = line.endsWith(',') ? line.slice(0, -1) : line;
    yield checked(parse(text, `${path}:${lineNo}`), `${path}:${lineNo}`);
  }
  if (whole) {
    const value = parse(whole.join('\n'), path);
    if (!Array.isArray(value)) throw new InputError('not a cybercorpus JSON export (expected an array of documents)', path);
    for (const d of value) yield checked(d, path);
  }
}

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`invalid JSON: ${(err as Error).message}`, where);
  }
}

function checked(value: unknown, where: string): Document {
  const d = value as Partial<Document> | null;
  if (!d || typeof d !== 'object' || typeof d.id !== 'string' || !Array.isArray(d.paragraphs) || typeof d.source_path !== 'string' || !Array.isArray(d.parts)) {
    throw new InputError('not a cybercorpus document (id, source_path, paragraphs and parts expected)', where);
  }
  return d as Document;
}

export interface ImportReport {
  added: string[];
  /** ids already in the corpus, left as they were */
  skipped: string[];
}

/**
 * Store the documents of a nested JSON export in a corpus, in one transaction. A document whose
 * id is already stored is skipped (remove it first to replace it).
 */
export async function importDocuments(db: Db, path: string): Promise<ImportReport> {
  const report: ImportReport = { added: [], skipped: [] };
  const writer = new Writer(db);
  const exists = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
  const stamp = { declared: '{}', parser: 'import', addedAt: new Date().toISOString() };
  beginWrite(db);
  let ok = false;
  try {
    for await (const doc of readDocuments(path)) {
      if (exists.get(doc.id)) {
        report.skipped.push(doc.id);
        continue;
      }
      writer.insert(normalise(doc), stamp);
      report.added.push(doc.id);
    }
    ok = true;
  } finally {
    endWrite(db, ok);
  }
  return report;
}

/** Fields a hand-written or older export may omit, filled with their empty values. */
function normalise(d: Document): Document {
  return {
    ...d,
    aliases: d.aliases ?? [],
    original_languages: d.original_languages ?? [],
    footnotes: d.footnotes ?? [],
    sponsors: d.sponsors ?? [],
    citations: d.citations ?? [],
    votes: d.votes ?? [],
    warnings: d.warnings ?? [],
    parts: (d.parts ?? []).map(normalise),
  };
}
