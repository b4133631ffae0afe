import { describe, expect, it } from 'vitest';
import { makeBlock } from '../../src/frontends/blocks.js';
import { checkDocument } from '../../src/structure/check.js';
import { recognize } from '../../src/structure/recognize.js';
import type { Block, Document } from '../../src/types.js';

function docOf(texts: (string | Block)[], symbol?: string): Document {
  const blocks = texts.map((t, i) => (typeof t === 'string' ? makeBlock('paragraph', t, i + 1, i + 1) : t));
  return recognize({ format: 'pdf-text', blocks, warnings: [] }, {
    source: { source_path: 'x', source_format: 'pdf-text', source_sha256: '', source_lines: blocks.length }, declared: symbol ? { symbol } : {}, fileName: 'x.txt',
  });
}
const codes = (doc: Document) => checkDocument(doc).map((w) => [w.code, w.message, w.line]);

describe('checkDocument', () => {
  it('reports gaps, duplicates and disorder of operative numbers', () => {
    const doc = docOf(['L’Assemblée générale,', '1. Décide ;', '3. Prie ;', '3. Invite ;', '2. Note ;']);
    expect(codes(doc)).toEqual([
      ['numbering-gap', 'number 3 follows 1: 2 missing', 3],
      ['numbering-duplicate', 'number 3 is printed twice', 4],
      ['numbering-order', 'number 2 follows 3', 5],
    ]);
  });

  it('reports page furniture left in a paragraph and the number it swallowed (issue 14)', () => {
    // the failures of issue 14 on A/RES/75/22 read as PDF text: the running header glued into a
    // preambular paragraph, "4." swallowed with the header; seed 004's footer `13/13 20-15344`
    const doc = docOf([
      'L’Assemblée générale,',
      'Rappelant la nécessité de la stabilité régionale, A/RES/75/22 Prenant acte de la demande,',
      '1. Décide ;', '2. Prie ;', '3. Souligne qu’il faut un règlement durable et global ; 13/13 20-15344 A/RES/75/22',
      '5. Invite les États, voir https://undocs.org/fr/A/75/394 ;', '6. Note que le plan 2021-2025 est adopté et que 75/22 est appliquée ;',
    ], 'A/RES/75/22');
    expect(codes(doc)).toEqual([
      ['paragraph-debris', 'preambular paragraph (n=2) holds page furniture: the document\'s own symbol A/RES/75/22', 2],
      ['paragraph-debris', 'operative paragraph 3 holds page furniture: the document\'s own symbol A/RES/75/22', 5],
      ['paragraph-unterminated', 'operative paragraph 3 ends mid-sentence: "…l ; 13/13 20-15344 A/RES/75/22"', 5],
      ['numbering-gap', 'number 5 follows 3: 4 missing', 6],
      ['paragraph-debris', 'operative paragraph 5 holds page furniture: a URL line "https://undocs.org/fr/A/75/394"', 6],
    ]);
    expect(docOf(['L’Assemblée générale,', '1. Décide ; 13/13 20-15344 suite ;']).paragraphs.length).toBe(2);
    expect(codes(docOf(['L’Assemblée générale,', '1. Décide, 3/12 20-16303, que ;']))).toEqual([
      ['paragraph-debris', 'operative paragraph 1 holds page furniture: a page footer "3/12 20-16303"', 2],
    ]);
  });

  it('checks letters and Roman numerals of sub-paragraphs, "iii)" included', () => {
    const doc = docOf([
      'L’Assemblée générale,', '1. Demande aux États :', 'a) de faire ;', 'i) ceci ;', 'ii) cela ;', 'iv) autre chose ;',
      'b) de faire encore ;', 'd) enfin ;', '2. Décide :', 'a) une chose ;', 'b) une autre ;',
    ]);
    expect(doc.paragraphs.filter((p) => p.kind === 'subparagraph').map((p) => p.number)).toEqual(
      ['a)', 'i)', 'ii)', 'iv)', 'b)', 'd)', 'a)', 'b)']);
    expect(codes(doc)).toEqual([
      ['numbering-gap', 'iv) follows ii): iii) missing', 6],
      ['numbering-gap', 'd) follows b): c) missing', 8],
    ]);
    expect(docOf(['L’Assemblée générale,', '1. Demande :', 'a) x ;', 'i) y ;', 'ii) z ;', 'iii) w ;']).paragraphs.map((p) => p.parent_n))
      .toEqual([undefined, undefined, 2, 3, 3, 3]);
  });

  it('reports paragraphs that end mid-sentence, by kind', () => {
    const doc = docOf(['L’Assemblée générale,', 'Rappelant sa résolution 53/70', '1. Décide de']);
    expect(codes(doc)).toEqual([
      ['paragraph-unterminated', 'preambular paragraph (n=2) ends mid-sentence: "…Rappelant sa résolution 53/70"', 2],
      ['paragraph-unterminated', 'operative paragraph 1 ends mid-sentence: "…Décide de"', 3],
    ]);
  });

  it('reports footnotes without reference and references without footnote', () => {
    const doc = docOf([
      makeBlock('paragraph', '1. Le Groupe de travail a tenu sa session.', 1, 1, { footnotes: [{ marker: '2', offset: 10 }] }),
      makeBlock('footnote', 'A/78/265.', 2, 2, { marker: '1' }),
    ]);
    expect(codes(doc)).toEqual([
      ['footnote-undefined', 'marker 2 has no footnote text', 1],
      ['footnote-unreferenced', 'footnote 1 is referenced by no paragraph', 2],
    ]);
  });

  it('restarts report numbering in an annex and numbered lists at each run', () => {
    const doc = docOf([
      '1. Premier.', '2. Deuxième :', '1. Élection du Bureau.', '2. Adoption de l’ordre du jour.', '3. Questions diverses.',
      '3. Troisième.', makeBlock('heading', 'Annexe', 7, 7), '1. Premier de l’annexe.', '2. Deuxième de l’annexe.',
    ]);
    expect(doc.paragraphs.map((p) => [p.kind, p.number])).toEqual([
      ['numbered', '1'], ['numbered', '2'], ['list-item', '1'], ['list-item', '2'], ['list-item', '3'], ['numbered', '3'],
      ['heading', null], ['numbered', '1'], ['numbered', '2'],
    ]);
    expect(codes(doc)).toEqual([]);
  });

  it('lets a list go on when a number could continue both the list and the paragraphs', () => {
    // seed 002: the agenda's items 7 and 8 come before paragraph 7 (lines 185–189)
    const agenda = ['Élection du Bureau.', 'Adoption de l’ordre du jour.', 'Organisation des travaux.', 'Échange de vues général.',
      'Débats.', 'Questions diverses.', 'Adoption des rapports d’activité annuels.', 'Adoption du rapport final.'];
    const doc = docOf(['6. À la même session, l’ordre du jour se lit comme suit :', ...agenda.map((t, i) => `${i + 1}. ${t}`), '7. Toujours à la même session.']);
    expect(doc.paragraphs.map((p) => [p.kind, p.number])).toEqual([
      ['numbered', '6'], ...agenda.map((_, i) => ['list-item', String(i + 1)]), ['numbered', '7'],
    ]);
  });
});
