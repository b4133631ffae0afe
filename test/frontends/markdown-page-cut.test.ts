/**
 * A paragraph cut by a page end with no notes printed at it (issue 14). Text read in
 * ../shared/akn-dev/A_RES_79_186.fr.xml, paragraph 13: "Prie le Secrétaire général de parachever
 * le guide de discussion en temps voulu, en tenant compte des recommandations de la Commission
 * pour la prévention du crime et la justice pénale, ainsi que des observations et autres
 * réactions des États Membres, de sorte que les réunions régionales préparatoires du quinzième
 * Congrès puissent se tenir le plus tôt possible en 2025 ;" — the page ends after "États".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/frontends/markdown.js';
import { FIXTURES } from '../helpers/paths.js';
import { blockStarting } from '../helpers/blocks.js';

describe('a paragraph cut at a page end without notes (A/RES/79/186)', () => {
  const blocks = parseMarkdown(readFileSync(join(FIXTURES, 'markdown', 'page-cut-79-186.md'), 'utf8')).blocks;

  it('re-joins "… des États" and "Membres, de sorte que …"', () => {
    const p13 = blockStarting(blocks, '13. Prie le Secrétaire général de parachever');
    expect(p13.text.endsWith('ainsi que des observations et autres réactions des États Membres, de sorte que les réunions régionales préparatoires du quinzième Congrès puissent se tenir le plus tôt possible en 2025 ;')).toBe(true);
    expect(blocks.some((b) => b.text.startsWith('Membres, de sorte'))).toBe(false);
  });

  it('keeps the next numbered paragraph and the short cover lines apart', () => {
    expect(blockStarting(blocks, '14. Prie de nouveau').kind).toBe('paragraph');
    expect(blocks.map((b) => b.text)).toContain('Distr. générale');
  });
});

/**
 * Two page ends with notes printed at them, read in ../shared/akn-dev (issue 14):
 *  - A/RES/76/205, paragraph 6: "… sixième rapport d’évaluation, intitulé *Climate Change 2021:
 *    The Physical Science Basis* (Évolution du climat en 2021 : fondements scientifiques), dont
 *    il ressort …" — the page ends after "intitulé", the next page opens with the italic title;
 *  - A/RES/80/186, paragraph 34: "… sur la base des conseils prodigués par les coordonnateurs et
 *    coordonnatrices pour les questions de genre, ONU-Femmes et d’autres organismes, et
 *    d’allouer …" — the page ends after "genre,", inside a numbered paragraph.
 */
