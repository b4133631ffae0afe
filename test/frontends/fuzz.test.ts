/**
 * Property tests of the two text front-ends (markdown, PDF text): random, layout-like and
 * truncated inputs never throw and keep the Block invariants. That inputs eight times larger
 * give eight times the output is the slow suite's (test/slow/scaling.test.ts, `npm run test:slow`).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkMarkdown, checkPdf } from '../helpers/front-end-checks.js';
import { seed } from '../helpers/paths.js';

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
