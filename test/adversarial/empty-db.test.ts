/**
 * Issue 18, item 4: `--db ""` (or `CYBERCORPUS_DB=""`) silently used the default corpus, so
 * `cybercorpus --db "$UNSET" remove 78/237` removed a document from the user's own corpus.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { storedIds } from './corpus.js';

let xdg: { dir: string; cleanup: () => void };
let own: string;
let before: string[];
beforeAll(() => {
  xdg = tempDir('cybercorpus-adv-xdg-');
  own = join(xdg.dir, 'cybercorpus', 'corpus.db');
  // the user's own corpus, built from the bundled seeds by the first command
  expect(runCli(['list'], { env: { XDG_DATA_HOME: xdg.dir } }).code).toBe(0);
  before = storedIds(own);
});
afterAll(() => xdg?.cleanup());

describe('an empty database path is an error', () => {
  it('--db "" and --db= do not reach the default corpus', () => {
    for (const args of [['--db', '', 'remove', before[0]!], ['--db=', 'remove', before[0]!], ['--db', '  ', 'stats']]) {
      const r = runCli(args, { env: { XDG_DATA_HOME: xdg.dir } });
      expect(r.stderr).toBe('cybercorpus: --db takes the path of a corpus database, not an empty value (--db)\n');
      expect(r.code).toBe(2);
    }
    expect(storedIds(own)).toEqual(before);
  });

  it('CYBERCORPUS_DB="" does not reach the default corpus', () => {
    const r = runCli(['remove', before[0]!], { env: { XDG_DATA_HOME: xdg.dir, CYBERCORPUS_DB: '' } });
    expect(r.stderr).toBe('cybercorpus: CYBERCORPUS_DB is set but empty: give it a path, or unset it to use the default corpus (CYBERCORPUS_DB)\n');
    expect(r.code).toBe(2);
    expect(storedIds(own)).toEqual(before);
  });

  it('nor builds a default corpus where there is none', () => {
    const fresh = tempDir('cybercorpus-adv-xdg-');
    try {
      const r = runCli(['--db', '', 'list'], { env: { XDG_DATA_HOME: fresh.dir } });
      expect(r.code).toBe(2);
      expect(existsSync(join(fresh.dir, 'cybercorpus'))).toBe(false);
    } finally {
      fresh.cleanup();
    }
  });
});
