import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/schema.js';
import { openStore } from '../../src/store/store.js';
import { cliWithDb, tempDir } from '../helpers/cli.js';
import { seed } from '../helpers/paths.js';

/*
 * The corpus as other tools see it (issue 17): sqlite-utils and Datasette find a table's
 * full-text index with the queries below (sqlite-utils' Table.detect_fts, Datasette's
 * detect_fts_sql), which look for `content="TABLE"` or `content=[TABLE]` in the declaration.
 */
const SQLITE_UTILS_DETECT_FTS = `
  SELECT name FROM sqlite_master
    WHERE rootpage = 0
    AND (
      sql LIKE :like
      OR sql LIKE :like2
      OR (
        tbl_name = :table
        AND sql LIKE '%VIRTUAL TABLE%USING FTS%'
      )
    )`;
const detect = (db: Database.Database, table: string) =>
  (db.prepare(SQLITE_UTILS_DETECT_FTS).get({
    like: `%VIRTUAL TABLE%USING FTS%content=[${table}]%`,
    like2: `%VIRTUAL TABLE%USING FTS%content="${table}"%`,
    table,
  }) as { name: string } | undefined)?.name ?? null;

describe('full-text search as sqlite-utils and Datasette detect it', () => {
  const cli = cliWithDb();
  beforeAll(() => {
    expect(cli.run(['add', seed('000')]).code).toBe(0);
  });
  afterAll(() => cli.cleanup());

  it('finds paragraphs_fts for paragraphs and footnotes_fts for footnotes in a corpus built by add', () => {
    const db = new Database(cli.db, { readonly: true });
    try {
      expect(detect(db, 'paragraphs')).toBe('paragraphs_fts');
      expect(detect(db, 'footnotes')).toBe('footnotes_fts');
      expect(detect(db, 'documents')).toBeNull();
      // sqlite-utils' search joins the table to its index on rowid: seed 000's OP7 reads
      // "… notamment pour la mise en œuvre des mesures concrètes recommandées …"
      const hits = db.prepare(`SELECT paragraphs.number FROM paragraphs JOIN paragraphs_fts ON paragraphs.rowid = paragraphs_fts.rowid
        WHERE paragraphs_fts MATCH ? ORDER BY paragraphs.n`).all('"oeuvre des mesures concretes"') as { number: string }[];
      expect(hits.map((h) => h.number)).toEqual(['7']);
    } finally {
      db.close();
    }
  });
});

describe('the migration that re-declares the FTS tables', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  // the migration's place in the list (others may be appended after it)
  const at = MIGRATIONS.findIndex((m) => m.includes('content="paragraphs"'));

  it('rebuilds the index of an existing corpus in the folded form (œ as oe, ʼ as an apostrophe)', () => {
    expect(at).toBeGreaterThan(0);
    const path = join(tmp.dir, 'old.db');
    const old = new Database(path);
    for (let v = 0; v < at; v++) old.exec(MIGRATIONS[v]!);
    old.pragma(`user_version = ${at}`);
    old.prepare(`INSERT INTO documents (id, kind, source_path, source_format, source_sha256, source_lines, added_at)
      VALUES ('d', 'other', 'd.txt', 'pdf-text', 'x', 1, '2026-01-01')`).run();
    old.prepare(`INSERT INTO paragraphs (id, document_id, n, kind, text, line, end_line) VALUES (?, 'd', ?, 'text', ?, 1, 1)`).run(5, 1, 'la mise en Œuvre');
    old.prepare(`INSERT INTO paragraphs (id, document_id, n, kind, text, line, end_line) VALUES (?, 'd', ?, 'text', ?, 1, 1)`).run(9, 2, 'lʼexamen');
    old.prepare(`INSERT INTO footnotes (id, document_id, seq, marker, text) VALUES (3, 'd', 1, '1', 'cæterum')`).run();
    expect(detect(old, 'paragraphs')).toBeNull();
    old.close();

    const db = openStore(path);
    try {
      expect(detect(db, 'paragraphs')).toBe('paragraphs_fts');
      const match = (table: string, q: string) => (db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).all(q) as { rowid: number }[]).map((r) => r.rowid);
      expect(match('paragraphs_fts', '"mise en oeuvre"')).toEqual([5]);
      expect(match('paragraphs_fts', '"l examen"')).toEqual([9]);
      expect(match('footnotes_fts', 'caeterum')).toEqual([3]);
    } finally {
      db.close();
    }
  });
});
