/**
 * `cybercorpus history` through the real CLI on the default corpus of a fresh install (an empty
 * data directory): the bundled AKN files are all it needs. Values read in seeds/akn/ (see
 * history.test.ts for where).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { runCli, tempDir } from '../helpers/cli.js';

describe('cybercorpus history', () => {
  const home = tempDir('cybercorpus-history-');
  afterAll(() => home.cleanup());
  const run = (args: string[]) => runCli(args, { env: { XDG_DATA_HOME: home.dir } });
  run(['stats']); // builds the default corpus once

  it('text: the lineage tree, then one line per paragraph', () => {
    const r = run(['history', '78/237']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(1, 9).map((l) => l.replace(/\s+\(\d{4}\).*$/, ''))).toEqual([
      'A/RES/78/237', '└─ A/RES/77/36', '   └─ A/RES/76/19', '      ├─ A/RES/75/32', '      │  ├─ A/RES/74/28',
      '      │  └─ A/RES/74/29', '      └─ A/RES/75/240', '         └─ A/RES/74/29',
    ]);
    expect(lines).toContain('OP9   since 2019 (A/RES/74/29 OP3); changed 2020, 2021, 2022, 2023');
  });

  it('--paragraph OP9: each version with its word changes', () => {
    const r = run(['history', '78/237', '--paragraph', 'OP9']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2023  A/RES/78/237 OP9  changed');
    expect(r.stdout).toContain('[-soixante-dix-huitième-]{+soixante-dix-neuvième+}');
  });

  it('--json is one object; --jsonl and --csv one row per paragraph × year', () => {
    const j = JSON.parse(run(['history', '78/237', '--json']).stdout) as { lineage: { parents: { symbol: string }[] }; paragraphs: unknown[]; dropped: unknown[] };
    expect(j.lineage.parents.map((p) => p.symbol)).toEqual(['A/RES/77/36']);
    expect(j.dropped.length).toBeGreaterThan(0);
    const lines = run(['history', '78/237', '--paragraph', 'PP14', '--jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { year: number; version_label: string });
    expect(lines.map((l) => [l.year, l.version_label])).toEqual([[2019, 'PP10'], [2020, 'PP14'], [2021, 'PP11'], [2022, 'PP6'], [2023, 'PP14']]);
    const rows = parse(run(['history', '78/237', '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['document_id', 'symbol', 'label', 'paragraph_n', 'year', 'session', 'version_document_id', 'version_symbol', 'version_label', 'op', 'similarity', 'removed_words', 'added_words', 'text']);
    expect(rows.filter((r) => r.label === 'OP9').map((r) => r.year)).toEqual(['2019', '2020', '2021', '2022', '2023']);
  });

  it('--format html: a self-contained page', () => {
    const r = run(['history', '78/237', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).not.toMatch(/<script|<link|src=/);
    expect(r.stdout).toContain('<del>soixante-dix-huitième</del>');
  });

  it('an unknown paragraph or format is one error line, exit 2', () => {
    const r = run(['history', '78/237', '--paragraph', 'OP99']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^cybercorpus: no paragraph 'OP99' in A\/RES\/78\/237/);
    expect(run(['history', '78/237', '--format', 'pdf']).code).toBe(2);
  });
});
