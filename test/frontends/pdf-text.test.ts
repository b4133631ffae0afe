/**
 * PDF-text front-end on the three PDF seeds (001, 002, 004) and on small constructed inputs.
 * Every expected value below was read in the seed text itself (line numbers in comments).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePdfText } from '../../src/frontends/pdf-text.js';
import type { Block, BlockKind, FrontEndResult } from '../../src/types.js';
import { seed } from '../helpers/paths.js';
import { blockStarting, countKinds } from '../helpers/blocks.js';

const cache = new Map<string, FrontEndResult>();
function parseSeed(n: '001' | '002' | '004'): FrontEndResult {
  let r = cache.get(n);
  if (!r) {
    r = parsePdfText(readFileSync(seed(n), 'utf8'));
    cache.set(n, r);
  }
  return r;
}

const counts = countKinds;

/** Assert that the reference to `marker` in `block` stands right after `tail`. */
function refAfter(block: Block, marker: string, tail: string): void {
  const ref = block.footnotes.find((f) => f.marker === marker);
  expect(ref, `reference ${marker} in "${block.text.slice(0, 40)}"`).toBeDefined();
  expect(block.text.slice(Math.max(0, ref!.offset - tail.length), ref!.offset)).toBe(tail);
}

function footnote(blocks: Block[], marker: string, nth = 0): { block: Block; index: number } {
  const all = blocks.flatMap((b, index) => (b.kind === 'footnote' && b.marker === marker ? [{ block: b, index }] : []));
  expect(all.length, `footnote ${marker}`).toBeGreaterThan(nth);
  return all[nth]!;
}

const firstWords = (blocks: Block[], kind: BlockKind, n = 3): string[] =>
  blocks.filter((b) => b.kind === kind).map((b) => b.text.split(' ').slice(0, n).join(' '));

