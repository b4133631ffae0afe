/**
 * The text front-ends scale linearly: inputs eight times larger give eight times the output.
 * Against loops and quadratic work the guard is the test timeout (vitest.config.ts): the
 * pathological inputs below are sized so that quadratic work on the 8× input could not finish
 * within it, while linear work takes milliseconds. No timing is asserted. About 30 s, so it runs
 * with `npm run test:slow`, not `npm test`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FrontEndResult } from '../../src/types.js';
import { checkMarkdown, checkPdf } from '../helpers/front-end-checks.js';
import { seed } from '../helpers/paths.js';

const SEEDS = ['000', '001', '002', '003', '004'] as const;
const seedTexts = SEEDS.map((n) => readFileSync(seed(n), 'utf8'));

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
