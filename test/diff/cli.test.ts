import { parse } from 'csv-parse/sync';
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
    expect(cli.run(['diff', '--csv', '--stat', seed('000'), seed('000')]).code).toBe(2);
    expect(cli.run(['diff', '--json', '--format', 'html', seed('000'), seed('000')]).code).toBe(2);
    expect(cli.run(['diff', '--json', '--csv', seed('000'), seed('000')]).code).toBe(2);
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
      expect(Object.keys(j)).toEqual(['a', 'b', 'summary', 'by_part', 'identical', 'pairs']);
      expect(j.a).toEqual({ document_id: 'A/RES/77/36', symbol: 'A/RES/77/36' });
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

    it('--stat --json: the summary of --stat as one object, without the pairs', () => {
      const r = cli.run(['diff', '--stat', '--json', akn('77/36'), akn('78/237')]);
      expect(r.code).toBe(1);
      const j = JSON.parse(r.stdout);
      expect(Object.keys(j)).toEqual(['a', 'b', 'summary', 'by_part', 'identical']);
      // the numbers of the --stat table above (part, a, b, added, removed, changed, moved, unchanged)
      expect(j.by_part.preambular).toEqual({ a: 8, b: 18, added: 10, removed: 0, changed: 6, moved: 0, unchanged: 2 });
      expect(j.by_part.operative).toEqual({ a: 7, b: 9, added: 3, removed: 1, changed: 4, moved: 1, unchanged: 1 });
    });

    it('--csv and --jsonl: one row per aligned pair, the pairs of --json', () => {
      const pairs = JSON.parse(cli.run(['diff', '--json', akn('77/36'), akn('78/237')]).stdout).pairs as unknown[];
      const jsonl = cli.run(['diff', '--jsonl', akn('77/36'), akn('78/237')]);
      expect(jsonl.code).toBe(1);
      const rows = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(rows).toHaveLength(pairs.length);
      // operative paragraph 3 of 77/36 became operative paragraph 2 of 78/237 (see the --json test)
      const moved = rows.find((r) => r.op === 'moved')!;
      expect([moved.part, moved.a_label, moved.b_label, moved.similarity]).toEqual(['operative', 'OP3', 'OP2', 1]);
      expect(String(moved.a_text).startsWith('Demande aux États de continuer')).toBe(true);
      const csv = parse(cli.run(['diff', '--csv', akn('77/36'), akn('78/237')]).stdout, { columns: true }) as Record<string, string>[];
      expect(csv).toHaveLength(pairs.length);
      expect(Object.keys(csv[0]!)).toEqual(Object.keys(rows[0]!));
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
