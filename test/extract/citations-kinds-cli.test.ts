/**
 * Citation kinds, spans and every reference form on the command line (issue 15), with the real
 * CLI and a real SQLite database.
 *
 * test/fixtures/citations-kinds/A_RES_99_4.fr.xml is made of sentences of real resolutions of
 * ../shared/akn-dev/ with the UN's own links: A_RES_75_201 (PP with 70/262, 2282 (2016), the
 * respective dates of 60/180, 65/7 and 72/276, footnote 1 S/PRST/2016/12 and S/INF/71),
 * A_RES_76_185 (2008/25, 2013/38 and 2019/23, ECOSOC resolutions cited by number alone),
 * A_RES_76_1 (43/1 and 47/21 of the Human Rights Council, footnote "Supplément no 53 (A/75/53)"),
 * A_RES_77_113 (footnote A/62/PV.117, A/62/PV.118), A_RES_77_256A (footnote A/C.5/77/L.5, a
 * draft decision), A_RES_75_85 (the report CCW/MSP/2018/11), A_RES_79_88 (décision 60/522).
 * Expected values read in the fixture.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceTargets } from '../../src/extract/citations.js';
import { CITATION_KINDS } from '../../src/types.js';
import { cliWithDb } from '../helpers/cli.js';
import { FIXTURES, SHARED, seed, sharedAvailable } from '../helpers/paths.js';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;

interface CitesJson { document_id: string; target: string; kind: string; as_written: string; paragraph_n: number | null; footnote: string | null; date: string | null; span_start: number | null; span_end: number | null }

/** Every kind of the list, each with what 99/4 cites of it (read in the fixture). */
const KINDS: readonly (readonly [kind: string, targets: readonly string[]])[] = [
  ['resolution', ['A/RES/70/262', 'A/RES/60/180', 'A/RES/65/7', 'A/RES/72/276']],
  ['decision', ['A/DEC/60/522']],
  ['ecosoc-resolution', ['E/RES/2008/25', 'E/RES/2013/38', 'E/RES/2019/23']],
  ['security-council-resolution', ['S/RES/2282(2016)']],
  ['hrc-resolution', ['A/HRC/RES/43/1', 'A/HRC/RES/47/21']],
  ['presidential-statement', ['S/PRST/2016/12']],
  ['document', ['S/INF/71']],
  ['meeting-record', ['A/62/PV.117', 'A/62/PV.118']],
  ['draft', ['A/C.5/77/L.5']],
  ['report', ['CCW/MSP/2018/11', 'A/75/53']],
];

describe('citation kinds on the command line', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', join(FIXTURES, 'citations-kinds')]).code).toBe(0));
  afterAll(() => cli.cleanup());

  const cites = (...args: string[]): CitesJson[] => {
    const r = cli.run(['cites', 'A/RES/99/4', ...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as CitesJson[];
  };

  it('the table covers every kind the project knows', () => {
    expect(KINDS.map(([k]) => k).sort()).toEqual([...CITATION_KINDS].sort());
  });

  it.each(KINDS)('cites --kind %s', (kind, targets) => {
    const rows = cites('--kind', kind);
    expect(rows.map((r) => r.target).sort()).toEqual([...targets].sort());
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set([kind]));
  });

  it('dates stated after a list are its items\' in order (A_RES_75_201)', () => {
    expect(cites('--kind', 'resolution').map((r) => [r.target, r.date])).toEqual([
      ['A/RES/70/262', null],
      ['A/RES/60/180', '2005-12-20'],
      ['A/RES/65/7', '2010-10-29'],
      ['A/RES/72/276', '2018-04-26'],
    ]);
  });

  it.each([
    ['S/PRST/2016/12', 'S/PRST/2016/12'],
    ['s/prst/2016/12', 'S/PRST/2016/12'],
    ['2282 (2016)', 'S/RES/2282(2016)'],
    ['S/RES/2282(2016)', 'S/RES/2282(2016)'],
    ['2013/38', 'E/RES/2013/38'],
    ['E/RES/2019/23', 'E/RES/2019/23'],
    ['décision 60/522', 'A/DEC/60/522'],
    ['A/DEC/60/522', 'A/DEC/60/522'],
    ['résolution 47/21 du Conseil des droits de l’homme', 'A/HRC/RES/47/21'],
    ['A/HRC/RES/43/1', 'A/HRC/RES/43/1'],
    ['a/c.5/77/l.5', 'A/C.5/77/L.5'],
    ['A/62/PV.117', 'A/62/PV.117'],
    ['ccw/msp/2018/11', 'CCW/MSP/2018/11'],
    ['65/7', 'A/RES/65/7'],
  ] as const)('cited-by %s', (ref, target) => {
    const r = cli.run(['cited-by', ref, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as CitesJson[]).map((x) => [x.document_id, x.target])).toEqual([['A/RES/99/4', target]]);
  });

  it('cited-by a form no text here cites: no rows, exit 1; a reference that names nothing: usage error', () => {
    expect(cli.run(['cited-by', 'S/RES/2334(2016)', '--json']).code).toBe(1);
    const bad = cli.run(['cited-by', 'rien du tout']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cybercorpus: /);
  });

  it('cites, cited-by and export --table citations carry the span; it slices the text to the citation as written', () => {
    // paragraph 1 of the body (n = 7): "… à la Convention (CCW/MSP/2018/11) ;"
    const report = cites('--kind', 'report').find((r) => r.target === 'CCW/MSP/2018/11');
    expect(report).toMatchObject({ paragraph_n: 7, footnote: null });
    const show = JSON.parse(cli.run(['show', 'A/RES/99/4', '--json']).stdout) as { paragraphs: { n: number; text: string }[]; footnotes: { marker: string; text: string }[] };
    const para = show.paragraphs.find((p) => p.n === 7)?.text ?? '';
    expect(para.slice(report?.span_start ?? -1, report?.span_end ?? -1)).toBe('CCW/MSP/2018/11');
    expect(para[(report?.span_start ?? 0) - 1]).toBe('(');
    // footnote 1 opens with the statement's symbol
    const prst = cites('--kind', 'presidential-statement')[0];
    expect([prst?.footnote, prst?.span_start, prst?.span_end]).toEqual(['1', 0, 'S/PRST/2016/12'.length]);
    const citing = JSON.parse(cli.run(['cited-by', 'CCW/MSP/2018/11', '--json']).stdout) as CitesJson[];
    expect([citing[0]?.span_start, citing[0]?.span_end]).toEqual([report?.span_start, report?.span_end]);
    const table = cli.run(['export', '--table', 'citations', '--jsonl', '--columns', 'target,span_start,span_end']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { target: string; span_start: number; span_end: number });
    expect(table.find((r) => r.target === 'CCW/MSP/2018/11')).toEqual({ target: 'CCW/MSP/2018/11', span_start: report?.span_start, span_end: report?.span_end });
  });
});

