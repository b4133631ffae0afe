import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationsInText } from '../../src/extract/citations.js';
import { normaliseSymbol } from '../../src/lexicon/symbols.js';

const pieces = fc.constantFrom(
  'résolution', 'résolutions', 'décision', 'du 4 décembre 1998', ' et ', ', ', '. ', '75/240', '43/78 H', '1996/31', '2019/12',
  '13/13', 'A/78/265', 'A/C.1/75/L.8/Rev.1', ' et Add.1', 'https://undocs.org/fr/A/75/123', 'Conseil économique et social',
  'circulaire', '(2021-2025)', '12/10/2023', 'de l’Assemblée générale', 'Rappelant ses',
);

describe('citationsInText on any mix of citation-like text', () => {
  it('never throws; every row points at its text as written and has a well-formed full symbol', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        for (const c of citationsInText(text)) {
          expect(text.slice(c.index, c.index + c.asWritten.length)).toBe(c.asWritten);
          expect(c.target).toMatch(/^[A-Z]+\//);
          expect(normaliseSymbol(c.target)).toBe(c.target);
          expect(c.target).not.toMatch(/undocs|https/);
          // a year-numbered decision is ECOSOC's only when the text names the Council
          if (c.target.startsWith('E/DEC/')) expect(text).toContain('Conseil économique et social');
          expect(c.target).not.toMatch(/^A\/(?:RES|DEC)\/\d{4}\//);
        }
      }),
      { numRuns: 500 },
    );
  });
});
