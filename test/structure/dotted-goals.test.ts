/**
 * Operative paragraphs numbered "1.1", "1.2" under a bold heading (issue 14), read in
 * ../shared/akn-dev/A_RES_76_3.fr.xml ("Espace 2030"): paragraph 19 "Nous, les États Membres de
 * l’ONU, nous engageons à poursuivre … les objectifs suivants. …", the heading "Objectif général
 * 1 : Accroître les avantages économiques tirés de l’espace …", then `<num>1.1</num>` with
 * `<p>.\tFaire prendre conscience de l’importance des sciences et techniques spatiales …</p>` and
 * `<num>1.2</num>` "Faciliter et promouvoir l’intégration du secteur spatial …" — the number's
 * period typed into the text; the page prints "1.1. Faire …". Fixture:
 * test/fixtures/akn/dotted-goals-76-3.excerpt.xml. Read four ways.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { fourWays } from './helpers.js';

const FIXTURE = join(FIXTURES, 'akn', 'dotted-goals-76-3.excerpt.xml');
const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/gu, ' ').replace(/’/gu, "'").replace(/\s+/gu, ' ').trim();

describe('goals numbered "1.1", "1.2" after the operative paragraphs (76/3)', async () => {
  const { truth, akn, markdown, pdf } = await fourWays(FIXTURE);

  it('the truth: operative 19, 1.1 and 1.2, their text without the period', () => {
    expect(truth.paragraphs.map((p) => [p.kind, p.number])).toEqual([['operative', '19'], ['operative', '1.1'], ['operative', '1.2']]);
    expect(spaced(truth.paragraphs[1]!.text).startsWith("Faire prendre conscience de l'importance des sciences")).toBe(true);
  });

  const cases: Array<[string, Document]> = [['akn', akn], ['markdown', markdown], ['pdf', pdf]];
  for (const [format, doc] of cases) {
    it(`${format}: operative 19, 1.1 and 1.2; "Faire prendre conscience …" is 1.1's text`, () => {
      const ops = doc.paragraphs.filter((p) => p.kind === 'operative');
      expect(ops.map((p) => p.number)).toEqual(['19', '1.1', '1.2']);
      expect(spaced(ops[1]!.text).startsWith("Faire prendre conscience de l'importance des sciences")).toBe(true);
      expect(spaced(ops[2]!.text).startsWith("Faciliter et promouvoir l'intégration du secteur spatial")).toBe(true);
    });
  }
});