describe('seed 001 (draft resolution, sponsors over broken lines)', () => {
  const r = (): FrontEndResult => parseSeed('001');

  it('counts blocks per kind: 2 headings (sponsor line, title), 24 paragraphs (formula, 18 preambular, 5 operative), 4 items, 4 footnotes', () => {
    expect(counts(r().blocks)).toEqual({ heading: 2, paragraph: 24, 'list-item': 4, footnote: 4, 'table-row': 0 });
    expect(r().warnings).toEqual([]);
  });

  it('reads the sponsor line (eight printed lines) and the title broken over two lines as one heading each', () => {
    const [sponsors, title, formula] = r().blocks;
    expect(sponsors!.kind).toBe('heading');
    expect(sponsors!.text.startsWith('Algérie, Angola, Arménie, Bélarus')).toBe(true);
    expect(sponsors!.text).toContain('République populaire démocratique de Corée, Soudan');
    expect(sponsors!.text.endsWith('Viet Nam et Zimbabwe : projet de résolution')).toBe(true);
    expect([sponsors!.line, sponsors!.endLine]).toEqual([1, 15]);
    expect(title).toMatchObject({ kind: 'heading', text: 'Progrès de l’informatique et des télécommunications et sécurité internationale', line: 20, endLine: 22 });
    expect(formula).toMatchObject({ kind: 'paragraph', text: 'L’Assemblée générale,' });
  });

  it('keeps the first words of every preambular and operative paragraph', () => {
    expect(firstWords(r().blocks, 'paragraph', 2).slice(1)).toEqual([
      'Rappelant ses', 'Rappelant également', 'Notant les', 'Affirmant que', 'Rappelant, à', 'Prenant en',
      'Prenant également', 'Notant que', 'Se déclarant', 'Jugeant indispensable', 'Notant l’importance',
      'Notant également', 'Prenant acte', 'Se félicitant', 'Considérant que', 'Notant qu’en', 'Prenant note',
      'Prenant acte', '1. Demande', '2. Estime', '3. Invite', '4. Se', '5. Décide',
    ]);
    expect(firstWords(r().blocks, 'list-item', 2)).toEqual(['a) L’ensemble', 'b) Les', 'c) Les', 'd) Les']);
  });

  it('joins "1" / "er" (lines 29-30) into an ordinal, not a footnote', () => {
    const b = blockStarting(r().blocks, 'Rappelant ses résolutions 53/70');
    expect(b.text).toContain('54/49 du 1er décembre 1999, 55/28');
    expect(b.footnotes).toEqual([]);
  });

  it('re-joins the paragraphs cut by a page break', () => {
    // line 60/61: a page starts mid-paragraph (" bien commun")
    expect(blockStarting(r().blocks, 'Affirmant que ce processus').text).toContain('coopération pour le bien commun de tous les États');
    // lines 269 | footnote 4 + URL | 278
    const op4 = blockStarting(r().blocks, '4. Se félicite du démarrage');
    expect(op4.text).toContain('des technologies de l’information et de la communication dans les conflits');
    expect([op4.line, op4.endLine]).toEqual([257, 286]);
  });

  it('attaches each footnote marker on its own line to its paragraph, repeated references included', () => {
    const blocks = r().blocks;
    refAfter(blockStarting(blocks, 'Prenant en considération'), '1', 'y ont été formulées');
    expect(blockStarting(blocks, 'Prenant en considération').text.endsWith('formulées,')).toBe(true);
    refAfter(blockStarting(blocks, 'Prenant également'), '2', 'au 18 novembre 2005');
    refAfter(blockStarting(blocks, 'Prenant acte des rapports'), '3', 'consignées ces observations');
    refAfter(blockStarting(blocks, 'Prenant note avec'), '4', 'par le Secrétaire général');
    const op3 = blockStarting(blocks, '3. Invite');
    refAfter(op3, '4', 'de la sécurité internationale');
    expect(op3.text).toContain('sécurité internationale, leurs vues et observations');
  });

  it('emits the footnote definitions after the block in which their page ended', () => {
    const blocks = r().blocks;
    const f1 = footnote(blocks, '1');
    expect(f1.block.text).toBe('Voir A/51/261, annexe.');
    expect(blocks[f1.index - 1]!.text.startsWith('Considérant que les observations')).toBe(true);
    expect(footnote(blocks, '2').block.text).toBe('Voir A/C.2/59/3 et A/60/687.');
    expect(footnote(blocks, '3').block.text.startsWith('A/54/213, A/55/140 et Corr.1')).toBe(true);
    expect(footnote(blocks, '3').block.text.endsWith('A/68/156 et Add.1 et A/69/112 et Add.1.')).toBe(true);
    const f4 = footnote(blocks, '4');
    expect(f4.block.text).toBe('A/68/98.');
    // the page ended inside operative 4, which continues after the footnote block
    expect(blocks[f4.index - 1]!.text.startsWith('4. Se félicite du démarrage')).toBe(true);
    expect(blocks[f4.index + 1]!.text.startsWith('5. Décide')).toBe(true);
  });

  it('repairs words broken by spaces and keeps the rest as printed', () => {
    const blocks = r().blocks;
    expect(blockStarting(blocks, '1. Demande').text).toContain('dans le domaine de la sécurité informatique');
    const op4 = blockStarting(blocks, '4. Se félicite du démarrage').text;
    expect(op4).toContain('rapport susvisé, l’examen des risques');
    expect(op4).toContain('ainsi que l’étude des principes');
    expect(op4).toContain('promouvoir l’adoption de vues');
    expect(op4).toContain('un rapport sur les résultats de ces travaux à sa soixante-dixième session;');
    expect(blockStarting(blocks, 'Considérant que').text).toContain('internationales d’experts ont contribué à faire mieux comprendre la nature des questions de sécurité');
  });

  it('turns the URL lines into link evidence on the block that prints the symbol', () => {
    const f1 = footnote(r().blocks, '1').block;
    expect(f1.links).toEqual([{ text: 'A/51/261', href: 'http://undocs.org/fr/A/51/261', offset: 5 }]);
    const f4 = footnote(r().blocks, '4').block;
    expect(f4.links).toEqual([{ text: 'A/68/98', href: 'http://undocs.org/fr/A/68/98', offset: 0 }]);
    expect(r().blocks.some((b) => b.text.includes('undocs.org'))).toBe(false);
  });
});

