/**
 * A budget table printed as pipe rows and the lettered notes under it (issue 14). Values read in
 * ../shared/akn-dev/A_RES_75_249.fr.xml: notes 1 and 2 are `authorialNote`s (A/75/383.,
 * A/75/639.); the table's notes a, b, c are `paragraph class="FootnoteText"` after the table
 * ("Voir A/75/383.", "Voir A/75/639.", "Montants après actualisation des coûts."), not notes of
 * the resolution; the first data row is "Montant estimatif du crédit proposé pour 2021<sup>a</sup>
 * | 97 194 000 | 88 029 600".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';
import { ofKind, parseFile } from './helpers.js';

describe('table notes under a pipe table (A/RES/75/249)', () => {
  it('keeps the resolution notes 1 and 2 only as footnotes', async () => {
    const doc = await parseFile(join(FIXTURES, 'markdown', 'table-notes-75-249.md'));
    expect(doc.footnotes.map((f) => [f.marker, f.text])).toEqual([
      ['1', 'A/75/383.'],
      ['2', 'A/75/639.'],
    ]);
  });

  it('reads the pipe rows as table text and the lettered notes as text under them', async () => {
    const doc = await parseFile(join(FIXTURES, 'markdown', 'table-notes-75-249.md'));
    const texts = ofKind(doc, 'text').map((p) => p.text);
    expect(texts).toContain('Montant estimatif du crédit proposé pour 2021 | 97 194 000 | 88 029 600');
    expect(texts).not.toContain('--- | --- | ---');
    expect(texts.slice(-3)).toEqual(['a Voir A/75/383.', 'b Voir A/75/639.', 'c Montants après actualisation des coûts.']);
    expect(ofKind(doc, 'operative').map((p) => p.number)).toEqual(['14', '15']);
  });
});
