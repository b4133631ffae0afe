/**
 * The commands over extracted rows, run as the real CLI on a temporary database of the seeds:
 * cites, cited-by, votes. Expected values were read in the seeds.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithDb } from '../helpers/cli.js';
import { seedFiles } from '../helpers/paths.js';

interface VoteJson {
  document_id: string;
  seq: number;
  subject: string;
  target: string | null;
  stated_yes: number | null;
  stated_no: number | null;
  stated_abstain: number | null;
  counted_yes: number;
  mismatch: boolean;
  notes: string[];
  records: { country: string | null; name: string; vote: string }[];
  source_path: string;
  line: number | null;
}

describe('cites, cited-by, votes', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', ...seedFiles()]).code).toBe(0));
  afterAll(() => cli.cleanup());

  it('votes --json lists the five recorded votes of A/75/394 with their lists', () => {
    const r = cli.run(['votes', '--json']);
    expect(r.code).toBe(0);
    const votes = JSON.parse(r.stdout) as VoteJson[];
    expect(votes.map((v) => [v.document_id, v.seq, v.target, v.stated_yes, v.stated_no, v.stated_abstain])).toEqual([
      ['A/75/394', 1, 'A/C.1/75/L.4', 153, 11, 9],
      ['A/75/394', 2, 'A/C.1/75/L.8/Rev.1', 57, 31, 63],
      ['A/75/394', 3, 'A/C.1/75/L.8/Rev.1', 108, 49, 11],
      ['A/75/394', 4, 'A/C.1/75/L.8/Rev.1', 92, 52, 24],
      ['A/75/394', 5, 'A/C.1/75/L.8/Rev.1', 104, 50, 20],
    ]);
    expect(votes.map((v) => v.records.length)).toEqual([173, 151, 168, 168, 174]);
    expect(votes.every((v) => !v.mismatch)).toBe(true);
    expect(votes[2]?.notes).toHaveLength(1);
    expect(votes[0]?.source_path).toMatch(/004_7159105f4b52353e\.txt$/);
  });

  it('votes --country gives one State’s votes across the corpus, by code or by name', () => {
    const fra = JSON.parse(cli.run(['votes', '--country', 'FRA', '--json']).stdout) as { vote: string; name: string }[];
    expect(fra.map((v) => v.vote)).toEqual(['yes', 'yes', 'no', 'no', 'no']);
    expect(fra[0]?.name).toBe('France');
    const guy = JSON.parse(cli.run(['votes', '--country', 'Guyana', '--json']).stdout) as { vote: string; country: string }[];
    expect(guy.map((v) => v.vote)).toEqual(['yes', 'abstain', 'abstain', 'abstain', 'abstain']);
    expect(guy.every((v) => v.country === 'GUY')).toBe(true);
    const text = cli.run(['votes', '--country', 'fra']);
    expect(text.stdout.split('\n')[0]).toMatch(/^document\s+¶\s+line\s+vote\s+subject$/);
    expect(text.stdout.split('\n').find((l) => l.startsWith('A/75/394'))).toMatch(/^A\/75\/394\s+\d+\s+\d+\s+yes\s+projet de résolution A\/C\.1\/75\/L\.4$/);
  });

  it('votes: an unknown State is a usage error; a document without votes exits 1', () => {
    const bad = cli.run(['votes', '--country', 'Narnia']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("cybercorpus: --country: 'Narnia' is not a State the gazetteer knows (use an ISO3 code such as FRA, or a name)");
    const none = cli.run(['votes', 'A/C.1/78/L.11', '--json']);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('votes --csv has flat tally columns; --records one row per State and vote', () => {
    const rows = parseCsv(cli.run(['votes', '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatchObject({ stated_yes: '57', stated_no: '31', stated_abstain: '63', counted_yes: '57', mismatch: 'false' });
    const records = parseCsv(cli.run(['votes', '--records', '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(173 + 151 + 168 + 168 + 174);
    expect(records.filter((x) => x.country === 'TGO' && x.vote_seq === '3')).toEqual([
      expect.objectContaining({ name: 'Togo', vote: 'no' }),
    ]);
    // --country: the rows of --records for one State, the same columns (issue 17)
    const tgo = parseCsv(cli.run(['votes', '--country', 'TGO', '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(tgo).toEqual(records.filter((x) => x.country === 'TGO'));
  });

  it('cites lists what a draft cites, footnotes included', () => {
    const r = cli.run(['cites', 'A/C.1/78/L.11', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { target: string; footnote: string | null; date: string | null; target_document_id: string | null }[];
    expect(new Set(rows.map((x) => x.target)).size).toBe(28);
    expect(rows.find((x) => x.target === 'A/78/265')).toMatchObject({ footnote: '1', date: null });
    expect(rows.find((x) => x.target === 'A/RES/36/103')?.date).toBe('1981-12-09');
  });

  it('cited-by finds the paragraphs citing a resolution, its parts included (43/78 → 43/78 H)', () => {
    const r = cli.run(['cited-by', '43/78', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { document_id: string; target: string; as_written: string; text: string }[];
    expect(rows.map((x) => [x.document_id, x.target])).toEqual([
      ['A/75/394#projet-de-resolution-II', 'A/RES/43/78H'],
      ['A/C.1/78/L.11', 'A/RES/43/78H'],
    ]);
    expect(rows[0]?.text).toMatch(/^Rappelant ses résolutions 36\/103 du 9 décembre 1981, 43\/78 H du 7 décembre 1988/);
    const full = JSON.parse(cli.run(['cited-by', 'A/RES/43/78 H', '--json']).stdout) as { document_id: string }[];
    expect(full.map((x) => x.document_id)).toEqual(rows.map((x) => x.document_id));
  });

  it('cited-by reads ECOSOC symbols and draft symbols; nothing found exits 1; a non-symbol is a usage error', () => {
    const ecosoc = JSON.parse(cli.run(['cited-by', 'E/RES/1996/31', '--json']).stdout) as { document_id: string }[];
    // 002 line 216; 003 line 596, inside the reply of Egypt (its section runs from line 495 to 607)
    expect(ecosoc.map((x) => x.document_id)).toEqual(['002_18fdef1ad10e089c', '003_83cf9bc9fb203afb#EGY']);
    const draft = JSON.parse(cli.run(['cited-by', 'A/C.1/75/L.8', '--json']).stdout) as { document_id: string; as_written: string }[];
    expect(draft).toEqual([expect.objectContaining({ document_id: 'A/75/394', as_written: 'A/C.1/75/L.8' })]);
    const none = cli.run(['cited-by', 'A/99/999', '--json']);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)).toEqual([]);
    const bad = cli.run(['cited-by', 'circulaire']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toMatch(/^cybercorpus: /);
  });
});
