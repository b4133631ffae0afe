/**
 * `search --count` finds each hit's document by walking the hits' ids against each document's
 * range of ids, kept in paragraph_counts by the writer (issue 19). The ranges must say where each
 * document's paragraphs and footnotes are after add, replace, remove and re-add (parts
 * included) and after the upgrade of a corpus written before them; the counts must be those of
 * the plain join of every hit to its row, and a hit outside every range (rows written by another
 * program) must send the count back to that join. The same for the count by kind, which walks
 * each kind's ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../../src/store/schema.js';
import { openStore, type Db } from '../../src/store/store.js';
import { countBy, countMatches, prepareQuery, resolveFilters, type CountBy, type SearchFilters } from '../../src/query/search.js';
import { documentHits } from '../../src/query/document-hits.js';
import { kindHits } from '../../src/query/kind-hits.js';
import type { FilterArgs } from '../../src/query/search.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { seedFiles, writeSeedCopies } from '../helpers/paths.js';

const QUERIES = ["programme d'action", 'sécurité', 'sécurité AND numérique', 'communication dans les conflits', 'cyber* NOT numérique', 'oeuvre'];
const BY: CountBy[] = ['document', 'session', 'year'];
/** filters on documents (the ranges serve them), and --kind footnote (one table) */
const FILTERS: FilterArgs[] = [{}, { kind: ['submission'] }, { session: '75-76' }, { year: '2021..2023' }, { part: true }, { kind: ['footnote'] }, { kind: ['report', 'footnote'] }];

/** Each document's rows of `table` as they are: [document_id, min id, max id, count]. */
function rowsOf(db: Db, table: 'paragraphs' | 'footnotes'): Map<string, [number, number, number]> {
  const rows = db.prepare(`SELECT document_id, min(id), max(id), count(*) FROM ${table} GROUP BY document_id`).raw().all() as [string, number, number, number][];
  return new Map(rows.map(([id, ...r]) => [id, r]));
}

/**
 * The ranges are right: every document and part has its row; where its ids are one run, the
 * range is that run; where it has none or they are not one run, NULL.
 */
function expectRangesRight(db: Db, runs = true): void {
  const ranges = db.prepare(`SELECT d.id, pc.n, pc.first_paragraph_id, pc.last_paragraph_id, pc.first_footnote_id, pc.last_footnote_id
    FROM documents d LEFT JOIN paragraph_counts pc ON pc.document_id = d.id`).raw().all() as [string, number | null, ...(number | null)[]][];
  expect(ranges.length).toBeGreaterThan(0);
  const paragraphs = rowsOf(db, 'paragraphs');
  const footnotes = rowsOf(db, 'footnotes');
  const want = (r: [number, number, number] | undefined) => (r && r[1] - r[0] + 1 === r[2] ? [r[0], r[1]] : [null, null]);
  for (const [id, n, ...range] of ranges) {
    expect(n, id).toBe(paragraphs.get(id)?.[2] ?? 0);
    expect(range, id).toEqual([...want(paragraphs.get(id)), ...want(footnotes.get(id))]);
    // what the writer writes is always one run
    if (runs) for (const r of [paragraphs.get(id), footnotes.get(id)]) if (r) expect(r[1] - r[0] + 1, id).toBe(r[2]);
  }
}

/** Hits per document, the plain way: every hit joined to its row. */
function plainPerDocument(db: Db, fts: string, tables: ('paragraphs' | 'footnotes')[] = ['paragraphs', 'footnotes']): Map<string, number> {
  const parts = tables.map((t) => `SELECT x.document_id FROM ${t}_fts JOIN ${t} x ON x.id = ${t}_fts.rowid WHERE ${t}_fts MATCH ?`);
  const rows = db.prepare(`SELECT document_id, count(*) FROM (${parts.join(' UNION ALL ')}) GROUP BY document_id`).raw().all(...tables.map(() => fts)) as [string, number][];
  return new Map(rows);
}

