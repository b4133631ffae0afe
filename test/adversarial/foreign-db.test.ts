/**
 * Issue 18, item 6: a SQLite file that is not a cybercorpus database was switched to WAL by
 * every command before being refused. Every command must refuse it and change nothing.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';
import { Database } from './corpus.js';

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir('cybercorpus-adv-foreign-');
});
afterAll(() => tmp?.cleanup());

const COMMANDS = [
  ['stats'], ['list'], ['search', 'x'], ['show', '78/237'], ['check'], ['votes'], ['export', '--csv', '--table', 'documents'],
  ['export', '--sqlite', 'COPY'], ['add', join(FIXTURES, 'cli/resolution.txt')], ['remove', '78/237'],
];

function unchanged(path: string, message: RegExp): void {
  const bytes = readFileSync(path);
  const mtime = statSync(path).mtimeMs;
  for (const args of COMMANDS) {
    const r = runCli(['--db', path, ...args.map((a) => (a === 'COPY' ? join(tmp.dir, 'copy.db') : a))]);
    expect(r.stderr, args.join(' ')).toMatch(message);
    expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    expect(r.code, args.join(' ')).toBe(2);
  }
  expect(readFileSync(path).equals(bytes)).toBe(true);
  expect(statSync(path).mtimeMs).toBe(mtime);
  for (const side of ['-wal', '-shm', '-journal']) expect(existsSync(path + side), side).toBe(false);
  expect(existsSync(join(tmp.dir, 'copy.db'))).toBe(false);
}

describe('a database that is not a cybercorpus corpus is refused unchanged by every command', () => {
  it('another application\'s SQLite database (rollback journal, tables, no schema version)', () => {
    const path = join(tmp.dir, 'other.sqlite');
    const db = new Database(path);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('à garder')");
    db.close();
    unchanged(path, /^cybercorpus: not a cybercorpus database \(it has tables but no cybercorpus schema version\) \(.*other\.sqlite\)\n$/);
    const again = new Database(path, { readonly: true });
    expect(again.pragma('journal_mode', { simple: true })).toBe('delete');
    again.close();
  });

  it('a corpus of a newer cybercorpus', () => {
    const path = join(tmp.dir, 'newer.db');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.exec('CREATE TABLE documents (id TEXT)');
    db.close();
    unchanged(path, /^cybercorpus: the database has schema version 99, newer than this cybercorpus \(\d+\); upgrade cybercorpus \(.*newer\.db\)\n$/);
  });

  it('a text file', () => {
    const path = join(tmp.dir, 'notes.txt');
    writeFileSync(path, 'Ceci n’est pas une base de données.\n'.repeat(200));
    unchanged(path, /^cybercorpus: not a cybercorpus database: file is not a database \(.*notes\.txt\)\n$/);
  });
});
