import { describe, expect, it } from 'vitest';
import { sameDraft, sponsorGroupsInText, sponsorsFromHeading } from '../../src/extract/sponsors.js';
import type { Warning } from '../../src/types.js';
import { SEED_000_HEADING, SEED_001_HEADING_LINES, SEED_004_PARA_5, SEED_004_VOTING } from './passages.js';

const iso = (rows: { country: string | null }[] | null | undefined): (string | null)[] => (rows ?? []).map((r) => r.country);

describe('draft headings', () => {
  it('reads the 19 sponsors of seed 000', () => {
    const rows = sponsorsFromHeading(SEED_000_HEADING);
    expect(iso(rows)).toEqual([
      'AZE', 'BLR', 'BDI', 'CHN', 'CUB', 'DJI', 'RUS', 'GNQ', 'IRN', 'KGZ',
      'MLI', 'NIC', 'SYR', 'LAO', 'PRK', 'SDN', 'TJK', 'VEN', 'ZWE',
    ]);
    expect(rows?.every((r) => r.role === 'sponsor')).toBe(true);
    expect(rows?.[8]).toEqual({ country: 'IRN', name: "Iran (République islamique d')", as_written: "Iran (République islamique d')", role: 'sponsor' });
  });
  it('reads the 38 sponsors of seed 001, printed over eight broken lines', () => {
    const rows = sponsorsFromHeading(SEED_001_HEADING_LINES.join('\n'));
    expect(iso(rows)).toEqual([
      'DZA', 'AGO', 'ARM', 'BLR', 'BEN', 'BOL', 'BRA', 'BFA', 'CHN', 'COG',
      'CUB', 'EGY', 'ARE', 'ECU', 'ERI', 'RUS', 'GAB', 'GHA', 'GNB', 'IDN',
      'KAZ', 'KEN', 'KGZ', 'MDG', 'MLI', 'MAR', 'NIC', 'NGA', 'UGA', 'PAK',
      'SYR', 'LAO', 'PRK', 'SDN', 'TJK', 'TKM', 'VNM', 'ZWE',
    ]);
    expect(rows?.[32]?.as_written).toBe('République populaire démocratique de Corée');
  });
  it('is not fooled by text that is not a sponsor heading', () => {
    expect(sponsorsFromHeading('Progrès de l’informatique et des télécommunications et sécurité internationale')).toBeNull();
    expect(sponsorsFromHeading('Projet de résolution I')).toBeNull();
    expect(sponsorsFromHeading('La Commission était saisie des textes suivants : projet de résolution')).toBeNull();
  });
  it('keeps an unknown name, with a warning', () => {
    const warnings: Warning[] = [];
    const rows = sponsorsFromHeading('Chine, Narnia et Cuba : projet de résolution', warnings, 1);
    expect(rows).toEqual([
      { country: 'CHN', name: 'Chine', as_written: 'Chine', role: 'sponsor' },
      { country: null, name: 'Narnia', as_written: 'Narnia', role: 'sponsor' },
      { country: 'CUB', name: 'Cuba', as_written: 'Cuba', role: 'sponsor' },
    ]);
    expect(warnings).toMatchObject([{ code: 'country-unresolved', paragraph_n: 1 }]);
  });
});

describe('committee report lists (seed 004)', () => {
  it('reads the 45 sponsors and 9 additional sponsors of A/C.1/75/L.4 (paragraph 5)', () => {
    const warnings: Warning[] = [];
    const groups = sponsorGroupsInText(SEED_004_PARA_5, warnings, 5);
    expect(groups.map((g) => [g.role, g.draft, g.sponsors.length])).toEqual([
      ['sponsor', 'A/C.1/75/L.4', 45],
      ['additional', 'A/C.1/75/L.4', 9],
    ]);
    expect(iso(groups[0]?.sponsors)).toEqual([
      'ALB', 'DEU', 'AUS', 'AUT', 'BEL', 'BGR', 'CAN', 'CHL', 'CYP', 'HRV',
      'DNK', 'ESP', 'EST', 'USA', 'FIN', 'GEO', 'GRC', 'HTI', 'HUN', 'IRL',
      'ISL', 'ISR', 'ITA', 'JPN', 'LSO', 'LVA', 'LTU', 'LUX', 'MKD', 'MWI',
      'MLT', 'MNE', 'NOR', 'POL', 'PRT', 'ROU', 'NLD', 'KOR', 'MDA', 'GBR',
      'SLE', 'SVK', 'SVN', 'SWE', 'CZE',
    ]);
    expect(iso(groups[1]?.sponsors)).toEqual(['FJI', 'FRA', 'MDG', 'MEX', 'NZL', 'MHL', 'TUR', 'UKR', 'ZMB']);
    expect(groups[0]?.sponsors[13]).toEqual({ country: 'USA', name: "États-Unis d'Amérique", as_written: 'les États -Unis d’Amérique', role: 'sponsor' });
    expect(groups[1]?.sponsors.every((s) => s.role === 'additional')).toBe(true);
    expect(warnings).toEqual([]);
  });
  it('reads the 18 sponsors and 9 additional sponsors of A/C.1/75/L.8 (paragraph 7)', () => {
    const para7 = SEED_004_VOTING.find((p) => p.text.startsWith('7. '))?.text ?? '';
    const groups = sponsorGroupsInText(para7);
    expect(groups.map((g) => [g.role, g.draft])).toEqual([
      ['sponsor', 'A/C.1/75/L.8'],
      ['additional', 'A/C.1/75/L.8'],
    ]);
    expect(iso(groups[0]?.sponsors)).toEqual([
      'BLR', 'BDI', 'KHM', 'CHN', 'CUB', 'RUS', 'KAZ', 'KGZ', 'MWI', 'NIC',
      'UZB', 'SYR', 'LAO', 'PRK', 'TJK', 'TKM', 'VEN', 'ZWE',
    ]);
    expect(iso(groups[1]?.sponsors)).toEqual(['DZA', 'AZE', 'COM', 'IRN', 'MDG', 'MMR', 'PAK', 'SUR', 'ZMB']);
  });
  it('ties a list with no symbol before it to the draft of the paragraphs before', () => {
    const groups = sponsorGroupsInText('Par la suite, les pays suivants se sont joints aux auteurs du projet de résolution : Fidji et France.', [], 6, 'A/C.1/75/L.4');
    expect(groups).toMatchObject([{ role: 'additional', draft: 'A/C.1/75/L.4' }]);
    expect(iso(groups[0]?.sponsors)).toEqual(['FJI', 'FRA']);
  });
  it('treats a draft and its revisions as one draft', () => {
    expect(sameDraft('A/C.1/75/L.8', 'A/C.1/75/L.8/Rev.1')).toBe(true);
    expect(sameDraft('A/C.1/75/L.8/Rev.1', 'A/C.1/75/L.8/Rev.2')).toBe(true);
    expect(sameDraft('A/C.1/75/L.8', 'A/C.1/75/L.80')).toBe(false);
  });
});
