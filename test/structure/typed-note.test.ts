/**
 * A footnote typed as a body paragraph (issue 14), read in ../shared/akn-dev/A_RES_75_1.fr.xml:
 * between the declaration's paragraphs 1 and 2, `<paragraph class="MercuryDocument">` holding
 * "*\t<a href="…/A/75/150">A/75/150</a>." — the note printed at the foot of the page, whose
 * asterisk the XML does not keep in the text. (77/256 A types its "*\tIndemnités pour charges
 * de famille …" note the same way.) Fixture: test/fixtures/akn/typed-note-75-1.excerpt.xml.
 * Read four ways.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { fourWays } from './helpers.js';

const FIXTURE = join(FIXTURES, 'akn', 'typed-note-75-1.excerpt.xml');

describe('a footnote typed as a body paragraph (75/1: "*\\tA/75/150.")', async () => {
  const { truth, akn, markdown, pdf } = await fourWays(FIXTURE);

  it('the truth: a note "*", "A/75/150.", and the operative paragraphs around it', () => {
    expect(truth.footnotes).toEqual([{ marker: '*', text: 'A/75/150.' }]);
    expect(truth.paragraphs.map((p) => [p.kind, p.number])).toEqual([['operative', null], ['operative', '1'], ['operative', '2']]);
  });

  const cases: Array<[string, Document]> = [['akn', akn], ['markdown', markdown], ['pdf', pdf]];
  for (const [format, doc] of cases) {
    it(`${format}: the note "*" "A/75/150.", no paragraph of it`, () => {
      expect(doc.footnotes.map((f) => [f.marker, f.text])).toEqual([['*', 'A/75/150.']]);
      expect(doc.paragraphs.some((p) => p.text.includes('A/75/150'))).toBe(false);
      expect(doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual([null, '1', '2']);
    });
  }
});
