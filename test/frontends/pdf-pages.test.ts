/**
 * PDF text with the page furniture real UN resolution PDFs print at every page break (issue 14):
 * a running header with the symbol alone or with a short title on either side, a footer with the
 * page and the job number in either order, footnotes under a rule, link URL lines, lines of
 * spaces around them. The fixtures (test/fixtures/pdf/) are excerpts of dev-folder resolutions
 * laid out so; every expected text below was read in the resolution's AKN file
 * (../shared/akn-dev/A_RES_…fr.xml), not taken from the program's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePdfText } from '../../src/frontends/pdf-text.js';
import { footerPages, headerShapeSymbol } from '../../src/lexicon/pdf-layout.js';
import type { Block, FrontEndResult } from '../../src/types.js';
import { blockStarting } from '../helpers/blocks.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pdf');
const parseFixture = (name: string): FrontEndResult => parsePdfText(readFileSync(join(FIXTURES, name), 'utf8'));

/** The text before each footnote reference of a block, `tail` characters long. */
function refsAfter(block: Block, tail: number): Array<[string, string]> {
  return block.footnotes.map((f) => [f.marker, block.text.slice(Math.max(0, f.offset - tail), f.offset)]);
}

const paragraphs = (r: FrontEndResult): Block[] => r.blocks.filter((b) => b.kind !== 'footnote');
const footnotes = (r: FrontEndResult): Array<[string | undefined, string]> =>
  r.blocks.filter((b) => b.kind === 'footnote').map((b) => [b.marker, b.text]);

/** Page furniture or its debris inside a paragraph. */
const DEBRIS = /A\/RES\/\d|\d{2}-\d{5}|\b\d{1,2}\/\d{1,2}\b|https?:|_{5}/u;

