/**
 * Issue 18, items 13 and 14: a full disk, a read-only corpus and damaged pages are the user's to
 * act on, not bugs. Every command says what happened in one line, and the commands that only
 * read work where nothing can be written. The full disk and the read-only file system are small
 * tmpfs mounts (root only; skipped with a notice otherwise); the read-only file and folder run
 * the CLI as an unprivileged user when the tests run as root.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, openSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { seed } from '../helpers/paths.js';
import Database from 'better-sqlite3';
import { type Cli, smallCorpus, storedIds } from './corpus.js';

const AS_ROOT = process.getuid?.() === 0;
const CAN_MOUNT = AS_ROOT && (() => {
  const t = tempDir('cybercorpus-adv-mount-');
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', t.dir]).status === 0;
  if (ok) spawnSync('umount', [t.dir]);
  t.cleanup();
  return ok;
})();
if (!CAN_MOUNT) process.stderr.write('\n[notice] cannot mount a tmpfs (not root, or not allowed): the full-disk and read-only file system cases are skipped.\n');

const READS = (): string[][] => [['stats'], ['list'], ['search', 'programme'], ['show', ids[0]!], ['export', '--csv', '--table', 'documents']];
const UNPRIVILEGED = AS_ROOT ? { uid: 65534, gid: 65534 } : {};

let c: Cli;
let tmp: { dir: string; cleanup: () => void };
let ids: string[];
beforeAll(() => {
  c = smallCorpus();
  ids = storedIds(c.db);
  tmp = tempDir('cybercorpus-adv-faults-');
  chmodSync(tmp.dir, 0o755);
});
afterAll(() => {
  c?.cleanup();
  tmp?.cleanup();
});

/** A copy of the small corpus in `dir` (closed cleanly: no -wal file beside it). */
function copyCorpus(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'corpus.db');
  copyFileSync(c.db, path);
  return path;
}

/** The reading commands work: exit 0 (1 for a search that finds nothing), output as on a sound corpus. */
function readsWork(db: string, options: { uid?: number; gid?: number } = {}): void {
  for (const args of READS()) {
    const want = runCli(['--db', c.db, ...args]);
    const r = runCli(['--db', db, ...args], options);
    expect(r.stderr, args.join(' ')).toBe(want.stderr.replaceAll(c.db, db));
    expect(r.code, args.join(' ')).toBe(want.code);
    expect(r.stdout, args.join(' ')).toBe(want.stdout.replaceAll(c.db, db));
  }
}

