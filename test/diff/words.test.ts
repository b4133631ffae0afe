import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffWords, textKey, tokenize } from '../../src/diff/words.js';
import { clean } from '../../src/text/fold.js';

const show = (text: string) => text;
function marked(a: string, b: string): string {
  return diffWords(a, b).words.map((w) => (w.op === 'equal' ? show(w.text) : w.op === 'removed' ? `[-${w.text}-]` : `{+${w.text}+}`)).join('');
}

describe('tokenize', () => {
  it('keeps hyphenated compounds and elided articles as words, punctuation apart', () => {
    expect(tokenize('sa soixante-dix-huitième session, l’examen « Progrès »').map((t) => t.text)).toEqual([
      'sa', 'soixante-dix-huitième', 'session', ',', 'l’', 'examen', '«', 'Progrès', '»',
    ]);
  });

  it('remembers the whitespace written before each token', () => {
    expect(tokenize('a  b,c').map((t) => [t.pre, t.text])).toEqual([['', 'a'], ['  ', 'b'], ['', ','], ['', 'c']]);
  });
});

describe('textKey: variants that are not wording changes', () => {
  it('folds typographic apostrophes, non-breaking hyphens and spaces, and spacing around punctuation', () => {
    // 78/237 PP10 writes "celles‑ci" with U+2011 and typographic apostrophes; seed 000 writes "celles-ci" and '
    expect(textKey('empêche que celles\u2011ci soient utilisées de façon sûre et fiable, dérègle la chaîne d’approvisionnement'))
      .toBe(textKey("empêche que celles-ci soient utilisées de façon sûre et fiable , dérègle la chaîne d'approvisionnement"));
    expect(textKey('vues\u00a0; mise en œuvre')).toBe(textKey('vues; mise en oeuvre'));
  });

  it('keeps accents and case: "a" and "à" are different French words', () => {
    expect(textKey('il a été')).not.toBe(textKey('il à été'));
    expect(textKey('Décide')).not.toBe(textKey('décide'));
  });
});

describe('diffWords', () => {
  it('77/36 OP2 → 78/237 OP3: only "premier" → "deuxième"', () => {
    const a = 'Se félicite de l’adoption par consensus du premier rapport d’activité annuel du Groupe de travail à composition non limitée et prend note du recueil de déclarations visant à expliquer la position des États sur son adoption ;';
    const b = 'Se félicite de l’adoption par consensus du deuxième rapport d’activité annuel du Groupe de travail à composition non limitée et prend note du recueil de déclarations visant à expliquer la position des États sur son adoption ;';
    const d = diffWords(a, b);
    expect(d.words.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'removed', text: 'premier' },
      { op: 'added', text: 'deuxième' },
    ]);
    expect(marked(a, b)).toBe(
      'Se félicite de l’adoption par consensus du [-premier-]{+deuxième+} rapport d’activité annuel du Groupe de travail à composition non limitée et prend note du recueil de déclarations visant à expliquer la position des États sur son adoption ;',
    );
  });

  it('77/36 PP2 → 78/237 PP3: an insertion inside a sentence, spaces outside the markers', () => {
    const a = 'et qu’il est également dans l’intérêt des États de prévenir les conflits découlant de l’utilisation des technologies numériques,';
    const b = 'et qu’il est également dans l’intérêt des États de prévenir et de régler de manière pacifique les conflits découlant de l’utilisation des technologies numériques,';
    expect(marked(a, b)).toBe(
      'et qu’il est également dans l’intérêt des États de prévenir {+et de régler de manière pacifique+} les conflits découlant de l’utilisation des technologies numériques,',
    );
  });

  it('seed 000 OP7 → 78/237 OP7: "et énoncés" became "qui sont énoncés"', () => {
    const a = "compte tenu des principes convenus en matière de renforcement des capacités et énoncés dans l'annexe C";
    const b = 'compte tenu des principes convenus en matière de renforcement des capacités qui sont énoncés dans l’annexe C';
    const d = diffWords(a, b);
    expect(d.words.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'removed', text: 'et' },
      { op: 'added', text: 'qui sont' },
    ]);
    // the apostrophe variant is not a change, and the text is shown as written in B
    expect(d.words.at(-1)).toEqual({ op: 'equal', text: ' énoncés dans l’annexe C' });
    // per side, each text as written
    expect(d.left.map((s) => s.text).join('')).toBe(a);
    expect(d.right.map((s) => s.text).join('')).toBe(b);
  });

  it('similarity: 2 × common / total tokens', () => {
    // a: 4 tokens, b: 4 tokens, 3 in common
    expect(diffWords('a b c d', 'a b c e').similarity).toBeCloseTo(6 / 8, 10);
    expect(diffWords('même texte', 'même  texte').similarity).toBe(1);
    expect(diffWords('', '').similarity).toBe(1);
    expect(diffWords('un', 'deux').similarity).toBe(0);
  });

  it('property: each side is rebuilt from its segments; the unified script rebuilds both up to folded variants', () => {
    const word = fc.constantFrom('les', 'États', 'l’examen', "d'un", 'soixante-dix', ',', ';', '«', 'Progrès', 'à', 'a', '2021-2025', 'œuvre');
    const sp = fc.constantFrom(' ', '  ', '\u00a0', '');
    const text = fc.array(fc.tuple(sp, word), { maxLength: 25 }).map((xs) => clean(xs.map(([s, w]) => s + w).join('')));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = diffWords(a, b);
        expect(d.left.map((s) => s.text).join('')).toBe(a);
        expect(d.right.map((s) => s.text).join('')).toBe(b);
        const newText = d.words.filter((w) => w.op !== 'removed').map((w) => w.text).join('');
        const oldText = d.words.filter((w) => w.op !== 'added').map((w) => w.text).join('');
        expect(textKey(newText)).toBe(textKey(b));
        expect(textKey(oldText)).toBe(textKey(a));
        expect(d.similarity).toBeGreaterThanOrEqual(0);
        expect(d.similarity).toBeLessThanOrEqual(1);
        if (textKey(a) === textKey(b)) expect(d.words.every((w) => w.op === 'equal')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
