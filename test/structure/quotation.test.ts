/**
 * The quotation a preambular paragraph announces, typed in the UN's XML as a body paragraph
 * between two preambles (issue 14), read in ../shared/akn-dev/A_RES_80_116.fr.xml: "*Rappelant*
 * sa résolution 79/232 du 19 décembre 2024, … un avis consultatif sur la question ci‑après :"
 * (preamble), "« Quelles sont les obligations d’Israël, … ? »" (the only paragraph of a mainBody,
 * unnumbered), "*Remerciant* la Cour internationale de Justice …," (a second preamble), then "1.
 * *Se félicite* de l’avis consultatif …". The quoted question is the Court's question, not an
 * operative paragraph. Fixture: test/fixtures/akn/quotation-80-116.excerpt.xml. Read four ways.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { fourWays } from './helpers.js';

const FIXTURE = join(FIXTURES, 'akn', 'quotation-80-116.excerpt.xml');

describe('a quotation announced by a preambular paragraph, typed as a body paragraph (80/116)', async () => {
  const { truth, akn, markdown, pdf } = await fourWays(FIXTURE);

  it('the truth: two preambular paragraphs and operative 1; the quotation is no paragraph', () => {
    expect(truth.paragraphs.map((p) => [p.kind, p.number, p.lead])).toEqual([
      ['preambular', null, 'Rappelant'],
      ['preambular', null, 'Remerciant'],
      ['operative', '1', 'Se félicite'],
    ]);
  });

  const cases: Array<[string, Document]> = [['akn', akn], ['markdown', markdown], ['pdf', pdf]];
  for (const [format, doc] of cases) {
    it(`${format}: the quotation is text, between the two preambular paragraphs`, () => {
      const kinds = doc.paragraphs.filter((p) => p.kind !== 'title' && p.kind !== 'formula' && p.kind !== 'heading');
      const quote = kinds.findIndex((p) => p.text.startsWith('« Quelles sont les obligations d'));
      expect(kinds[quote]!.kind).toBe('text');
      expect(kinds.filter((p) => p.kind !== 'text').map((p) => [p.kind, p.number])).toEqual([
        ['preambular', null], ['preambular', null], ['operative', '1'],
      ]);
    });
  }
});