describe('a corpus that cannot be written', () => {
  it('read-only file: reads work, add and remove say so in one line', () => {
    const db = copyCorpus(join(tmp.dir, 'ro-file'));
    chmodSync(join(tmp.dir, 'ro-file'), 0o777);
    chmodSync(db, 0o444);
    readsWork(db, UNPRIVILEGED);
    for (const args of [['add', seed('002')], ['remove', ids[0]!]]) {
      const r = runCli(['--db', db, ...args], UNPRIVILEGED);
      expect(r.stderr).toMatch(/^cybercorpus: the corpus cannot be written: its file, folder or file system is read-only \(commands that only read it still work\) \[SQLITE_READONLY\w*\] \(.*corpus\.db\)\n$/);
      expect(r.code).toBe(2);
    }
    expect(storedIds(db)).toEqual(ids);
  });

  it('read-only folder: reads work (from a copy in memory), add says so in one line', () => {
    const dir = join(tmp.dir, 'ro-folder');
    const db = copyCorpus(dir);
    chmodSync(db, 0o644);
    chmodSync(dir, 0o555);
    readsWork(db, UNPRIVILEGED);
    const r = runCli(['--db', db, 'add', seed('002')], UNPRIVILEGED);
    expect(r.stderr).toMatch(/^cybercorpus: the corpus cannot be written: .* \[SQLITE_READONLY\w*\] \(.*corpus\.db\)\n$/);
    expect(r.code).toBe(2);
    chmodSync(dir, 0o755);
    expect(storedIds(db)).toEqual(ids);
  });

  it.skipIf(!CAN_MOUNT)('read-only file system: reads work, add says so in one line', () => {
    const dir = join(tmp.dir, 'ro-fs');
    mkdirSync(dir);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir]).status).toBe(0);
    try {
      const db = copyCorpus(dir);
      expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);
      readsWork(db);
      const r = runCli(['--db', db, 'add', seed('002')]);
      expect(r.stderr).toMatch(/^cybercorpus: the corpus cannot be written: .* \[SQLITE_(?:READONLY\w*|CANTOPEN)\] \(.*corpus\.db\)\n$/);
      expect(r.code).toBe(2);
      expect(spawnSync('mount', ['-o', 'remount,rw', dir]).status).toBe(0);
      expect(storedIds(db)).toEqual(ids);
    } finally {
      spawnSync('umount', [dir]);
    }
  });

  it.skipIf(!CAN_MOUNT)('full disk: add fails in one line and leaves the corpus as it was; reads work', () => {
    const dir = join(tmp.dir, 'full');
    mkdirSync(dir);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${statSync(c.db).size + 256 * 1024}`, 'tmpfs', dir]).status).toBe(0);
    try {
      const db = copyCorpus(dir);
      // fill what is left of the disk
      const fd = openSync(join(dir, 'filler'), 'w');
      const block = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(fd, block);
      } catch (err) {
        expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        closeSync(fd);
      }
      const r = runCli(['--db', db, 'add', seed('002')]);
      expect(r.stderr).toMatch(/^cybercorpus: (?:the disk is full; the corpus was left as it was \(free some space and run the command again\)|the corpus cannot be written: .*|cannot read or write the corpus: disk I\/O error) \[\w+\] \(.*corpus\.db\)\n$/);
      expect(r.code).toBe(2);
      readsWork(db);
      rmSync(join(dir, 'filler'));
      expect(storedIds(db)).toEqual(ids);
    } finally {
      spawnSync('umount', [dir]);
    }
  });
});

describe('a damaged corpus', () => {
  it('writers refuse it, check reports it, readers that meet a damaged page say so; none calls it a bug', () => {
    const db = copyCorpus(join(tmp.dir, 'damaged'));
    // three pages of paragraphs overwritten: found by SQLite's page map, not by their place in
    // the file, which moves when the schema gains a table or an index (issue 19 added one)
    const map = new Database(db, { readonly: true });
    const leaves = map.prepare("SELECT pageno FROM dbstat WHERE name = 'paragraphs' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
    map.close();
    expect(leaves.length).toBeGreaterThan(3);
    const fd = openSync(db, 'r+');
    const from = Math.floor(leaves.length / 2) - 1;
    for (const page of leaves.slice(from, from + 3)) writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, (page - 1) * 4096);
    closeSync(fd);
    const damaged = /^cybercorpus: the corpus is damaged \(database disk image is malformed\).*; rebuild it: add its source files to a new database \(cybercorpus --db NEW add FILES…\), see RELIABILITY\.md.* \(.*corpus\.db\)\n$/;
    for (const args of [['add', seed('002')], ['remove', ids[0]!], ['check']]) {
      const r = runCli(['--db', db, ...args]);
      expect(r.stderr, args.join(' ')).toMatch(damaged);
      expect(r.code, args.join(' ')).toBe(2);
    }
    let met = 0;
    for (const args of [...READS(), ['export', '--csv', '--table', 'paragraphs'], ['export', '--json']]) {
      const r = runCli(['--db', db, ...args]);
      expect(r.stderr, args.join(' ')).not.toMatch(/bug|internal error/);
      if (r.code === 2) {
        expect(r.stderr, args.join(' ')).toMatch(damaged);
        met++;
      }
    }
    // the pages hold paragraphs or their index: some reader meets them
    expect(met).toBeGreaterThan(0);
  });
});
