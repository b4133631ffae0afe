import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
// every command but --help opens the corpus: the store (and better-sqlite3) load with the CLI
import { StoreError, UsageError } from '../errors.js';
import { notice } from '../format/output.js';
import { checkIntact, explainStoreError, openStore, WRITE_WAIT_MS, type Db, type WriteWait } from '../store/store.js';

export interface GlobalOptions {
  db?: string;
  debug?: boolean;
}

/** The default database: $XDG_DATA_HOME/cybercorpus/corpus.db (~/.local/share/… when unset). */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.trim() !== '' ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'cybercorpus', 'corpus.db');
}

/**
 * What every command shares: which database, opened once and only when needed. The default
 * database is built from the bundled seeds the first time it is needed (one note on stderr),
 * and brought up to date when this version's parser or seeds differ (seeds.ts).
 */
export class Context {
  private db: Db | null = null;

  /** @param version cybercorpus's version (from package.json, read by the launcher) */
  constructor(readonly options: GlobalOptions, readonly version = '0.0.0') {}

  /** --db, else CYBERCORPUS_DB, else the default per-user database. */
  /**
   * An empty --db or CYBERCORPUS_DB (`--db "$UNSET"`) is an error: taken as "not given", it
   * sent `remove` to the user's own corpus (issue 18, item 4).
   */
  dbPath(): { path: string; isDefault: boolean } {
    if (this.options.db !== undefined) {
      if (this.options.db.trim() === '') throw new UsageError('--db takes the path of a corpus database, not an empty value', '--db');
      return { path: this.options.db, isDefault: false };
    }
    const env = process.env.CYBERCORPUS_DB;
    if (env !== undefined) {
      if (env.trim() === '') throw new UsageError('CYBERCORPUS_DB is set but empty: give it a path, or unset it to use the default corpus', 'CYBERCORPUS_DB');
      return { path: env, isDefault: false };
    }
    return { path: defaultDbPath(), isDefault: true };
  }

  /**
   * The corpus, opened once per command: read-only for the commands that only read it (so they
   * work on a read-only file, folder or file system and on a full disk; issue 18, item 13),
   * read-write for `add` and `remove`, and whenever it must be made or its seeds re-read.
   * Only `add` ('create') and the default corpus's first use make a database: any other command
   * given a path where there is none says so, where it used to make an empty corpus and answer
   * from it (`--db /tmp/typo.db search …` read as "no hits"; issue 17).
   */
  async open(mode: 'read' | 'write' | 'create' = 'read'): Promise<Db> {
    if (this.db && (mode === 'read' || !this.db.readonly)) return this.db;
    this.close();
    const { path, isDefault } = this.dbPath();
    const fresh = !existsSync(path);
    if (fresh && !isDefault && mode !== 'create') {
      throw new StoreError('no corpus at this path; `cybercorpus --db PATH add FILES…` makes one', path);
    }
    let db = openStore(path, { readonly: mode === 'read' && !fresh });
    this.db = db;
    if (mode !== 'read' && !fresh) checkIntact(db, path);
    if (isDefault) {
      // the seeds are checked on the read-only connection; it is reopened for writing only when
      // they must be built or brought up to date
      const seeds = await import('./seeds.js');
      if (fresh || !(await seeds.seedsUpToDate(db))) {
        if (db.readonly) {
          db.close();
          db = openStore(path);
          this.db = db;
        }
        await seeds.ensureSeeds(db, path, fresh, this.writeWait());
      }
    }
    return db;
  }

  /** A SQLite failure of the corpus in words (locked, full disk, read-only, damaged), or `err` as it is. */
  explain(err: unknown): unknown {
    let path: string;
    try {
      path = this.dbPath().path;
    } catch {
      return err;
    }
    return explainStoreError(err, path) ?? err;
  }

  /**
   * How a writing command waits for another process that is writing the corpus: up to
   * CYBERCORPUS_WAIT seconds (default 600), saying so once on stderr.
   */
  writeWait(): WriteWait {
    const seconds = Number(process.env.CYBERCORPUS_WAIT);
    const timeoutMs = process.env.CYBERCORPUS_WAIT !== undefined && Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : WRITE_WAIT_MS;
    return {
      timeoutMs,
      onWait: (ms) => {
        notice(`another process is writing the corpus; waiting for it (up to ${Math.round(ms / 1000)} s)`);
      },
    };
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }
}
