import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS = join(ROOT, 'seeds');
export const FIXTURES = join(ROOT, 'test/fixtures');
/** The UN's AKN files of the ICT and cybercrime resolution families, bundled with the seeds (issue 16). */
export const SEEDS_AKN = join(SEEDS, 'akn');
/** ../shared beside the project (present in CI and on the developers' machines, not in a user's clone). */
export const SHARED = resolve(ROOT, '../shared');
export const HAS_SHARED = existsSync(SHARED);

/** The seed file whose name starts with the given number: seed('000'). */
export function seed(n: '000' | '001' | '002' | '003' | '004'): string {
  const f = readdirSync(SEEDS).find((name) => name.startsWith(`${n}_`) && name.endsWith('.txt'));
  if (!f) throw new Error(`seed ${n} not found in ${SEEDS}`);
  return join(SEEDS, f);
}

/** Path of a bundled AKN file: akn('78/237') → seeds/akn/A_RES_78_237.fr.xml */
export function akn(resolution: string): string {
  return join(SEEDS_AKN, `A_RES_${resolution.replace('/', '_')}.fr.xml`);
}

let noticed = false;
/**
 * `describe.skipIf(!sharedAvailable())(…)`: tests that read ../shared skip, with a visible
 * notice, in a clone that does not have it.
 */
export function sharedAvailable(): boolean {
  if (!HAS_SHARED && !noticed) {
    noticed = true;
    process.stderr.write(`\n[notice] ${SHARED} is absent: tests that read it are skipped.\n`);
  }
  return HAS_SHARED;
}

export const SEED_NUMBERS = ['000', '001', '002', '003', '004'] as const;

/** The five seed documents (seeds/ also holds the AKN files in seeds/akn/). */
export function seedFiles(): string[] {
  return SEED_NUMBERS.map(seed);
}

/**
 * A folder of seed copies: the five seeds `copies` times, named `000-1.txt` … `004-3.txt`, each
 * copy with a closing line of its own ("Copie k.") so that no two files are alike.
 */
export function writeSeedCopies(folder: string, copies: number): void {
  mkdirSync(folder, { recursive: true });
  for (let k = 1; k <= copies; k++) {
    for (const n of SEED_NUMBERS) writeFileSync(join(folder, `${n}-${k}.txt`), `${readFileSync(seed(n), 'utf8')}\n\nCopie ${k}.\n`);
  }
}
