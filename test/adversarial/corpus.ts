/**
 * Helpers of the adversarial suite (issue 18): a small real corpus built through the CLI, and a
 * second real process that holds the corpus open, for the cases that need two processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { cliWithDb } from '../helpers/cli.js';
import { seed } from '../helpers/paths.js';

const require = createRequire(import.meta.url);
export const Database = require('better-sqlite3') as typeof BetterSqlite3;

export type Cli = ReturnType<typeof cliWithDb>;

/** A corpus of two seeds (000: markdown, 001: PDF text), added through the real CLI. */
export function smallCorpus(): Cli {
  const cli = cliWithDb();
  const r = cli.run(['add', seed('000'), seed('001')]);
  if (r.code !== 0) throw new Error(`add failed: ${r.stderr}`);
  return cli;
}

/** The ids of the documents in a corpus, read with SQL (not through the CLI). */
export function storedIds(db: string): string[] {
  const c = new Database(db, { readonly: true });
  try {
    return (c.prepare('SELECT id FROM documents WHERE parent_id IS NULL ORDER BY id').pluck().all() as string[]);
  } finally {
    c.close();
  }
}

/**
 * Another process with the corpus open (`sql` run once, then it waits, holding the connection
 * — and the transaction if `sql` opened one — until killed; `then.sql` runs `then.afterMs` after
 * `sql`, e.g. a COMMIT). Resolves when `sql` has run.
 */
export function holdOpen(db: string, sql = 'SELECT count(*) FROM documents', then?: { afterMs: number; sql: string }): Promise<ChildProcess> {
  const script = `
    const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new D(${JSON.stringify(db)});
    db.exec(${JSON.stringify(sql)});
    process.stdout.write('ready\\n');
    ${then ? `setTimeout(() => db.exec(${JSON.stringify(then.sql)}), ${then.afterMs});` : ''}
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`the holding process ended (${code})`)));
  });
}

/** Kill a process and wait for it to be gone. */
export function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
