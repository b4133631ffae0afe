/**
 * Property tests of the two text front-ends (markdown, PDF text): random, layout-like and
 * truncated inputs never throw and keep the Block invariants; inputs eight times larger give
 * eight times the output. Against loops and quadratic work the guard is the test timeout
 * (vitest.config.ts): the pathological inputs below are sized so that quadratic work on the 8×
 * input could not finish within it, while linear work takes milliseconds. No timing is asserted.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/frontends/markdown.js';
import { parsePdfText } from '../../src/frontends/pdf-text.js';
import type { FrontEndResult } from '../../src/types.js';
import { seed } from '../helpers/paths.js';

const PRIVATE_USE = /[\uE000-\uF8FF]/u;

/** Block invariants every front-end result keeps, whatever the input. */
function checkBlocks(r: FrontEndResult, input: string): void {
  const lines = input.split(/\r\n|\r|\n/u).length;
  expect(Array.isArray(r.blocks)).toBe(true);
  for (const b of r.blocks) {
    expect(b.text).toBe(b.text.trim());
    expect(b.line).toBeGreaterThanOrEqual(1);
    expect(b.endLine).toBeGreaterThanOrEqual(b.line);
    expect(b.endLine).toBeLessThanOrEqual(lines);
    for (const f of b.footnotes) {
      expect(f.offset).toBeGreaterThanOrEqual(0);
      expect(f.offset).toBeLessThanOrEqual(b.text.length);
    }
    for (const l of b.links) expect(l.offset).toBeLessThanOrEqual(b.text.length);
  }
}

/** The PDF front-end also never leaks its placeholders and keeps footnote references in order. */
function checkPdf(input: string): FrontEndResult {
  const r = parsePdfText(input);
  checkBlocks(r, input);
  for (const b of r.blocks) {
    expect(PRIVATE_USE.test(b.text)).toBe(false);
    const offsets = b.footnotes.map((f) => f.offset);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
    if (b.kind === 'footnote') expect(b.marker).toBeTruthy();
  }
  return r;
}

function checkMarkdown(input: string): FrontEndResult {
  const r = parseMarkdown(input);
  expect(Array.isArray(r.blocks)).toBe(true);
  return r;
}

/** Lines that exercise every branch of the PDF line classifier, and some markdown. */
const LAYOUT_LINES = [
  '', '', '', ' ', '  ', '__________________ ', '1', '2', '27', '*', 'er', ',', ', leurs vues et', '.',
  'https://undocs.org/fr/A/75/123', 'http://undocs.org/fr/A/RES/75/240', 'A/75/394 ', '13/13 20-15344 ', '20-15344 2/13',
  ' a) de s’inspirer, pour ce qui touche', '  ii) La mise en place', ' 1. Décide que', '17. Les États', ' • Les États Membres',
  '  Ont voté pour :', ' Rappelant ses résolutions 53/70 du 1', ' Projet de résolution I', ' I. Introduction',
  'Distr. limitée', '12 octobre 2023', 'numérique4. Ces éléments', 'limitée 2021-202527.', 'gouvernementaux 1 . À cet égard',
  'rapport de 2021 18 ) dans', ' 1 Voir A/51/261, annexe.', ' * La version originale', '  Voir A/C.2/59/3.',
  'Nouvelle-', 'Zélande, Oman', 'soixante-', 'quinzième session', 'infor-', 'matique', 'dans le d omaine de la',
  'l ’examen des résul tats', 'États -Unis', 'I. Introduction . . . . .\t3', '\tPage', 'République populaire démocratique de',
  ' Corée, Singapour', '# Assemblée générale', '<sup>1</sup> Voir [A/78/265](#).', '---', '*Rappelant* ses résolutions',
  '- a) de contribuer', '**Azerbaïdjan : projet de résolution**', '1<sup>er</sup> décembre', '\uE000\uE001', '\u00a0:\u202f;',
];

const layoutText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LAYOUT_LINES) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }), { maxLength: 150 })
  .map((lines) => lines.join('\n'));

const SEEDS = ['000', '001', '002', '003', '004'] as const;
const seedTexts = SEEDS.map((n) => readFileSync(seed(n), 'utf8'));