describe('seed 002 (OEWG report: headings, agenda, bullets, 29 footnotes)', () => {
  const r = (): FrontEndResult => parseSeed('002');

  it('counts blocks per kind', () => {
    // headings: title, I–III with A–G (10), Annexe, the annex title, annex A–G (7), 6 × "Prochaines étapes recommandées"
    // paragraphs: 17 numbered + 8 agenda points; annex 18 numbered + 20 recommended steps
    // list items: agenda a)–g), 9 bullets; annex 28 lettered/roman items
    expect(counts(r().blocks)).toEqual({ heading: 26, paragraph: 63, 'list-item': 44, footnote: 29, 'table-row': 0 });
    expect(r().warnings).toEqual([]);
  });

  it('reads the headings', () => {
    const headings = r().blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings.slice(0, 13)).toEqual([
      'Rapport du Groupe de travail à composition non limitée sur la sécurité du numérique et de son utilisation (2021-2025)',
      'I. Introduction', 'II. Questions d’organisation', 'A. Ouverture et durée des sessions', 'B. Participation',
      'C. Membres du Bureau', 'D. Adoption de l’ordre du jour', 'E. Organisation des travaux', 'F. Documentation',
      'G. Activités du Groupe de travail', 'III. Adoption du rapport', 'Annexe',
      'Rapport d’activité sur les débats du Groupe de travail tenus au titre du point 5 de l’ordre du jour',
    ]);
    expect(headings).toContain('C. Règles, normes et principes relatifs au comportement responsable des États');
    expect(headings.filter((h) => h === 'Prochaines étapes recommandées')).toHaveLength(6);
  });

  it('keeps numbers and labels in the text; removes bullets', () => {
    const blocks = r().blocks;
    expect(firstWords(blocks, 'paragraph', 2).slice(0, 8)).toEqual([
      '1. Dans', '2. Le', '3. Le', '4. La', '5. À', '6. À', '1. Élection', '2. Adoption',
    ]);
    const bullets = blocks.filter((b) => b.kind === 'list-item' && !/^[a-z]+\)/u.test(b.text));
    expect(bullets).toHaveLength(9);
    expect(bullets[0]!.text.startsWith('Les États Membres du Groupe de travail s’engagent')).toBe(true);
    expect(bullets[8]!.text.startsWith('Les modalités de ce Groupe de travail')).toBe(true);
    expect(blockStarting(blocks, 'i) La mise en place de politiques').kind).toBe('list-item');
    // "b) les échanges de vues" (line 1394) is an unindented enumeration inside paragraph 2
    expect(blockStarting(blocks, '2. Les États engagent, aux quatrième').text).toContain('existants ; b) les échanges de vues');
  });

  it('re-joins the paragraphs cut by a page break', () => {
    const blocks = r().blocks;
    // 488 | footnotes *, 1–5 and 13 URL lines | 519
    expect(blockStarting(blocks, '3. Le Groupe de travail a rappelé').text).toContain('participation des États ; de poursuivre l’examen des risques');
    // 831 | footnotes 12–14 | 832
    expect(blockStarting(blocks, 'ii) La mise en place de mesures').text).toContain('multilatéral ; l’élaboration et la mise en œuvre de règles');
    // 1234 | footnote 23 | 1239
    expect(blockStarting(blocks, '5. Les États sont encouragés à continuer').text).toContain('sur les progrès de l’informatique et des télécommunications dans le contexte');
    // 1334 | footnotes 24, 25 | 1341
    expect(blockStarting(blocks, 'g) Les États ont rappelé').text).toContain('nationales de cybersécurité, l’octroi d’un accès');
    // 1439 | footnote 26 | 1444
    expect(blockStarting(blocks, '18. Les États, réaffirmant').text).toContain('à divers degrés par les États et susceptibles d’être étoffées');
  });

  it('recognises glued, year-glued and spaced markers by the footnote sequence', () => {
    const blocks = r().blocks;
    expect(blockStarting(blocks, 'Annexe').footnotes).toEqual([{ marker: '*', offset: 6 }]);
    const p1 = blockStarting(blocks, '1. Les première, deuxième');
    refAfter(p1, '1', 'd’experts gouvernementaux'); // "gouvernementaux 1 ."
    expect(p1.text).toContain('gouvernementaux. À cet égard');
    const p2 = blockStarting(blocks, '2. En outre');
    refAfter(p2, '2', 'e la sécurité internationale'); // "internationale 2 et"
    refAfter(p2, '3', '2010, 2013, 2015 et 2021'); // "et 2021 3 ."
    refAfter(p2, '4', 'dans l’environnement numérique'); // "numérique4."
    refAfter(p2, '5', 'leur utilisation du numérique'); // "numérique5,"
    refAfter(blockStarting(blocks, 'c) La coopération et l’assistance'), '13', 'sécurité de ces chaînes, citons'); // "citons 13 :"
    expect(blockStarting(blocks, 'c) La coopération et l’assistance').text.endsWith('citons :')).toBe(true);
    const d = blockStarting(blocks, 'd) Les États pourraient envisager de mener');
    refAfter(d, '16', 'de la sécurité internationale'); // "internationale16"
    refAfter(d, '17', 'Groupe de travail de 2021'); // "202117."
    expect(d.text.endsWith('du Groupe de travail de 2021.')).toBe(true);
    const e = blockStarting(blocks, 'e) En ce qui concerne');
    refAfter(e, '18', 'dans le rapport de 2021'); // "de 2021 18 )"
    expect(e.text).toContain('dans le rapport de 2021) dans le cadre');
    refAfter(blockStarting(blocks, 'c) Rappelant la recommandation du Groupe'), '22', 'Groupe de travail précédent'); // "précédent 22,"
    const b18 = blockStarting(blocks, 'b) Les États ont pris note');
    refAfter(b18, '27', 'composition non limitée 2021-2025'); // "2021-202527."
    expect(b18.text.endsWith('limitée 2021-2025.')).toBe(true);
  });

  it('emits footnotes after the block in which the page ended, in marker order', () => {
    const blocks = r().blocks;
    const star = footnote(blocks, '*');
    expect(star.block.text).toBe('La version originale du présent document n’a pas été revue par les services d’édition.');
    expect(blocks[star.index - 1]!.text.startsWith('3. Le Groupe de travail a rappelé')).toBe(true);
    expect(blocks.slice(star.index, star.index + 6).map((b) => b.marker)).toEqual(['*', '1', '2', '3', '4', '5']);
    expect(footnote(blocks, '5').block.text).toBe('Rapport de 2021 du Groupe d’experts gouvernementaux, A/76/135, par. 2, et résolution 76/19 de l’Assemblée générale, adoptée par consensus.');
    const f12 = footnote(blocks, '12');
    expect(blocks[f12.index - 1]!.text.startsWith('ii) La mise en place de mesures')).toBe(true);
    expect(footnote(blocks, '28').block.text).toBe('Rapport de 2021 du Groupe de travail à composition non limitée, A/75/816, annexe I, par. 79.');
    const markers = blocks.filter((b) => b.kind === 'footnote').map((b) => b.marker);
    expect(markers).toEqual(['*', ...Array.from({ length: 28 }, (_, i) => String(i + 1))]);
  });

  it('repairs spurious spaces', () => {
    const blocks = r().blocks;
    expect(blockStarting(blocks, '16. Les États, réaffirmant').text).toContain('fins du comportement responsable');
    expect(blockStarting(blocks, 'e) Les États ont souligné').text).toContain('le Groupe de travail lui-même servait');
    expect(blockStarting(blocks, 'g) Les États ont rappelé').text).toContain('la valeur des contributions apportées');
    expect(blockStarting(blocks, '8. Les États, rappelant').text).toContain('représente l’utilisation');
  });

  it('keeps the URL lines as link evidence, and an inline URL as text', () => {
    const p1 = blockStarting(r().blocks, '1. Dans sa résolution 75/240');
    expect(p1.links).toEqual([{ text: '75/240', href: 'https://undocs.org/fr/A/RES/75/240', offset: p1.text.indexOf('75/240') }]);
    const p11 = blockStarting(r().blocks, '11. Une liste complète');
    expect(p11.text.endsWith('suivant : https://meetings.unoda.org/meeting/oewg-ict-2021.')).toBe(true);
    expect(p11.links.map((l) => l.href)).toEqual(['https://meetings.unoda.org/meeting/oewg-ict-2021']);
  });
});

