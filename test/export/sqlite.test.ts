import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCountries } from '../../src/lexicon/countries.js';
import { tempDir } from '../helpers/cli.js';
import { buildCorpus, type Corpus, Database, startWriter } from './fixture.js';

const TABLES = ['documents', 'aliases', 'paragraphs', 'footnotes', 'sponsors', 'citations', 'votes', 'vote_records', 'warnings'];

const HAS_SQLITE3 = spawnSync('sqlite3', ['-version']).status === 0;
if (!HAS_SQLITE3) process.stderr.write('\n[notice] the sqlite3 shell is absent: the test that reads the copy with it is skipped.\n');

let c: Corpus;
let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  c = buildCorpus();
  tmp = tempDir('cybercorpus-export-sqlite-');
});
afterAll(() => {
  c?.cleanup();
  tmp?.cleanup();
});

function counts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  const out = Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
  db.close();
  return out;
}

describe('export --sqlite FILE', () => {
  it('writes a single-file copy with every row, sound, plus the country gazetteer', () => {
    const file = join(tmp.dir, 'copy.db');
    const r = c.run(['export', '--sqlite', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^cybercorpus: copied \d+ documents and \d+ paragraphs to /);
    expect(counts(file)).toEqual(counts(c.db));
    expect(existsSync(`${file}-wal`)).toBe(false);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('foreign_key_check')).toEqual([]);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT count(*) FROM countries').pluck().get()).toBe(allCountries().length);
    expect(copy.prepare("SELECT name_fr FROM countries WHERE iso3 = 'DEU'").pluck().get()).toBe('Allemagne');
    // the full-text index came along
    expect(copy.prepare("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'telecommunications'").pluck().get()).toBeGreaterThan(0);
    // and the footnotes' (seed 003's footnote 6 cites nationalcybersurvey.cyberpolicyportal.org)
    const footnoteHits = "SELECT count(*) FROM footnotes_fts WHERE footnotes_fts MATCH 'nationalcybersurvey'";
    expect(copy.prepare(footnoteHits).pluck().get()).toBeGreaterThan(0);
    const source = c.open();
    expect(copy.prepare(footnoteHits).pluck().get()).toBe(source.prepare(footnoteHits).pluck().get());
    source.close();
    copy.close();
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it.skipIf(!HAS_SQLITE3)('the sqlite3 shell reads the copy: same counts as the corpus', () => {
    const file = join(tmp.dir, 'copy.db');
    const q = TABLES.map((t) => `SELECT count(*) FROM ${t};`).join(' ');
    const shellCounts = spawnSync('sqlite3', [file, q], { encoding: 'utf8' }).stdout.trim().split('\n').map(Number);
    expect(shellCounts).toEqual(Object.values(counts(c.db)));
    expect(spawnSync('sqlite3', [file, 'PRAGMA integrity_check;'], { encoding: 'utf8' }).stdout.trim()).toBe('ok');
  });

  it('replaces an existing file, refuses the corpus itself and a missing folder (one line, exit 2)', () => {
    const file = join(tmp.dir, 'old.db');
    writeFileSync(file, 'not a database');
    expect(c.run(['export', '--sqlite', file]).code).toBe(0);
    expect(counts(file)).toEqual(counts(c.db));
    const self = c.run(['export', '--sqlite', c.db]);
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/^cybercorpus: the copy would overwrite the corpus itself/);
    const missing = c.run(['export', '--sqlite', join(tmp.dir, 'no/such/dir/x.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(c.run(['export', '--sqlite', file, '--csv']).code).toBe(2);
  });

  it('is a consistent snapshot while another process adds and removes documents', async () => {
    const writer = await startWriter(c.db, tmp.dir);
    try {
      let synthetic = 0;
      for (let k = 0; k < 4; k++) {
        const file = join(tmp.dir, `snap-${k}.db`);
        const r = c.run(['export', '--sqlite', file]);
        expect(r.code, r.stderr).toBe(0);
        const copy = new Database(file, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const per = copy.prepare(`SELECT d.id, (SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id) AS n
          FROM documents d WHERE d.id LIKE 'syn-%'`).all() as { id: string; n: number }[];
        for (const row of per) expect(row.n, row.id).toBe(300);
        // one or two synthetic documents: never a half-inserted or half-removed one
        expect(per.length).toBeGreaterThanOrEqual(1);
        expect(per.length).toBeLessThanOrEqual(2);
        synthetic += per.length;
        copy.close();
      }
      expect(synthetic).toBeGreaterThan(0);
    } finally {
      writer.stop();
    }
  });
});
