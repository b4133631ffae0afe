import { afterAll, describe, expect, it } from 'vitest';
import { cliWithDb } from '../helpers/cli.js';
import { seed } from '../helpers/paths.js';

describe('cybercorpus check', () => {
  const cli = cliWithDb();
  afterAll(() => cli.cleanup());

  it('finds nothing to report in seed 000 and exits 0', () => {
    const r = cli.run(['check', seed('000'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('reports the duplicate "32." of the Égypte reply of seed 003 with file:line and exits 1', () => {
    const r = cli.run(['check', seed('003')]);
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('numbering-duplicate'));
    expect(line).toBe(`${seed('003')}:602: 003_83cf9bc9fb203afb#EGY: numbering-duplicate: number 32 is printed twice`);
  });

  it('checks every stored document when no document is named, one JSON record per finding', () => {
    expect(cli.run(['add', seed('003'), seed('000')]).code).toBe(0);
    const r = cli.run(['check', '--jsonl']);
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toContainEqual({
      document_id: '003_83cf9bc9fb203afb#EGY', code: 'numbering-duplicate', message: 'number 32 is printed twice',
      paragraph_n: 47, source_path: seed('003'), line: 602,
    });
    expect(rows.every((row) => row.source_path === seed('003'))).toBe(true);
  });
});
