import { mkdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import BetterSqlite3 from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

export type Db = BetterSqlite3.Database;

const require = createRequire(import.meta.url);

export interface OpenOptions {
  /** open read-only: fails if the file does not exist */
  readonly?: boolean;
}

/**
 * Open (creating if needed) the corpus database at `path` and bring its schema up to date.
 * WAL, foreign keys on. A file that is not a cybercorpus database is a StoreError.
 */
export function openStore(path: string, options: OpenOptions = {}): Db {
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new StoreError('the database path is a directory', path);
  }
  if (!options.readonly) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw new StoreError(`cannot create the database directory: ${(err as Error).message}`, dirname(path));
    }
  }
  let db: Db;
  try {
    db = connect(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new StoreError(`cannot open the database: ${(err as Error).message}`, path);
  }
  try {
    db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db, path);
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`not a cybercorpus database: ${(err as Error).message}`, path);
  }
  return db;
}

/**
 * A better-sqlite3 connection, its compiled addon given by path: better-sqlite3's own lookup
 * (the `bindings` package) probes a dozen paths and reads a stack trace on every start-up, a few
 * milliseconds of every command. When the addon is not where npm builds it, that lookup is used.
 */
export function connect(path: string, options: BetterSqlite3.Options = {}): Db {
  addon ??= findAddon();
  return new BetterSqlite3(path, addon === null ? options : { ...options, nativeBinding: addon });
}

let addon: string | null | undefined;

function findAddon(): string | null {
  try {
    const root = dirname(require.resolve('better-sqlite3/package.json'));
    for (const build of ['Release', 'Debug']) {
      const file = join(root, 'build', build, 'better_sqlite3.node');
      if (existsSync(file)) return file;
    }
  } catch {
    // not resolvable from here: let better-sqlite3 look for itself
  }
  return null;
}

function migrate(db: Db, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StoreError(`the database has schema version ${version}, newer than this cybercorpus (${SCHEMA_VERSION}); upgrade cybercorpus`, path);
  }
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) throw new StoreError('not a cybercorpus database (it has tables but no cybercorpus schema version)', path);
  }
  if (version === SCHEMA_VERSION) return;
  if (db.readonly) throw new StoreError(`the database needs a schema upgrade (version ${version} → ${SCHEMA_VERSION}); open it once without read-only access`, path);
  const run = db.transaction(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }
  });
  run();
}

/**
 * How long a reader waits for a lock (WAL readers rarely wait: only while a writer checkpoints or
 * a connection recovers the log).
 */
const READ_WAIT_MS = 5000;

/** How long a writer waits for another process that is writing the corpus, and what it says. */
export interface WriteWait {
  /** milliseconds (default WRITE_WAIT_MS) */
  timeoutMs?: number;
  /** called once when the corpus is busy and the wait begins */
  onWait?: (timeoutMs: number) => void;
}

/** Long enough for another process's `add` of a few hundred files to finish. */
export const WRITE_WAIT_MS = 10 * 60 * 1000;

/**
 * Begin a write transaction (BEGIN IMMEDIATE: the write lock is taken now, so that what the
 * transaction reads before writing cannot change under it). When another process is writing,
 * wait for it (up to `timeoutMs`), then give up with one line saying so (issue 18, item 12).
 */
export function beginWrite(db: Db, wait: WriteWait = {}): void {
  const timeoutMs = wait.timeoutMs ?? WRITE_WAIT_MS;
  const before = db.pragma('busy_timeout', { simple: true }) as number;
  try {
    db.pragma('busy_timeout = 0');
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (err) {
      if (!isBusy(err)) throw err;
    }
    wait.onWait?.(timeoutMs);
    db.pragma(`busy_timeout = ${timeoutMs}`);
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (err) {
      if (isBusy(err)) throw new StoreError(`another process is writing the corpus; waited ${Math.round(timeoutMs / 1000)} s, try again when it has finished`, db.name, { cause: err });
      throw err;
    }
  } finally {
    db.pragma(`busy_timeout = ${before}`);
  }
}

/** Commit (`ok`) or roll back the transaction beginWrite began; a failed commit is rolled back. */
export function endWrite(db: Db, ok: boolean): void {
  if (!db.inTransaction) return;
  try {
    db.exec(ok ? 'COMMIT' : 'ROLLBACK');
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

/** `fn` in a write transaction: committed when it returns, rolled back when it throws. */
export function writeTransaction<T>(db: Db, fn: () => T, wait: WriteWait = {}): T {
  beginWrite(db, wait);
  let ok = false;
  try {
    const result = fn();
    ok = true;
    return result;
  } finally {
    endWrite(db, ok);
  }
}

function isBusy(err: unknown): boolean {
  return /^SQLITE_BUSY/.test(String((err as { code?: unknown })?.code ?? ''));
}

/** A value of the meta table (parser version, creation date…). */
export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