describe('seed 004 (First Committee report A/75/394: votes, two drafts, two decisions)', () => {
  const r = (): FrontEndResult => parseSeed('004');

  it('counts blocks per kind', () => {
    // headings: I, II, A–D, III + 4 × (designation + title); paragraphs: 18 numbered, 5 votes × 6,
    // draft I (formula + 16 preambular + 7 operative), draft II (formula + 22 + 5), 2 decisions
    expect(counts(r().blocks)).toEqual({ heading: 15, paragraph: 102, 'list-item': 7, footnote: 7, 'table-row': 0 });
    expect(r().warnings).toEqual([]);
  });

  it('reads designations and titles of the drafts as separate headings', () => {
    const headings = r().blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'I. Introduction', 'II. Examen de projets de résolution et de décision', 'A. Projet de résolution A/C.1/75/L.4',
      'B. Projet de résolution A/C.1/75/L.8/Rev.1', 'C. Examen du projet de décision A/C.1/75/L.47',
      'D. Examen du projet de décision A/C.1/75/L.60', 'III. Recommandations de la Première Commission',
      'Projet de résolution I', 'Favoriser le comportement responsable des États dans le cyberespace dans le contexte de la sécurité internationale',
      'Projet de résolution II', 'Progrès de l’informatique et des télécommunications et sécurité internationale',
      'Projet de décision I',
      'Groupe de travail à composition non limitée sur les progrès de l’informatique et des télécommunications dans le contexte de la sécurité internationale créé par la résolution 73/27 de l’Assemblée générale en date du 5 décembre 2018',
      'Projet de décision II',
      'Groupe d’experts gouvernementaux chargé d’examiner les moyens de favoriser le comportement responsable des États dans le cyberespace dans le contexte de la sécurité internationale, créé par la résolution 73/266 de l’Assemblée générale en date du 22 décembre 2018',
    ]);
  });

  it('separates each vote label from its list of countries', () => {
    const blocks = r().blocks;
    const labels = blocks.filter((b) => /^(Ont voté|Se sont abstenus)/u.test(b.text)).map((b) => b.text);
    expect(labels).toHaveLength(15);
    expect(labels.slice(0, 3)).toEqual(['Ont voté pour :', 'Ont voté contre :', 'Se sont abstenus :']);
    const i = blocks.findIndex((b) => b.text === 'Ont voté pour :');
    expect(blocks[i + 1]!.text.startsWith('Afghanistan, Afrique du Sud, Albanie')).toBe(true);
  });

  it('re-joins country lists and paragraphs split across pages', () => {
    const blocks = r().blocks;
    // 48 | 49: a page starts with " régionaux."
    expect(blockStarting(blocks, '3. De sa 2e à sa 10e séance').text).toContain('désignés par les groupes régionaux. La Commission');
    // 145 | footnote 1 + 20 URL lines | 177
    const yes1 = blockStarting(blocks, 'Afghanistan, Afrique du Sud, Albanie');
    expect(yes1.text).toContain('Sao Tomé-et-Principe, Sénégal, Sierra Leone');
    expect(yes1.text.endsWith('Viet Nam, Yémen.')).toBe(true);
    // 278 | 12 URL lines | 292
    expect(blockStarting(blocks, 'Algérie, Angola, Azerbaïdjan, Bélarus').text).toContain('République populaire démocratique de Corée, Singapour, Sri Lanka');
    // 498 | 2 URL lines | 502
    expect(blocks.filter((b) => b.text.includes('République-Unie de Tanzanie, Rwanda, Sainte-Lucie, Saint-Kitts-et-Nevis'))).toHaveLength(1);
    // 685 | 686 and 975 | 976: pages start mid-sentence
    expect(blockStarting(blocks, 'Saluant les travaux').text).toContain('dans le contexte de la sécurité internationale, ainsi que les rapports de 2010');
    expect(blockStarting(blocks, 'Rappelant que, au cours').text).toContain('progrès de l’informatique et des télécommunications dans le contexte');
    // 1070 | footnotes 1, 2 | 1077
    expect(blockStarting(blocks, '1. Décide, pour veiller').text).toContain('sous l’égide de l’Organisation des Nations Unies, un dialogue institutionnel');
  });

  it('keeps real hyphens at line ends', () => {
    const text = r().blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Nouvelle-Zélande, Oman'); // 133 | 135
    expect(text).toContain('Papouasie-Nouvelle-Guinée, Paraguay'); // 135 | 137
    expect(text).toContain('de sa soixante-quinzième session'); // 8 | 10
    expect(text).toContain('avec la Haute-Représentante'); // 44 | 46
    expect(text).toContain('Bosnie-Herzégovine, Botswana'); // 330 | 332
    expect(text).not.toMatch(/\p{L}- \p{L}/u);
  });

  it('drops the running header and footer of the last page', () => {
    const text = r().blocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('20-15344');
    expect(r().blocks.some((b) => b.text === 'A/75/394')).toBe(false);
    expect(blockStarting(r().blocks, '18. La Première Commission').line).toBe(1146);
  });

  it('attaches footnotes glued to years and words', () => {
    const blocks = r().blocks;
    const p3 = blockStarting(blocks, '3. De sa 2e');
    refAfter(p3, '1', '6, 9 et 10 novembre'); // "novembre1."
    refAfter(blockStarting(blocks, 'a) À l’issue d’un vote'), '2', 'voix se sont réparties comme suit'); // "suit 2 :"
    const saluant = blockStarting(blocks, 'Saluant les travaux');
    expect(saluant.text).toContain('les rapports de 2010, 2013 et 2015 auxquels'); // "20101, 20132 et 20153"
    expect(saluant.footnotes.map((f) => f.marker)).toEqual(['1', '2', '3']);
    refAfter(saluant, '3', '2015');
    refAfter(blockStarting(blocks, 'Rappelant que, au cours'), '1', 'dans son rapport de 2015'); // "20151 que"
    refAfter(blockStarting(blocks, 'Confirmant la conclusion à laquelle est parvenu'), '2', 'dans ses rapports de 2013'); // "2013 2  et"
    const fns = blocks.filter((b) => b.kind === 'footnote');
    expect(fns.map((b) => `${b.marker} ${b.text.slice(0, 9)}`)).toEqual([
      '1 Les débat', '2 Par la su', '1 A/65/201.', '2 A/68/98.', '3 A/70/174.', '1 A/70/174.', '2 A/68/98.',
    ]);
  });

  it('repairs spurious spaces inside words', () => {
    const blocks = r().blocks;
    expect(blockStarting(blocks, '2. À sa 1re séance').text).toContain('virtuelles d’une durée de 2 heures');
    expect(blockStarting(blocks, '5. Le 4 octobre').text).toContain('Estonie, les États-Unis d’Amérique, Finlande');
    expect(blockStarting(blocks, 'Réaffirmant la conclusion à laquelle parvient').text).toContain('est applicable et essentiel au maintien');
    expect(blockStarting(blocks, 'Réaffirmant la conclusion à laquelle parvient').text).toContain('de normes, règles et principes');
    expect(blocks.filter((b) => b.text.includes('moyens de télécommunication de pointe'))).toHaveLength(2); // "d e" (637), "téléco mmunication" (870)
  });
});

