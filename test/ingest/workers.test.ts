import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { writeSeedCopies } from '../helpers/paths.js';

/**
 * `add` parses on the main thread and on worker threads (--workers N); whatever N, the corpus
 * must be the same, documents in the order of the files (ids made unique in that order), and a
 * bad file must stop everything (or be skipped with --keep-going) alike.
 */
describe('add with worker threads', () => {
  const t = tempDir();
  const folder = join(t.dir, 'docs');

  beforeAll(() => writeSeedCopies(folder, 3));
  afterAll(() => t.cleanup());

  let runs = 0;
  const corpus = (workers: number, args: string[] = [], from = folder) => {
    const db = join(t.dir, `corpus-${++runs}.db`);
    const add = runCli(['--db', db, 'add', '--workers', String(workers), ...args, from]);
    return {
      add,
      list: runCli(['--db', db, 'list', '--parts', '--json']).stdout,
      documents: runCli(['--db', db, 'export', '--json']).stdout,
    };
  };

  it('gives the same corpus with 0, 1 and 3 workers, documents in file order', () => {
    const [w0, w1, w3] = [corpus(0), corpus(1), corpus(3)];
    for (const c of [w0, w1, w3]) {
      expect(c.add.code).toBe(0);
      expect(c.add.stderr).toContain('15 added, 0 replaced, 0 unchanged, 0 failed');
    }
    const docs = (JSON.parse(w0.list) as { id: string; parent_id: string | null; source_path: string }[]).filter((d) => d.parent_id === null);
    expect(docs).toHaveLength(15);
    // the three copies of seed 004 (report A/75/394) get their ids in file order
    const report = docs.filter((d) => d.id.startsWith('A/75/394')).map((d) => [d.id, d.source_path.slice(-9)]);
    expect(report.sort()).toEqual([['A/75/394', '004-1.txt'], ['A/75/394~2', '004-2.txt'], ['A/75/394~3', '004-3.txt']]);
    expect(w1.list).toBe(w0.list);
    expect(w3.list).toBe(w0.list);
    expect(w1.documents).toBe(w0.documents);
    expect(w3.documents).toBe(w0.documents);
  });

  it('a bad file stops everything, or is skipped with --keep-going, whatever the workers', () => {
    // twelve files without seed 003 (a third of a megabyte a copy): nine adds stay quick
    const small = join(t.dir, 'small');
    mkdirSync(small);
    for (const name of readdirSync(folder).filter((f) => !f.startsWith('003-'))) copyFileSync(join(folder, name), join(small, name));
    writeFileSync(join(small, '002-2.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00]));
    const runs = [0, 1, 2].map((w) => corpus(w, [], small));
    for (const r of runs) {
      expect(r.add.code).toBe(2);
      expect(r.add.stderr).toContain('002-2.txt');
      expect(JSON.parse(r.list)).toEqual([]);
    }
    const kept = [0, 1, 2].map((w) => corpus(w, ['--keep-going'], small));
    for (const r of kept) {
      expect(r.add.stderr.trim().split('\n').at(-1)).toBe('cybercorpus: 11 added, 0 replaced, 0 unchanged, 1 failed');
      expect(r.list).toBe(kept[0]!.list);
      expect(r.documents).toBe(kept[0]!.documents);
    }
    expect(kept[1]!.add.code).toBe(kept[0]!.add.code);
  });
});
