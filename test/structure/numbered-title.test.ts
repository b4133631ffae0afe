/**
 * Numbered titles in a body (issue 14). The Pact for the Future, ../shared/akn-dev/A_RES_79_1.fr.xml,
 * heads its actions with 56 unnumbered paragraphs in bold throughout, "Mesure 1. Nous convenons
 * de prendre des mesures audacieuses, …" (`<paragraph><content><p><span class="bold">Mesure 1.
 * …</span>`), between the numbered paragraphs 19 and 20, 20 and 21, 21 and 22: headings, not
 * operative paragraphs. The fixture is the PDF-text rendering (no bold) of its first page and of
 * paragraphs 19 to 21 (test/fixtures/pdf/A_RES_79_1-excerpt-measures.txt).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';
import { ofKind, parseFile } from './helpers.js';

describe('"Mesure 1. …" titles of A/RES/79/1 in PDF text', () => {
  it('reads each as a heading, and only the paragraphs around them as operative', async () => {
    const doc = await parseFile(join(FIXTURES, 'pdf', 'A_RES_79_1-excerpt-measures.txt'));
    // "*Adopte* le Pacte pour l’avenir ci‑après- et ses annexes :" is the unnumbered one
    expect(ofKind(doc, 'operative').map((p) => p.number)).toEqual([null, '1', '19', '20', '21']);
    expect(ofKind(doc, 'operative')[0]!.lead).toBe('Adopte');
    const measures = ofKind(doc, 'heading').filter((p) => p.text.startsWith('Mesure'));
    expect(measures.map((p) => p.text)).toEqual([
      'Mesure 1. Nous convenons de prendre des mesures audacieuses, ambitieuses, rapides, justes et transformatrices pour réaliser le Programme 2030, atteindre les objectifs de développement durable et ne laisser personne de côté.',
      'Mesure 2. Nous entendons placer l’éradication de la pauvreté au centre des efforts que nous déployons pour réaliser le Programme 2030.',
      'Mesure 3. Nous entendons venir à bout du problème de la faim et éliminer l’insécurité alimentaire et toutes les formes de malnutrition.',
    ]);
    // the sub-paragraphs of 20 and 21 stay theirs: "a) Redoubler d’efforts …" … "d) Lever …", "a) Prendre …", "b) Prendre …"
    const subs = ofKind(doc, 'subparagraph');
    expect(subs.map((p) => p.number)).toEqual(['a)', 'b)', 'c)', 'd)', 'a)', 'b)']);
    const op = new Map(ofKind(doc, 'operative').map((p) => [p.n, p.number]));
    expect(subs.map((p) => op.get(p.parent_n ?? -1))).toEqual(['20', '20', '20', '20', '21', '21']);
  });
});
