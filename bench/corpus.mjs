// Scaled corpora from the bundled seeds: ×N copies of each seed, numbers varied so that no two
// files are identical (every year in the text is shifted by 1 + the copy number modulo 40, and
// beyond 40 copies trailing blank lines keep the bytes distinct).
// Usage: node bench/corpus.mjs 20 200   → bench/corpus/x20/, bench/corpus/x200/ (cached)
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './lib.mjs';

const SEEDS = join(ROOT, 'seeds');

export function corpusDir(scale) {
  return join(ROOT, 'bench', 'corpus', `x${scale}`);
}

/** Write (once) the ×scale corpus and return its folder, file list and byte size. */
export function buildCorpus(scale) {
  const dir = corpusDir(scale);
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    mkdirSync(dir, { recursive: true });
    for (const name of seeds) {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      for (let k = 0; k < scale; k++) {
        // years shifted by 1..40; beyond 40 copies, trailing blank lines keep the bytes distinct
        const shifted = k === 0 ? text : text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) + (k % 40) + 1));
        const varied = shifted + '\n'.repeat(Math.floor(k / 40));
        writeFileSync(join(dir, `${name.replace(/\.txt$/, '')}_c${String(k).padStart(4, '0')}.txt`), varied);
      }
    }
    writeFileSync(done, new Date().toISOString());
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  return { dir, files, bytes };
}

/**
 * The corpus database of a scale, shared by bench/search.mjs and bench/export.mjs:
 * bench/corpus/db-x<N>.db, made with `cybercorpus add` (untimed) and reused (`add` again is a
 * no-op when nothing changed; ×2000 takes half an hour and more on a busy two-core machine).
 */
export function corpusDb(scale, who = 'bench') {
  const corpus = buildCorpus(scale);
  const db = join(ROOT, 'bench', 'corpus', `db-x${scale}.db`);
  process.stderr.write(`${who}: ×${scale}: cybercorpus add (untimed) → ${db}\n`);
  const add = spawnSync(process.execPath, [BIN, '--db', db, 'add', corpus.dir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (add.status !== 0) throw new Error(`add failed: ${add.stderr}`);
  return { ...corpus, db };
}

/** Scales from the command line: numbers, and `--big` for ×2000 (897 MB: built on demand, git-ignored). */
export function scalesFrom(argv, defaults) {
  const given = argv.filter((a) => /^\d+$/.test(a)).map(Number);
  const scales = given.length ? given : defaults;
  return argv.includes('--big') && !scales.includes(BIG) ? [...scales, BIG] : scales;
}
export const BIG = 2000;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const arg of process.argv.slice(2)) {
    const c = buildCorpus(Number(arg));
    console.log(`x${arg}: ${c.files.length} files, ${(c.bytes / 1e6).toFixed(1)} MB in ${c.dir}`);
  }
}
