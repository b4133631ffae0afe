import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { SEED_NUMBERS, writeSeedCopies } from '../helpers/paths.js';

/**
 * Replacing or removing many documents leaves tombstones in the full-text indexes, which slow
 * every search down until FTS5 merges them: `add` and `remove` merge the indexes when at least a
 * tenth of the rows went. "Merged" is observable as an index that an explicit FTS5 optimize does
 * not shrink any more.
 */
describe('the full-text indexes after many replacements or removals', () => {
  const t = tempDir();
  const folder = join(t.dir, 'docs');
  const db = join(t.dir, 'corpus.db');

  beforeAll(() => writeSeedCopies(folder, 3));
  afterAll(() => t.cleanup());

  /** Bytes of both indexes now, and after an explicit optimize (on a copy). */
  const pages = (): { now: number; optimized: number } => {
    const count = (d: Database.Database) => d.prepare(`SELECT (SELECT sum(length(block)) FROM paragraphs_fts_data)
      + (SELECT sum(length(block)) FROM footnotes_fts_data)`).pluck().get() as number;
    const live = new Database(db, { readonly: true });
    const now = count(live);
    const copy = join(t.dir, 'copy.db');
    rmSync(copy, { force: true });
    live.prepare('VACUUM INTO ?').run(copy);
    live.close();
    const c = new Database(copy);
    c.exec("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('optimize'); INSERT INTO footnotes_fts (footnotes_fts) VALUES ('optimize')");
    const optimized = count(c);
    c.close();
    return { now, optimized };
  };
  const hits = () => runCli(['--db', db, 'search', 'programme', '--count', '--by', 'kind', '--json']).stdout;

  it('a small file replaced (under a tenth of the rows): left to FTS5, the index is not merged', () => {
    expect(runCli(['--db', db, 'add', folder]).code).toBe(0);
    appendFileSync(join(folder, '000-1.txt'), '\nRévisé.\n');
    expect(runCli(['--db', db, 'add', folder]).stderr).toContain('0 added, 1 replaced, 14 unchanged');
    const p = pages();
    expect(p.now).toBeGreaterThan(p.optimized);
  });

  it('every file replaced: add merges the indexes, and search finds the same', () => {
    const before = hits();
    for (const n of SEED_NUMBERS) for (let k = 1; k <= 3; k++) appendFileSync(join(folder, `${n}-${k}.txt`), '\nRévisé encore.\n');
    expect(runCli(['--db', db, 'add', folder]).stderr).toContain('0 added, 15 replaced, 0 unchanged');
    const p = pages();
    expect(p.now).toBe(p.optimized);
    expect(hits()).toBe(before);
  });

  it('most documents removed: remove merges the indexes', () => {
    // make the index unmerged again: one small replacement is left to FTS5
    appendFileSync(join(folder, '001-1.txt'), '\nUne fois de plus.\n');
    expect(runCli(['--db', db, 'add', folder]).code).toBe(0);
    expect(pages().now).toBeGreaterThan(pages().optimized);
    const list = JSON.parse(runCli(['--db', db, 'list', '--json']).stdout) as { id: string; source_path: string }[];
    const doomed = list.filter((d) => !d.source_path.endsWith('003-1.txt')).map((d) => d.id);
    expect(runCli(['--db', db, 'remove', ...doomed]).code).toBe(0);
    const p = pages();
    expect(p.now).toBe(p.optimized);
  });
});
