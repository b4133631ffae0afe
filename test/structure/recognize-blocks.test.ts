/**
 * Recognition of hand-built Block streams, as the PDF-text front-end gives them (no hints),
 * with texts copied from the seeds (excerpts: some paragraphs of each document, verbatim).
 */
import { describe, expect, it } from 'vitest';
import { makeBlock } from '../../src/frontends/blocks.js';
import { checkDocument } from '../../src/structure/check.js';
import { recognize } from '../../src/structure/recognize.js';
import type { Block, Document, FrontEndResult } from '../../src/types.js';

const SOURCE = { source_path: 'x.txt', source_format: 'pdf-text' as const, source_sha256: '', source_lines: 0 };

function docOf(blocks: Block[], declared = {}): Document {
  const fe: FrontEndResult = { format: 'pdf-text', blocks, warnings: [] };
  return recognize(fe, { source: SOURCE, declared, fileName: 'x.txt' });
}

let line = 0;
const p = (text: string, extra: Partial<Block> = {}): Block => makeBlock('paragraph', text, ++line, line, extra);
const h = (text: string): Block => makeBlock('heading', text, ++line, line);
const fn = (marker: string, text: string): Block => makeBlock('footnote', text, ++line, line, { marker });
const ref = (marker: string, offset: number) => ({ footnotes: [{ marker, offset }] });