const sorted = (m: Map<string, number> | null) => (m === null ? null : [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** The counts by ranges (forced, in small chunks and whole) are those of the join, for every query, grouping and filter. */
async function expectCountsRight(db: Db, fallBack = false, filters = FILTERS): Promise<number> {
  let seen = 0;
  for (const text of QUERIES) {
    const q = prepareQuery(text);
    // the walk itself: every hit in a range, the documents' counts those of the join
    const plain = plainPerDocument(db, q.fts);
    for (const options of [{ ranges: true }, { ranges: true, chunk: 37 }, { chunk: 53 }, {}]) {
      const got = documentHits(db, q.fts, ['paragraphs', 'footnotes'], options);
      // null: some hit is outside every range (the corpus was written so on purpose)
      if (!(fallBack && got === null)) expect(sorted(got), `${text} ${JSON.stringify(options)}`).toEqual(sorted(plain));
    }
    expect(sorted(documentHits(db, q.fts, ['footnotes'], { ranges: true }))).toEqual(sorted(plainPerDocument(db, q.fts, ['footnotes'])));
    seen += [...plain.values()].reduce((a, b) => a + b, 0);
    // by kind: each kind's ids walked with the hits', against the join of every hit to its row
    expect(countBy(db, q, 'kind', {}, { ranges: true, chunk: 101 }), `${text} by kind`).toEqual(countBy(db, q, 'kind', {}, { by: 'sql' }));
    expect(countBy(db, q, 'kind')).toEqual(countBy(db, q, 'kind', {}, { by: 'sql' }));
    for (const args of filters) {
      const f: SearchFilters = await resolveFilters(db, args);
      for (const by of BY) {
        const want = countBy(db, q, by, f, { by: 'sql' });
        expect(countBy(db, q, by, f, { ranges: true, chunk: 101 }), `${text} ${by} ${JSON.stringify(args)}`).toEqual(want);
        expect(countBy(db, q, by, f)).toEqual(want);
      }
      expect(countMatches(db, q, f, { ranges: true, chunk: 101 })).toBe(countMatches(db, q, f, { by: 'sql' }));
    }
  }
  return seen;
}

describe('count per document from the ranges of ids', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('the seeds, their copies, and every add, replace, remove and re-add after them', async () => {
    const path = join(t.dir, 'c.db');
    const copies = join(t.dir, 'copies');
    writeSeedCopies(copies, 2);
    const add = (...files: string[]) => {
      const r = runCli(['--db', path, 'add', ...files]);
      if (r.code !== 0) throw new Error(r.stderr);
      return r;
    };
    const check = async (filters = FILTERS) => {
      const db = openStore(path, { readonly: true });
      try {
        expectRangesRight(db);
        return await expectCountsRight(db, false, filters);
      } finally {
        db.close();
      }
    };
    add(...seedFiles(), copies);
    expect(await check()).toBeGreaterThan(100);
    // a document with parts (seed 003, the submissions of states) removed: the ids of the others stay where they were
    const withParts = (() => {
      const db = openStore(path, { readonly: true });
      const id = db.prepare("SELECT parent_id FROM documents WHERE parent_id IS NOT NULL AND source_path LIKE '%003-1.txt'").pluck().get() as string;
      db.close();
      return id;
    })();
    expect(withParts).toBeTruthy();
    expect(runCli(['--db', path, 'remove', withParts]).code).toBe(0);
    // every filter once (above); after each change, the counts without filters and one on documents
    const some = [{}, { session: '75-76' }];
    await check(some);
    // a changed file replaces its document: new ids, at the end
    const changed = join(copies, readdirSync(copies).find((f) => f.startsWith('001-2'))!);
    appendFileSync(changed, '\n\nLe programme d\'action est adopté.\n');
    expect(add(changed).stderr).toMatch(/1 replaced/);
    await check(some);
    // the removed one again, and a new file after it
    add(join(copies, '003-1.txt'));
    const extra = join(t.dir, 'extra');
    mkdirSync(extra);
    writeFileSync(join(extra, 'x.txt'), readFileSync(seedFiles()[2]!, 'utf8') + '\n\nSécurité numérique et programme d\'action.\n');
    add(extra);
    await check(some);
  }, 300_000);

  it('a hit outside every range (a row another program wrote) sends the count back to the join', async () => {
    const path = join(t.dir, 'outside.db');
    expect(runCli(['--db', path, 'add', ...seedFiles()]).code).toBe(0);
    const db = openStore(path);
    try {
      // a paragraph added to the first document by hand, after every other id: outside its range
      const doc = db.prepare('SELECT id FROM documents WHERE parent_id IS NULL ORDER BY rowid LIMIT 1').pluck().get() as string;
      const r = db.prepare("INSERT INTO paragraphs (document_id, n, kind, text, line, end_line) VALUES (?, 9999, 'text', 'Un programme d''action de plus.', 1, 1)").run(doc);
      db.prepare('INSERT INTO paragraphs_fts (rowid, text) VALUES (?, ?)').run(r.lastInsertRowid, "Un programme d'action de plus.");
      const q = prepareQuery("programme d'action");
      expect(documentHits(db, q.fts, ['paragraphs'], { ranges: true })).toBeNull();
      const plain = plainPerDocument(db, q.fts);
      expect(plain.get(doc)).toBeGreaterThan(0);
      const perDocument = new Map(countBy(db, q, 'document').map((row) => [row.key as string, row.hits]));
      expect(sorted(perDocument)).toEqual(sorted(plain));
      expect(countBy(db, q, 'session')).toEqual(countBy(db, q, 'session', {}, { by: 'sql' }));
      // a kind the writer did not count: the kinds' ids do not account for every hit
      expect(kindHits(db, q.fts, { force: true })).not.toBeNull();
      const r2 = db.prepare("INSERT INTO paragraphs (document_id, n, kind, text, line, end_line) VALUES (?, 10000, 'invented', 'Encore un programme d''action.', 1, 1)").run(doc);
      db.prepare('INSERT INTO paragraphs_fts (rowid, text) VALUES (?, ?)').run(r2.lastInsertRowid, "Encore un programme d'action.");
      expect(kindHits(db, q.fts, { force: true })).toBeNull();
      const byKind = countBy(db, q, 'kind', {}, { ranges: true });
      expect(byKind).toEqual(countBy(db, q, 'kind', {}, { by: 'sql' }));
      expect(byKind).toContainEqual({ key: 'invented', hits: 1 });
    } finally {
      db.close();
    }
  }, 60_000);

  describe('the upgrade fills the ranges of a corpus written before them', () => {
    const at = MIGRATIONS.findIndex((m) => m.includes('ADD COLUMN first_paragraph_id'));
    let path: string;
    beforeAll(() => {
      path = join(t.dir, 'old.db');
      const copies = join(t.dir, 'old-copies');
      writeSeedCopies(copies, 2);
      expect(runCli(['--db', path, 'add', ...seedFiles(), copies]).code).toBe(0);
    }, 120_000);

    it('ranges as the writer wrote them; none where the ids are not one run; counts right either way', async () => {
      expect(at).toBeGreaterThan(0);
      const db = openStore(path);
      const written = db.prepare('SELECT * FROM paragraph_counts ORDER BY document_id').all();
      // the corpus as the schema before the ranges left it…
      for (const c of ['first_paragraph_id', 'last_paragraph_id', 'first_footnote_id', 'last_footnote_id']) db.exec(`ALTER TABLE paragraph_counts DROP COLUMN ${c}`);
      // …with one document whose paragraphs are not one run: another program gave a new id to
      // one of them, a hit of "sécurité"
      const [doc, last] = db.prepare(`SELECT p.document_id, p.id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
        WHERE paragraphs_fts MATCH ? AND (SELECT count(*) FROM paragraphs o WHERE o.document_id = p.document_id) > 3 LIMIT 1`).raw().get(prepareQuery('sécurité').fts) as [string, number];
      const moved = (db.prepare('SELECT max(id) FROM paragraphs').pluck().get() as number) + 10;
      const text = db.prepare('SELECT text FROM paragraphs WHERE id = ?').pluck().get(last) as string;
      db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', ?, ?)").run(last, text);
      db.prepare('UPDATE paragraphs SET id = ? WHERE id = ?').run(moved, last);
      db.prepare('INSERT INTO paragraphs_fts (rowid, text) VALUES (?, ?)').run(moved, text);
      db.pragma(`user_version = ${at}`);
      db.close();

      const upgraded = openStore(path);
      try {
        expectRangesRight(upgraded, false);
        const ranges = upgraded.prepare('SELECT * FROM paragraph_counts ORDER BY document_id').all() as { document_id: string; first_paragraph_id: number | null }[];
        // every other document's ranges are those the writer wrote
        expect(ranges.filter((r) => r.document_id !== doc)).toEqual((written as { document_id: string }[]).filter((r) => r.document_id !== doc));
        expect(ranges.find((r) => r.document_id === doc)!.first_paragraph_id).toBeNull();
        expect(documentHits(upgraded, prepareQuery('sécurité').fts, ['paragraphs'], { ranges: true })).toBeNull();
        expect(await expectCountsRight(upgraded, true)).toBeGreaterThan(100);
      } finally {
        upgraded.close();
      }
    });
  });
});
