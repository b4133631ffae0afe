import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seed } from '../helpers/paths.js';
import { clean, fold } from '../../src/text/fold.js';

describe('fold: the matching key', () => {
  it('folds case, accents, apostrophes, ligatures, hyphen variants and space-like characters', () => {
    expect(fold('Programme d’action')).toBe(fold("programme d'action"));
    expect(fold('étatique')).toBe('etatique');
    expect(fold('mise en Œuvre de l’œuvre')).toBe("mise en oeuvre de l'oeuvre");
    expect(fold('celles\u2011ci')).toBe('celles-ci');
    expect(fold('Groupe de travail\u00a0:  numérique\u202f;')).toBe('groupe de travail : numerique ;');
  });

  it('clean keeps the text as written but normalises spaces and NFC', () => {
    expect(clean('  Re\u0301affirmant\u00a0 l’examen ')).toBe('Réaffirmant l’examen');
  });
});

describe('fold is the key it always was', () => {
  // the straightforward definition, one replace per rule; fold does the same in fewer passes
  const reference = (text: string) => text
    .replace(/[\u2018\u2019\u201b\u02bc\u2032\u00b4`]/g, "'").replace(/[\u2010\u2011\u2012\u2212]/g, '-')
    .replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\f\v]/g, ' ').replace(/ {2,}/g, ' ').trim();

  it('on generated text with accents, ligatures, apostrophes, hyphens and spaces of every kind', () => {
    const special = fc.constantFrom(...'éÉèàçÇôŒœæÆİı’‘‛ʼ′´`‐‑‒−\u00a0\u2009\u202f\t\n\f\v  e\u0301ßﬁ'.split(''));
    fc.assert(fc.property(fc.array(fc.oneof(special, fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(fold(text)).toBe(reference(text));
    }), { numRuns: 3000 });
  });

  it('on every character of the Basic Multilingual Plane, alone and among others', () => {
    // fold lower-cases Latin text first and folds what is left character by character: each
    // character must fold the same in context as the reference does (İ, Σ, K, Å, ǅ, ß …)
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      for (const text of [ch, `A${ch}b`, ` ${ch}${ch}  É`, `Σ${ch}\u0301 `, `e${ch}\u0316\u0301`]) {
        if (fold(text) !== reference(text)) expect(fold(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`).toBe(reference(text));
      }
    }
  });

  it('on every line of the seeds', () => {
    for (const n of ['000', '001', '002', '003', '004'] as const) {
      for (const line of readFileSync(seed(n), 'utf8').split('\n')) expect(fold(line)).toBe(reference(line));
    }
  });
});
