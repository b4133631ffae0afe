import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/structure/check.js';
import type { Document } from '../../src/types.js';
import { seed } from '../helpers/paths.js';
import { countKinds, ofKind, parseFile, withAndWithoutHints } from './helpers.js';

/**
 * The 23 replies of the annex, as its table of contents lists them (seed lines 39–62), with
 * the original language and the date each prints under its heading.
 */
const REPLIES: [title: string, author: string, original: string[], date: string][] = [
  ['Allemagne', 'DEU', ['en'], '2024-04-30'],
  ['Australie', 'AUS', ['en'], '2024-05-01'],
  ['Azerbaïdjan', 'AZE', ['en'], '2024-05-01'],
  ['Canada', 'CAN', ['en'], '2024-04-16'],
  ['Chine', 'CHN', ['zh'], '2024-04-29'],
  ['Cuba', 'CUB', ['es'], '2024-04-29'],
  ['Danemark', 'DNK', ['en'], '2024-05-01'],
  ['Égypte', 'EGY', ['en'], '2024-02-26'],
  ['Estonie', 'EST', ['en'], '2024-04-30'],
  ["États-Unis d'Amérique", 'USA', ['en'], '2024-05-01'],
  ['Fédération de Russie', 'RUS', ['ru'], '2024-04-09'],
  ['France', 'FRA', ['fr'], '2024-04-30'],
  ['Géorgie', 'GEO', ['en'], '2024-03-20'],
  ['Irlande', 'IRL', ['en'], '2024-05-01'],
  ['Japon', 'JPN', ['en'], '2024-04-30'],
  ['Lettonie', 'LVA', ['en'], '2024-04-30'],
  ['Nouvelle-Zélande', 'NZL', ['en'], '2024-04-30'],
  ['Pays-Bas (Royaume des)', 'NLD', ['en'], '2024-05-01'],
  ['Singapour', 'SGP', ['en'], '2024-05-01'],
  ['Tchéquie', 'CZE', ['en'], '2024-04-30'],
  ['Türkiye', 'TUR', ['en'], '2024-05-01'],
  ['Venezuela (République bolivarienne du)', 'VEN', ['es'], '2024-04-26'],
  ['Union européenne', 'EUU', ['en'], '2024-04-29'],
];

let doc: Document;
beforeAll(async () => {
  doc = await parseFile(seed('003'));
});

