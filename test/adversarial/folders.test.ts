/**
 * Issue 18, items 5 and 16: folders given to `add`. A symbolic link back to a parent folder made
 * one file be added 41 times (doc, doc~2 … doc~41); a file named `back\slash.txt` was looked up
 * as `back/slash.txt` and an unreadable file inside a folder was "internal error: EACCES".
 */
import { chmodSync, copyFileSync, linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliWithDb, runCli, tempDir } from '../helpers/cli.js';
import { FIXTURES, seed } from '../helpers/paths.js';
import { Database, storedIds } from './corpus.js';

const RESOLUTION = join(FIXTURES, 'cli/resolution.txt');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function folder(): string {
  const t = tempDir('cybercorpus-adv-folder-');
  cleanups.push(t.cleanup);
  return t.dir;
}
function db(): ReturnType<typeof cliWithDb> {
  const c = cliWithDb();
  cleanups.push(c.cleanup);
  return c;
}
function sourcePaths(path: string): string[] {
  const c = new Database(path, { readonly: true });
  try {
    return c.prepare('SELECT source_path FROM documents WHERE parent_id IS NULL ORDER BY source_path').pluck().all() as string[];
  } finally {
    c.close();
  }
}

describe('symbolic links inside an added folder', () => {
  it('a link back to the folder, a link to a parent and two links to each other add each file once', () => {
    const dir = folder();
    copyFileSync(RESOLUTION, join(dir, 'doc.txt'));
    symlinkSync('.', join(dir, 'loop'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(seed('001'), join(dir, 'sub', 'other.txt'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.txt'));
    const c = db();
    const r = c.run(['add', dir]);
    expect(r.stderr).toBe('cybercorpus: 2 added, 0 replaced, 0 unchanged, 0 failed\n');
    expect(r.code).toBe(0);
    expect(sourcePaths(c.db)).toEqual([join(dir, 'doc.txt'), join(dir, 'sub', 'other.txt')]);
    expect(storedIds(c.db).filter((id) => id.includes('~'))).toEqual([]);
  });

  it('a file named twice (directly, through a hard link and through a linked folder) is added once', () => {
    const dir = folder();
    copyFileSync(RESOLUTION, join(dir, 'doc.txt'));
    linkSync(join(dir, 'doc.txt'), join(dir, 'hard.txt'));
    const other = folder();
    symlinkSync(dir, join(other, 'linked'));
    const c = db();
    const r = c.run(['add', join(dir, 'doc.txt'), dir, other]);
    expect(r.code, r.stderr).toBe(0);
    expect(sourcePaths(c.db)).toEqual([join(dir, 'doc.txt')]);
  });
});

describe('names and permissions inside an added folder', () => {
  it('a name with a backslash is read as it is', () => {
    const dir = folder();
    copyFileSync(RESOLUTION, join(dir, 'back\\slash.txt'));
    const c = db();
    const r = c.run(['add', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(sourcePaths(c.db)).toEqual([join(dir, 'back\\slash.txt')]);
  });

  it('an unreadable file is reported in one line, like a file named directly; --keep-going adds the others', () => {
    const dir = folder();
    chmodSync(dir, 0o755);
    copyFileSync(RESOLUTION, join(dir, 'a-good.txt'));
    copyFileSync(seed('001'), join(dir, 'b-secret.txt'));
    chmodSync(join(dir, 'b-secret.txt'), 0o000);
    // root reads everything: the CLI runs as an unprivileged user with a database it can write
    const asRoot = process.getuid?.() === 0;
    const own = folder();
    chmodSync(own, 0o777);
    const path = join(own, 'c.db');
    const run = (args: string[]) => runCli(['--db', path, ...args], asRoot ? { uid: 65534, gid: 65534 } : {});
    const r = run(['add', dir]);
    expect(r.stderr).toBe(
      `cybercorpus: cannot read the file: permission denied [EACCES] (${join(dir, 'b-secret.txt')})\n` +
      'cybercorpus: nothing was added: a file failed (use --keep-going to add the others)\n');
    expect(r.code).toBe(2);
    const k = run(['add', '--keep-going', dir]);
    expect(k.code).toBe(2);
    expect(k.stderr).toContain('1 added, 0 replaced, 0 unchanged, 1 failed');
    expect(sourcePaths(path)).toEqual([join(dir, 'a-good.txt')]);
  });
});
