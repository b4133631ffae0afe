/**
 * Extraction end to end: the real seeds and AKN files through parseBytes (front-end,
 * structure, extraction). Expected values were read in the source texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';
import type { Document } from '../../src/types.js';
import { akn, seed } from '../helpers/paths.js';

async function load(path: string): Promise<Document> {
  return parseBytes(readFileSync(path), { path });
}
const distinct = (docs: Document[]): string[] => [...new Set(docs.flatMap((d) => d.citations.map((c) => c.target)))].sort();
const extractionWarnings = (d: Document) => d.warnings.filter((w) => w.code === 'country-unresolved' || w.code === 'vote-tally-mismatch');

const RES_LIST_000 = [
  '36/103', '43/78H', '53/70', '54/49', '55/28', '56/19', '57/53', '58/32', '59/61', '60/45', '61/54', '62/17', '63/37',
  '64/25', '65/41', '66/24', '67/27', '68/243', '69/28', '70/237', '71/28', '73/27', '74/29', '75/240', '76/19', '77/36',
].map((r) => `A/RES/${r}`);

describe('seed 000 (draft resolution, markdown)', async () => {
  const doc = await load(seed('000'));
  it('has the 19 sponsors of its heading', () => {
    expect(doc.sponsors.map((s) => s.country)).toEqual([
      'AZE', 'BLR', 'BDI', 'CHN', 'CUB', 'DJI', 'RUS', 'GNQ', 'IRN', 'KGZ', 'MLI', 'NIC', 'SYR', 'LAO', 'PRK', 'SDN', 'TJK', 'VEN', 'ZWE',
    ]);
  });
  it('cites 26 resolutions and the two documents of its footnotes (28 distinct)', () => {
    expect(distinct([doc])).toEqual([...RES_LIST_000, 'A/78/265', 'A/AC.292/2023/INF/5'].sort());
    const fn = doc.citations.filter((c) => c.footnote);
    expect(fn.map((c) => [c.target, c.footnote])).toEqual([
      ['A/78/265', '1'],
      ['A/AC.292/2023/INF/5', '2'],
    ]);
    // both footnotes are referenced from operative paragraph 3
    const op3 = doc.paragraphs.find((p) => p.kind === 'operative' && p.number === '3');
    expect(fn.every((c) => c.paragraph_n === op3?.n)).toBe(true);
    const op1 = doc.paragraphs.find((p) => p.kind === 'operative' && p.number === '1');
    // its span: the first "75/240" of the paragraph's text
    const at = op1?.text.indexOf('75/240') ?? -1;
    expect(at).toBeGreaterThan(0);
    expect(doc.citations.filter((c) => c.paragraph_n === op1?.n)).toEqual([
      { target: 'A/RES/75/240', kind: 'resolution', as_written: '75/240', paragraph_n: op1?.n, date: null, span_start: at, span_end: at + 6 },
    ]);
    expect(extractionWarnings(doc)).toEqual([]);
  });
});

describe('seed 001 (draft resolution, PDF text)', async () => {
  const doc = await load(seed('001'));
  it('has the 38 sponsors of its heading printed over broken lines', () => {
    expect(doc.sponsors).toHaveLength(38);
    expect(doc.sponsors.every((s) => s.country !== null && s.role === 'sponsor')).toBe(true);
    expect(doc.sponsors.map((s) => s.country).slice(30, 34)).toEqual(['SYR', 'LAO', 'PRK', 'SDN']);
  });
});

describe('seed 004 (First Committee report, PDF text)', async () => {
  const doc = await load(seed('004'));
  const [draftI, draftII] = doc.parts;
  it('attaches the sponsors of L.4 and L.8 to the drafts they became, with their roles', () => {
    expect(draftI?.symbol).toBe('A/C.1/75/L.4');
    expect(draftII?.symbol).toBe('A/C.1/75/L.8/Rev.1');
    const roles = (d: Document | undefined) => ['sponsor', 'additional'].map((r) => d?.sponsors.filter((s) => s.role === r).length);
    expect(roles(draftI)).toEqual([45, 9]);
    expect(roles(draftII)).toEqual([18, 9]);
    expect(draftII?.sponsors.filter((s) => s.role === 'additional').map((s) => s.country)).toEqual([
      'DZA', 'AZE', 'COM', 'IRN', 'MDG', 'MMR', 'PAK', 'SUR', 'ZMB',
    ]);
    expect(doc.sponsors).toEqual([]);
  });
  it('records the five votes with their stated tallies, counted lists and the footnote on changes of intention', () => {
    expect(doc.votes.map((v) => [v.target, v.stated, v.counted])).toEqual([
      ['A/C.1/75/L.4', { yes: 153, no: 11, abstain: 9 }, { yes: 153, no: 11, abstain: 9 }],
      ['A/C.1/75/L.8/Rev.1', { yes: 57, no: 31, abstain: 63 }, { yes: 57, no: 31, abstain: 63 }],
      ['A/C.1/75/L.8/Rev.1', { yes: 108, no: 49, abstain: 11 }, { yes: 108, no: 49, abstain: 11 }],
      ['A/C.1/75/L.8/Rev.1', { yes: 92, no: 52, abstain: 24 }, { yes: 92, no: 52, abstain: 24 }],
      ['A/C.1/75/L.8/Rev.1', { yes: 104, no: 50, abstain: 20 }, { yes: 104, no: 50, abstain: 20 }],
    ]);
    expect(doc.votes[2]?.subject).toBe('dixième alinéa');
    // the report names the committee that voted: "… de la renvoyer à la Première Commission" (paragraph 1)
    expect(doc.votes.every((v) => v.body === 'C.1')).toBe(true);
    // paragraphs 6 and 8: "À sa 14e séance, le 9 novembre"; 9 and 10: "À la même séance"; the year from
    // paragraphs 1–2 ("le 18 septembre 2020", "le 6 octobre 2020")
    expect(doc.votes.map((v) => v.date)).toEqual(['2020-11-09', '2020-11-09', '2020-11-09', '2020-11-09', '2020-11-09']);
    expect(doc.votes[2]?.notes?.[0]).toMatch(/^Par la suite, la délégation togolaise a indiqué au secrétariat/);
    expect(doc.votes.filter((v) => v.notes).length).toBe(1);
    expect(extractionWarnings(doc)).toEqual([]);
  });
  it('cites 53 distinct texts across the report and its drafts, and none of the look-alikes', () => {
    const resolutions = [
      '36/103', '43/78H', '53/70', '54/49', '55/28', '56/19', '57/53', '58/32', '59/61', '60/45', '61/54', '62/17', '63/37',
      '64/25', '65/41', '66/24', '67/27', '68/243', '69/28', '70/237', '71/28', '73/27', '73/266', '74/28', '74/29',
    ].map((r) => `A/RES/${r}`);
    const meetings = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((n) => `A/C.1/75/PV.${n}`);
    const drafts = ['L.4', 'L.8', 'L.8/Rev.1', 'L.74', 'L.47', 'L.76', 'L.60', 'L.77'].map((s) => `A/C.1/75/${s}`);
    const expected = [
      ...resolutions, 'A/DEC/72/512', ...meetings, 'A/C.1/75/INF/5', ...drafts,
      'A/75/123', 'A/65/201', 'A/68/98', 'A/70/174',
    ].sort();
    const all = distinct([doc, ...doc.parts]);
    expect(all).toEqual(expected);
    expect(all).toHaveLength(53);
    expect(all.some((t) => /13\/13|2021|2025|A\/75\/394/.test(t))).toBe(false);
  });
});

describe('seed 003 (SG report with replies): look-alikes', async () => {
  const doc = await load(seed('003'));
  it('takes ECOSOC resolution 1996/31 and not the national circular 2019/12', () => {
    const all = distinct([doc, ...doc.parts]);
    expect(all).toContain('E/RES/1996/31');
    expect(all.some((t) => t.includes('2019/12'))).toBe(false);
  });
});

describe('AKN resolutions', () => {
  it('keeps the workflow sponsors and the plenary vote of 78/237 and reads its citations', async () => {
    const doc = await load(akn('78/237'));
    expect(doc.sponsors.filter((s) => s.role === 'sponsor')).toHaveLength(19);
    expect(doc.sponsors.filter((s) => s.role === 'additional').map((s) => s.country)).toEqual([
      'BOL', 'KHM', 'COG', 'ETH', 'KAZ', 'MDG', 'TKM', 'UZB',
    ]);
    expect(doc.votes).toHaveLength(1);
    expect(doc.votes[0]?.stated).toEqual({ yes: 104, no: 53, abstain: 7 });
    expect(distinct([doc])).toEqual([...RES_LIST_000, 'A/78/265', 'A/AC.292/2023/INF/5'].sort());
  });
});
