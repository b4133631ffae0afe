import { describe, expect, it } from 'vitest';
import { isFormula, startsWithFormula } from '../../src/lexicon/doc-kinds-fr.js';
import { fold } from '../../src/text/fold.js';

/** The formula tests as defined (bare = fold, one leading [, no * or \, trimmed). */
const bare = (text: string) => fold(text).replace(/^\[|\]$/gu, '').replace(/[*\\]+/gu, '').trim();
const startsReference = (text: string) => /^l'assemblee generale\s*,/u.test(bare(text.slice(0, 80)));
const isReference = (text: string) => text.length <= 80 && /^l'assemblee generale\s*,?$/u.test(bare(text));

describe('the enacting formula "L’Assemblée générale,"', () => {
  it('is found as the UN prints it, in markdown and PDF text', () => {
    expect(startsWithFormula("L'Assemblée générale,")).toBe(true);
    expect(startsWithFormula('*L’Assemblée générale*, Rappelant sa résolution 75/240,')).toBe(true);
    expect(startsWithFormula('[L’Assemblée générale, …]')).toBe(true);
    expect(isFormula('L’Assemblée générale,')).toBe(true);
    expect(isFormula('  **L’ASSEMBLÉE GÉNÉRALE** ')).toBe(true);
    expect(startsWithFormula('Rappelant que l’Assemblée générale,')).toBe(false);
    expect(isFormula('1. L’Assemblée générale,')).toBe(false);
  });

  it('answers as the full fold does for any opening', () => {
    const openers = ['', ' ', '\t', '\n', '[', '[[', '*', '**', '\\', ' [ *', '\u00a0', '\u202f', '\u200b', '«', '1. ', 'a) ', 'x', 'L', 'l', 'Ĺ', 'Ł', 'ł', '`', '_', '-'];
    const bodies = ["L'Assemblée générale,", 'l’assemblee generale ,', "'Assemblée générale,", 'Assemblée générale,', 'Rappelant', 'LASSEMBLEE', '', "L'Assemblée générale"];
    let n = 0;
    for (const a of openers) for (const b of openers) for (const body of bodies) {
      const text = a + b + body;
      expect(startsWithFormula(text), JSON.stringify(text)).toBe(startsReference(text));
      expect(isFormula(text), JSON.stringify(text)).toBe(isReference(text));
      n++;
    }
    expect(n).toBe(openers.length ** 2 * bodies.length);
  });
});
