import { describe, expect, it } from 'vitest';
import { concordance, findMatches, snippet, Words } from '../../src/query/kwic.js';
import { parseQuery, positivePhrases, WORD } from '../../src/query/search-query.js';

const phrases = (q: string) => positivePhrases(parseQuery(q));

describe('matches on the text as written', () => {
  it('words are cut where WORD cuts them, one character code at a time (issue 19)', () => {
    const texts = [
      'ABC def, G7 — 3e', // ASCII letters, digits
      'l’État étatique ŒUVRE Œuvre', // accents, ligature, apostrophe
      'cafe\u0301 e\u0301tat', // decomposed accents: the marks belong to the word
      'x 𝐀𝐁 y 😀 z', // letters outside the BMP are one code point; an emoji is no word
      'a\ud800b \udc00c d\ud83d', // lone surrogates are no word characters
      '١٢٣ 漢字 ñ', // digits and letters of other scripts
      '',
      '  ,; ',
    ];
    for (const text of texts) {
      const ws = new Words(text);
      const want = [...text.matchAll(WORD)];
      expect([...ws.starts]).toEqual(want.map((m) => m.index));
      expect([...ws.ends]).toEqual(want.map((m) => m.index + m[0].length));
    }
  });

  it('an ASCII word matches a token in any case, a prefix only at its start', () => {
    const text = 'Cyber CYBERSPACE cyb xcyber Cyberé';
    const at = (q: string) => findMatches(text, phrases(q)).map((s) => text.slice(s.start, s.end));
    expect(at('cyber')).toEqual(['Cyber']);
    expect(at('cyber*')).toEqual(['Cyber', 'CYBERSPACE', 'Cyberé']);
    expect(at('cyberspace')).toEqual(['CYBERSPACE']);
    expect(at('cybere')).toEqual(['Cyberé']);
  });

  it('offsets stay right when folding changes lengths (œ → oe, decomposed accents)', () => {
    const text = 'La mise en Œuvre — la MISE EN ŒUVRE, l’État étatique';
    const spans = findMatches(text, phrases('mise en oeuvre'));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['mise en Œuvre', 'MISE EN ŒUVRE']);
    const e = findMatches(text, phrases('etat*'));
    expect(e.map((s) => text.slice(s.start, s.end))).toEqual(['État', 'étatique']);
  });

  it('both apostrophes and non-breaking spaces', () => {
    const text = "le programme d’action et le programme d'action et le programme\u00a0d’action";
    expect(findMatches(text, phrases("programme d'action"))).toHaveLength(3);
  });

  it('snippet marks matches and cuts long text with …', () => {
    const long = Array.from({ length: 80 }, (_, i) => `mot${i}`).join(' ') + ' le programme d’action. ' + 'fin '.repeat(40);
    const s = snippet(long, phrases("programme d'action"), '[', ']');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('le [programme d’action].');
    expect(snippet('Court texte sur la cybersécurité.', phrases('cyber*'), '<', '>')).toBe('Court texte sur la <cybersécurité>.');
  });

  it('concordance: one entry per occurrence, context cut to the window', () => {
    const text = 'Au début, la mise en œuvre du cadre ; ensuite une seconde mise en œuvre des normes convenues par tous les États.';
    const lines = concordance(text, phrases('mise en oeuvre'), 20);
    expect(lines.map((l) => l.match)).toEqual(['mise en œuvre', 'mise en œuvre']);
    expect(lines[0]!.left).toBe('Au début, la');
    expect(lines[1]!.right.endsWith('…')).toBe(true);
    for (const l of lines) {
      expect(l.left.length).toBeLessThanOrEqual(21);
      expect(text.slice(l.start, l.end)).toBe(l.match);
    }
  });
});

describe('matches as written, whatever the text (property)', () => {
  it('every span of the text folds to the query, and every occurrence is found', async () => {
    const fc = (await import('fast-check')).default;
    const { fold } = await import('../../src/text/fold.js');
    const piece = fc.constantFrom('mise', 'MISE', 'en', 'œuvre', 'Œuvre', 'oeuvre', 'œuvré', 'l’État', "d'action", 'ÉTAT', 'e\u0301tat', ' ', '\u00a0', ', ', '’', '-', 'la');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      for (const q of ['mise en oeuvre', 'etat', 'oeuvre*']) {
        const spans = findMatches(text, phrases(q));
        const want = q.replace('*', '');
        for (const s of spans) {
          const got = fold(text.slice(s.start, s.end)).replace(/[^a-z0-9]+/g, ' ');
          expect(q.endsWith('*') ? got.startsWith(want) : got).toBe(q.endsWith('*') ? true : want);
        }
        // one-word queries: as many occurrences as there are such words in the folded text
        if (q === 'etat') expect(spans.length).toBe(fold(text).split(/[^a-z0-9]+/).filter((w) => w === 'etat').length);
      }
    }), { numRuns: 300 });
  });
});