describe('parsePdfText on constructed layouts', () => {
  const parse = (lines: string[]): Block[] => parsePdfText(lines.map((l) => `${l}\n\n`).join('')).blocks;

  it('drops page furniture and joins a paragraph across it', () => {
    const blocks = parse([' Notant que la diffusion et', '20-15344 2/13', 'A/75/394', ' l’emploi des technologies intéressent,']);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['paragraph', 'Notant que la diffusion et l’emploi des technologies intéressent,']]);
  });

  it('warns about a footnote whose marker is nowhere in the page, and keeps its text', () => {
    const r = parsePdfText(' Un texte sans renvoi,\n\n__________________\n\n 1 Voir A/51/261.\n\n');
    expect(r.blocks.map((b) => b.kind)).toEqual(['paragraph', 'footnote']);
    expect(r.blocks[0]!.footnotes).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['footnote-unmatched']);
  });

  it('does not take a number for a marker unless the page defines it', () => {
    const blocks = parse([' Les points 3 et 5 à 7 de l’ordre du jour, les 9 et 12 octobre.']);
    expect(blocks[0]!.footnotes).toEqual([]);
    expect(blocks[0]!.text).toBe('Les points 3 et 5 à 7 de l’ordre du jour, les 9 et 12 octobre.');
  });

  it('reads tab-separated rows as table rows and cover lines as one block each', () => {
    const blocks = parse(['Distr. limitée', '12 octobre 2023', 'Français', 'Original : anglais', 'I. Introduction . . . . .\t3']);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Distr. limitée'], ['paragraph', '12 octobre 2023'], ['paragraph', 'Français'],
      ['paragraph', 'Original : anglais'], ['table-row', 'I. Introduction | 3'],
    ]);
  });

  it('drops a line-end hyphen only when the joined word is known', () => {
    const blocks = parse([' La sécurité infor-', 'matique et la Nouvelle-', 'Zélande, la sécurité informatique.']);
    expect(blocks[0]!.text).toBe('La sécurité informatique et la Nouvelle-Zélande, la sécurité informatique.');
  });

  it('leaves pieces alone when neither joined form is known', () => {
    const blocks = parse([' Le Viet Nam et la Sierra Leone ont voté ab cd.']);
    expect(blocks[0]!.text).toBe('Le Viet Nam et la Sierra Leone ont voté ab cd.');
  });

  it('keeps a part or section letter apart from the word after it (A/RES/77/263, A/RES/80/226 note 30)', () => {
    // the XML: `75/254 A à C et 75/255 du 31 décembre 2020`, `voir sect. C et E.`
    const blocks = parse([' Rappelant ses résolutions 75/254 A à C et 75/255 du 31 décembre 2020, voir sect. C et E. Cet examen.']);
    expect(blocks[0]!.text).toBe('Rappelant ses résolutions 75/254 A à C et 75/255 du 31 décembre 2020, voir sect. C et E. Cet examen.');
  });

  it('removes private-use characters with a warning', () => {
    const r = parsePdfText(' Texte\uE001 libre.\n\n');
    expect(r.blocks[0]!.text).toBe('Texte libre.');
    expect(r.warnings.map((w) => w.code)).toEqual(['pdf-private-use']);
  });

  it('reads a URL alone followed by an empty line as printed text (a footnote that is a URL)', () => {
    // the next page starts with a paragraph: its indent plus the page-start space
    const r = parsePdfText(' Voir le site1.\n\n__________________\n\n1\n  https://meetings.unoda.org/x\n\nhttps://undocs.org/fr/A/75/1\n  Suite du texte.\n\n');
    expect(r.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Voir le site.'],
      ['footnote', 'https://meetings.unoda.org/x'],
      ['paragraph', 'Suite du texte.'],
    ]);
    expect(r.blocks[0]!.footnotes).toEqual([{ marker: '1', offset: 12 }]);
    // "A/75/1" is printed nowhere on its page: the link goes to the page's last block
    expect(r.blocks[1]!.links).toEqual([{ text: '', href: 'https://undocs.org/fr/A/75/1', offset: -1 }]);
  });

  it('ends a footnote block at a footer, or at an indented line that is not a definition', () => {
    const r = parsePdfText(' Texte des États4 et\n\n__________________\n\n 4 A/68/98.\n\n2/13\n\n suite du texte.\n\n');
    expect(r.blocks.map((b) => [b.kind, b.text])).toEqual([['paragraph', 'Texte des États et suite du texte.'], ['footnote', 'A/68/98.']]);
    const s = parsePdfText(' Un texte5.\n\n__________________\n\n 5 Voir la note\n\nqui continue.\n\n   Rapport annuel\n\n');
    expect(s.blocks.map((b) => [b.kind, b.text])).toEqual([['paragraph', 'Un texte.'], ['footnote', 'Voir la note qui continue.'], ['heading', 'Rapport annuel']]);
  });

  it('repairs a broken word even with a footnote marker glued after it', () => {
    const blocks = parse([' Les résultats sont là ; les résul tats4. Fin.', '__________________', ' 4 Note.']);
    expect(blocks[0]!.text).toBe('Les résultats sont là ; les résultats. Fin.');
    expect(blocks[0]!.footnotes).toEqual([{ marker: '4', offset: 'Les résultats sont là ; les résultats'.length }]);
  });

  it('returns no block for empty or blank input', () => {
    expect(parsePdfText('').blocks).toEqual([]);
    expect(parsePdfText(' \n\n \n').blocks).toEqual([]);
  });
});

describe('running header symbol', () => {
  it('seed 004 prints its symbol A/75/394 as a page header (line 1138): the front-end reports it as metadata', () => {
    const fe = parsePdfText(readFileSync(seed('004'), 'utf8'));
    expect(fe.meta?.symbol).toBe('A/75/394');
    expect(fe.blocks.some((b) => b.text === 'A/75/394')).toBe(false);
  });

  it('seeds 001 and 002 print no running header: no symbol is invented', () => {
    expect(parsePdfText(readFileSync(seed('001'), 'utf8')).meta?.symbol).toBeUndefined();
    expect(parsePdfText(readFileSync(seed('002'), 'utf8')).meta?.symbol).toBeUndefined();
  });
});
