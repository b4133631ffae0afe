/**
 * Sectioned resolutions from the AKN file (issue 14): budget and omnibus texts with headings,
 * a preamble per section, numbering that restarts, tables, collections. Fixtures are excerpts
 * cut from ../shared/akn-dev (test/fixtures/akn/*-NN-NNN.xml, each names its source); the values
 * below were read in the XML.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/structure/check.js';
import type { Document } from '../../src/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { parseFile } from '../structure/helpers.js';

const load = (name: string): Promise<Document> => parseFile(join(FIXTURES, 'akn', name));
/** kind, number, lead, the first words of the text: the shape of a document */
const shape = (doc: Document, words = 4): Array<[string, string | null, string | null, string]> =>
  doc.paragraphs.map((p) => [p.kind, p.number, p.lead, p.text.split(' ').slice(0, words).join(' ')]);
const numbering = (doc: Document): string[] => checkDocument(doc).filter((w) => w.code.startsWith('numbering')).map((w) => w.message);

describe('a sectioned budget text (75/245: bold headings, a preamble per section, numbering from 1 again)', async () => {
  const doc = await load('sectioned-75-245.xml');

  it('reads bold paragraphs as headings, the section preambles as preambular, each section numbered from 1', () => {
    expect(shape(doc)).toEqual([
      ['title', null, null, 'Régime commun des Nations'],
      ['formula', null, null, 'L’Assemblée générale,'],
      ['preambular', null, 'Soulignant', 'Soulignant qu’il importe de'],
      ['operative', '10', 'Demande', 'Demande au Secrétaire général,'],
      ['heading', null, null, 'Conditions d’emploi des administrateurs'],
      ['heading', null, null, 'A'],
      ['heading', null, null, 'Barème des traitements de'],
      // <crossHeading refersTo="#preamble"> inside the section
      ['preambular', null, 'Rappelant', 'Rappelant sa résolution 44/198,'],
      // a paragraph without num: operative, unnumbered
      ['operative', null, 'Approuve', 'Approuve, avec effet au'],
      ['heading', null, null, 'B'],
      ['heading', null, null, 'Évolution de la marge'],
      ['preambular', null, 'Rappelant', 'Rappelant la section I.B'],
      ['operative', '1', 'Réaffirme', 'Réaffirme que la fourchette'],
      ['operative', '2', 'Note', 'Note que pour la'],
      ['operative', '3', 'Rappelle', 'Rappelle qu’elle a décidé,'],
      ['operative', '4', 'Note', 'Note que la Commission'],
      ['text', null, null, '48e séance plénière (reprise)'],
    ]);
  });

  it('gives every paragraph its section path: the bold title, the lone letter, the section title', () => {
    const at = (start: string): string | null => doc.paragraphs.find((p) => p.text.startsWith(start))?.section ?? null;
    const title = 'Conditions d’emploi des administrateurs et fonctionnaires de rang supérieur';
    expect(at('Demande au Secrétaire général')).toBeNull();
    expect(at('Approuve, avec effet')).toBe(`${title} > A > Barème des traitements de base minima`);
    expect(at('Réaffirme que la fourchette')).toBe(`${title} > B > Évolution de la marge et régulation de la marge autour du point médian, valeur souhaitable`);
  });

  it('check: numbering that restarts after a heading is no numbering-order', () => {
    // the excerpt opens at paragraph 10: that gap is the cut's, the restart at 1 is no error
    expect(numbering(doc)).toEqual(['number 10 follows nothing: 1–9 missing']);
  });
});

