import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import BetterSqlite3 from 'better-sqlite3';
import { StoreError, systemMessage } from '../errors.js';
import { fold } from '../text/fold.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

export type Db = BetterSqlite3.Database;

const require = createRequire(import.meta.url);

export interface OpenOptions {
  /**
   * open read-only: fails if the file does not exist. A schema upgrade is still made (through
   * a read-write connection) when the corpus needs one. When the corpus cannot be opened in
   * place (a read-only folder or file system, a full disk: SQLite cannot make the WAL index
   * beside it), it is read from a copy in memory, provided no log is waiting in its `-wal` file.
   */
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
    throw explainStoreError(err, path) ?? new StoreError(`cannot open the database: ${(err as Error).message}`, path);
  }
  try {
    db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
    // checked before anything is changed: a foreign database was switched to WAL before being
    // refused (issue 18, item 6)
    checkOurs(db, path);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    if (options.readonly && (db.pragma('user_version', { simple: true }) as number) < SCHEMA_VERSION) {
      db.close();
      openStore(path).close();
      return openStore(path, options);
    }
    migrate(db, path);
  } catch (err) {
    if (db.open) db.close();
    if (err instanceof StoreError) throw err;
    if (options.readonly && inPlaceReadFailed(err, path)) return openSnapshot(path);
    throw explainStoreError(err, path) ?? new StoreError(`not a cybercorpus database: ${(err as Error).message}`, path);
  }
  return db;
}

/**
 * The corpus could not be read where it is for want of writing beside it: in WAL mode, even a
 * reader needs the `-shm` index, which SQLite cannot make in a read-only folder or file system
 * (SQLITE_READONLY_DIRECTORY, SQLITE_CANTOPEN) or on a full disk (SQLITE_FULL, SQLITE_IOERR).
 * A copy in memory holds everything only when the `-wal` file is absent or empty.
 */
function inPlaceReadFailed(err: unknown, path: string): boolean {
  if (!/^SQLITE_(?:READONLY|CANTOPEN|FULL|IOERR)/.test(sqliteCode(err))) return false;
  try {
    return statSync(`${path}-wal`).size === 0;
  } catch {
    return true;
  }
}

/** The corpus read into memory (issue 18, item 13: reads must work where nothing can be written). */
function openSnapshot(path: string): Db {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new StoreError(`cannot read the database: ${systemMessage(err)}`, path);
  }
  // bytes 18–19 of the header say WAL (2); an in-memory database cannot have a log: say rollback (1)
  if (bytes.length >= 100 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
  let db: Db;
  try {
    db = connect(bytes, { readonly: true });
  } catch (err) {
    throw explainStoreError(err, path) ?? new StoreError(`cannot open the database: ${(err as Error).message}`, path);
  }
  try {
    checkOurs(db, path);
    migrate(db, path);
  } catch (err) {
    db.close();
    throw err instanceof StoreError ? err : explainStoreError(err, path) ?? new StoreError(`not a cybercorpus database: ${(err as Error).message}`, path);
  }
  return db;
}

/** The SQLite result code of an error ("SQLITE_BUSY", "SQLITE_CORRUPT_VTAB" …), or ''. */
function sqliteCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : '';
}

/**
 * A SQLite failure of the corpus in words, or null when `err` is not one of these. Locks, a full
 * disk, a read-only file and damaged pages are the user's to act on, not bugs (issue 18, items
 * 12–14): each gets one line saying what happened and what to do.
 */
export function explainStoreError(err: unknown, path: string): StoreError | null {
  if (err instanceof StoreError) return err;
  const code = sqliteCode(err);
  const errno = (err as NodeJS.ErrnoException | null)?.code;
  const make = (message: string) => new StoreError(`${message} [${code || errno}]`, path, { cause: err });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return make('another process is writing the corpus; try again when it has finished');
  if (code === 'SQLITE_FULL' || errno === 'ENOSPC') return make('the disk is full; the corpus was left as it was (free some space and run the command again)');
  if (code.startsWith('SQLITE_READONLY')) return make(READ_ONLY);
  if (code.startsWith('SQLITE_CORRUPT') || (code === 'SQLITE_NOTADB' && existsSync(path) && statSync(path).size > 0 && looksLikeSqlite(path))) {
    return make(`${DAMAGED}${REBUILD}`);
  }
  if (code.startsWith('SQLITE_IOERR')) return make('cannot read or write the corpus: disk I/O error');
  if (code === 'SQLITE_CANTOPEN') return make(writable(path) ? 'cannot open the corpus' : READ_ONLY);
  return null;
}

const DAMAGED = 'the corpus is damaged (database disk image is malformed)';
const REBUILD = '; rebuild it: add its source files to a new database (cybercorpus --db NEW add FILES…), see RELIABILITY.md';
const READ_ONLY = 'the corpus cannot be written: its file, folder or file system is read-only (commands that only read it still work)';

/** Can the corpus file and its folder be written (a read-write open fails with CANTOPEN on a read-only file system)? */
function writable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Throw when a page of the corpus is damaged (`PRAGMA quick_check`: every page is read, about
 * 8 ms per MB). A reader learns of damage in the pages it reads; a writer checks them all
 * first, so that nothing is added to or removed from a damaged corpus (issue 18, item 14).
 */
export function checkIntact(db: Db, path: string): void {
  let result: string;
  try {
    result = db.pragma('quick_check(1)', { simple: true }) as string;
  } catch (err) {
    throw explainStoreError(err, path) ?? err;
  }
  if (result !== 'ok') {
    throw new StoreError(`${DAMAGED}: ${result.replace(/^\*\*\* in database \w+ \*\*\*\s*/, '')}${REBUILD}`, path);
  }
}

/** Does the file start like a SQLite database (a damaged corpus, not a text file given as --db)? */
function looksLikeSqlite(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(16);
      readSync(fd, head, 0, 16, 0);
      return head.toString('latin1') === 'SQLite format 3\0';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * A better-sqlite3 connection, its compiled addon given by path: better-sqlite3's own lookup
 * (the `bindings` package) probes a dozen paths and reads a stack trace on every start-up, a few
 * milliseconds of every command. When the addon is not where npm builds it, that lookup is used.
 */
export function connect(path: string | Buffer, options: BetterSqlite3.Options = {}): Db {
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

/** A database this cybercorpus can use: new and empty, or of a schema version it knows. */
function checkOurs(db: Db, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StoreError(`the database has schema version ${version}, newer than this cybercorpus (${SCHEMA_VERSION}); upgrade cybercorpus`, path);
  }
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) throw new StoreError('not a cybercorpus database (it has tables but no cybercorpus schema version)', path);
  }
}

/**
 * `cybercorpus_fold(text)` in SQL: the one folding of src/text/fold.ts, for the migration that
 * fills `text_folded` and for the search filters.
 */
export function registerFold(db: Db): void {
  db.function('cybercorpus_fold', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? fold(s) : null));
}

function migrate(db: Db, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === SCHEMA_VERSION) return;
  if (db.readonly) throw new StoreError(`the database needs a schema upgrade (version ${version} → ${SCHEMA_VERSION}); open it once without read-only access`, path);
  registerFold(db);
  // under the write lock, and the version read again under it: two processes that open a new
  // corpus at once both saw version 0, and the second failed to upgrade its read transaction
  writeTransaction(db, () => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < SCHEMA_VERSION; v++) {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }
  });
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
  return sqliteCode(err).startsWith('SQLITE_BUSY');
}

/** A value of the meta table (parser version, creation date…). */
export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