describe('a committee report with its drafts (seed 004, A/75/394, excerpts)', () => {
  line = 0;
  const blocks: Block[] = [
    h('I. Introduction'),
    p('1. À sa 2e séance plénière, le 18 septembre 2020, l’Assemblée générale a décidé, sur la recommandation du Bureau, d’inscrire à l’ordre du jour de sa soixante-quinzième session la question intitulée « Progrès de l’informatique et des télécommunications et sécurité internationale » et de la renvoyer à la Première Commission.'),
    p('2. À sa 1re séance, le 6 octobre 2020, […] de tenir des séances en présentiel et des séances virtuelles.'),
    p('3. De sa 2e à sa 10e séance, […] les 3, 4, 6, 9 et 10 novembre.', ref('1', 30)),
    p('4. Pour l’examen de la question, la Commission était saisie du rapport du Secrétaire général sur les progrès de l’informatique et des télécommunications et la sécurité internationale (A/75/123).'),
    fn('1', 'Les débats que la Commission a consacrés à la question sont consignés dans les documents suivants : A/C.1/75/PV.2, A/C.1/75/PV.3.'),
    h('II. Examen de projets de résolution et de décision'),
    h('A. Projet de résolution A/C.1/75/L.4'),
    p('5. Le 4 octobre, la délégation des États-Unis d’Amérique a déposé un projet de résolution intitulé « Favoriser le comportement responsable des États dans le cyberespace dans le contexte de la sécurité internationale » (A/C.1/75/L.4).'),
    p('6. À sa 14e séance, le 9 novembre, à l’issue d’un vote enregistré, la Commission a adopté le projet de résolution A/C.1/75/L.4 par 153 voix contre 11, avec 9 abstentions (voir par. 17 ci-après, projet de résolution I). Les voix se sont réparties comme suit :'),
    h('B. Projet de résolution A/C.1/75/L.8/Rev.1'),
    p('7. Le 5 octobre, la délégation russe a déposé un projet de résolution intitulé « Progrès de l’informatique et des télécommunications et sécurité internationale » (A/C.1/75/L.8).'),
    p('8. À sa 14e séance, le 9 novembre, la Commission était saisie d’un projet de résolution révisé (A/C.1/75/L.8/Rev.1).'),
    p('9. À la même séance, la Commission s’est prononcée sur la motion visant à mettre aux voix séparément le paragraphe 1 du projet de résolution A/C.1/75/L.8/Rev.1.'),
    p('10. À la même séance également, la Commission s’est prononcée sur le projet de résolution A/C.1/75/L.8/Rev.1, comme suit :'),
    p('a) À l’issue d’un vote enregistré, le dixième alinéa a été conservé par 108 voix contre 49, avec 11 abstentions. Les voix se sont réparties comme suit :'),
    p('b) À l’issue d’un vote enregistré, le paragraphe 1 a été conservé par 92 voix contre 52, avec 24 abstentions. Les voix se sont réparties comme suit :'),
    p('c) À l’issue d’un vote enregistré, le projet de résolution A/C.1/75/L.8/Rev.1 a été adopté dans son ensemble par 104 voix contre 50, avec 20 abstentions (voir par. 17 ci-après, projet de résolution II). Les voix se sont réparties comme suit :'),
    h('C. Examen du projet de décision A/C.1/75/L.47'),
    p('13. À la même séance, la Commission a adopté le projet de décision A/C.1/75/L.47 sans le mettre aux voix (voir par. 18 ci-après, projet de décision I).'),
    h('III. Recommandations de la Première Commission'),
    p('17. La Première Commission recommande à l’Assemblée générale d’adopter les projets de résolution suivants :'),
    h('Projet de résolution I'),
    h('Favoriser le comportement responsable des États'),
    h('dans le cyberespace dans le contexte de la sécurité internationale'),
    p('L’Assemblée générale,'),
    p('Rappelant ses résolutions 53/70 du 4 décembre 1998, […] ainsi que sa décision 72/512 du 4 décembre 2017,'),
    p('Saluant les travaux du Groupe d’experts gouvernementaux chargé d’examiner les progrès de l’informatique et des télécommunications dans le contexte de la sécurité internationale, ainsi que les rapports de 2010, 2013 et 2015 auxquels ils ont abouti, qui lui ont été transmis par le Secrétaire général,', { footnotes: [{ marker: '1', offset: 170 }, { marker: '2', offset: 176 }, { marker: '3', offset: 184 }] }),
    p('Réaffirmant en outre la conclusion du Groupe d’experts gouvernementaux selon laquelle il est également essentiel pour la sécurité internationale d’aider à renforcer les capacités dans le domaine de la sécurité numérique, en renforçant les capacités des États en matière de coopération et d’action collective et en encourageant l’utilisation des technologies numériques à des fins pacifiques,'),
    p('1. Demande aux États Membres :'),
    p('a) de s’inspirer, pour ce qui touche à l’utilisation des technologies numériques, des rapports de 2010, 2013 et 2015 du Groupe d’experts gouvernementaux chargé d’examiner les progrès de l’informatique et des télécommunications dans le contexte de la sécurité internationale ;'),
    p('b) de contribuer à l’application des mesures collectives recensées dans les rapports du Groupe d’experts gouvernementaux, afin de faire face aux menaces qui existent ou pourraient exister dans ce domaine et de garantir un environnement ouvert, interopérable, fiable et sûr en matière de technologies numériques, compte tenu de la nécessité de préserver la libre circulation de l’information ;'),
    fn('1', 'A/65/201.'),
    fn('2', 'A/68/98.'),
    fn('3', 'A/70/174.'),
    p('2. Invite tous les États Membres à continuer de communiquer au Secrétaire général, en tenant compte des constatations et recommandations figurant dans les rapports du Groupe d’experts gouvernementaux, leurs vues et observations sur les questions suivantes :'),
    p('7. Décide d’inscrire à l’ordre du jour provisoire de sa soixante-seizième session la question intitulée « Progrès de l’informatique et des télécommunications et sécurité internationale ».'),
    h('Projet de résolution II'),
    h('Progrès de l’informatique et des télécommunications et sécurité'),
    h('internationale'),
    p('L’Assemblée générale,'),
    p('Consciente que certains États peuvent avoir besoin d’une assistance pour concilier sécurité numérique et utilisation des technologies numériques,'),
    p('1. Décide, pour veiller à ce que le processus de négociation démocratique, inclusif et transparent sur la sécurité d’utilisation du numérique se poursuive de manière ininterrompue, de constituer […] un nouveau groupe de travail à composition non limitée sur la sécurité du numérique et de son utilisation (2021-2025) qui sera chargé, sur la base du consensus : d’instaurer, sous l’égide de l’Organisation des'),
    p('Nations Unies, un dialogue institutionnel régulier fondé sur une large participation des États ;'),
    p('4. Décide en outre que le groupe de travail à composition non limitée sur la sécurité du numérique et de son utilisation (2021-2025) pourra décider de créer des sous-groupes thématiques […] ;'),
    p('18. La Première Commission recommande à l’Assemblée générale d’adopter les projets de décision suivants :'),
    h('Projet de décision I'),
    h('Groupe de travail à composition non limitée sur les progrès'),
    h('de l’informatique et des télécommunications dans le contexte'),
    p('L’Assemblée générale, rappelant ses résolutions 73/27 du 5 décembre 2018 et 74/29 du 12 décembre 2019, […] décide que le Groupe de travail poursuivra ses travaux au titre du mandat défini dans la résolution 73/27 et tiendra sa troisième et dernière session de fond du 8 au 12 mars 2021.'),
  ];
  const doc = docOf(blocks, { symbol: 'A/75/394' });
  const [r1, r2, d1] = doc.parts;

  it('is a report of session 75 with its own numbered paragraphs, resumed after the drafts', () => {
    expect(doc.kind).toBe('report');
    expect(doc.session).toBe(75);
    expect(doc.paragraphs.filter((x) => x.kind === 'numbered').map((x) => x.number)).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '13', '17', '18']);
    expect(doc.paragraphs.find((x) => x.number === '5')?.section).toBe('II. Examen de projets de résolution et de décision > A. Projet de résolution A/C.1/75/L.4');
    expect(doc.paragraphs.filter((x) => x.kind === 'subparagraph').map((x) => [x.number, x.parent_n])).toEqual(
      [['a)', 14], ['b)', 14], ['c)', 14]]);
    expect(doc.footnotes).toEqual([expect.objectContaining({ marker: '1', paragraph_n: 4 })]);
  });

  it('makes a part of each draft, with the symbol the report gives it', () => {
    expect(doc.parts.map((x) => [x.kind, x.symbol, x.committee, x.session])).toEqual([
      ['draft-resolution', 'A/C.1/75/L.4', 'C.1', 75],
      ['draft-resolution', 'A/C.1/75/L.8/Rev.1', 'C.1', 75],
      ['draft-decision', 'A/C.1/75/L.47', 'C.1', 75],
    ]);
    expect(r1?.title).toBe('Favoriser le comportement responsable des États dans le cyberespace dans le contexte de la sécurité internationale');
    expect(r2?.title).toBe('Progrès de l’informatique et des télécommunications et sécurité internationale');
  });

  it('reads each draft\'s own preamble, operative paragraphs, sub-paragraphs and footnotes', () => {
    expect(r1?.paragraphs.map((x) => [x.kind, x.number, x.lead])).toEqual([
      ['title', null, null], ['title', null, null], ['formula', null, null],
      ['preambular', null, 'Rappelant'], ['preambular', null, 'Saluant'], ['preambular', null, 'Réaffirmant en outre'],
      ['operative', '1', 'Demande'], ['subparagraph', 'a)', null], ['subparagraph', 'b)', null],
      ['operative', '2', 'Invite'], ['operative', '7', 'Décide'],
    ]);
    expect(r1?.paragraphs.filter((x) => x.kind === 'subparagraph').map((x) => x.parent_n)).toEqual([7, 7]);
    expect(r1?.footnotes.map((f) => [f.marker, f.paragraph_n])).toEqual([['1', 5], ['2', 5], ['3', 5]]);
    expect(r2?.paragraphs.map((x) => [x.kind, x.number, x.lead])).toEqual([
      ['title', null, null], ['title', null, null], ['formula', null, null],
      ['preambular', null, 'Consciente'], ['operative', '1', 'Décide'], ['operative', '4', 'Décide en outre'],
    ]);
    // operative 1 runs on over the page break: "… de l’Organisation des" / "Nations Unies, …"
    expect(r2?.paragraphs[4]?.text).toMatch(/sous l’égide de l’Organisation des Nations Unies, un dialogue institutionnel/u);
    expect(d1?.paragraphs.map((x) => x.kind)).toEqual(['title', 'title', 'text']);
    expect(d1?.warnings).toEqual([]);
  });

  it('lets the check see the numbering gaps of the excerpts, and only those', () => {
    const codes = checkDocument(doc).map((w) => [w.part_id ?? '', w.code, w.message]);
    expect(codes).toEqual([
      ['', 'numbering-gap', 'number 13 follows 10: 11–12 missing'],
      ['', 'numbering-gap', 'number 17 follows 13: 14–16 missing'],
      ['A/75/394#projet-de-resolution-I', 'numbering-gap', 'number 7 follows 2: 3–6 missing'],
      ['A/75/394#projet-de-resolution-II', 'numbering-gap', 'number 4 follows 1: 2–3 missing'],
    ]);
  });
});

