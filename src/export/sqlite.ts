/**
 * `export --sqlite FILE`: a consistent copy of the corpus database. `VACUUM INTO` reads the
 * whole database in one read transaction, so the copy is a snapshot even while another process
 * writes (WAL lets that writer go on). The copy is written under a temporary name beside FILE,
 * switched to a single-file journal, given the country gazetteer (countries table) and renamed.
 *
 * The rename replaces whatever FILE is, so FILE must be a new path or a regular file that is not
 * the corpus: renaming over a device node or a FIFO turned /dev/null into a regular file, and a
 * copy renamed over the corpus's `-wal` file lost a committed `add` (issue 18, items 1 and 2).
 */
import { existsSync, lstatSync, readdirSync, realpathSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { allCountries } from '../lexicon/countries.js';
import { insertSql } from '../store/tables.js';
import { connect, type Db } from '../store/store.js';
import { outputError } from '../errors.js';

export interface CopyReport {
  path: string;
  documents: number;
  paragraphs: number;
}

/** The files SQLite keeps beside a database (they belong to the corpus as much as the file). */
const SIDE_FILES = ['-wal', '-shm', '-journal'];

export function copySqlite(db: Db, file: string, corpus: string = db.name): CopyReport {
  const target = safeTarget(file, corpus);
  if (!existsSync(dirname(target))) throw outputError('write the copy', file, Object.assign(new Error('no such folder'), { code: 'ENOENT' }));
  removeStaleCopies(target);
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    const copy = connect(tmp);
    let report: CopyReport;
    try {
      copy.pragma('journal_mode = DELETE');
      // every column of the table's definition: the first version left out the NOT NULL kind, and
      // OR IGNORE skipped every row, so that copies had an empty gazetteer
      const insert = copy.prepare(insertSql('countries', 'INSERT OR IGNORE'));
      copy.transaction(() => {
        for (const c of allCountries()) insert.run({ iso3: c.iso3, name_fr: c.fr, name_en: c.en, kind: c.kind });
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
    // checked again just before the rename: the target may have been made meanwhile
    safeTarget(file, corpus);
    renameSync(tmp, target);
    return report;
  } catch (err) {
    rmSync(tmp, { force: true });
    for (const side of SIDE_FILES) rmSync(tmp + side, { force: true });
    if (err instanceof UsageError) throw err;
    throw outputError('write the copy', file, err);
  }
}

/**
 * The path the copy may be renamed to: FILE itself when it does not exist, else the real path
 * of the regular file it names. Anything else is refused: a folder, a device, a FIFO, a socket,
 * a symbolic link to nothing, the corpus or one of its side files (compared by device and inode,
 * so that neither a symbolic link nor a hard link gets past, and by name for side files that do
 * not exist yet: a copy named `corpus.db-wal` would be read as the corpus's log when it opens).
 */
function safeTarget(file: string, corpus: string): string {
  const target = resolve(file);
  const corpusPath = resolve(corpus);
  const corpusReal = existsSync(corpusPath) ? realpathSync(corpusPath) : corpusPath;
  const own = [corpusPath, corpusReal].flatMap((p) => [p, ...SIDE_FILES.map((s) => p + s)]);
  let link: Stats | null = null;
  try {
    link = lstatSync(target);
  } catch {
    // a new path: checked by name below
  }
  let real: string;
  if (link) {
    let st: Stats;
    try {
      st = statSync(target);
      real = realpathSync(target);
    } catch {
      throw new UsageError('will not write the copy over a symbolic link that leads nowhere', file);
    }
    if (!st.isFile()) throw new UsageError(`will not replace ${kindOf(st)} with the copy; name a new file or a regular file`, file);
    for (const p of own) {
      let other: Stats;
      try {
        other = statSync(p);
      } catch {
        continue;
      }
      if (other.dev === st.dev && other.ino === st.ino) throw new UsageError('the copy would overwrite the corpus itself', file);
    }
  } else {
    const dir = existsSync(dirname(target)) ? realpathSync(dirname(target)) : dirname(target);
    real = join(dir, basename(target));
  }
  if (own.includes(real) || own.includes(target)) throw new UsageError('the copy would overwrite the corpus itself', file);
  return real;
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  return 'something that is not a regular file';
}

/**
 * Temporary copies left by an export that was killed (`FILE.tmp-PID`, the size of the corpus):
 * removed when their process is gone (issue 18, item 19).
 */
function removeStaleCopies(target: string): void {
  const prefix = `${basename(target)}.tmp-`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)(-journal|-wal|-shm)?$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || alive(pid)) continue;
    const path = join(dirname(target), name);
    try {
      if (lstatSync(path).isFile()) rmSync(path, { force: true });
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: a process of another user has that id
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
