import { describe, expect, it } from 'vitest';
import { concordance, findMatches, snippet } from '../../src/store/kwic.js';
import { parseQuery, positivePhrases } from '../../src/store/search-query.js';

const phrases = (q: string) => positivePhrases(parseQuery(q));

describe('matches on the text as written', () => {
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
