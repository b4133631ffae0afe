/**
 * One definition per table (src/store/tables.ts): it must be the schema the migrations make, and
 * `text_folded` must make LIKE find a phrase whatever apostrophe the source typed (issue 17).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/schema.js';
import { connect, openStore } from '../../src/store/store.js';
import { STORED_TABLES } from '../../src/store/tables.js';
import { fold } from '../../src/text/fold.js';
import { cliWithDb, tempDir } from '../helpers/cli.js';
import { SEEDS } from '../helpers/paths.js';

interface ColumnInfo { name: string; type: string; notnull: number; pk: number }

describe('the table definitions are the schema of a new corpus', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('every table, every column in order, its SQL type, NOT NULL and the rowid', () => {
    const db = openStore(join(tmp.dir, 'new.db'));
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY rowid").pluck().all() as string[]);
    expect(STORED_TABLES.map((t) => t.name)).toEqual(tables);
    for (const t of STORED_TABLES) {
      const info = db.prepare(`PRAGMA table_info(${t.name})`).all() as ColumnInfo[];
      expect(t.columns.map((c) => c.name), t.name).toEqual(info.map((i) => i.name));
      for (const [i, c] of t.columns.entries()) {
        const col = info[i]!;
        const where = `${t.name}.${c.name}`;
        expect(col.type, where).toBe(c.type === 'integer' ? 'INTEGER' : 'TEXT');
        // a key column is required whatever SQLite says of it (a TEXT PRIMARY KEY may be NULL in SQLite)
        if (col.pk === 0) expect(col.notnull === 1, where).toBe(c.required);
        expect(c.rowid, where).toBe(col.pk === 1 && col.type === 'INTEGER' && info.filter((x) => x.pk > 0).length === 1);
      }
    }
    db.close();
  });

  it('a corpus of the schema before text_folded gets the column, filled with the folded text', () => {
    const at = MIGRATIONS.findIndex((m) => m.includes('ADD COLUMN text_folded'));
    expect(at).toBeGreaterThan(0);
    const path = join(tmp.dir, 'old.db');
    const old = connect(path);
    for (const m of MIGRATIONS.slice(0, at)) old.exec(m);
    old.pragma(`user_version = ${at}`);
    old.prepare(`INSERT INTO documents (id, kind, source_path, source_format, source_sha256, source_lines, added_at)
      VALUES ('d', 'resolution', '/x', 'akn', '', 1, '')`).run();
    // as the AKN writes it (typographic apostrophe, non-breaking space before the colon) and as the seeds do
    const texts = ['Approuve le Programme d’action\u00a0: Œuvre', "le programme d'action"];
    texts.forEach((text, i) => old.prepare("INSERT INTO paragraphs (document_id, n, kind, text, line, end_line) VALUES ('d', ?, 'text', ?, 1, 1)").run(i + 1, text));
    old.prepare("INSERT INTO footnotes (document_id, seq, marker, text) VALUES ('d', 1, '1', 'Voir l’Annexe')").run();
    old.close();
    const db = openStore(path);
    expect(db.prepare('SELECT text_folded FROM paragraphs ORDER BY n').pluck().all()).toEqual(["approuve le programme d'action : oeuvre", "le programme d'action"]);
    expect(db.prepare('SELECT text_folded FROM footnotes').pluck().get()).toBe("voir l'annexe");
    db.close();
  });
});

describe('text_folded: LIKE finds a phrase whatever the apostrophe (issue 17)', () => {
  const cli = cliWithDb();
  let db: Database.Database;
  beforeAll(() => {
    expect(cli.run(['add', SEEDS]).code).toBe(0);
    db = new Database(cli.db, { readonly: true });
  });
  afterAll(() => {
    db.close();
    cli.cleanup();
  });

  it("LIKE '%programme d''action%' on text_folded finds every paragraph that writes it with either apostrophe", () => {
    type Row = { document_id: string; n: number; text: string; text_folded: string };
    const all = db.prepare('SELECT document_id, n, text, text_folded FROM paragraphs ORDER BY document_id, n').all() as Row[];
    // the paragraphs that write the phrase, read with a regular expression on the text as written
    const written = all.filter((p) => /programme d['’]action/i.test(p.text)).map((p) => `${p.document_id} ${p.n}`);
    const liked = (db.prepare("SELECT document_id, n FROM paragraphs WHERE text_folded LIKE '%programme d''action%' ORDER BY document_id, n").all() as Row[])
      .map((p) => `${p.document_id} ${p.n}`);
    expect(liked).toEqual(written);
    // both apostrophes are among them: seed 003 types ', the AKN of 78/16 types ’
    const straight = all.filter((p) => p.text.includes("programme d'action"));
    const curly = all.filter((p) => p.text.includes('programme d’action'));
    expect(straight.some((p) => p.document_id.startsWith('003_'))).toBe(true);
    expect(curly.some((p) => p.document_id === 'A/RES/78/16')).toBe(true);
    // on the text as written, each apostrophe finds only its own
    const onText = db.prepare("SELECT count(*) FROM paragraphs WHERE text LIKE '%programme d''action%'").pluck().get() as number;
    expect(onText).toBeLessThan(liked.length);
    for (const p of all) expect(p.text_folded).toBe(fold(p.text));
  });

  it('export prints text_folded for paragraphs and footnotes', () => {
    const rows = cli.run(['export', '--table', 'footnotes', '--jsonl', '--columns', 'text,text_folded']).stdout.trim().split('\n')
      .map((l) => JSON.parse(l) as { text: string; text_folded: string });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.text_folded).toBe(fold(r.text));
  });
});