describe('sections with num and subheading (75/253 B)', async () => {
  const doc = await load('sections-75-253B.xml');

  it('gives the symbol with its letter, each section its own preamble and numbering from 1', () => {
    expect(doc.symbol).toBe('A/RES/75/253 B');
    expect(shape(doc, 3)).toEqual([
      ['title', null, null, 'Questions spéciales relatives'],
      ['formula', null, null, 'L’Assemblée générale,'],
      ['heading', null, null, 'I'],
      ['heading', null, null, 'Prévisions révisées comme'],
      ['preambular', null, 'Ayant examiné', 'Ayant examiné le'],
      ['operative', '1', 'Prend acte', 'Prend acte du'],
      ['operative', '2', 'Souscrit', 'Souscrit aux conclusions'],
      ['operative', '3', 'Ouvre', 'Ouvre des crédits'],
      ['operative', '4', 'Ouvre également', 'Ouvre également des'],
      ['heading', null, null, 'II'],
      ['heading', null, null, 'Conditions d’emploi et'],
      ['preambular', null, 'Rappelant', 'Rappelant ses résolutions'],
      ['preambular', null, 'Rappelant également', 'Rappelant également l’Article'],
      ['preambular', null, 'Ayant examiné', 'Ayant examiné le'],
      ['operative', '1', 'Prend acte', 'Prend acte du'],
      ['operative', '2', 'Souscrits', 'Souscrits aux conclusions'],
      ['operative', '3', 'Décide', 'Décide de maintenir'],
      ['operative', '4', 'Apprécie', 'Apprécie les efforts'],
      ['subparagraph', 'a)', null, 'la possibilité de'],
      ['subparagraph', 'b)', null, 'le ciblage des'],
      ['text', null, null, '59e séance plénière'],
    ]);
  });

  it('sections are "I > title", "II > title"; the a) b) belong to paragraph 4 of section II', () => {
    const four = doc.paragraphs.filter((p) => p.number === '4')[1];
    expect(four?.section).toBe('II > Conditions d’emploi et rémunération des personnes qui n’ont pas la qualité de fonctionnaire du Secrétariat');
    expect(doc.paragraphs.filter((p) => p.kind === 'subparagraph').map((p) => p.parent_n)).toEqual([four?.n, four?.n]);
    expect(numbering(doc)).toEqual([]);
  });

  it('keeps the footnotes of the section preambles and the one on the letter B', () => {
    expect(doc.footnotes.map((f) => f.marker)).toEqual(['1', '2', '3', '4', '5']);
    expect(doc.footnotes[0]?.text).toMatch(/^La résolution 75\/253, qui figure à la section VI/u);
  });
});

describe('"*Décide* ce qui suit :" and numbered provisions (75/256)', async () => {
  const doc = await load('decide-75-256.xml');

  it('is an unnumbered operative paragraph, then provisions 1–3 without lead, then a) b)', () => {
    expect(shape(doc, 3)).toEqual([
      ['title', null, null, 'Fonds de roulement'],
      ['formula', null, null, 'L’Assemblée générale'],
      ['operative', null, 'Décide', 'Décide ce qui'],
      ['operative', '1', null, 'Le Fonds de'],
      ['operative', '2', null, 'Les États Membres'],
      ['operative', '3', null, 'Viendront en déduction'],
      ['subparagraph', 'a)', null, 'les crédits, d’un'],
      ['subparagraph', 'b)', null, 'les avances en'],
      ['text', null, null, '48e séance plénière'],
    ]);
    expect(numbering(doc)).toEqual([]);
  });
});

describe('a table (76/238: the scale of assessments)', async () => {
  const doc = await load('table-76-238.xml');

  it('gives one text paragraph per row, cells joined by " | ", empty rows left out', () => {
    expect(doc.paragraphs.map((p) => [p.kind, p.number, p.text.slice(0, 30)])).toEqual([
      ['title', null, 'Barème des quotes-parts pour l'],
      ['formula', null, 'L’Assemblée générale,'],
      ['preambular', null, 'Ayant examiné le rapport du Co'],
      ['operative', '12', 'Décide que le barème des quote'],
      ['text', null, 'État Membre | Pourcentage'],
      ['text', null, 'Afghanistan | 0,006'],
      ['text', null, 'Afrique du Sud | 0,244'],
      // a line under the table, unnumbered, in roman type, without final punctuation: part of
      // the table (the file prints ten such State names after it), not an operative paragraph
      ['text', null, 'Bolivie (État plurinational de'],
      ['text', null, '54e séance plénière (reprise) '],
    ]);
  });
});

describe('numbers printed with an empty paragraph, a numbered bold heading (76/3)', async () => {
  const doc = await load('empty-num-76-3.xml');

  it('gives "1." and "2." to the text that follows them; "I." + bold "Introduction" is a heading', () => {
    expect(shape(doc, 3)).toEqual([
      ['title', null, null, 'Le programme «'],
      ['formula', null, null, 'L’Assemblée générale,'],
      ['preambular', null, 'Rappelant', 'Rappelant sa résolution'],
      ['operative', null, 'Adopte', 'Adopte le document'],
      ['heading', null, null, 'Le programme «'],
      ['heading', null, null, 'Partie A. Programme'],
      ['heading', 'I.', null, 'Introduction'],
      ['operative', '1', null, 'Depuis le début'],
      ['operative', '2', null, 'Compte tenu de'],
      ['text', null, null, '21e séance plénière'],
    ]);
    expect(doc.paragraphs.find((p) => p.number === '1')?.section).toBe('I. Introduction');
  });
});

describe('a bold heading with a roman superscript (79/301)', async () => {
  const doc = await load('bold-heading-79-301.xml');

  it('is a heading between operative paragraphs 11 and 12', () => {
    expect(doc.paragraphs.map((p) => [p.kind, p.number])).toEqual([
      ['title', null], ['formula', null], ['operative', '11'], ['heading', null], ['operative', '12'], ['text', null],
    ]);
    expect(doc.paragraphs[3]?.text).toMatch(/^Rapport sur l’exécution du budget de l’exercice allant du 1 ?er juillet 2023 au 30 juin 2024$/u);
    expect(doc.paragraphs[4]?.section).toBe(doc.paragraphs[3]?.text);
  });
});

