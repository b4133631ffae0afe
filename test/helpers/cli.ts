import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/store.js';
import { ROOT } from './paths.js';

export const BIN = join(ROOT, 'bin/cybercorpus.cjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'cybercorpus-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Run the real CLI process. `env` is added to a minimal environment: no CYBERCORPUS_DB and a
 * private XDG_DATA_HOME unless given, NO_COLOR set, so tests never touch the user's corpus.
 * `bin`: another copy of the launcher; `preload`: a script node runs first (`node -r`).
 */
export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const [command, argv, spawnOptions] = cliSpawn(args, options);
  const r = spawnSync(command, argv, { ...spawnOptions, input: options.input ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface CliOptions { env?: Record<string, string>; input?: string; cwd?: string; uid?: number; gid?: number; bin?: string; preload?: string }

/** runCli without waiting: for two processes at once (the concurrency cases of test/adversarial). */
export function runCliAsync(args: string[], options: Omit<CliOptions, 'input'> = {}): Promise<CliResult> {
  const [command, argv, spawnOptions] = cliSpawn(args, options);
  const child = spawn(command, argv, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

function cliSpawn(args: string[], options: CliOptions): [string, string[], SpawnOptions] {
  return [process.execPath, [...(options.preload ? ['-r', options.preload] : []), options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NO_COLOR: '1',
      XDG_DATA_HOME: join(tmpdir(), 'cybercorpus-test-xdg-unset'),
      ...options.env,
    },
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  }];
}

/**
 * Run a bash command line (with pipefail) in runCli's minimal environment and folder (or `cwd`),
 * for what needs a redirection or a pipe. `env` adds to it; a variable given as undefined is removed.
 */
export function runShell(line: string, env: Record<string, string | undefined> = {}, cwd = ROOT): CliResult {
  const all: Record<string, string | undefined> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env };
  const r = spawnSync('bash', ['--norc', '--noprofile', '-o', 'pipefail', '-c', line], {
    cwd,
    encoding: 'utf8',
    env: Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined)),
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A CLI bound to one temporary database. */
export function cliWithDb(): { db: string; run: (args: string[], options?: { env?: Record<string, string>; input?: string }) => CliResult; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'corpus.db');
  // an empty corpus: only `add` makes one where there is none
  openStore(db).close();
  return {
    db,
    run: (args, options = {}) => runCli(['--db', db, ...args], options),
    cleanup,
  };
}
