/**
 * The fast paths of the concordance and the snippets (issue 19) against their definitions:
 * latinMatches (regular expressions over the text as written) gives Words' matches; leftContext
 * and rightContext give the cut of the whole flattened text before and after a match; snippetOf,
 * which cuts words near the first match only, gives the snippet of the text cut whole.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMatches, isSpace, leftContext, rightContext, snippetOf, Words } from '../../src/query/kwic.js';
import { latinMatches } from '../../src/query/phrase-match.js';
import { parseQuery, positivePhrases } from '../../src/query/search-query.js';
import { SHARED, seedFiles, sharedAvailable } from '../helpers/paths.js';
import { cutContext, wholeSnippet } from './definitions.js';

const phrases = (q: string) => positivePhrases(parseQuery(q));

/** Words' matches: the definition latinMatches must give. */
const byWords = (text: string, ph: ReturnType<typeof phrases>) => findMatches(text, ph, new Words(text));

const QUERIES = ["programme d'action", 'mise en oeuvre', 'oeuvre*', 'o*', 'etat*', 'etats', 'i', 'a a', 'ae*', 'cooperation',
  '2030', 'l', 'nations unies', '"droit international" OR international', 'cyber* AND securite', 'e', 'oe', 'ss*'];

describe('latinMatches: the matches of Words, with one regular expression per phrase', () => {
  it('tricky spellings: ligatures, İ, ʼ (a letter), overlapping occurrences', () => {
    const cases: [string, string, string[]][] = [
      ['La mise en Œuvre, la MISE EN ŒUVRE; l’État', 'mise en oeuvre', ['mise en Œuvre', 'MISE EN ŒUVRE']],
      ['œuvre oeuvre ŒUVRES oeuvrer', 'oeuvre*', ['œuvre', 'oeuvre', 'ŒUVRES', 'oeuvrer']],
      ['œuvre Oslo ouvert', 'o*', ['œuvre', 'Oslo', 'ouvert']],
      ['İl il', 'il', ['İl', 'il']],
      // ʼ (U+02BC) is a letter: lʼaction is one word, which folds to l'action, not action
      ['lʼaction l’action', 'action', ['action']],
      ['a a a b a a', 'a a', ['a a a', 'a a']],
      ['programme\u00a0d’action programme-d-action programmed action', "programme d'action", ['programme\u00a0d’action', 'programme-d-action']],
    ];
    for (const [text, q, want] of cases) {
      const fast = latinMatches(text, phrases(q));
      expect(fast, `${q} in ${text}`).not.toBeNull();
      expect(fast!.map((s) => text.slice(s.start, s.end))).toEqual(want);
      expect(fast).toEqual(byWords(text, phrases(q)));
    }
  });

  it('a text with characters outside the Latin range, or a combining accent, is left to Words', () => {
    expect(latinMatches('x 𝐀𝐁 programme d’action', phrases("programme d'action"))).toBeNull();
    const decomposed = 'e\u0301tat \u0301etat éTAT etats';
    expect(latinMatches(decomposed, phrases('etat'))).toBeNull();
    expect(findMatches(decomposed, phrases('etat')).map((s) => decomposed.slice(s.start, s.end))).toEqual(['e\u0301tat', '\u0301etat', 'éTAT']);
    expect(latinMatches('Ελλάδα programme', phrases('programme'))).toBeNull();
    // and findMatches still finds them
    expect(findMatches('x 𝐀𝐁 programme d’action', phrases("programme d'action"))).toEqual([{ start: 7, end: 25 }]);
  });

  it('property: any text of these pieces, any of these queries', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom('a', 'A', 'œ', 'Œ', 'æ', 'e', 'é', 'É', '\u0301', 'İ', 'ʼ', "'", '’', ' ', '  ', '\n', '\u00a0', '-', 'o', 'O',
      'i', 'ß', 's', '1', '²', '…', 'x', 'ea', 'ae', 'oe', 'tat', 'É');
    const queries = ['a a', 'oe', 'oe*', 'o*', 'e a', 'ae', 'etat', 'i', 'ss*', 's', 'a oe a*', 'x OR a x', 'e OR e a'].map(phrases);
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      for (const q of queries) {
        const fast = latinMatches(text, q);
        // null only for a combining accent (none of the pieces is outside the Latin range)
        expect(fast === null).toBe(text.includes('\u0301'));
        if (fast !== null) expect(fast).toEqual(byWords(text, q));
      }
    }), { numRuns: 500 });
  });

  it('every paragraph line of the seeds', () => {
    let compared = 0;
    const queries = QUERIES.map(phrases);
    for (const path of seedFiles()) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        for (const q of queries) {
          const fast = latinMatches(line, q);
          if (fast === null) continue;
          expect(fast).toEqual(byWords(line, q));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  describe.skipIf(!sharedAvailable())('../shared/akn-dev', () => {
    it('the text of every 20th French resolution of sessions 75–80', () => {
      const dir = join(SHARED, 'akn-dev');
      let found = 0;
      const queries = QUERIES.map(phrases);
      for (const name of readdirSync(dir).sort().filter((_, i) => i % 20 === 0)) {
        // the XML as text: every text node and attribute, which is all the better a test
        const text = readFileSync(join(dir, name), 'utf8');
        for (const q of queries) {
          const fast = latinMatches(text, q);
          if (fast === null) continue;
          const want = byWords(text, q);
          expect(fast).toEqual(want);
          found += want.length;
        }
      }
      expect(found).toBeGreaterThan(1000);
    });
  });
});

describe('the context of a match, read next to it', () => {
  /** The definition: the whole text before (after) the match, flattened, trimmed, then cut (docs/search.md). */
  function context(text: string, start: number, end: number, window: number): { left: string; right: string } {
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    return cutContext(flat(text.slice(0, start)).trimEnd(), flat(text.slice(end)).trimStart(), window);
  }

  it('whitespace is what /\\s/ (and trim) calls whitespace, in the whole BMP', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });

  it('property: any text, any place, any window', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom('a', 'bc', 'mot', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '😀', 'é', ',', '…');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 14 }), (parts, x, y, window) => {
      const text = parts.join('');
      const a = text.length === 0 ? 0 : x % (text.length + 1);
      const b = a + (text.length === a ? 0 : y % (text.length - a + 1));
      expect({ left: leftContext(text, a, window), right: rightContext(text, b, window) }).toEqual({
        left: context(text, a, b, window).left, right: context(text, a, b, window).right,
      });
    }), { numRuns: 2000 });
  });
});

describe('snippets: words cut near the first match only', () => {
  const same = (text: string, q: ReturnType<typeof phrases>, size: number) => {
    const spans = findMatches(text, q);
    expect(snippetOf(text, spans, '[', ']', size)).toBe(wholeSnippet(text, spans, '[', ']', size));
  };

  it('property: texts of words, spaces, surrogate pairs and punctuation; matches anywhere; any size', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom('a', 'b', 'mot', ' ', '  ', '\n', '😀', '𝐀', 'é', ', ', '.', '…', '\ud800', '\udc00', "'", 'a-b');
    const queries = ['a', 'b', 'mot', 'a b', 'm*'].map(phrases);
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (parts, size) => {
      const text = parts.join('');
      for (const q of queries) same(text, q, size);
    }), { numRuns: 1000 });
  });

  it('every paragraph line of the seeds, at the default size and a small one', () => {
    const queries = QUERIES.map(phrases);
    let n = 0;
    for (const path of seedFiles()) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        for (const q of queries.slice(0, 6)) {
          for (const size of [32, 5]) same(line, q, size);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
});