describe('a preambular paragraph with a list (76/250)', async () => {
  const doc = await load('preamble-list-76-250.xml');

  it('is one preambular paragraph ending with its list introduction, then sub-paragraphs a) to e)', () => {
    expect(doc.paragraphs.map((p) => [p.kind, p.number])).toEqual([
      ['title', null], ['formula', null], ['preambular', null],
      ['subparagraph', 'a)'], ['subparagraph', 'b)'], ['subparagraph', 'c)'], ['subparagraph', 'd)'], ['subparagraph', 'e)'],
      ['preambular', null], ['operative', '1'], ['text', null],
    ]);
    const notant = doc.paragraphs[2];
    expect(notant?.lead).toBe('Notant');
    expect(notant?.text).toBe('Notant que par déformation de l’Holocauste et/ou négationnisme, on entend notamment :');
    expect(doc.paragraphs.filter((p) => p.kind === 'subparagraph').every((p) => p.parent_n === notant?.n)).toBe(true);
  });
});

describe('a collection: resolutions A and B under one number (75/101 A-B)', async () => {
  const doc = await load('collection-75-101.xml');

  it('reads both components: letter and title as headings, preamble, body; B with its sections', () => {
    expect(doc.symbol).toBe('A/RES/75/101');
    expect(shape(doc, 2)).toEqual([
      ['title', null, null, 'Questions relatives'],
      ['heading', null, null, 'A'],
      ['heading', null, null, 'L’information au'],
      ['formula', null, null, 'L’Assemblée générale,'],
      ['preambular', null, 'Prenant acte', 'Prenant acte'],
      ['preambular', null, 'Prenant acte également', 'Prenant acte'],
      ['operative', null, 'Demande instamment', 'Demande instamment'],
      ['subparagraph', 'a)', null, 'Coopèrent et'],
      ['subparagraph', 'b)', null, 'Fassent en'],
      ['text', null, null, '41e séance'],
      ['heading', null, null, 'B'],
      ['heading', null, null, 'Politiques et'],
      ['formula', null, null, 'L’Assemblée générale,'],
      ['heading', null, null, 'I'],
      ['heading', null, null, 'Introduction'],
      ['operative', '1', 'Prie', 'Prie le'],
      ['text', null, null, '41e séance'],
    ]);
    expect(doc.paragraphs.find((p) => p.lead === 'Prie')?.section).toBe('B > I > Introduction');
  });
});

/**
 * The same excerpts rendered as UN-page markdown and as PDF-extracted text (by the accuracy
 * harness's renderers, bench/accuracy/render.ts: bold or `###` headings, no italics in PDF,
 * page furniture): the same preambular, operative and sub-paragraphs come out, and the same
 * headings. test/fixtures/sections/<name>.md and .txt.
 */
describe.each(['sectioned-75-245', 'decide-75-256'])('%s as AKN, markdown and PDF text', (name) => {
  const scored = (doc: Document): Array<[string, string | null, string]> =>
    doc.paragraphs
      .filter((p) => ['preambular', 'operative', 'subparagraph', 'heading'].includes(p.kind))
      .map((p) => [p.kind, p.number, p.text.split(' ').slice(0, 6).join(' ')]);

  it('gives the same paragraphs, numbers and headings in every format', async () => {
    const xml = await load(`${name}.xml`);
    const md = await parseFile(join(FIXTURES, 'sections', `${name}.md`));
    const pdf = await parseFile(join(FIXTURES, 'sections', `${name}.txt`));
    expect(md.source_format).toBe('markdown');
    expect(pdf.source_format).toBe('pdf-text');
    expect(scored(md)).toEqual(scored(xml));
    expect(scored(pdf)).toEqual(scored(xml));
    // markdown keeps the italic leads; PDF text has none, and may stop early at a word boundary
    const leads = (doc: Document): Array<string | null> => doc.paragraphs.filter((p) => p.kind === 'preambular' || p.kind === 'operative').map((p) => p.lead);
    expect(leads(md)).toEqual(leads(xml));
    leads(pdf).forEach((lead, i) => {
      const want = leads(xml)[i] ?? null;
      if (want === null) expect(lead).toBeNull();
      else expect(lead !== null && want.startsWith(lead)).toBe(true);
    });
  });

  it('gives the operative paragraphs the same section paths in every format', async () => {
    const paths = (doc: Document): Array<string | null> => doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.section);
    const xml = await load(`${name}.xml`);
    expect(paths(await parseFile(join(FIXTURES, 'sections', `${name}.md`)))).toEqual(paths(xml));
    expect(paths(await parseFile(join(FIXTURES, 'sections', `${name}.txt`)))).toEqual(paths(xml));
  });
});
