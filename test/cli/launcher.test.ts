/**
 * bin/cybercorpus.cjs runs the CommonJS bundle with a V8 code cache kept beside it
 * (scripts/bundle.mjs makes both). Each test runs a copy of the launcher and the bundle in a
 * folder of its own, so that the project's own cache is never touched.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../helpers/cli.js';
import { ROOT, seed } from '../helpers/paths.js';

const BUNDLE = join(ROOT, 'dist', 'bundle', 'cli.cjs');
const CACHE_NAME = `cli.cjs.${process.versions.v8}-${process.arch}.cache`;

let tmp: ReturnType<typeof tempDir>;
let bundleDir: string;
let launcher: string;
let db: string;

/** The copy's launcher on the test's corpus. */
const run = (args: string[], options: { uid?: number; gid?: number; preload?: string } = {}) =>
  runCli(['--db', db, ...args], { ...options, bin: launcher });

const caches = () => readdirSync(bundleDir).filter((n) => n.endsWith('.cache'));

beforeEach(() => {
  tmp = tempDir('cybercorpus-launcher-');
  chmodSync(tmp.dir, 0o755);
  bundleDir = join(tmp.dir, 'dist', 'bundle');
  mkdirSync(bundleDir, { recursive: true });
  mkdirSync(join(tmp.dir, 'bin'));
  launcher = join(tmp.dir, 'bin', 'cybercorpus.cjs');
  copyFileSync(BIN, launcher);
  copyFileSync(join(ROOT, 'package.json'), join(tmp.dir, 'package.json'));
  copyFileSync(BUNDLE, join(bundleDir, 'cli.cjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(tmp.dir, 'node_modules'));
  db = join(tmp.dir, 'corpus.db');
  // a corpus with hits, made by the project's own CLI
  expect(runCli(['--db', db, 'add', seed('002')]).code).toBe(0);
  chmodSync(db, 0o666);
});

afterEach(() => tmp.cleanup());

describe('the launcher and its code cache', () => {
  it('the build made a cache for this Node beside the bundle, and the bundle is ASCII', () => {
    expect(existsSync(join(ROOT, 'dist', 'bundle', CACHE_NAME))).toBe(true);
    expect(isAscii(readFileSync(BUNDLE))).toBe(true);
  });

  it('without a cache, the command runs as usual and leaves the cache for the next one', () => {
    expect(caches()).toEqual([]);
    const first = run(['search', "programme d'action", '--count']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(caches()).toEqual([CACHE_NAME]);
    const second = run(['search', "programme d'action", '--count']);
    expect(second).toEqual(first);
    // made once: a cache V8 accepted is not written again
    const made = readFileSync(join(bundleDir, CACHE_NAME));
    run(['list']);
    expect(readFileSync(join(bundleDir, CACHE_NAME)).equals(made)).toBe(true);
  });

  it('a cache V8 rejects (another Node, another build, a damaged file) is ignored and made anew', () => {
    const expected = run(['search', "programme d'action", '--json']);
    expect(expected.code).toBe(0);
    const garbage = Buffer.from('not a V8 code cache '.repeat(100));
    writeFileSync(join(bundleDir, CACHE_NAME), garbage);
    const r = run(['search', "programme d'action", '--json']);
    expect(r).toEqual(expected);
    const made = readFileSync(join(bundleDir, CACHE_NAME));
    expect(made.length).toBeGreaterThan(10_000);
    expect(made.equals(garbage)).toBe(false);
    expect(caches()).toEqual([CACHE_NAME]);
  });

  it('where the bundle folder is read-only, commands run without a cache and leave nothing', () => {
    chmodSync(bundleDir, 0o555);
    chmodSync(tmp.dir, 0o777); // the corpus's folder stays writable (SQLite's WAL files)
    // root writes anywhere: the command runs as an unprivileged user then
    const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = run(['search', "programme d'action", '--count'], as);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(bundleDir)).toEqual(['cli.cjs']);
  });

  it('a command does not load child_process (commander asks for it only for external subcommands)', () => {
    const preload = join(tmp.dir, 'modules.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList)));");
    const r = run(['search', "programme d'action", '--count'], { preload });
    expect(r.code).toBe(0);
    const loaded = JSON.parse(r.stderr) as string[];
    expect(loaded).toContain('NativeModule vm'); // the list is the real one
    expect(loaded).not.toContain('NativeModule child_process');
  });

  it('a bundle that was never built is one line and exit 2', () => {
    rmSync(join(bundleDir, 'cli.cjs'));
    const r = run(['list']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('cybercorpus: not built; run `npm install` (or `npm run build`) in the project folder\n');
  });
});
