/**
 * The bundled seed corpus of the default database (seeds/ at the package root: the five seed
 * documents and, in seeds/akn/, the UN's AKN files of the ICT and cybercrime resolution
 * families, issue 16). The database records which parser and which seed files built it, so that
 * a corpus built by an older version picks up a new parser or new seeds on first use.
 */
import { readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getMeta, setMeta, type Db, type WriteWait } from '../store/store.js';

/** The folder of the bundled seed corpus (seeds/ at the package root). */
export const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../seeds');

/** Names and sizes of the seed files, hashed: cheap (no file is read), and new seeds change it. */
function seedFilesKey(dir = SEEDS_DIR): string {
  const h = createHash('sha256');
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else h.update(`${rel}${e.name}\0${statSync(join(d, e.name)).size}\n`);
    }
  };
  walk(dir, '');
  return h.digest('hex').slice(0, 16);
}

/** What built the database's seed documents, against this version's parser and seed files. */
async function seedState(db: Db): Promise<{ revision: string; files: string; parserChanged: boolean; filesChanged: boolean }> {
  const { parserRevision } = await import('../ingest/revision.js');
  const revision = parserRevision();
  const files = seedFilesKey();
  return { revision, files, parserChanged: getMeta(db, 'seeds-parser') !== revision, filesChanged: getMeta(db, 'seeds-files') !== files };
}

/** Were the seed documents built by this version's parser from this version's seed files? */
export async function seedsUpToDate(db: Db): Promise<boolean> {
  const s = await seedState(db);
  return !s.parserChanged && !s.filesChanged;
}

/**
 * Build or bring up to date the default database's seed documents: on a fresh database, when the
 * parser changed, or when the bundled seed files changed. One note on stderr when it does.
 */
export async function ensureSeeds(db: Db, path: string, fresh: boolean, wait: WriteWait): Promise<void> {
  const { revision, files, parserChanged, filesChanged } = await seedState(db);
  if (!fresh && !parserChanged && !filesChanged) return;
  const { notice } = await import('../format/output.js');
  notice(fresh
    ? `building the default corpus from the bundled seeds in ${path}`
    : parserChanged
      ? `updating the bundled seeds in ${path} to this version's parser`
      : `adding this version's bundled seeds to ${path}`);
  const { expandInputs } = await import('../ingest/files.js');
  const { ingest } = await import('../ingest/ingest.js');
  const report = await ingest(db, expandInputs([SEEDS_DIR]), { keepGoing: true, wait });
  for (const f of report.failed) notice(`seed not added: ${f.message} (${f.where ?? f.path})`);
  setMeta(db, 'seeds-parser', revision);
  setMeta(db, 'seeds-files', files);
}
