/**
 * Issue 18, items 3 and 12: two writers at once, as two real processes. Two `add` runs of the
 * same files stored every file twice (`b0`, `b0~2`): the "already in the corpus" check read
 * before the write transaction. A second writer failed with "internal error: database is
 * locked … this is a bug" (add, after 5 s) or at once (remove).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cliWithDb, runCliAsync, tempDir } from '../helpers/cli.js';
import { seed, writeSeedCopies } from '../helpers/paths.js';
import { type Cli, holdOpen, kill, smallCorpus, storedIds } from './corpus.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('two add runs of the same files at once', () => {
  it('store each file once; both exit 0 and the second finds the files unchanged', async () => {
    const folder = tempDir('cybercorpus-adv-writers-');
    cleanups.push(folder.cleanup);
    writeSeedCopies(folder.dir, 1);
    for (let round = 0; round < 2; round++) {
      const cli = cliWithDb();
      cleanups.push(cli.cleanup);
      const [a, b] = await Promise.all([0, 1].map(() => runCliAsync(['--db', cli.db, 'add', '--json', folder.dir])));
      expect(a!.code, a!.stderr).toBe(0);
      expect(b!.code, b!.stderr).toBe(0);
      const ids = storedIds(cli.db);
      expect(ids.filter((id) => id.includes('~'))).toEqual([]);
      // five files, five documents
      expect(ids).toHaveLength(5);
      const reports = [a!, b!].map((r) => JSON.parse(r.stdout) as { added: number; unchanged: number });
      expect(reports.map((r) => r.added).sort()).toEqual([0, 5]);
      expect(reports.map((r) => r.unchanged).sort()).toEqual([0, 5]);
    }
  });
});

describe('a writer while another process is writing', () => {
  let c: Cli;
  const fresh = () => {
    c = smallCorpus();
    cleanups.push(c.cleanup);
    return storedIds(c.db);
  };

  it('add and remove wait, then say in one line that another process is writing the corpus', async () => {
    const before = fresh();
    const holder = await holdOpen(c.db, "BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('held', '1')");
    try {
      for (const args of [['add', seed('002')], ['remove', before[0]!]]) {
        const r = await runCliAsync(['--db', c.db, ...args], { env: { CYBERCORPUS_WAIT: '1' } });
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(
          'cybercorpus: another process is writing the corpus; waiting for it (up to 1 s)\n' +
          `cybercorpus: another process is writing the corpus; waited 1 s, try again when it has finished (${c.db})\n`);
      }
    } finally {
      await kill(holder);
    }
    expect(storedIds(c.db)).toEqual(before);
  });

  it('a waiting add and a waiting remove go on once the other writer commits', async () => {
    const before = fresh();
    const holder = await holdOpen(c.db, 'BEGIN IMMEDIATE', { afterMs: 1500, sql: 'COMMIT' });
    try {
      const [add, remove] = await Promise.all([
        runCliAsync(['--db', c.db, 'add', seed('002')]),
        runCliAsync(['--db', c.db, 'remove', before[0]!]),
      ]);
      expect(add.code, add.stderr).toBe(0);
      expect(remove.code, remove.stderr).toBe(0);
    } finally {
      await kill(holder);
    }
    const after = storedIds(c.db);
    expect(after).not.toContain(before[0]);
    expect(after).toHaveLength(before.length);
  });
});
