import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as cc from '../src/index.js';
import { tempDir } from './helpers/cli.js';
import { seed } from './helpers/paths.js';

describe('the library API', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('ingests, searches, loads and diffs without printing', async () => {
    const db = cc.openStore(join(tmp.dir, 'lib.db'));
    const report = await cc.ingest(db, [seed('000'), seed('004')]);
    expect(report.added).toEqual(['A/C.1/78/L.11', 'A/75/394']);
    const hits = [...cc.search(db, 'renforcement des capacités')];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => /renforcement des capacit/i.test(h.text))).toBe(true);
    const draft = cc.loadDocument(db, 'A/C.1/78/L.11')!;
    const older = cc.loadDocument(db, 'A/75/394#projet-de-resolution-II')!;
    expect(older.symbol).toBe('A/C.1/75/L.8/Rev.1');
    const same = cc.diffDocuments(draft, draft);
    expect(same.summary.added + same.summary.removed + same.summary.changed + same.summary.moved).toBe(0);
    expect(cc.diffDocuments(older, draft).summary.added).toBeGreaterThan(0);
    db.close();
  });

  it('throws typed errors', async () => {
    await expect(cc.parseBytes(Buffer.alloc(0), { path: 'empty.txt' })).rejects.toBeInstanceOf(cc.InputError);
    expect(() => cc.openStore(tmp.dir)).toThrow(cc.StoreError);
  });
});
