import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/store.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { seed } from '../helpers/paths.js';

/**
 * Ids of documents with the same symbol: the first keeps it, the next get `~2`, `~3`… — the
 * smallest suffix free at the time, also after a removal left a gap (issue 19 replaced the
 * probe per suffix by one query per symbol; the numbering must not change).
 */
describe('add: ids made unique', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  // seed 004 is the report A/75/394 (its symbol line reads "A/75/394")
  const copy = (dir: string, k: number) => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `r${k}.txt`);
    writeFileSync(path, `${readFileSync(seed('004'), 'utf8')}\n\nCopie ${k}.\n`);
    return path;
  };
  const ids = (db: string) => (JSON.parse(runCli(['--db', db, 'list', '--json']).stdout) as { id: string; source_path: string }[])
    .filter((d) => d.id.startsWith('A/75/394'))
    .map((d) => `${d.id} ${d.source_path.split('/').pop()}`).sort();

  it('numbers copies in file order, then fills the gap a removal left', () => {
    const db = join(t.dir, 'c.db');
    const a = join(t.dir, 'a');
    for (const k of [1, 2, 3, 4]) copy(a, k);
    expect(runCli(['--db', db, 'add', a]).code).toBe(0);
    expect(ids(db)).toEqual(['A/75/394 r1.txt', 'A/75/394~2 r2.txt', 'A/75/394~3 r3.txt', 'A/75/394~4 r4.txt']);
    expect(runCli(['--db', db, 'remove', 'A/75/394~2']).code).toBe(0);
    expect(runCli(['--db', db, 'remove', 'A/75/394']).code).toBe(0);
    // two new copies in one run: the bare symbol first, then ~2
    const b = join(t.dir, 'b');
    for (const k of [5, 6, 7]) copy(b, k);
    expect(runCli(['--db', db, 'add', b]).code).toBe(0);
    expect(ids(db)).toEqual(['A/75/394 r5.txt', 'A/75/394~2 r6.txt', 'A/75/394~3 r3.txt', 'A/75/394~4 r4.txt', 'A/75/394~5 r7.txt']);
  });

  it('a replaced copy frees its id for the copies stored after it in the same run', () => {
    const db = join(t.dir, 'd.db');
    const dir = join(t.dir, 'd');
    const first = copy(dir, 1);
    copy(dir, 2);
    expect(runCli(['--db', db, 'add', dir]).code).toBe(0);
    expect(ids(db)).toEqual(['A/75/394 r1.txt', 'A/75/394~2 r2.txt']);
    // r1 changed: it is replaced (deleted, stored again) and, stored first, takes the bare id again
    writeFileSync(first, `${readFileSync(first, 'utf8')}\nModifié.\n`);
    rmSync(join(dir, 'r2.txt'));
    copy(dir, 3);
    expect(runCli(['--db', db, 'add', dir]).code).toBe(0);
    expect(ids(db)).toEqual(['A/75/394 r1.txt', 'A/75/394~2 r2.txt', 'A/75/394~3 r3.txt']);
  });

  it('an id forgotten once stored is still taken for a later copy in the same run', async () => {
    // r1 is stored as A/75/394 and, free when read, forgotten after it (issue 19: the ids kept
    // over a run); seed 000 comes between, r2 must still be ~2 and r3 ~3
    const dir = join(t.dir, 'f');
    const paths = [copy(dir, 1), seed('000'), copy(dir, 2), copy(dir, 3)];
    const db = openStore(join(t.dir, 'f.db'));
    try {
      db.pragma('cache_size = -1234');
      const report = await ingest(db, paths, { workers: 0 });
      expect(report.committed).toBe(true);
      expect(report.added.filter((id) => id.startsWith('A/75/394'))).toEqual(['A/75/394', 'A/75/394~2', 'A/75/394~3']);
      // add writes with a smaller page cache, then gives the connection back as it was
      expect(db.pragma('cache_size', { simple: true })).toBe(-1234);
    } finally {
      db.close();
    }
  });
});