describe('a paragraph cut at a page end after "intitulé" or after a comma of a numbered paragraph', () => {
  it('re-joins "… intitulé" and "*Climate Change 2021: …* (Évolution du climat …"', () => {
    const md = [
      "6. *Constate avec préoccupation* que, selon le rapport de synthèse, des mesures doivent être prises, et prend note avec préoccupation des conclusions formulées par le Groupe d'experts intergouvernemental sur l'évolution du climat dans la première partie de son sixième rapport d'évaluation, intitulé",
      '',
      '<sup>4</sup> [FCCC/PA/CMA/2021/8](#).',
      '',
      "*Climate Change 2021: The Physical Science Basis* (Évolution du climat en 2021 : fondements scientifiques), dont il ressort qu'il sera impossible de limiter le réchauffement planétaire ;",
      '',
      '7. *Souligne* qu\'il importe au plus haut point de renforcer la capacité d\'adaptation ;',
    ].join('\n');
    const blocks = parseMarkdown(md).blocks.filter((b) => b.kind !== 'footnote');
    expect(blocks.map((b) => b.text.slice(0, 12))).toEqual(['6. Constate ', '7. Souligne ']);
    expect(blocks[0]!.text).toContain("rapport d'évaluation, intitulé Climate Change 2021: The Physical Science Basis (Évolution du climat en 2021");
  });

  it('re-joins "34. … pour les questions de genre," and "ONU-Femmes et d’autres organismes, …"', () => {
    const md = [
      "34. *Félicite* le Secrétaire général et demande aux entités des Nations Unies d'intensifier considérablement leurs efforts en vue d'atteindre l'objectif de parité dans tous les lieux d'affectation, sur la base des conseils prodigués par les coordonnateurs et coordonnatrices pour les questions de genre,",
      '',
      '<sup>9</sup> Voir [A/80/1](#).',
      '',
      "ONU-Femmes et d'autres organismes, et d'allouer les ressources financières et humaines nécessaires ;",
      '',
      '35. *Prie* le Secrétaire général de lui présenter un rapport ;',
    ].join('\n');
    const blocks = parseMarkdown(md).blocks.filter((b) => b.kind !== 'footnote');
    expect(blocks.map((b) => b.text.slice(0, 12))).toEqual(['34. Félicite', '35. Prie le ']);
    expect(blocks[0]!.text).toContain("pour les questions de genre, ONU-Femmes et d'autres organismes, et d'allouer");
  });

  it('re-joins a clause in lower case after the notes to "i) … de détention ;" (A/RES/78/218)', () => {
    // 78/218 point a) i): "la torture … y compris les conditions inhumaines de détention ; toutes
    // les formes de violence sexuelle et fondée sur le genre, … ; le recours très fréquent au
    // travail forcé, y compris celui des enfants ;" — the page ends after the first ";"
    const md = [
      "i) la torture et les autres peines ou traitements cruels, inhumains ou dégradants, y compris les conditions inhumaines de détention ;",
      '',
      "<sup>14</sup> Voir *Documents officiels de l'Assemblée générale, soixante-huitième session, Supplément n*<sup>o</sup> *53* ([A/68/53](#)), chap. IV, sect. A.",
      '',
      'toutes les formes de violence sexuelle et fondée sur le genre, notamment les viols, en particulier celles commises contre les femmes et les filles ; le recours très fréquent au travail forcé, y compris celui des enfants ;',
      '',
      "ii) l'existence d'un vaste système de camps de prisonniers politiques ;",
    ].join('\n');
    const blocks = parseMarkdown(md).blocks.filter((b) => b.kind !== 'footnote');
    expect(blocks.map((b) => b.text.slice(0, 12))).toEqual(['i) la tortur', "ii) l'existe"]);
    expect(blocks[0]!.text).toContain('conditions inhumaines de détention ; toutes les formes de violence sexuelle');
  });

  it('keeps a preambular paragraph ending with a comma apart from the next one', () => {
    const md = "*Rappelant* sa résolution 75/1 relative aux questions de genre,\n\n<sup>1</sup> Voir A/1.\n\nONU-Femmes et d'autres organismes,\n";
    expect(parseMarkdown(md).blocks.filter((b) => b.kind !== 'footnote')).toHaveLength(2);
  });
});

/**
 * Page ends with no notes printed at them (issue 14), read in ../shared/akn-dev:
 *  - A/RES/77/150: "*Rappelant* les efforts déployés par les pays hôtes pour organiser les
 *    réunions du Forum sur la gouvernance d’Internet tenues à Athènes en 2006, à Rio de Janeiro
 *    (Brésil) en 2007, …" — a short paragraph cut after "en";
 *  - A/RES/80/186, paragraph 34, cut after "genre," with "ONU-Femmes …" opening the next page.
 */
describe('a page end without notes after a dangling word, or before an acronym', () => {
  it('re-joins "… tenues à Athènes en" and "2006, à Rio de Janeiro …"', () => {
    const md = "*Rappelant* les efforts déployés par les pays hôtes pour organiser les réunions du Forum sur la gouvernance d'Internet tenues à Athènes en\n\n2006, à Rio de Janeiro (Brésil) en 2007, à Hyderabad (Inde) en 2008,\n\n*Rappelant également* la mise en place du Groupe de travail,\n";
    const blocks = parseMarkdown(md).blocks;
    expect(blocks.map((b) => b.text.slice(0, 20))).toEqual(['Rappelant les effort', 'Rappelant également ']);
    expect(blocks[0]!.text).toContain('tenues à Athènes en 2006, à Rio de Janeiro');
  });

  it('re-joins "34. … pour les questions de genre," and "ONU-Femmes et d’autres organismes, …"', () => {
    const md = "34. *Félicite* le Secrétaire général et demande aux entités des Nations Unies d'intensifier considérablement leurs efforts en vue d'atteindre l'objectif de parité dans tous les lieux d'affectation, sur la base des conseils prodigués par les coordonnateurs et coordonnatrices pour les questions de genre,\n\nONU-Femmes et d'autres organismes, et d'allouer les ressources ;\n\n35. *Prie* le Secrétaire général ;\n";
    const blocks = parseMarkdown(md).blocks;
    expect(blocks.map((b) => b.text.slice(0, 12))).toEqual(['34. Félicite', '35. Prie le ']);
  });
});