describe('front-ends on random input', () => {
  it('never throw on any string (full Unicode, control characters included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        checkPdf(s);
        checkMarkdown(s);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on layout-like lines in any order, and keep the invariants', () => {
    fc.assert(
      fc.property(layoutText, (s) => {
        checkPdf(s);
        checkMarkdown(s);
      }),
      { numRuns: 400 },
    );
  });

  it('never throw on a seed cut anywhere, or on a slice of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (k, a, b) => {
        const text = seedTexts[k]!;
        const [from, to] = [Math.floor(Math.min(a, b) * text.length), Math.floor(Math.max(a, b) * text.length)];
        for (const piece of [text.slice(0, to), text.slice(from), text.slice(from, to)]) {
          checkPdf(piece);
          checkMarkdown(piece);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('front-ends scale linearly (1× against 8× the input)', () => {
  const times = (s: string, n: number): string => Array.from({ length: n }, () => s).join('\n\n');

  it.each(['001', '002', '004'] as const)('PDF seed %s repeated 8 times gives 8 times the blocks', (n) => {
    const text = seedTexts[SEEDS.indexOf(n)]!;
    const one = checkPdf(text);
    const eight = checkPdf(times(text, 8));
    expect(eight.blocks.length).toBe(8 * one.blocks.length);
    expect(eight.blocks.filter((b) => b.kind === 'footnote')).toHaveLength(8 * one.blocks.filter((b) => b.kind === 'footnote').length);
  });

  it.each(['000', '003'] as const)('markdown seed %s repeated 8 times gives 8 times the blocks', (n) => {
    const text = seedTexts[SEEDS.indexOf(n)]!;
    const one = checkMarkdown(text);
    const eight = checkMarkdown(times(text, 8));
    expect(eight.blocks.length).toBe(8 * one.blocks.length);
  });

  /** Inputs that would be quadratic for a naive implementation, at size `n` units. */
  const PATHOLOGICAL: Array<[string, (n: number) => string, (r: FrontEndResult) => number]> = [
    // one paragraph of n printed lines: re-joining must not copy the paragraph at each line
    ['one paragraph of many lines', (n) => ` Notant que${'\n\nles États et des organisations'.repeat(n)},\n\n`, (r) => r.blocks[0]!.text.length],
    // one word of n×100 letters ending in a digit: end-of-line patterns must not backtrack
    ['one huge word', (n) => ` Texte ${'a'.repeat(n * 100)}1\n\n`, (r) => r.blocks[0]!.text.length],
    // n line-end hyphens in one paragraph
    ['many line-end hyphens', (n) => ` Début${'\n\ninfor-\n\nmatique et'.repeat(n)}.\n\n`, (r) => r.blocks[0]!.text.length],
    // n footnotes, each referenced by a glued marker on its page
    ['many footnotes', (n) => Array.from({ length: n }, (_, i) => ` Texte numérique${(i % 900) + 1}.\n\n__________________\n\n ${(i % 900) + 1} Voir A/75/123.\n\nhttps://undocs.org/fr/A/75/123\n`).join(''), (r) => r.blocks.length],
    // n URL lines at the end of one long page
    ['many URL lines on a page', (n) => ` Voir ${'A/75/123 et '.repeat(n)}A/75/1.\n\n${'https://undocs.org/fr/A/75/999\n'.repeat(n)}`, (r) => r.blocks[0]!.links.length],
    // n×100 spaced digits in one line
    ['a line of numbers', (n) => ` Points ${'3 et '.repeat(n * 100)}5.\n\n__________________\n\n 3 Note.\n\n`, (r) => r.blocks[0]!.text.length],
    // n×10 words broken by spaces
    ['many broken words', (n) => ` Le d omaine et le domaine${' et les résul tats et les résultats'.repeat(n * 10)}.\n\n`, (r) => r.blocks[0]!.text.length],
  ];

  it.each(PATHOLOGICAL)('%s: 8× the input gives 8× the output', (_name, make, measure) => {
    const unit = 2000;
    const one = measure(checkPdf(make(unit)));
    const eight = measure(checkPdf(make(8 * unit)));
    expect(one).toBeGreaterThan(0);
    expect(eight / one).toBeGreaterThan(7.5);
    expect(eight / one).toBeLessThan(8.5);
  });

  it('the markdown front-end finishes on the same pathological inputs', () => {
    for (const [, make] of PATHOLOGICAL) checkMarkdown(make(2000));
  });
});
