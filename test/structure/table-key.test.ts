/**
 * A staffing table in a resolution's body (issue 14), read in
 * ../shared/akn-dev/A_RES_77_258.fr.xml: paragraph 35 "*Approuve* les modifications … comme
 * indiqué dans le tableau ci-dessous :", its only point "A." bold throughout ("Administration des
 * pensions", the table's title), the table, its key "*Abréviations* : G(1<sup>e</sup>C) = agent
 * des services généraux (1<sup>re</sup> classe) ; G(AC) = agent des services généraux (Autres
 * classes).", the heading "B. Bureau de la gestion des investissements" and paragraph 36.
 * 80/243 prints the same; 75/246 types the key as a body paragraph (class MercuryDocument, not
 * FootnoteText). Fixture: test/fixtures/akn/table-key-77-258.excerpt.xml (the table's first
 * rows). Read four ways: the harness's truth, the AKN file, its markdown and PDF renderings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../bench/accuracy/page.js';
import { truthOf } from '../../bench/accuracy/truth.js';
import { parseText } from '../../src/parse.js';
import type { Document } from '../../src/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { fourWays } from './helpers.js';

const FIXTURE = join(FIXTURES, 'akn', 'table-key-77-258.excerpt.xml');
const KEY = /^Abréviations : G\(1eC\) = agent des services généraux \(1re classe\) ; G\(AC\) = agent des services généraux \(Autres classes\)\.$/u;
const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/gu, ' ').replace(/\s+/gu, ' ').trim();

describe('a table under an operative paragraph: its bold title point and its key (77/258)', async () => {
  const { truth, akn, markdown, pdf } = await fourWays(FIXTURE);

  it('the truth: operative 35 and 36, no sub-paragraph, the key no paragraph', () => {
    expect(truth.paragraphs.map((p) => [p.kind, p.number, p.lead])).toEqual([
      ['operative', '35', 'Approuve'],
      ['operative', '36', 'Approuve'],
    ]);
  });

  const cases: Array<[string, Document]> = [['akn', akn], ['markdown', markdown], ['pdf', pdf]];
  for (const [format, doc] of cases) {
    it(`${format}: operative 35 and 36 and no sub-paragraph; the key is text`, () => {
      const scored = doc.paragraphs.filter((p) => ['preambular', 'operative', 'subparagraph'].includes(p.kind));
      expect(scored.map((p) => [p.kind, p.number])).toEqual([['operative', '35'], ['operative', '36']]);
      const key = doc.paragraphs.filter((p) => KEY.test(spaced(p.text)));
      expect(key.map((p) => p.kind)).toEqual(['text']);
    });
  }
});

describe('the key typed as a body paragraph, as 75/246 types it (class MercuryDocument)', async () => {
  const xml = readFileSync(FIXTURE, 'utf8').replace('class="FootnoteText"', 'class="MercuryDocument"');
  const akn = await parseText(xml, { path: FIXTURE });

  it('is still no paragraph in the truth, and text from the AKN file', () => {
    expect(truthOf(readPage(xml, 'x.xml')).paragraphs.map((p) => p.number)).toEqual(['35', '36']);
    expect(akn.paragraphs.filter((p) => KEY.test(spaced(p.text))).map((p) => p.kind)).toEqual(['text']);
  });
});
