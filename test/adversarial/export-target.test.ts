/**
 * Issue 18, items 1 and 2: `export --sqlite FILE` renamed its copy over whatever FILE was — a
 * device node, a FIFO, the corpus's own `-wal` file (which lost a committed `add`). Device nodes
 * are made with mknod in a temporary folder only, never on the machine's real devices.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';
import { type Cli, Database, holdOpen, kill, smallCorpus, storedIds } from './corpus.js';

const AS_ROOT = process.getuid?.() === 0;
if (!AS_ROOT) process.stderr.write('\n[notice] not root: the export over a device node (mknod) is skipped.\n');

let c: Cli;
let tmp: { dir: string; cleanup: () => void };
let before: string[];
beforeAll(() => {
  c = smallCorpus();
  tmp = tempDir('cybercorpus-adv-export-');
  before = storedIds(c.db);
});
afterAll(() => {
  c?.cleanup();
  tmp?.cleanup();
});

function refused(target: string, message: RegExp): void {
  const r = c.run(['export', '--sqlite', target]);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.code).toBe(2);
  expect(storedIds(c.db)).toEqual(before);
}

describe('export --sqlite refuses every target that is not a new path or a regular file', () => {
  it.skipIf(!AS_ROOT)('a character device made with mknod stays a device', () => {
    const node = join(tmp.dir, 'null');
    expect(spawnSync('mknod', [node, 'c', '1', '3']).status).toBe(0);
    refused(node, /^cybercorpus: will not replace a device with the copy; .* \(.*null\)\n$/);
    expect(lstatSync(node).isCharacterDevice()).toBe(true);
  });

  it('a FIFO stays a FIFO', () => {
    const fifo = join(tmp.dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    refused(fifo, /will not replace a FIFO \(named pipe\) with the copy/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a socket stays a socket', async () => {
    const sock = join(tmp.dir, 'sock');
    const server: Server = await new Promise((resolve) => {
      const s = createServer().listen(sock, () => resolve(s));
    });
    try {
      refused(sock, /will not replace a socket with the copy/);
      expect(lstatSync(sock).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('a folder, and a symbolic link to a folder or to a FIFO', () => {
    const folder = join(tmp.dir, 'folder');
    mkdirSync(folder);
    refused(folder, /will not replace a folder with the copy/);
    symlinkSync(folder, join(tmp.dir, 'to-folder'));
    refused(join(tmp.dir, 'to-folder'), /will not replace a folder/);
    const fifo = join(tmp.dir, 'fifo2');
    spawnSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(tmp.dir, 'to-fifo'));
    refused(join(tmp.dir, 'to-fifo'), /will not replace a FIFO/);
    expect(statSync(folder).isDirectory()).toBe(true);
  });

  it('a symbolic link that leads nowhere', () => {
    symlinkSync(join(tmp.dir, 'nothing-here'), join(tmp.dir, 'dangling'));
    refused(join(tmp.dir, 'dangling'), /symbolic link that leads nowhere/);
    expect(existsSync(join(tmp.dir, 'nothing-here'))).toBe(false);
  });

  it('the corpus, through a symbolic link and through a hard link', () => {
    const bytes = readFileSync(c.db);
    symlinkSync(c.db, join(tmp.dir, 'sym.db'));
    refused(join(tmp.dir, 'sym.db'), /the copy would overwrite the corpus itself/);
    linkSync(c.db, join(tmp.dir, 'hard.db'));
    refused(join(tmp.dir, 'hard.db'), /the copy would overwrite the corpus itself/);
    expect(readFileSync(c.db).equals(bytes)).toBe(true);
  });

  it('the corpus\'s -wal, -shm and -journal files, present or not', () => {
    for (const side of ['-wal', '-shm', '-journal']) refused(c.db + side, /the copy would overwrite the corpus itself/);
    // the same names reached through a symbolic link to the corpus's folder
    symlinkSync(join(c.db, '..'), join(tmp.dir, 'corpus-folder'));
    refused(join(tmp.dir, 'corpus-folder', 'corpus.db-wal'), /the copy would overwrite the corpus itself/);
  });

  it('a regular file is replaced by the copy, a new path is made', () => {
    const old = join(tmp.dir, 'old.db');
    writeFileSync(old, 'an old copy');
    expect(c.run(['export', '--sqlite', old]).code).toBe(0);
    expect(c.run(['export', '--sqlite', join(tmp.dir, 'new.db')]).code).toBe(0);
    for (const f of [old, join(tmp.dir, 'new.db')]) {
      const copy = new Database(f, { readonly: true });
      expect(copy.prepare('SELECT id FROM documents WHERE parent_id IS NULL ORDER BY id').pluck().all()).toEqual(before);
      copy.close();
    }
  });
});

describe('a committed add survives an export aimed at the corpus\'s -wal (item 2)', () => {
  it('with another process reading the corpus, then killed', async () => {
    const reader = await holdOpen(c.db);
    try {
      expect(existsSync(`${c.db}-wal`)).toBe(true);
      const add = c.run(['add', join(FIXTURES, 'cli/resolution.txt')]);
      expect(add.code).toBe(0);
      const r = c.run(['export', '--sqlite', `${c.db}-wal`]);
      expect(r.stderr).toMatch(/the copy would overwrite the corpus itself/);
      expect(r.code).toBe(2);
    } finally {
      await kill(reader);
    }
    const ids = storedIds(c.db);
    expect(ids.length).toBe(before.length + 1);
    const db = new Database(c.db, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
