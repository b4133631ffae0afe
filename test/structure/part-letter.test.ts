/**
 * The part letter of a resolution adopted in several texts under one number (issue 14): the UN
 * prints it after the title, not after the number. Values read in ../shared/akn-dev/
 * A_RES_75_242B.fr.xml: cover `docNumber refersTo="#symbol"` "A/RES/75/242 B", preface
 * `75/242.` + title + `docNumber refersTo="#letter"` "B" with note 1.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/paths.js';
import { ofKind, parseFile } from './helpers.js';

describe('part letter after the title (A/RES/75/242 B)', () => {
  for (const name of ['part-letter-75-242B.md', 'part-letter-line-75-242B.md']) {
    it(`reads the symbol with its letter and the title without it (${name})`, async () => {
      const doc = await parseFile(join(FIXTURES, 'markdown', name));
      expect(doc.symbol).toBe('A/RES/75/242 B');
      expect(doc.title).toBe('Rapports financiers et états financiers audités et rapports du Comité des commissaires aux comptes');
      expect(ofKind(doc, 'operative').map((p) => p.number)).toEqual(['1', '2']);
      expect(doc.footnotes.map((f) => f.marker)).toEqual(['1']);
    });
  }
});

describe('the letters of a collection on the first line of its PDF (A/RES/76/247 A-C)', () => {
  // ../shared/akn-dev/A_RES_76_247.fr.xml: cover `docNumber refersTo="#symbol"` "A/RES/76/247
  // A-C"; preface "76/247." "Budget-programme de 2022", then component A's letter and title. The
  // first line of the PDF prints the masthead and the symbol side by side.
  it('takes the symbol with its letters from the masthead line', async () => {
    const { parseText } = await import('../../src/parse.js');
    const text = [
      '  Nations Unies A/RES/76/247 A-C',
      '',
      ' Assemblée générale Distr. générale',
      '',
      ' 76/247. Budget-programme de 2022',
      '',
      ' A',
      '',
      ' Crédits ouverts pour 2022',
      '',
      ' L’Assemblée générale,',
      '',
      ' 1. Décide d’ouvrir pour l’exercice biennal des crédits ;',
      '',
    ].join('\n');
    const doc = await parseText(text, { path: 'A_RES_76_247.txt' });
    expect(doc.symbol).toBe('A/RES/76/247 A-C');
    expect(ofKind(doc, 'operative').map((p) => p.number)).toEqual(['1']);
  });
});

describe('a collection whose first letter is printed under the title (A/RES/79/252 A-B)', () => {
  // ../shared/akn-dev/A_RES_79_252.fr.xml: cover "A/RES/79/252 A-B"; preface "79/252." "Régime
  // commun des Nations Unies"; component A (letter, formula, paragraphs), then component B
  it('reads the symbol with both letters from UN-page markdown', async () => {
    const { parseText } = await import('../../src/parse.js');
    const text = [
      '# Assemblée générale',
      '',
      "### Résolutions adoptées par l'Assemblée générale le 24 décembre 2024",
      '',
      '#### 79/252. **Régime commun des Nations Unies**',
      '',
      '### A',
      '',
      "*L'Assemblée générale*,",
      '',
      '1. *Prend note* du rapport de la Commission de la fonction publique internationale pour 2024 ;',
      '',
      '### B',
      '',
      "*L'Assemblée générale*,",
      '',
      '1. *Décide* de maintenir les dispositions en vigueur ;',
      '',
    ].join('\n');
    const doc = await parseText(text, { path: 'A_RES_79_252.md' });
    expect(doc.symbol).toBe('A/RES/79/252 A-B');
    expect(ofKind(doc, 'operative').map((p) => p.number)).toEqual(['1', '1']);
  });
});
