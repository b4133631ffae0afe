import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import type { Document, FrontEndResult, Paragraph, Sponsor } from '../../src/types.js';

function para(n: number, text: string, line: number): Paragraph {
  return { n, kind: 'numbered', number: String(n), lead: null, text, section: null, footnotes: [], line, end_line: line };
}

function doc(id: string, symbol: string | null, paragraphs: Paragraph[], parts: Document[] = []): Document {
  return {
    id, symbol, aliases: [], kind: parts.length > 0 ? 'report' : 'draft-resolution', title: null, organ: 'A', committee: 'C.1',
    session: 75, agenda_item: null, date: null, distribution: null, language: 'fr', original_languages: [],
    source_path: 'x.txt', source_format: 'pdf-text', source_sha256: '', source_lines: 100,
    paragraphs, footnotes: [], sponsors: [], citations: [], votes: [], parts, warnings: [],
  };
}

const fe: FrontEndResult = { format: 'pdf-text', blocks: [], warnings: [] };

describe('extractAll', () => {
  it('attaches report sponsor lists to the part that is the draft (a revision is the same draft), else to the report', () => {
    const part = doc('R#I', 'A/C.1/75/L.8/Rev.1', [para(1, 'L’Assemblée générale,', 50)]);
    const report = doc('R', 'A/75/394', [
      para(1, 'Le 5 octobre, la délégation russe a déposé un projet de résolution (A/C.1/75/L.8) au nom des pays suivants : Bélarus et Chine. Par la suite, les pays suivants se sont joints aux auteurs du projet de résolution : Cuba.', 10),
      para(2, 'Le 6 octobre, un projet (A/C.1/75/L.99) au nom des pays suivants : France.', 20),
    ], [part]);
    extractAll(report, fe);
    expect(part.sponsors.map((s) => [s.country, s.role])).toEqual([['BLR', 'sponsor'], ['CHN', 'sponsor'], ['CUB', 'additional']]);
    expect(report.sponsors.map((s) => s.country)).toEqual(['FRA']);
  });
  it('puts extraction warnings on the document they concern, with the source line of the paragraph', () => {
    const d = doc('D', null, [
      para(1, 'Texte.', 3),
      para(2, 'la Commission a adopté le projet de résolution A/C.1/99/L.1 par 3 voix contre 1, avec 0 abstention. Ont voté pour : Chine, Cuba. Ont voté contre : Narnia.', 7),
    ]);
    extractAll(d, fe);
    expect(d.warnings.map((w) => [w.code, w.paragraph_n, w.line])).toEqual([
      ['country-unresolved', 2, 7],
      ['vote-tally-mismatch', 2, 7],
    ]);
    expect(d.votes[0]?.stated).toEqual({ yes: 3, no: 1, abstain: 0 });
    expect(d.votes[0]?.counted).toEqual({ yes: 2, no: 1, abstain: 0 });
    expect(d.votes[0]?.body).toBe('C.1');
  });
  it('keeps the sponsors and votes a front-end states (AKN), first', () => {
    const akn: Sponsor = { country: 'SGP', name: 'Singapour', as_written: 'Singapore', role: 'sponsor' };
    const d = doc('A/RES/79/237', 'A/RES/79/237', [para(1, 'Rappelant sa résolution 75/240,', 12)]);
    const vote = { subject: 'A/RES/79/237', target: null, paragraph_n: null, stated: null, counted: { yes: 0, no: 0, abstain: 0 }, records: [] };
    extractAll(d, { ...fe, format: 'akn', sponsors: [akn], votes: [vote] });
    expect(d.sponsors).toEqual([akn]);
    expect(d.votes).toEqual([vote]);
    expect(d.citations.map((c) => c.target)).toEqual(['A/RES/75/240']);
  });
});
