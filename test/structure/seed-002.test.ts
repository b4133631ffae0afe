import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/structure/check.js';
import type { Document } from '../../src/types.js';
import { seed } from '../helpers/paths.js';
import { countKinds, ofKind, parseFile } from './helpers.js';

let doc: Document;
beforeAll(async () => {
  doc = await parseFile(seed('002'));
});

const ANNEX = 'Annexe > Rapport d’activité sur les débats du Groupe de travail tenus au titre du point 5 de l’ordre du jour';

describe('seed 002 (PDF-text report of the open-ended working group)', () => {
  it('is a report whose title is its first lines; nothing else is printed', () => {
    expect(doc.kind).toBe('report');
    expect(doc.title).toBe('Rapport du Groupe de travail à composition non limitée sur la sécurité du numérique et de son utilisation (2021-2025)');
    expect([doc.symbol, doc.session, doc.date]).toEqual([null, null, null]);
  });

  it('has, by kind: the title, 25 headings, 35 numbered paragraphs, 37 list items, 35 sub-paragraphs', () => {
    // headings: I–III, A–G twice, "Annexe", the annex's title, six "Prochaines étapes recommandées";
    // sub-paragraphs: the agenda's a)–g), then 14. (7), 15. (6), 16. (5), 17. (8), 18. (2) in the annex
    expect(countKinds(doc)).toEqual({ title: 1, heading: 25, numbered: 35, 'list-item': 37, subparagraph: 35 });
  });

  it('numbers the report 1–17, then the annex 1–18 again', () => {
    const numbered = ofKind(doc, 'numbered');
    const main = numbered.filter((p) => !p.section?.startsWith('Annexe'));
    const annex = numbered.filter((p) => p.section?.startsWith('Annexe'));
    expect(main.map((p) => p.number)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(annex.map((p) => p.number)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
  });

  it('orders headings by meaning: I–III with A–G, then the annex with its own A–G', () => {
    const numbers = ofKind(doc, 'heading').map((p) => p.number ?? p.text);
    expect(numbers.slice(0, 11)).toEqual(['I.', 'II.', 'A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'III.', 'Annexe']);
    expect(ofKind(doc, 'heading').filter((p) => /^[A-G]\.$/u.test(p.number ?? '')).length).toBe(14);
    const p8 = ofKind(doc, 'numbered').find((p) => p.section?.startsWith('Annexe') && p.number === '8');
    expect(p8?.section).toBe(`${ANNEX} > B. Menaces existantes et potentielles`);
  });

  it('reads the agenda (6.) and the six "Prochaines étapes recommandées" as numbered lists', () => {
    const items = ofKind(doc, 'list-item').filter((p) => p.number !== null);
    const p6 = ofKind(doc, 'numbered')[5];
    const agenda = items.filter((p) => p.parent_n === p6?.n);
    expect(agenda.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(agenda[6]?.text).toBe('Adoption des rapports d’activité annuels.');
    // the agenda's item 5 has a)–g)
    expect(ofKind(doc, 'subparagraph').filter((p) => p.parent_n === agenda[4]?.n).map((p) => p.number))
      .toEqual(['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)']);
    const steps = items.filter((p) => p.section?.endsWith('Prochaines étapes recommandées'));
    const runs: string[][] = [];
    let section = '';
    for (const p of steps) {
      if (p.section !== section || p.number === '1') runs.push([]);
      section = p.section ?? '';
      runs[runs.length - 1]?.push(p.number ?? '');
    }
    expect(runs.map((r) => r.length)).toEqual([2, 3, 3, 5, 4, 3]);
    // the nine bullets of paragraph 7 (lines 208–268)
    const p7 = ofKind(doc, 'numbered')[6];
    expect(ofKind(doc, 'list-item').filter((p) => p.number === null && p.parent_n === p7?.n).length).toBe(9);
    expect(countKinds(doc)['list-item']).toBe(8 + 20 + 9);
  });

  it('tells i) and ii) (numerals under c) of 14.) from letters', () => {
    const p14 = ofKind(doc, 'numbered').find((p) => p.section?.startsWith('Annexe') && p.number === '14');
    const subs = ofKind(doc, 'subparagraph').filter((p) => p.parent_n === p14?.n);
    expect(subs.map((p) => p.number)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)']);
    const c = subs[2];
    expect(ofKind(doc, 'subparagraph').filter((p) => p.parent_n === c?.n).map((p) => p.number)).toEqual(['i)', 'ii)']);
  });

  it('attaches footnotes * and 1–28, "*" to the annex heading (its marker taken out of "Annexe*")', () => {
    expect(doc.footnotes.map((f) => f.marker)).toEqual(['*', ...Array.from({ length: 28 }, (_, i) => String(i + 1))]);
    expect(doc.paragraphs.find((p) => p.n === doc.footnotes[0]?.paragraph_n)?.text).toBe('Annexe');
    expect(doc.footnotes.every((f) => f.paragraph_n !== null)).toBe(true);
  });

  it('passes the quality check', () => {
    expect(checkDocument(doc)).toEqual([]);
  });
});