describe('A/RES/75/110 pages 1–4: headers with a title on either side, footers in either order', () => {
  const r = parseFixture('A_RES_75_110-pages-1-4.txt');

  it('gives the preambular paragraphs of the XML, each whole across its page break', () => {
    expect(paragraphs(r).map((b) => b.text)).toEqual([
      '75/110. Question des Îles Vierges britanniques',
      'L’Assemblée générale,',
      'Ayant examiné la question des Îles Vierges britanniques ainsi que le rapport du Comité spécial chargé d’étudier la situation en ce qui concerne l’application de la Déclaration sur l’octroi de l’indépendance aux pays et aux peuples coloniaux sur ses travaux de 2020,',
      // page 2 ends after "des autres": footnote, footer, header, then " informations pertinentes,"
      'Prenant note du document de travail établi par le Secrétariat sur les Îles Vierges britanniques, ainsi que des autres informations pertinentes,',
      'Considérant que toutes les formules possibles d’autodétermination du territoire sont valables dès lors qu’elles correspondent aux vœux librement exprimés par le peuple des Îles Vierges britanniques et qu’elles sont conformes aux principes clairement définis dans ses résolutions 1514 (XV) du 14 décembre 1960 et 1541 (XV) du 15 décembre 1960 et d’autres résolutions qu’elle a adoptées,',
      'Constatant avec préoccupation que, 60 ans après l’adoption de la Déclaration sur l’octroi de l’indépendance aux pays et aux peuples coloniaux, 17 territoires, dont les Îles Vierges britanniques, ne sont toujours pas autonomes,',
      'Sachant qu’il importe de continuer d’appliquer effectivement la Déclaration, compte tenu de l’objectif que s’est fixé l’Organisation des Nations Unies d’éliminer le colonialisme à l’échéance de 2020 et des plans d’action pour les deuxième et troisième Décennies internationales de l’élimination du colonialisme,',
    ]);
    // only the title is a heading: a paragraph cut at a page end is not set apart by the margin
    expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['75/110. Question des Îles Vierges britanniques']);
  });

  it('reads the markers spaced (2020 1 ,), glued (britanniques2,) and alone on a line as references', () => {
    const [, , first, second, , fourth, fifth] = paragraphs(r);
    expect(refsAfter(first!, 7)).toEqual([['1', 'de 2020']]);
    expect(refsAfter(second!, 12)).toEqual([['2', 'britanniques']]);
    expect(refsAfter(fourth!, 9)).toEqual([['3', 'coloniaux']]);
    expect(refsAfter(fifth!, 8)).toEqual([['4', 'deuxième']]);
    expect(footnotes(r)).toEqual([
      ['1', 'Documents officiels de l’Assemblée générale, soixante-quinzième session, Supplément no 23 (A/75/23).'],
      ['2', 'A/AC.109/2020/4.'],
      ['3', 'Résolution 1514 (XV).'],
      ['4', 'A/56/61, annexe.'],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('leaves no header, footer or URL in the text, and reports the header symbol', () => {
    for (const b of paragraphs(r)) expect(b.text).not.toMatch(DEBRIS);
    expect(r.meta?.symbol).toBe('A/RES/75/110');
  });
});

describe('A/RES/77/174 pages 12–14: numbered paragraphs that open a page under its header', () => {
  const r = parseFixture('A_RES_77_174-pages-12-14.txt');

  it('keeps operative 1 to 3 apart, with their numbers', () => {
    expect(paragraphs(r).map((b) => b.text.slice(0, 30))).toEqual([
      'Soulignant que le multilatéral',
      'Préoccupée par les risques fin',
      '1. Prend acte du rapport du Se',
      '2. Note que le Programme de dé',
      '3. Réaffirme qu’il faut contin',
    ]);
    expect(blockStarting(r.blocks, '1. Prend').text).toBe('1. Prend acte du rapport du Secrétaire général ;');
    expect(blockStarting(r.blocks, '2. Note').text).toBe(
      '2. Note que le Programme de développement durable à l’horizon 2030, le Programme d’action d’Addis-Abeba issu de la troisième Conférence internationale sur le financement du développement et l’Accord de Paris adopté en vertu de la Convention-cadre des Nations Unies sur les changements climatiques reprennent bon nombre des idées et des recommandations formulées dans la Déclaration concernant l’instauration d’un nouvel ordre économique international et dans le Programme d’action concernant l’instauration d’un nouvel ordre économique international ;',
    );
    expect(blockStarting(r.blocks, '3. Réaffirme').text).toBe(
      '3. Réaffirme qu’il faut continuer de s’employer à instaurer un nouvel ordre économique international fondé sur les principes d’équité, d’égalité souveraine, d’interdépendance, d’intérêt commun, de coopération et de solidarité entre tous les États ;',
    );
  });

  it('reads a marker glued to a year (20307) and to words, and takes up a footnote sequence under its rule', () => {
    expect(refsAfter(blockStarting(r.blocks, '1. Prend'), 7)).toEqual([['6', 'général']]);
    expect(refsAfter(blockStarting(r.blocks, '2. Note'), 6)).toEqual([
      ['7', 'n 2030'],
      ['8', 'pement'],
      ['9', 'tiques'],
      ['10', 'tional'],
      ['11', 'tional'],
    ]);
    expect(footnotes(r).map(([m]) => m)).toEqual(['6', '7', '8', '9', '10', '11']);
    expect(footnotes(r)[3]).toEqual(['9', 'Voir FCCC/CP/2015/10/Add.1, décision 1/CP.21, annexe.']);
    for (const b of paragraphs(r)) expect(b.text).not.toMatch(DEBRIS);
  });
});

describe('A/RES/79/160 pages 7–8: a resolution number opening a page is text, not a page footer', () => {
  const r = parseFixture('A_RES_79_160-pages-7-8.txt');

  it('keeps "78/190" and its footnote, printed alone under it', () => {
    const op3 = blockStarting(r.blocks, '3. Prend note');
    expect(op3.text).toBe(
      '3. Prend note du rapport que la Rapporteuse spéciale sur les formes contemporaines de racisme, de discrimination raciale, de xénophobie et de l’intolérance qui y est associée a établi pour faire suite à la demande qu’elle a formulée dans sa résolution 78/190 ;',
    );
    expect(refsAfter(op3, 6)).toEqual([['11', '78/190']]);
    expect(footnotes(r)).toEqual([['11', 'A/79/195.']]);
    expect(blockStarting(r.blocks, '4. Constate').text.endsWith('combattre réellement ce fléau ;')).toBe(true);
  });
});

describe('A/RES/76/106 pages 18–19: numbers that read like markers', () => {
  const r = parseFixture('A_RES_76_106-pages-18-19.txt');

  it('takes "général 18 ," for the reference, not "paragraphes 18 et 19"', () => {
    const op30 = blockStarting(r.blocks, '30. Prend acte');
    expect(op30.text).toBe(
      '30. Prend acte du rapport présentant les mises à jour apportées aux politiques et procédures régissant, au sein du système des Nations Unies, le traitement des allégations visées aux paragraphes 18 et 19 de la présente résolution et établi par le Secrétaire général, et prie ce dernier de continuer de faire rapport sur toute éventuelle mise à jour de ces politiques et procédures et d’élaborer des recommandations concourant à l’application cohérente, systématique et coordonnée, dans l’ensemble du système des Nations Unies, de ces politiques et procédures relatives au signalement des allégations crédibles d’infraction imputable à un fonctionnaire ou expert en mission des Nations Unies, ainsi qu’aux mesures d’enquête, de renvoi et de suivi s’y rapportant ;',
    );
    expect(refsAfter(op30, 18)).toEqual([['18', 'Secrétaire général']]);
    expect(footnotes(r)).toEqual([['18', 'A/76/205.']]);
  });

  it('reads the header printed before the footer (symbol alone) and keeps operative 31 whole', () => {
    expect(blockStarting(r.blocks, '31. Prie').text).toBe(
      '31. Prie le Secrétaire général de lui rendre compte, à sa soixante-dix-septième session, de l’application de la présente résolution, en particulier des paragraphes 10, 12, 13, 15, 18, 20 et 30, et des problèmes concrets rencontrés à cette occasion, en se fondant sur les informations reçues des États et du Secrétariat ;',
    );
    for (const b of paragraphs(r)) expect(b.text).not.toMatch(/A\/RES|21-18652|19\/20/u);
  });
});

describe('A/RES/75/1 pages 8–10: a page that ends on a full stop inside a paragraph', () => {
  // two extracts of the declaration: operative 13 (cut after "Programme 2030." by page 8's
  // margin, footer and header) and operatives 18–19 (page 10 opens with "19.")
  const r = parseFixture('A_RES_75_1-pages-8-9.txt');

  it('continues operative 13 on the next page (indent 1 where new paragraphs have 2)', () => {
    expect(blockStarting(r.blocks, '13. Nous').text).toBe(
      '13. Nous améliorerons la coopération numérique. Le numérique a profondément transformé la société. Il offre des occasions sans précédent, mais s’accompagne aussi de nouveaux défis. Lorsqu’elles sont utilisées de manière inappropriée ou à des fins malveillantes, les technologies numériques peuvent alimenter les divisions entre les pays et en leur sein, accroître l’insécurité, saper les droits humains et creuser les inégalités. La connectivité et la prospérité socioéconomique de notre monde dépendant plus que jamais des outils numériques, il faut continuer de considérer comme des priorités l’élaboration d’une vision commune en ce qui concerne la coopération numérique et l’avènement d’un avenir numérique, qui montre tout le potentiel offert par une utilisation bénéfique des technologies, et la prise en compte des problèmes de confiance et de sécurité numériques. Le numérique peut nous permettre d’accélérer la réalisation du Programme 2030. Nous devons faire en sorte que tout le monde puisse avoir accès au numérique dans des conditions de sécurité et à un coût abordable. L’Organisation des Nations Unies peut être une plateforme permettant à toutes les parties prenantes de participer aux discussions à ce sujet.',
    );
    // `* * *` between operatives 18 and 19 is layout (dropped, as the markdown front-end does)
    expect(paragraphs(r).map((b) => b.text.slice(0, 12))).toEqual(['13. Nous amé', '18. Nous ser', '19. Ce dont ']);
    for (const b of paragraphs(r)) expect(b.text).not.toMatch(/A\/RES|20-12589|\d+\/11/u);
  });
});

describe('the layout vocabulary of headers and footers', () => {
  it.each([
    ['A/RES/75/110', 'A/RES/75/110'],
    ['A/RES/75/110 Question des Îles Vierges britanniques', 'A/RES/75/110'],
    ['Question des Îles Vierges britanniques A/RES/75/110', 'A/RES/75/110'],
    ['Régime commun des Nations Unies A/RES/75/245 B', 'A/RES/75/245 B'],
    ['A/RES/76/247 A-C Budget-programme de 2022', 'A/RES/76/247 A-C'],
    ['2025, Année internationale des coopératives A/RES/78/289', 'A/RES/78/289'],
    // a short title opening with a spaced quote (A/RES/78/261)
    ['A/RES/78/261 « Sommet social mondial » intitulé « Deuxième Sommet mondial', 'A/RES/78/261'],
    // a sentence ending with a symbol and a full stop (a footnote of A/RES/77/248)
    ['Organisation maritime internationale, document LEG/CONF.15/22.', null],
    ['dans sa résolution A/RES/75/1', null],
  ])('%s → %s', (line, symbol) => {
    expect(headerShapeSymbol(line)).toBe(symbol);
  });

  it('reads page counts from footers, and marks a page number printed alone', () => {
    expect(footerPages('20-16945 3/11')).toEqual({ total: 11, alone: false });
    expect(footerPages('2/11 20-16945')).toEqual({ total: 11, alone: false });
    expect(footerPages('78/190')).toEqual({ total: 190, alone: true });
    expect(footerPages('Point 61 de l’ordre du jour')).toBeNull();
  });
});

describe('numbers and words the PDF-text front-end must leave as printed', () => {
  /** One page of PDF text: the lines, a footnote block defining `defs`, a footer. */
  const page = (lines: string[], defs: string[]): string =>
    [...lines.flatMap((l) => [l, '']), '__________________ ', '', ...defs.flatMap((d) => [` ${d}`, '']), '20-16945 1/11 ', ''].join('\n');

  it('does not take a decimal number for a spaced marker (A/RES/76/219 "4,5 milliards")', () => {
    const r = parsePdfText(
      page([' Notant que 4,5 milliards de personnes dépendent des systèmes alimentaires 4 , '], ['4 Voir A/76/1.']),
    );
    expect(r.blocks[0]!.text).toBe('Notant que 4,5 milliards de personnes dépendent des systèmes alimentaires,');
    expect(refsAfter(r.blocks[0]!, 10)).toEqual([['4', 'imentaires']]);
  });

  it('does not join a function word to the next word (A/RES/80/210 "de venir", A/RES/76/10 "quel que")', () => {
    const r = parsePdfText(
      [' Se félicitant de l’engagement de venir à bout de la faim, quel que soit le devenir ', '', 'du quelque système, ', ''].join('\n'),
    );
    expect(r.blocks[0]!.text).toBe('Se félicitant de l’engagement de venir à bout de la faim, quel que soit le devenir du quelque système,');
  });

  it('keeps the hyphen of a word cut before a number at a line end (A/RES/77/167 "l’après-" / "2020")', () => {
    const r = parsePdfText([' le cadre mondial de la biodiversité pour l’après- ', '', '2020, qui sera adopté ; ', ''].join('\n'));
    expect(r.blocks[0]!.text).toBe('le cadre mondial de la biodiversité pour l’après-2020, qui sera adopté ;');
  });
});

describe('notes printed in the text, read as the markdown front-end reads them', () => {
  it('reads "* A/75/150." under operative 1 of A/RES/75/1 as the asterisk note, and "* * *" as layout', () => {
    const r = parsePdfText(
      [' 1. Nous, chefs d’État et de gouvernement, nous sommes réunis. ', '', ' * A/75/150. ', '', ' * * * ', '', ' 2. L’Organisation des Nations Unies est née. ', ''].join('\n'),
    );
    expect(r.blocks.map((b) => [b.kind, b.marker ?? null, b.text])).toEqual([
      ['paragraph', null, '1. Nous, chefs d’État et de gouvernement, nous sommes réunis.'],
      ['footnote', '*', 'A/75/150.'],
      ['paragraph', null, '2. L’Organisation des Nations Unies est née.'],
    ]);
  });
});
