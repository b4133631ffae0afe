import { afterAll, describe, expect, it } from 'vitest';
import { cliWithDb } from '../helpers/cli.js';
import { akn, seed } from '../helpers/paths.js';

// Files not in the corpus are parsed on the fly: a fresh, empty database is enough.
const cli = cliWithDb();
afterAll(() => cli.cleanup());

describe('cybercorpus diff (real CLI)', () => {
  it('a document against itself: exit 0, nothing on stdout', () => {
    const r = cli.run(['diff', seed('000'), seed('000')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('an unknown reference is an error: one line, exit 2', () => {
    const r = cli.run(['diff', '99/999', seed('000')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^cybercorpus: .*99\/999/);
  });

  it('bad options are errors: exit 2', () => {
    expect(cli.run(['diff', '--format', 'pdf', seed('000'), seed('000')]).code).toBe(2);
    expect(cli.run(['diff', '--only', 'modified', seed('000'), seed('000')]).code).toBe(2);
    expect(cli.run(['diff', '--json', '--stat', seed('000'), seed('000')]).code).toBe(2);
  });

  describe('77/36 → 78/237', () => {
    it('--stat: the per-part table, exit 1 (different)', () => {
      const r = cli.run(['diff', '--stat', akn('77/36'), akn('78/237')]);
      expect(r.code).toBe(1);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toBe('A/RES/77/36 → A/RES/78/237');
      expect(lines[2]).toBe('preambular   8  18     10        0        6      0          2');
      expect(lines[3]).toBe('operative    7   9      3        1        4      1          1');
    });

    it('--json: one object with the documented shape', () => {
      const r = cli.run(['diff', '--json', akn('77/36'), akn('78/237')]);
      expect(r.code).toBe(1);
      const j = JSON.parse(r.stdout);
      expect(Object.keys(j)).toEqual(['a', 'b', 'summary', 'parts', 'identical', 'pairs']);
      expect(j.a).toEqual({ id: 'A/RES/77/36', symbol: 'A/RES/77/36' });
      expect(Object.keys(j.summary)).toEqual(['added', 'removed', 'changed', 'moved', 'unchanged']);
      const moved = j.pairs.find((p: { op: string }) => p.op === 'moved');
      expect([moved.a.kind, moved.a.number, moved.b.number, moved.similarity]).toEqual(['operative', '3', '2', 1]);
      expect(moved.a.text.startsWith('Demande aux États de continuer')).toBe(true);
      const changed = j.pairs.filter((p: { op: string }) => p.op === 'changed');
      for (const p of changed) {
        expect(p.similarity).toBeGreaterThan(0);
        expect(p.similarity).toBeLessThan(1);
        expect(p.words.some((w: { op: string }) => w.op !== 'equal')).toBe(true);
      }
    });

    it('--json --only changed keeps the changed pairs and the full summary', () => {
      const j = JSON.parse(cli.run(['diff', '--json', '--only', 'changed', akn('77/36'), akn('78/237')]).stdout);
      expect(new Set(j.pairs.map((p: { op: string }) => p.op))).toEqual(new Set(['changed']));
      expect(j.summary.added).toBe(14);
    });

    it('text without a terminal: markers, no colour', () => {
      const r = cli.run(['diff', akn('77/36'), akn('78/237')]);
      expect(r.stdout).toContain('[-premier-]{+deuxième+}');
      expect(r.stdout).not.toMatch(/\u001b\[/);
    });

    it('--format markdown and --format html', () => {
      const md = cli.run(['diff', '--format', 'markdown', akn('77/36'), akn('78/237')]);
      expect(md.code).toBe(1);
      expect(md.stdout).toContain('~~premier~~**deuxième**');
      const html = cli.run(['diff', '--format', 'html', akn('77/36'), akn('78/237')]);
      expect(html.code).toBe(1);
      expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html.stdout).toContain('<del>premier</del>');
    });
  });
});
