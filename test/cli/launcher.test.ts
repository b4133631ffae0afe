/**
 * bin/cybercorpus.cjs runs the CommonJS bundle with a V8 code cache kept beside it
 * (scripts/bundle.mjs makes both). Each test runs a copy of the launcher and the bundle in a
 * folder of its own, so that the project's own cache is never touched.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../helpers/cli.js';
import { ROOT, seed } from '../helpers/paths.js';

const BUNDLE = join(ROOT, 'dist', 'bundle', 'cli.cjs');
/** The name of the code cache of the bundle `file` for this Node. */
const cacheName = (file: string) => {
  const { size, mtimeMs } = statSync(file);
  return `cli.cjs.${process.versions.v8}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.cache`;
};

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
    expect(existsSync(join(ROOT, 'dist', 'bundle', cacheName(BUNDLE)))).toBe(true);
    expect(isAscii(readFileSync(BUNDLE))).toBe(true);
  });

  it('without a cache, the command runs as usual and leaves the cache for the next one', () => {
    expect(caches()).toEqual([]);
    const first = run(['search', "programme d'action", '--count']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(caches()).toEqual([cacheName(join(bundleDir, 'cli.cjs'))]);
    const second = run(['search', "programme d'action", '--count']);
    expect(second).toEqual(first);
    // made once: a cache V8 accepted is not written again
    const made = readFileSync(join(bundleDir, cacheName(join(bundleDir, 'cli.cjs'))));
    run(['list']);
    expect(readFileSync(join(bundleDir, cacheName(join(bundleDir, 'cli.cjs')))).equals(made)).toBe(true);
  });

  it('a cache V8 rejects (another Node, another build, a damaged file) is ignored and made anew', () => {
    const expected = run(['search', "programme d'action", '--json']);
    expect(expected.code).toBe(0);
    const garbage = Buffer.from('not a V8 code cache '.repeat(100));
    writeFileSync(join(bundleDir, cacheName(join(bundleDir, 'cli.cjs'))), garbage);
    const r = run(['search', "programme d'action", '--json']);
    expect(r).toEqual(expected);
    const made = readFileSync(join(bundleDir, cacheName(join(bundleDir, 'cli.cjs'))));
    expect(made.length).toBeGreaterThan(10_000);
    expect(made.equals(garbage)).toBe(false);
    expect(caches()).toEqual([cacheName(join(bundleDir, 'cli.cjs'))]);
  });

  it('a bundle rebuilt with the same length does not run the old cache', () => {
    const bundle = join(bundleDir, 'cli.cjs');
    expect(run(['list']).code).toBe(0);
    const old = cacheName(bundle);
    expect(caches()).toEqual([old]);
    // V8 checks only the source's length: a digit changed is a new build all the same
    const text = readFileSync(bundle, 'latin1');
    const at = text.indexOf('TIE_MARGIN=5e3');
    expect(at).toBeGreaterThan(0);
    writeFileSync(bundle, text.slice(0, at) + 'TIE_MARGIN=6e3' + text.slice(at + 14), 'latin1');
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    expect(statSync(bundle).size).toBe(text.length);
    expect(run(['search', "programme d'action", '--count']).code).toBe(0);
    expect(caches().sort()).toEqual([old, cacheName(bundle)].sort());
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
