import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWithDb, tempDir } from '../helpers/cli.js';
import { FIXTURES, seedFiles, akn, seed } from '../helpers/paths.js';

describe('drafts and the resolutions they became know each other', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('with the project fixtures: a draft added first, then the AKN resolution that names it', () => {
    const cli = cliWithDb();
    const draft = join(tmp.dir, 'draft.txt');
    copyFileSync(seed('000'), draft);
    writeFileSync(draft + '.meta.json', JSON.stringify({ symbol: 'A/C.1/99/L.7', kind: 'draft-resolution' }));
    expect(cli.run(['add', draft]).code).toBe(0);
    // the resolution is not there yet, and nothing links 99/1 to the draft
    expect(cli.run(['show', '99/1']).code).toBe(2);
    expect(cli.run(['add', join(FIXTURES, 'akn/minimal.xml')]).code).toBe(0);
    const d = cli.run(['show', 'A/C.1/99/L.7']);
    expect(d.stdout).toContain('adopted as: A/RES/99/1');
    const r = cli.run(['show', '99/1']);
    expect(r.stdout.split('\n')[0]).toMatch(/^A\/RES\/99\/1 /);
    expect(r.stdout).toContain('adopted from draft: A/C.1/99/L.7');
    expect((JSON.parse(cli.run(['show', 'A/C.1/99/L.7', '--json']).stdout) as { aliases: string[] }).aliases).toContain('A/RES/99/1');
    cli.cleanup();
  });

  it('with the UN files: seed 000 → 78/237, seed 004 drafts → 75/32 and 75/240', () => {
    const cli = cliWithDb();
    expect(cli.run(['add', ...seedFiles()]).code).toBe(0);
    const before = cli.run(['show', '78/237']);
    expect(before.stderr).toContain('A/RES/78/237 is not in the corpus; using A/C.1/78/L.11');
    expect(before.stdout).toContain('adopted as: A/RES/78/237 (not in the corpus)');
    expect(cli.run(['add', akn('78/237'), akn('75/32'), akn('75/240')]).code).toBe(0);
    const after = cli.run(['show', '78/237']);
    expect(after.stderr).toBe('');
    expect(after.stdout).toContain('adopted from draft: A/C.1/78/L.11');
    const report = cli.run(['show', 'A/75/394']).stdout;
    expect(report).toContain('adopted as: A/RES/75/32');
    expect(report).toContain('adopted as: A/RES/75/240');
    cli.cleanup();
  });
});
