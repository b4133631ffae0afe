/**
 * One paragraph typed as two in the UN's XML, cut mid-sentence (issue 14):
 * ../shared/akn-dev/A_RES_78_315.fr.xml, paragraph 2 "*Engage vivement* les gouvernements, … les
 * pays les moins avancés, les pays en développement sans littoral et les petits États insulaires
 * en" (para_5, no punctuation) then "développement en vue de faciliter les préparatifs de la
 * troisième Conférence … à la Conférence." (para_6, unnumbered, in lower case). Fixture:
 * test/fixtures/akn/cut-paragraph-78-315.excerpt.xml (the whole body). Read four ways.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { fourWays } from './helpers.js';

const FIXTURE = join(FIXTURES, 'akn', 'cut-paragraph-78-315.excerpt.xml');
const JOINED = 'les pays en développement sans littoral et les petits États insulaires en développement en vue de faciliter les préparatifs de la troisième Conférence des Nations Unies sur les pays en développement sans littoral et la participation des pays concernés à la Conférence.';
const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/gu, ' ').replace(/’/gu, "'").replace(/\s+/gu, ' ').trim();

describe('a paragraph typed as two, cut mid-sentence (78/315, paragraph 2)', async () => {
  const { truth, akn, markdown, pdf } = await fourWays(FIXTURE);

  it('is one operative paragraph 2 in the truth', () => {
    expect(truth.paragraphs.map((p) => [p.kind, p.number])).toEqual([['operative', '1'], ['operative', '2']]);
    expect(spaced(truth.paragraphs[1]!.text).endsWith(spaced(JOINED))).toBe(true);
  });

  const cases: Array<[string, Document]> = [['akn', akn], ['markdown', markdown], ['pdf', pdf]];
  for (const [format, doc] of cases) {
    it(`${format}: one operative paragraph 2, whole`, () => {
      const ops = doc.paragraphs.filter((p) => p.kind === 'operative');
      expect(ops.map((p) => p.number)).toEqual(['1', '2']);
      expect(spaced(ops[1]!.text).endsWith(spaced(JOINED))).toBe(true);
    });
  }
});
