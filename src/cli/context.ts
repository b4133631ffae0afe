import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// every command but --help opens the corpus: the store (and better-sqlite3) load with the CLI
import { UsageError } from '../errors.js';
import { notice } from '../format/output.js';
import { openStore, getMeta, setMeta, WRITE_WAIT_MS, type Db, type WriteWait } from '../store/store.js';

/** The folder of the bundled seed corpus (seeds/ at the package root). */
export const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../seeds');

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
 * and its seeds are re-parsed when this version's parser differs from the one that built them.
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

  async open(): Promise<Db> {
    if (this.db) return this.db;
    const { path, isDefault } = this.dbPath();
    const fresh = !existsSync(path);
    const db = openStore(path);
    this.db = db;
    if (isDefault) {
      const { parserRevision } = await import('../ingest/revision.js');
      const revision = parserRevision();
      const built = getMeta(db, 'seeds-parser');
      if (fresh || built !== revision) {
        notice(fresh
          ? `building the default corpus from the bundled seeds in ${path}`
          : `updating the bundled seeds in ${path} to this version's parser`);
        const { expandInputs } = await import('../ingest/files.js');
        const { ingest } = await import('../ingest/ingest.js');
        const report = await ingest(db, expandInputs([SEEDS_DIR]), { keepGoing: true, wait: this.writeWait() });
        for (const f of report.failed) notice(`seed not added: ${f.message} (${f.where ?? f.path})`);
        setMeta(db, 'seeds-parser', revision);
      }
    }
    return db;
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