/**
 * Every stored span, in SQL: substr() of the paragraph's text (or of the footnote's, for a
 * citation in a footnote) at the span is the citation as written. Counted in code points, as
 * SQLite, Python and R count.
 */
function spanMismatches(db: string): { rows: number; bad: unknown[] } {
  const conn = new Database(db, { readonly: true });
  try {
    const rows = conn.prepare(`
      SELECT c.document_id, c.seq, c.as_written,
             substr(coalesce(f.text, p.text), c.span_start + 1, c.span_end - c.span_start) AS sliced
      FROM citations c
      LEFT JOIN footnotes f ON c.footnote IS NOT NULL AND f.document_id = c.document_id AND f.marker = c.footnote
      LEFT JOIN paragraphs p ON c.footnote IS NULL AND p.document_id = c.document_id AND p.n = c.paragraph_n`).all() as { as_written: string; sliced: string | null }[];
    return { rows: rows.length, bad: rows.filter((r) => r.sliced !== r.as_written) };
  } finally {
    conn.close();
  }
}

describe('stored spans slice the stored text', () => {
  it('on the seeds (every citation; seed 004 ¶4 cites the report A/75/123)', () => {
    const cli = cliWithDb();
    try {
      expect(cli.run(['add', seed('001'), seed('004')]).code).toBe(0);
      const { rows, bad } = spanMismatches(cli.db);
      expect(rows).toBeGreaterThan(50);
      expect(bad).toEqual([]);
      // "la Commission était saisie du rapport du Secrétaire général sur … (A/75/123)."
      const r = cli.run(['cited-by', 'A/75/123', '--json']);
      expect((JSON.parse(r.stdout) as CitesJson[]).map((x) => [x.kind, x.as_written])).toContainEqual(['report', 'A/75/123']);
    } finally {
      cli.cleanup();
    }
  });

  it.skipIf(!sharedAvailable())('on dev-folder resolutions with footnotes, lists and non-breaking spaces', () => {
    const cli = cliWithDb();
    try {
      const files = ['A_RES_75_201', 'A_RES_76_1', 'A_RES_77_161', 'A_RES_77_113', 'A_RES_76_185'].map((f) => join(SHARED, 'akn-dev', `${f}.fr.xml`));
      expect(cli.run(['add', ...files]).code).toBe(0);
      const { rows, bad } = spanMismatches(cli.db);
      expect(rows).toBeGreaterThan(100);
      expect(bad).toEqual([]);
    } finally {
      cli.cleanup();
    }
  });
});

describe('referenceTargets: the forms cited-by accepts', () => {
  it.each([
    ['2625 (XXV)', ['A/RES/2625(XXV)']],
    ['1874 (S-IV)', ['A/RES/1874(S-IV)']],
    ['S-27/2', ['A/RES/S-27/2']],
    ['ES-10/15', ['A/RES/ES-10/15']],
    ['51/211 A à D', ['A/RES/51/211A', 'A/RES/51/211B', 'A/RES/51/211C', 'A/RES/51/211D']],
    ['53/208 A', ['A/RES/53/208A']],
    ['décision 60/522', ['A/DEC/60/522']],
    ['2334 (2016)', ['S/RES/2334(2016)']],
    ['S/PRST/2022/6', ['S/PRST/2022/6']],
    ['2018/18', ['E/RES/2018/18']],
    ['résolution 34/8 du Conseil des droits de l’homme', ['A/HRC/RES/34/8']],
    ['A/ES\u201110/794', ['A/ES-10/794']],
    ['NPT/CONF.2010/50 (Vol. I)', ['NPT/CONF.2010/50(Vol.I)']],
    ['rien du tout', []],
  ] as const)('%s', (ref, expected) => {
    expect(referenceTargets(ref)).toEqual(expected);
  });
});