describe('a cover page as PDF text prints it, one block per line', () => {
  it('reads each line, the masthead and the symbol included, and keeps none as a paragraph', () => {
    line = 0;
    const doc = docOf([
      p('Nations Unies'), p('A/C.1/78/L.11'), p('Assemblée générale'), p('Distr. limitée'), p('12 octobre 2023'),
      p('Français'), p('Original : anglais/russe'), p('Soixante-dix-huitième session'), p('Première Commission'),
      p('Point 94 de l’ordre du jour'), h('Progrès de l’informatique et des télécommunications et sécurité internationale'),
      p('Azerbaïdjan, Bélarus, […] et Zimbabwe : projet de résolution'), p('L’Assemblée générale,'),
    ]);
    expect(doc).toMatchObject({
      symbol: 'A/C.1/78/L.11', kind: 'draft-resolution', organ: 'A', committee: 'C.1', session: 78, agenda_item: '94',
      date: '2023-10-12', distribution: 'limitée', language: 'fr', original_languages: ['en', 'ru'],
      title: 'Progrès de l’informatique et des télécommunications et sécurité internationale',
    });
    expect(doc.paragraphs.map((x) => x.kind)).toEqual(['title', 'text', 'formula']);
  });
});

describe('a draft resolution without a cover page (seed 001, excerpts)', () => {
  line = 0;
  const blocks: Block[] = [
    p('Algérie, Angola, Arménie, Bélarus, […] Turkménistan, Viet Nam et Zimbabwe : projet de résolution'),
    h('Progrès de l’informatique et des télécommunications'),
    h('et sécurité internationale'),
    p('L’Assemblée générale,'),
    p('Rappelant, à cet égard, les modalités et principes définis à la Conférence sur la société de l’information et le développement qui s’est tenue à Midrand (Afrique du Sud) du 13 au 15 mai 1996,'),
    p('Jugeant indispensable de prévenir l’utilisation de l’information ou des technologies de l’information à des fins criminelles ou terroristes,'),
    p('Prenant note avec satisfaction des travaux du Groupe d’experts gouvernementaux chargé d’examiner les progrès de la téléinformatique dans le contexte de la sécurité internationale et du rapport auquel ils ont abouti, transmis par le Secrétaire général,', ref('4', 220)),
    p('3. Invite tous les États Membres à continuer de communiquer au Secrétaire général, en tenant compte des constatations et recommandations figurant dans le rapport du Groupe d’experts gouvernementaux chargé d’examiner les progrès de la téléinformatique dans le contexte de la sécurité internationale, leurs vues et observations sur les questions suivantes :', ref('4', 260)),
    p('a) L’ensemble des questions qui se posent en matière de sécurité informatique;'),
    p('c) Les principes visés au paragraphe 2 ci-dessus;'),
    p('4. Se félicite du démarrage des travaux du Groupe d’experts gouvernementaux, autorise celui-ci à poursuivre, […] l’examen des questions de l’utilisation des technologies de l’information'),
    fn('4', 'A/68/98.'),
    p('et de la communication dans les conflits et de l’applicabilité du droit international à l’utilisation de ces technologies par les États […] à sa soixante-dixième session;'),
  ];
  const doc = docOf(blocks);

  it('reads the sponsors line as the kind, the two title lines as the title', () => {
    expect(doc.kind).toBe('draft-resolution');
    expect(doc.title).toBe('Progrès de l’informatique et des télécommunications et sécurité internationale');
    expect(doc.symbol).toBeNull();
    expect(doc.session).toBeNull();
    expect(doc.date).toBeNull();
  });

  it('reads leads and numbers without italics, joins the paragraph split by the footnote', () => {
    expect(doc.paragraphs.map((x) => [x.kind, x.number, x.lead])).toEqual([
      ['text', null, null], ['title', null, null], ['title', null, null], ['formula', null, null],
      ['preambular', null, 'Rappelant'], ['preambular', null, 'Jugeant'],
      ['preambular', null, 'Prenant note avec satisfaction'],
      ['operative', '3', 'Invite'], ['subparagraph', 'a)', null], ['subparagraph', 'c)', null],
      ['operative', '4', 'Se félicite'],
    ]);
    expect(doc.paragraphs[10]?.text).toMatch(/technologies de l’information et de la communication dans les conflits/u);
  });

  it('gives footnote 4 to its first reference, the preamble, not to the repeated one', () => {
    expect(doc.footnotes).toEqual([{ marker: '4', text: 'A/68/98.', paragraph_n: 7, line: 12 }]);
  });

  it('warns, without failing, on a paragraph it cannot read', () => {
    const odd = docOf([p('L’Assemblée générale,'), p('Rappelant sa résolution 53/70,'), p('Texte sans rôle connu,')]);
    expect(odd.paragraphs.map((x) => x.kind)).toEqual(['formula', 'preambular', 'text']);
    expect(odd.warnings.map((w) => [w.code, w.paragraph_n])).toEqual([['paragraph-unrecognized', 3]]);
  });

  it('reads an unnumbered paragraph after the operative ones as operative, not a page-cut rest', () => {
    // A/RES/77/73 (../shared/akn-dev): `paragraph` para_18 without `num`, after sub-paragraph
    // d) of paragraph 3 (its text shortened); the lead of 3 is the lexicon's (the italics span
    // "Condamne également dans les termes les plus vigoureux")
    const doc = docOf([
      p('L’Assemblée générale,'), p('Rappelant sa résolution 76/64,'),
      p('3. Condamne également dans les termes les plus vigoureux l’emploi d’armes chimiques en Iraq, en Malaisie, en République arabe syrienne et au Royaume-Uni de Grande‑Bretagne et d’Irlande du Nord, dont il est fait état dans :'),
      p('d) le deuxième rapport de l’Équipe d’enquête et d’identification, en date du 12 avril 2021 ;'),
      p('et exige des responsables qu’ils renoncent sur-le-champ à recourir de nouveau aux armes chimiques ;'),
      p('4. Souligne qu’il faut que les mesures prises'), p('par les États soient efficaces.'), // invented: a page-cut rest
    ]);
    expect(doc.paragraphs.map((x) => [x.kind, x.number, x.lead])).toEqual([
      ['formula', null, null], ['preambular', null, 'Rappelant'], ['operative', '3', 'Condamne également dans les termes les plus vigoureux'], ['subparagraph', 'd)', null],
      ['operative', null, null], ['operative', '4', 'Souligne'],
    ]);
  });

  it('takes the italic span as the lead, less a trailing article, even where the lexicon reads more', () => {
    // issue 14: in markdown and AKN the italic span that opens the paragraph is the lead
    const hinted = docOf([
      p('L’Assemblée générale,'),
      p('Prenant note avec satisfaction des travaux,', { hints: { lead: 'Prenant note' } }),
      p('Rappelant le rapport du Secrétaire général,', { hints: { lead: 'Rappelant le' } }),
      p('Rappelant ses résolutions antérieures,', { hints: { lead: 'Rappelan' } }),
    ]);
    expect(hinted.paragraphs.slice(1).map((x) => [x.kind, x.lead])).toEqual([
      ['preambular', 'Prenant note'], ['preambular', 'Rappelant'], ['preambular', 'Rappelant'],
    ]);
    expect(hinted.warnings).toEqual([]);
  });

  it('takes an unknown lead from the front-end hint, with a warning', () => {
    const hinted = docOf([p('L’Assemblée générale,'), p('Méditant sur les progrès,', { hints: { lead: 'Méditant' } })]);
    expect(hinted.paragraphs[1]).toMatchObject({ kind: 'preambular', lead: 'Méditant' });
    expect(hinted.warnings.map((w) => w.code)).toEqual(['lead-unknown']);
    expect(checkDocument(hinted).map((w) => w.code)).toEqual(['lead-unknown']);
  });
});

