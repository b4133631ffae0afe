import { describe, expect, it } from 'vitest';
import { parseQuery, positivePhrases, toFts } from '../../src/query/search-query.js';
import { UsageError } from '../../src/errors.js';

const fts = (q: string) => toFts(parseQuery(q));

describe('query language → FTS5', () => {
  it('a run of plain words is one phrase; apostrophes, accents, case, œ, NBSP fold', () => {
    const want = '"programme" + "d" + "action"';
    expect(fts("programme d'action")).toBe(want);
    expect(fts('programme d’action')).toBe(want);
    expect(fts('Programme\u00a0D’Action')).toBe(want);
    expect(fts('"programme d\'action"')).toBe(want);
    expect(fts('«programme d’action»')).toBe(want);
    expect(fts('mise en œuvre')).toBe('"mise" + "en" + "oeuvre"');
    expect(fts('étatique')).toBe('"etatique"');
  });

  it('quoted phrases side by side must all match', () => {
    expect(fts('"mise en œuvre" "programme d\'action"')).toBe('("mise" + "en" + "oeuvre") AND ("programme" + "d" + "action")');
  });

  it('AND, OR, NOT (upper case) with NOT > AND > OR, and grouping', () => {
    expect(fts('a OR b AND c')).toBe('("a") OR (("b") AND ("c"))');
    expect(fts('a AND b NOT c')).toBe('("a") AND (("b") NOT ("c"))');
    expect(fts('(a OR b) NOT c')).toBe('(("a") OR ("b")) NOT ("c")');
    // lower-case and/or/not and French et/ou are words
    expect(fts('sécurité et paix')).toBe('"securite" + "et" + "paix"');
    expect(fts('not and or')).toBe('"not" + "and" + "or"');
  });

  it('prefixes, inside phrases too', () => {
    expect(fts('cyber*')).toBe('"cyber"*');
    expect(fts('menaces cyber*')).toBe('"menaces" + "cyber"*');
    expect(fts('"programme d\'act"*')).toBe('"programme" + "d" + "act"*');
  });

  it('NEAR in three spellings', () => {
    expect(fts('consensus NEAR programme')).toBe('NEAR("consensus" "programme", 10)');
    expect(fts('consensus NEAR/3 "programme d\'action"')).toBe('NEAR("consensus" "programme" + "d" + "action", 3)');
    expect(fts('NEAR(consensus "programme d\'action", 5)')).toBe('NEAR("consensus" "programme" + "d" + "action", 5)');
  });

  it('nothing the user types reaches FTS5 unquoted', () => {
    expect(fts('a "b""c"')).toBe('("a") AND ("b") AND ("c")');
    expect(fts('col:value')).toBe('"col" + "value"');
    expect(fts('x^y {z}')).toBe('"x" + "y" + "z"');
  });

  it.each([
    ['', /empty search query/],
    ['   ', /empty search query/],
    ['"programme d\'action', /unclosed "/],
    ['(a OR b', /unclosed '\('/],
    ['a OR b)', /'\)' without a matching '\('/],
    ['NOT x', /'NOT' excludes from what comes before it/],
    ['a NOT', /'NOT' needs a word or phrase after it/],
    ['a AND', /'AND' needs a word or phrase on each side/],
    ['OR a', /'OR' needs a word or phrase on each side/],
    ['a OR', /'OR' needs a word or phrase on each side/],
    ['cy*ber', /'\*' marks a prefix and goes at the end of a word/],
    ['a NEAR/x b', /NEAR\/ takes a whole number/],
    ['a NEAR/ b', /NEAR\/ takes a whole number/],
    ['a NEAR/-1 b', /NEAR\/ takes a whole number/],
    ['(a OR b) NEAR c', /NEAR joins words or phrases/],
    ['NEAR(a)', /at least two/],
    ['!!! ???', /no word to search for/],
    ['()', /empty '\( \)'/],
  ])('%j is a one-line usage error', (q, message) => {
    let err: unknown;
    try {
      parseQuery(q);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/\n|sqlite|fts5/i);
  });

  it('highlights the phrases that can match, not the excluded ones', () => {
    const phrases = positivePhrases(parseQuery('(cyber* OR numérique) NOT sécurité'));
    expect(phrases).toEqual([[{ text: 'cyber', prefix: true }], [{ text: 'numerique', prefix: false }]]);
  });
});