describe('seed 003 (markdown report of the Secretary-General)', () => {
  it('reads the cover page; the symbol is printed nowhere, so it stays null', () => {
    expect(doc.symbol).toBeNull();
    expect(doc.kind).toBe('report');
    expect(doc.organ).toBe('A');
    expect(doc.distribution).toBe('générale');
    expect(doc.date).toBe('2024-05-21');
    expect(doc.original_languages).toEqual(['en', 'zh', 'es', 'fr', 'ru']);
    expect(doc.session).toBe(79);
    expect(doc.committee).toBeNull();
    expect(doc.agenda_item).toBe('93');
    expect(doc.title).toBe("Progrès de l'informatique et des télécommunications et sécurité internationale");
  });

  it('keeps the agenda-item line as a paragraph, the anchor of its footnote "*" (lines 14, 26)', () => {
    const agenda = doc.paragraphs.find((p) => p.line === 14);
    expect([agenda?.kind, agenda?.text, agenda?.footnotes]).toEqual(['text', 'Point 93 de la liste préliminaire', ['*']]);
    expect(doc.footnotes[0]).toEqual({ marker: '*', text: 'A/79/50.', paragraph_n: agenda?.n, line: 26 });
  });

  it('numbers the report 1–43 under the headings I–IV, by meaning', () => {
    const numbered = ofKind(doc, 'numbered');
    expect(numbered.map((p) => p.number)).toEqual(Array.from({ length: 43 }, (_, i) => String(i + 1)));
    expect(ofKind(doc, 'heading').filter((p) => p.number).map((p) => p.number)).toEqual(['I.', 'II.', 'III.', 'IV.']);
    expect(numbered[4]?.section).toBe('II. Contexte');
    expect(numbered[7]?.section).toBe('III. Avis sur la sécurité du numérique et de son utilisation > Interprétations et principes généraux');
    // 5. a)–d): the four elements the States agreed on (lines 74–83), around footnote 1
    const subs = ofKind(doc, 'subparagraph');
    expect(subs.map((p) => [p.number, p.parent_n])).toEqual(['a)', 'b)', 'c)', 'd)'].map((n) => [n, numbered[4]?.n]));
  });

  it('makes one submission part per reply, with its author, original language and date', () => {
    expect(doc.parts.map((p) => [p.title, p.author, p.original_languages, p.date])).toEqual(REPLIES);
    expect(doc.parts.every((p) => p.kind === 'submission')).toBe(true);
    expect(new Set(doc.parts.map((p) => p.id)).size).toBe(23);
  });

  it('gives each reply its own paragraphs and footnotes (Égypte: 1–34 with "32." twice)', () => {
    const egypt = doc.parts[7];
    expect(egypt?.title).toBe('Égypte');
    expect(countKinds(egypt as Document)).toEqual({ heading: 9, numbered: 35, subparagraph: 2, 'list-item': 3 });
    expect(ofKind(egypt as Document, 'numbered').map((p) => p.number).slice(29, 33)).toEqual(['30', '31', '32', '32']);
    expect(egypt?.footnotes.map((f) => [f.marker, egypt.paragraphs.find((p) => p.n === f.paragraph_n)?.number])).toEqual([
      ['11', '2'],
      ['12', '9'],
    ]);
    // paragraph 3 runs on after footnote 11 (seed lines 506–510)
    const p3 = ofKind(egypt as Document, 'numbered')[2];
    expect([p3?.line, p3?.end_line]).toEqual([506, 510]);
  });

  it('attaches a reply\'s items to the prose paragraph that introduces them (Allemagne, lines 233–253)', () => {
    const germany = doc.parts[0] as Document;
    const intro = germany.paragraphs.find((p) => p.line === 233);
    expect(intro?.text).toMatch(/^Compte tenu des éléments communs .* :$/u);
    const subs = germany.paragraphs.filter((p) => p.kind === 'subparagraph');
    const a = subs[0];
    expect(subs.map((p) => [p.number, p.parent_n])).toEqual([
      ['a)', intro?.n], ...['i)', 'ii)', 'iii)', 'iv)', 'v)', 'vi)'].map((n) => [n, a?.n]),
      ...['b)', 'c)', 'd)', 'e)', 'f)'].map((n) => [n, intro?.n]),
    ]);
    // vi) runs on after a blank line: "… des besoins des États Membres et de" / "l'évolution des menaces …"
    expect([subs[6]?.line, subs[6]?.end_line]).toEqual([241, 243]);
  });

  it('gives a footnote printed under the next reply\'s heading back to the reply that references it', () => {
    // <sup>25</sup> is referenced in the United States' reply (line 768) and printed at line 787,
    // under the heading of the Russian Federation's; 47: Lettonie (1138) / Nouvelle-Zélande (1156)
    const [usa, rus, lva, nzl] = [doc.parts[9], doc.parts[10], doc.parts[15], doc.parts[16]] as Document[];
    const at = (d: Document, marker: string): number | undefined =>
      d.paragraphs.find((p) => p.n === d.footnotes.find((f) => f.marker === marker)?.paragraph_n)?.line;
    expect(at(usa as Document, '25')).toBe(768);
    expect(rus?.footnotes.map((f) => f.marker)).not.toContain('25');
    expect(at(lva as Document, '47')).toBe(1138);
    expect(nzl?.footnotes.map((f) => f.marker)).not.toContain('47');
  });

  it('reports the duplicate "32." of the Égypte reply as a warning of that part, and nothing else', () => {
    expect(checkDocument(doc)).toEqual([
      expect.objectContaining({ code: 'numbering-duplicate', part_id: doc.parts[7]?.id, line: 602 }),
    ]);
  });

  it('keeps unnumbered replies as text paragraphs (Singapour: 4, the first split by a page break)', () => {
    const singapore = doc.parts[18] as Document;
    expect(countKinds(singapore)).toEqual({ text: 4 });
    expect([singapore.paragraphs[0]?.line, singapore.paragraphs[0]?.end_line]).toEqual([1235, 1237]);
    expect(singapore.warnings).toEqual([]);
  });
});

describe('seed 003 without the markdown hints (bold, italics, heading levels)', () => {
  it('gives the same document, parts included', () => {
    const { fe, hinted, bare } = withAndWithoutHints(seed('003'));
    expect(fe.blocks.some((b) => b.hints?.level !== undefined)).toBe(true);
    expect(bare).toEqual(hinted);
  });
});