/**
 * A paragraph of clauses cut at a page end between two of them, no notes printed there (issue
 * 14), and the lower-case paragraphs the XML prints apart after a ";" (excerpts, apostrophes
 * straight as on the UN pages, test/fixtures/markdown/page-cut-clauses.md), read in
 * ../shared/akn-dev:
 *  - A/RES/79/1, Mesure 9, point c): one `<p>` "Souligner la nécessité … : multiplication par
 *    trois … ; … les émissions de méthane d’ici à 2030 ; accélération de la réduction des
 *    émissions causées par le transport routier … dès que possible ;" — cut after "2030 ;";
 *  - A/RES/78/20, paragraph 5: point "e) d’autres activités … de conflit ;" then a paragraph of
 *    its own "examine comment suivre et vérifier …";
 *  - A/RES/76/29, paragraph 3: point "d) le deuxième rapport … le 4 février 2018 ;" then a
 *    paragraph of its own "et exige des responsables …".
 */
describe('a paragraph of clauses cut between two clauses, without notes (A/RES/79/1, 78/20, 76/29)', () => {
  const blocks = parseMarkdown(readFileSync(join(FIXTURES, 'markdown', 'page-cut-clauses.md'), 'utf8')).blocks;

  it('re-joins the next clause, in lower case, to the paragraph that already holds clauses', () => {
    const c = blockStarting(blocks, 'c) Souligner la nécessité');
    expect(c.text).toContain("les émissions de méthane d'ici à 2030 ; accélération de la réduction des émissions causées par le transport routier");
    expect(c.text.endsWith('dès que possible ;')).toBe(true);
    expect(blocks.some((b) => b.text.startsWith('accélération'))).toBe(false);
  });

  it('keeps a lower-case paragraph apart after a single clause or when it opens with "et"', () => {
    expect(blocks.map((b) => b.text.slice(0, 14))).toEqual(['c) Souligner l', "e) d'autres ac", 'examine commen', "d) le deuxième", 'et exige des r']);
  });
});

/**
 * A page end right after a cited resolution's number, its part letter opening the next page, no
 * notes printed there (issue 14): ../shared/akn-dev/A_RES_80_243.fr.xml, the preambular paragraph
 * "*Rappelant* sa résolution 58/284 du 8 avril 2004, … la section XVI de sa résolution 75/253 A,
 * la section XI de sa résolution 76/246 A, … et la section II de sa résolution 79/258 A," — cut
 * after "75/253" (test/fixtures/markdown/page-cut-part-letter-80-243.md, with a later preambular
 * paragraph, "*Ayant examiné* le rapport … Chambres extraordinaires …").
 */
describe('a page cut before the part letter of a cited resolution (A/RES/80/243)', () => {
  const blocks = parseMarkdown(readFileSync(join(FIXTURES, 'markdown', 'page-cut-part-letter-80-243.md'), 'utf8')).blocks;

  it('re-joins "… sa résolution 75/253" and "A, la section XI …"', () => {
    expect(blocks.map((b) => b.text.slice(0, 13))).toEqual(['Rappelant sa ', 'Ayant examiné']);
    expect(blocks[0]!.text).toContain('la section XVI de sa résolution 75/253 A, la section XI de sa résolution 76/246 A,');
  });
});

/**
 * A page end right after a full stop inside a lettered item, no notes printed there (issue 14):
 * ../shared/akn-dev/A_RES_79_314.fr.xml, the items after operative paragraph 2 ("*Fait sienne* la
 * déclaration intitulée « Notre océan, notre avenir … »"): item d) is one `<p>`, "d) Nous sommes
 * en faveur d’une interface sciences-politiques robuste … les mesures à prendre. Nous constatons
 * qu’il est possible de promouvoir … de l’océan ;", cut after "prendre." (fixture
 * test/fixtures/markdown/page-cut-sentence-79-314.md: header lines, paragraph 2, items c) to e)).
 * Nothing in the words tells the cut from a new paragraph; the place does: between d) and e)
 * (recognition, all formats).
 */
describe('a plain paragraph between two consecutive lettered items (A/RES/79/314)', async () => {
  const { parseText } = await import('../../src/parse.js');
  const path = join(FIXTURES, 'markdown', 'page-cut-sentence-79-314.md');
  const doc = await parseText(readFileSync(path, 'utf8'), { path });

  it('is the rest of the first item', () => {
    const subs = doc.paragraphs.filter((p) => p.kind === 'subparagraph');
    expect(subs.map((p) => p.number)).toEqual(['c)', 'd)', 'e)']);
    expect(subs[1]!.text).toContain("les politiques et les mesures à prendre. Nous constatons qu'il est possible de promouvoir la conservation");
    expect(doc.paragraphs.some((p) => p.text.startsWith('Nous constatons'))).toBe(false);
  });
});