describe('replies of a Secretary-General report (seed 003, excerpts)', () => {
  line = 0;
  const row = (text: string): Block => makeBlock('table-row', text, ++line, line);
  const blocks: Block[] = [
    h('Table des matières'),
    row('I. Introduction | 3'),
    row('Annexe'),
    row('Réponses reçues des gouvernements | 12'),
    row('Pays-Bas (Royaume des) | 59'),
    row('Singapour | 61'),
    row('Réponses reçues des organisations intergouvernementales | 88'),
    row('Union européenne | 88'),
    h('I. Introduction'),
    p('1. Au paragraphe 8 de sa résolution 78/237, l’Assemblée générale a invité tous les États Membres […].'),
    h('Annexe'),
    h('Réponses reçues des gouvernements'),
    h('Pays-Bas'),
    p('[Original : anglais]'),
    p('[1er mai 2024]'),
    h('Introduction'),
    p('Réaffirmant le paragraphe 4 de la résolution 78/16 de l’Assemblée générale, les Pays-Bas estiment […].'),
    h('Singapour'),
    p('[Original : anglais 1er mai 2024]'),
    p('Singapour reste attachée à un débat mondial ouvert et inclusif sur la cybersécurité […].'),
    h('Réponses reçues d’organisations intergouvernementales'),
    h('Union européenne'),
    p('[Original : anglais'),
    p('29 avril 2024]'),
    p('1. L’Union européenne et ses États membres se félicitent […].'),
  ];
  const doc = docOf(blocks);

  it('finds the replies the table lists, even under a shorter heading, and none of the group headings', () => {
    expect(doc.parts.map((x) => [x.kind, x.title, x.author, x.original_languages, x.date])).toEqual([
      ['submission', 'Pays-Bas', 'NLD', ['en'], '2024-05-01'],
      ['submission', 'Singapour', 'SGP', ['en'], '2024-05-01'],
      ['submission', 'Union européenne', 'EUU', ['en'], '2024-04-29'],
    ]);
    expect(doc.paragraphs.filter((x) => x.kind === 'heading').map((x) => x.text)).toEqual([
      'Table des matières', 'Introduction', 'Annexe', 'Réponses reçues des gouvernements', 'Réponses reçues d’organisations intergouvernementales',
    ]);
  });

  it('keeps a reply\'s prose as prose, even when it opens with a lead phrase', () => {
    const nl = doc.parts[0] as Document;
    expect(nl.paragraphs.map((x) => [x.kind, x.section])).toEqual([['heading', 'Introduction'], ['text', 'Introduction']]);
    expect(nl.warnings).toEqual([]);
    expect(doc.parts[2]?.paragraphs.map((x) => [x.kind, x.number])).toEqual([['numbered', '1']]);
  });
});
