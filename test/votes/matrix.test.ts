/**
 * `votes --matrix` and `votes --shift` against the XML's own lists. The oracle reads each
 * bundled AKN file with a regular expression, independently of the program: every
 * `<voting outcome="adoptedRecordedVote">` has three `<count value=N refersTo=inFavour|against|
 * abstaining>` elements listing `<organization>` names (upper-case English). Every plenary
 * recorded vote must be counted (the list has N names), every name resolved to a Member State,
 * and the matrix must say what the lists say, "absent" for the Member States in no list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { allCountries, resolveCountry } from '../../src/lexicon/countries.js';
import { cliWithDb } from '../helpers/cli.js';
import { SEEDS_AKN } from '../helpers/paths.js';

type Value = 'yes' | 'no' | 'abstain';
const REFERS: Record<string, Value> = { inFavour: 'yes', against: 'no', abstaining: 'abstain' };

/** resolution ("78/237") → list value → the names in the XML, and the stated counts */
const oracle = new Map<string, { stated: Record<Value, number>; names: Record<Value, string[]> }>();
for (const f of readdirSync(SEEDS_AKN).filter((x) => x.endsWith('.xml'))) {
  const xml = readFileSync(join(SEEDS_AKN, f), 'utf8');
  const voting = /<voting outcome="adoptedRecordedVote">([\s\S]*?)<\/voting>/.exec(xml);
  if (!voting) continue;
  const res = /A_RES_(\d+)_(\d+)/.exec(f)!;
  const entry = { stated: { yes: 0, no: 0, abstain: 0 }, names: { yes: [] as string[], no: [] as string[], abstain: [] as string[] } };
  for (const m of voting[1]!.matchAll(/<count value="(\d+)" refersTo="(\w+)">([\s\S]*?)<\/count>/g)) {
    const v = REFERS[m[2]!]!;
    entry.stated[v] = Number(m[1]);
    entry.names[v] = [...m[3]!.matchAll(/<organization[^>]*>([^<]+)<\/organization>/g)].map((x) => x[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  }
  oracle.set(`${res[1]}/${res[2]}`, entry);
}
const MEMBERS = allCountries().filter((c) => c.kind === 'member').length;

describe('votes across the family (seeds/akn)', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', SEEDS_AKN]).code).toBe(0));
  afterAll(() => cli.cleanup());

  it('the bundled files hold nine plenary recorded votes, each list as long as its stated count', () => {
    expect([...oracle.keys()].sort()).toEqual(['74/247', '74/28', '74/29', '75/240', '75/32', '77/36', '77/37', '78/16', '78/237']);
    for (const [, e] of oracle) for (const v of ['yes', 'no', 'abstain'] as const) expect(e.names[v]).toHaveLength(e.stated[v]);
    expect(oracle.get('78/237')!.stated).toEqual({ yes: 104, no: 53, abstain: 7 });
  });

  it('every name of every list resolves to a Member State', () => {
    for (const [, e] of oracle) {
      for (const names of Object.values(e.names)) for (const n of names) expect(resolveCountry(n)?.kind, n).toBe('member');
    }
  });

  it('votes: every plenary vote counted and checked against its stated tally, with no unresolved State', () => {
    type Flat = Record<`stated_${Value}` | `counted_${Value}`, number>;
    const votes = JSON.parse(cli.run(['votes', '--json']).stdout) as (Flat & { symbol: string; mismatch: boolean; records: { country: string | null }[] })[];
    const tally = (v: Flat, k: 'stated' | 'counted') => ({ yes: v[`${k}_yes`], no: v[`${k}_no`], abstain: v[`${k}_abstain`] });
    expect(votes).toHaveLength(9);
    for (const v of votes) {
      const e = oracle.get(v.symbol.replace('A/RES/', ''))!;
      expect(tally(v, 'stated')).toEqual(e.stated);
      expect(tally(v, 'counted')).toEqual(e.stated);
      expect(v.mismatch).toBe(false);
      expect(v.records.filter((r) => r.country === null)).toEqual([]);
    }
  });

  it('--matrix --csv: one row per Member State, one column per vote, as the lists say', () => {
    const rows = parse(cli.run(['votes', '--matrix', '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(MEMBERS);
    expect(Object.keys(rows[0]!)).toEqual(['country', 'name', '74/28', '74/29', '74/247', '75/32', '75/240', '77/36', '77/37', '78/16', '78/237']);
    const byCode = new Map(rows.map((r) => [r.country!, r]));
    for (const [res, e] of oracle) {
      const listed = new Set<string>();
      for (const v of ['yes', 'no', 'abstain'] as const) {
        for (const n of e.names[v]) {
          const iso3 = resolveCountry(n)!.iso3;
          listed.add(iso3);
          expect(byCode.get(iso3)![res], `${n} on ${res}`).toBe(v);
        }
      }
      expect(rows.filter((r) => r[res] === 'absent').map((r) => r.country).sort()).toEqual(rows.map((r) => r.country!).filter((c) => !listed.has(c)).sort());
    }
    // France, read in the lists: yes on 74/28 (inFavour), abstain on 74/29 (abstaining), no on 78/237 (against)
    expect([byCode.get('FRA')!['74/28'], byCode.get('FRA')!['74/29'], byCode.get('FRA')!['78/237']]).toEqual(['yes', 'abstain', 'no']);
  });

  it('--matrix --long: a tidy table (country, name, vote, value); --json: one object per State', () => {
    const long = parse(cli.run(['votes', '--matrix', '--long', '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(long).toHaveLength(MEMBERS * 9);
    expect(Object.keys(long[0]!)).toEqual(['country', 'name', 'vote', 'value']);
    expect(long.find((r) => r.country === 'FRA' && r.vote === '78/237')!.value).toBe('no');
    const json = JSON.parse(cli.run(['votes', '--matrix', '--json', '--session', '78']).stdout) as { country: string; values: Record<string, string> }[];
    expect(json.find((r) => r.country === 'FRA')!.values).toEqual({ '78/16': 'yes', '78/237': 'no' });
  });

  it('--matrix in the other formats: text, --jsonl, --tsv', () => {
    const text = cli.run(['votes', '--matrix']).stdout.split('\n');
    expect(text[0]).toMatch(/^ISO +74\/28 +74\/29 .* 78\/237 +State$/);
    expect(text.find((l) => l.startsWith('FRA '))).toMatch(/^FRA +Y +A +N +Y +N +N +Y +Y +N +France$/);
    expect(cli.run(['votes', '--matrix', '--jsonl']).stdout.trim().split('\n')).toHaveLength(MEMBERS);
    const tsv = cli.run(['votes', '--matrix', '--tsv']).stdout.trim().split('\n');
    expect(tsv).toHaveLength(MEMBERS + 1);
    expect(tsv[0]!.split('\t').slice(0, 3)).toEqual(['country', 'name', '74/28']);
  });

  it('--shift 77/36 78/237: the States whose vote changed, grouped by from → to, as the two lists say', () => {
    const shift = JSON.parse(cli.run(['votes', '--shift', '77/36', '78/237', '--json']).stdout) as { a: string; b: string; shifts: { from: string; to: string; states: { country: string }[] }[] };
    expect([shift.a, shift.b]).toEqual(['77/36', '78/237']);
    const valueIn = (res: string, iso3: string): string => {
      const e = oracle.get(res)!;
      for (const v of ['yes', 'no', 'abstain'] as const) if (e.names[v].some((n) => resolveCountry(n)!.iso3 === iso3)) return v;
      return 'absent';
    };
    const expected = new Map<string, string[]>();
    for (const c of allCountries().filter((x) => x.kind === 'member')) {
      const [a, b] = [valueIn('77/36', c.iso3), valueIn('78/237', c.iso3)];
      if (a !== b) expected.set(`${a}>${b}`, [...(expected.get(`${a}>${b}`) ?? []), c.iso3]);
    }
    expect(new Map(shift.shifts.map((s) => [`${s.from}>${s.to}`, s.states.map((x) => x.country).sort()]))).toEqual(new Map([...expected].map(([k, v]) => [k, v.sort()])));
    // read in the lists: PAPUA NEW GUINEA is inFavour of 77/36 and against 78/237
    expect(shift.shifts.find((s) => s.from === 'yes' && s.to === 'no')!.states.map((x) => x.country)).toEqual(['PNG']);
  });

  it('--shift with a document that has no vote, or one name, is one error line, exit 2', () => {
    for (const args of [['--shift', '76/19', '78/237'], ['--shift', '78/237']]) {
      const r = cli.run(['votes', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
