import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
// every command but --help opens the corpus: the store (and better-sqlite3) load with the CLI
import { openStore, type Db } from '../store/store.js';

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
  dbPath(): { path: string; isDefault: boolean } {
    if (this.options.db) return { path: this.options.db, isDefault: false };
    const env = process.env.CYBERCORPUS_DB;
    if (env && env.trim() !== '') return { path: env, isDefault: false };
    return { path: defaultDbPath(), isDefault: true };
  }

  async open(): Promise<Db> {
    if (this.db) return this.db;
    const { path, isDefault } = this.dbPath();
    const fresh = !existsSync(path);
    const db = openStore(path);
    this.db = db;
    if (isDefault) {
      const { ensureSeeds } = await import('./seeds.js');
      await ensureSeeds(db, path, fresh);
    }
    return db;
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }
}
