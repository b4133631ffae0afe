import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = dirname(dirname(fileURLToPath(import.meta.url)));
/** .js when running the build, .ts when the sources run directly (tests) */
const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
/** The code that turns bytes into a Document. When any of it changes, stored rows are stale. */
const PARSER_DIRS = ['read', 'frontends', 'structure', 'extract', 'lexicon', 'text'];

let cached: string | null = null;

/**
 * A short hash of the parser's compiled code. Stored with every document, so that re-adding an
 * unchanged file after an upgrade of cybercorpus re-parses it instead of keeping stale rows.
 */
export function parserRevision(): string {
  if (cached) return cached;
  const h = createHash('sha256');
  for (const dir of PARSER_DIRS) {
    let names: string[];
    try {
      names = readdirSync(join(DIST, dir)).filter((n) => n.endsWith(EXT) && !n.endsWith('.d.ts')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      h.update(`${dir}/${name}\0`);
      h.update(readFileSync(join(DIST, dir, name)));
    }
  }
  h.update(readFileSync(join(DIST, `parse${EXT}`)));
  cached = h.digest('hex').slice(0, 16);
  return cached;
}
