import { describe, expect, it } from 'vitest';
import { citationsInText, extractCitations } from '../../src/extract/citations.js';
import {
  SEED_000_RAPPELANT,
  SEED_004_DRAFT_I_RAPPELANT,
  SEED_004_DRAFT_II_RAPPELANT,
  SEED_004_FOOTNOTE_1,
  SEED_004_PAGE_END,
  SEED_004_PARA_11,
  SEED_004_PARA_4,
  SEED_004_PARA_8,
} from './passages.js';

const targets = (text: string): string[] => citationsInText(text).map((c) => c.target);
const withDates = (text: string): [string, string | null][] => citationsInText(text).map((c) => [c.target, c.date]);

describe('General Assembly resolutions in running text', () => {
  it('reads the list of seed 000 with each date, and part H of 43/78', () => {
    expect(withDates(SEED_000_RAPPELANT)).toEqual([
      ['A/RES/36/103', '1981-12-09'],
      ['A/RES/43/78H', '1988-12-07'],
      ['A/RES/53/70', '1998-12-04'],
      ['A/RES/54/49', '1999-12-01'],
      ['A/RES/55/28', '2000-11-20'],
      ['A/RES/56/19', '2001-11-29'],
      ['A/RES/57/53', '2002-11-22'],
      ['A/RES/58/32', '2003-12-08'],
      ['A/RES/59/61', '2004-12-03'],
      ['A/RES/60/45', '2005-12-08'],
      ['A/RES/61/54', '2006-12-06'],
      ['A/RES/62/17', '2007-12-05'],
      ['A/RES/63/37', '2008-12-02'],
      ['A/RES/64/25', '2009-12-02'],
      ['A/RES/65/41', '2010-12-08'],
      ['A/RES/66/24', '2011-12-02'],
      ['A/RES/67/27', '2012-12-03'],
      ['A/RES/68/243', '2013-12-27'],
      ['A/RES/69/28', '2014-12-02'],
      ['A/RES/70/237', '2015-12-23'],
      ['A/RES/71/28', '2016-12-05'],
      ['A/RES/73/27', '2018-12-05'],
      ['A/RES/74/29', '2019-12-12'],
      ['A/RES/75/240', '2020-12-31'],
      ['A/RES/76/19', '2021-12-06'],
      ['A/RES/77/36', '2022-12-07'],
    ]);
    const h = citationsInText(SEED_000_RAPPELANT)[1];
    expect(h).toMatchObject({ kind: 'resolution', asWritten: '43/78 H' });
  });
  it('reads a list broken over lines, a date shared by "74/28 et 74/29", and a decision (004, draft I)', () => {
    const rows = withDates(SEED_004_DRAFT_I_RAPPELANT);
    expect(rows.slice(-5)).toEqual([
      ['A/RES/73/27', '2018-12-05'],
      ['A/RES/73/266', '2018-12-22'],
      ['A/RES/74/28', '2019-12-12'],
      ['A/RES/74/29', '2019-12-12'],
      ['A/DEC/72/512', '2017-12-04'],
    ]);
    expect(rows).toHaveLength(24);
    expect(citationsInText(SEED_004_DRAFT_I_RAPPELANT).at(-1)).toMatchObject({ kind: 'decision', asWritten: '72/512' });
  });
  it('reads draft II with part H of 43/78 and the date on the next line', () => {
    const rows = withDates(SEED_004_DRAFT_II_RAPPELANT);
    expect(rows[1]).toEqual(['A/RES/43/78H', '1988-12-07']);
    expect(rows.at(-1)).toEqual(['A/RES/74/29', '2019-12-12']);
    expect(rows).toHaveLength(23);
  });
  it('takes a single resolution after "sa résolution", with "en date du" and without date', () => {
    expect(withDates(SEED_004_PARA_11)).toEqual([
      ['A/RES/73/27', '2018-12-05'],
      ['A/C.1/75/L.47', null],
    ]);
    expect(withDates('conformément au mandat énoncé dans sa résolution 75/240 ;')).toEqual([['A/RES/75/240', null]]);
    expect(targets('comme prévu dans les résolutions 73/266 et 73/27 respectivement, et')).toEqual(['A/RES/73/266', 'A/RES/73/27']);
    expect(targets('Les résolutions 77/37 et 78/16 de l’Assemblée générale')).toEqual(['A/RES/77/37', 'A/RES/78/16']);
  });
});

describe('ECOSOC resolutions', () => {
  it('reads 1996/31 after the Conseil économique et social (seeds 002, 003)', () => {
    const s003 =
      "Les organisations non gouvernementales compétentes dotées du statut consultatif auprès du Conseil économique et social en application des dispositions de sa résolution 1996/31 indiqueront au secrétariat";
    expect(citationsInText(s003)).toMatchObject([{ target: 'E/RES/1996/31', kind: 'ecosoc-resolution', asWritten: '1996/31' }]);
    const s002 = 'consultatif auprès du Conseil économique et social conformément à la résolution 1996/31 feront part au secrétariat du';
    expect(targets(s002)).toEqual(['E/RES/1996/31']);
  });
  it('takes a year-numbered resolution as the Council\'s, a year-numbered decision only when the Council is named', () => {
    // only ECOSOC numbers its resolutions by year (76/185: "les résolutions 2013/38 … et 2019/23");
    // executive boards (UNDP, UNICEF) number their decisions so
    expect(targets('conformément à la résolution 1996/31 feront part')).toEqual(['E/RES/1996/31']);
    expect(targets('conformément à la décision 2019/12 du Conseil d’administration')).toEqual([]);
    expect(targets('conformément à la décision 2019/12')).toEqual([]);
  });
});

