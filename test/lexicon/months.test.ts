import { describe, expect, it } from 'vitest';
import { findFrenchDates, frenchMonth, parseFrenchDate } from '../../src/lexicon/months.js';

describe('parseFrenchDate', () => {
  it('reads the date line of seed 000', () => {
    expect(parseFrenchDate('12 octobre 2023')).toBe('2023-10-12');
  });
  it('reads the first of the month in its printed forms', () => {
    expect(parseFrenchDate('1er décembre 1999')).toBe('1999-12-01');
    expect(parseFrenchDate('1 er décembre 1999')).toBe('1999-12-01');
    expect(parseFrenchDate('1ᵉʳ décembre 1999')).toBe('1999-12-01');
    expect(parseFrenchDate('premier décembre 1999')).toBe('1999-12-01');
  });
  it('accepts months without accents, in any case, and non-breaking spaces', () => {
    expect(parseFrenchDate('9 DECEMBRE 1981')).toBe('1981-12-09');
    expect(parseFrenchDate('3 fevrier 2020')).toBe('2020-02-03');
    expect(parseFrenchDate('15\u00a0août\u00a02021')).toBe('2021-08-15');
  });
  it('reads a date printed without the space before the year', () => {
    // ../shared/akn-dev/A_RES_79_168.fr.xml: "Résolution adoptée par l’Assemblée générale le 17 décembre2024"
    expect(parseFrenchDate('17 décembre2024')).toBe('2024-12-17');
  });

  it('rejects impossible dates and non-dates', () => {
    expect(parseFrenchDate('31 février 2020')).toBeNull();
    expect(parseFrenchDate('29 février 2021')).toBeNull();
    expect(parseFrenchDate('29 février 2020')).toBe('2020-02-29');
    expect(parseFrenchDate('12 brumaire 2023')).toBeNull();
    expect(parseFrenchDate('octobre 2023')).toBeNull();
    expect(parseFrenchDate('le 12 octobre 2023')).toBeNull();
  });
});

describe('frenchMonth', () => {
  it('maps every month', () => {
    const names = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    expect(names.map(frenchMonth)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(frenchMonth('Brumaire')).toBeNull();
  });
});

describe('findFrenchDates', () => {
  it('finds the dates of a list of resolutions (seed 000, preambular paragraph 3)', () => {
    const text = 'Rappelant ses résolutions 36/103 du 9 décembre 1981, 43/78 H du 7 décembre 1988, 53/70 du 4 décembre 1998, 54/49 du 1er décembre 1999';
    expect(findFrenchDates(text).map((d) => d.date)).toEqual(['1981-12-09', '1988-12-07', '1998-12-04', '1999-12-01']);
    const first = findFrenchDates(text)[0];
    expect(first?.text).toBe('9 décembre 1981');
    expect(text.slice(first?.index, (first?.index ?? 0) + 15)).toBe('9 décembre 1981');
  });
  it('finds dates in capitals and with a superscript ordinal (the scan runs without Unicode mode)', () => {
    // a heading in capitals and the "1ᵉʳ" of UN pages; "Août" capitalised at a sentence start
    const text = 'SÉANCE DU 1ᵉʳ DÉCEMBRE 1999. Premier Août 2001, puis 17 décembre2024.';
    expect(findFrenchDates(text).map((d) => d.date)).toEqual(['1999-12-01', '2001-08-01', '2024-12-17']);
  });
  it('does not take a bare year or a number followed by a non-month', () => {
    expect(findFrenchDates('en 2023, 12 États ont voté')).toEqual([]);
  });
});
