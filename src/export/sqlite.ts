/**
 * `export --sqlite FILE`: a consistent copy of the corpus database. `VACUUM INTO` reads the
 * whole database in one read transaction, so the copy is a snapshot even while another process
 * writes (WAL lets that writer go on). The copy is written under a temporary name beside FILE,
 * switched to a single-file journal, given the country gazetteer (countries table) and renamed.
 */
import { existsSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { allCountries } from '../lexicon/countries.js';
import { connect, type Db } from '../store/store.js';
import { outputError } from '../errors.js';

export interface CopyReport {
  path: string;
  documents: number;
  paragraphs: number;
}

export function copySqlite(db: Db, file: string): CopyReport {
  const target = resolve(file);
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  if (real(target) === real(resolve(db.name))) throw new UsageError('the copy would overwrite the corpus itself', file);
  if (!existsSync(dirname(target))) throw outputError('write the copy', file, Object.assign(new Error('no such folder'), { code: 'ENOENT' }));
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    const copy = connect(tmp);
    let report: CopyReport;
    try {
      copy.pragma('journal_mode = DELETE');
      const insert = copy.prepare('INSERT OR IGNORE INTO countries (iso3, name_fr, name_en) VALUES (?, ?, ?)');
      copy.transaction(() => {
        for (const c of allCountries()) insert.run(c.iso3, c.fr, c.en);
      })();
      const count = (sql: string) => copy.prepare(sql).pluck().get() as number;
      report = {
        path: target,
        documents: count('SELECT count(*) FROM documents'),
        paragraphs: count('SELECT count(*) FROM paragraphs'),
      };
    } finally {
      copy.close();
    }
    renameSync(tmp, target);
    return report;
  } catch (err) {
    rmSync(tmp, { force: true });
    for (const side of ['-journal', '-wal', '-shm']) rmSync(tmp + side, { force: true });
    if (err instanceof UsageError) throw err;
    throw outputError('write the copy', file, err);
  }
}
