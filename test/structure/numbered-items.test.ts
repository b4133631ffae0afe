/**
 * Numbered items of an operative paragraph (issue 14). In ../shared/akn-dev/A_RES_78_223.fr.xml
 * paragraph 11 is a `list` whose intro reads "*Approuve* pour le quinzième Congrès l’ordre du jour
 * provisoire ci‑après, arrêté par la Commission à sa trente-deuxième session :" and whose seven
 * `point`s are numbered `1.` "Ouverture du Congrès" … `7.` "Adoption du rapport du Congrès";
 * paragraph 12 follows, with its points a) to d). The UN page prints the items as a bulleted list
 * (`  - 1 Ouverture du Congrès`), the PDF with bullets (`• 1. Ouverture du Congrès`). The
 * fixtures are the markdown and PDF-text renderings of the front page and paragraphs 11–12.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';
import { ofKind, parseFile } from './helpers.js';

const fixtures = [
  ['markdown', join(FIXTURES, 'markdown', 'agenda-78-223.md')],
  ['PDF text', join(FIXTURES, 'pdf', 'A_RES_78_223-excerpt-agenda.txt')],
] as const;

describe('the provisional agenda "1. Ouverture du Congrès" … "7." inside operative 11 of A/RES/78/223', () => {
  for (const [format, path] of fixtures) {
    it(`reads the items as numbered sub-paragraphs of 11, and 12 as the next operative paragraph (${format})`, async () => {
      const doc = await parseFile(path);
      const operative = ofKind(doc, 'operative');
      expect(operative.map((p) => p.number)).toEqual(['11', '12']);
      const subs = ofKind(doc, 'subparagraph');
      expect(subs.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', 'a)', 'b)', 'c)', 'd)']);
      expect(subs[0]!.text).toBe('Ouverture du Congrès');
      expect(subs[6]!.text).toBe('Adoption du rapport du Congrès');
      expect(subs.map((p) => p.parent_n)).toEqual([...Array<number>(7).fill(operative[0]!.n), ...Array<number>(4).fill(operative[1]!.n)]);
    });
  }
});