describe('document symbols', () => {
  it('reads meeting records and an information document in a footnote (004, footnote 1)', () => {
    const rows = citationsInText(SEED_004_FOOTNOTE_1);
    expect(rows.map((c) => c.target)).toEqual([
      ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((n) => `A/C.1/75/PV.${n}`),
      'A/C.1/75/INF/5',
    ]);
    expect(rows[0]?.kind).toBe('meeting-record');
    expect(rows.at(-1)?.kind).toBe('document');
  });
  it('reads drafts, revisions and reports', () => {
    expect(citationsInText(SEED_004_PARA_8).map((c) => [c.target, c.kind])).toEqual([
      ['A/C.1/75/L.8/Rev.1', 'draft'],
      ['A/C.1/75/L.74', 'draft'],
    ]);
    // "la Commission était saisie du rapport du Secrétaire général sur … (A/75/123)": a report
    expect(citationsInText(SEED_004_PARA_4).map((c) => [c.target, c.kind])).toEqual([['A/75/123', 'report']]);
    expect(targets('2 A/AC.292/2023/INF/5.')).toEqual(['A/AC.292/2023/INF/5']);
    expect(targets('1 Voir A/78/265.')).toEqual(['A/78/265']);
  });
  it('makes "et Add.1" and "et Corr.1 et Add.1" documents of their own (seed 001)', () => {
    expect(targets('A/54/213, A/55/140 et Corr.1 et Add.1, A/56/164 et Add.1, A/58/373,')).toEqual([
      'A/54/213',
      'A/55/140',
      'A/55/140/Corr.1',
      'A/55/140/Add.1',
      'A/56/164',
      'A/56/164/Add.1',
      'A/58/373',
    ]);
    expect(targets('A/65/154 et Add.1')).toEqual(['A/65/154', 'A/65/154/Add.1']);
  });
});

describe('look-alikes are not citations', () => {
  it('skips the page footer 13/13, the job number and "(2021-2025)"; keeps the running header symbol as a document', () => {
    expect(targets(SEED_004_PAGE_END)).toEqual(['A/75/394']);
    expect(targets('sur la sécurité du numérique et de son utilisation (2021-2025) pourra décider')).toEqual([]);
  });
  it('skips a national circular (seed 003)', () => {
    expect(targets("Conformément à la circulaire présidentielle 2019/12 sur les mesures de sécurité de l'informatique")).toEqual([]);
    expect(targets("4.1 Circulaire présidentielle 2019/12 sur les mesures de sécurité de l'informatique")).toEqual([]);
  });
  it('skips dates written with slashes, URLs and fractions without a keyword', () => {
    expect(targets('la résolution adoptée le 12/10/2023')).toEqual([]);
    expect(targets('https://undocs.org/fr/A/C.1/75/L.4 https://undocs.org/fr/A/RES/75/240')).toEqual([]);
    expect(targets('disponible 24/7 pour les équipes')).toEqual([]);
  });
  it('ends a list at a sentence end', () => {
    expect(targets('Voir la résolution 75/240. Le rapport compte 13/13 pages.')).toEqual(['A/RES/75/240']);
  });
});

describe('extractCitations', () => {
  it('ties rows to paragraphs and footnotes, de-duplicates per place and skips the document itself', () => {
    const rows = extractCitations(
      [
        { n: 3, text: 'dans sa résolution 75/240 et sa résolution 75/240' },
        { n: 4, text: 'Voir A/75/394 et la résolution 75/240.' },
      ],
      [{ marker: '1', text: 'Voir A/78/265.', paragraph: 4 }, { marker: '2', text: 'A/AC.292/2023/INF/5.', paragraph: null }],
      { self: ['A/75/394'] },
    );
    expect(rows).toEqual([
      // spans: where the first occurrence stands in the paragraph's or the footnote's text
      { target: 'A/RES/75/240', kind: 'resolution', as_written: '75/240', paragraph_n: 3, date: null, span_start: 19, span_end: 25 },
      { target: 'A/RES/75/240', kind: 'resolution', as_written: '75/240', paragraph_n: 4, date: null, span_start: 31, span_end: 37 },
      { target: 'A/78/265', kind: 'document', as_written: 'A/78/265', paragraph_n: 4, footnote: '1', date: null, span_start: 5, span_end: 13 },
      { target: 'A/AC.292/2023/INF/5', kind: 'document', as_written: 'A/AC.292/2023/INF/5', paragraph_n: null, footnote: '2', date: null, span_start: 0, span_end: 19 },
    ]);
  });
});
