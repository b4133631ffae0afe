/**
 * French ordinals as the UN prints session numbers: "Soixante-dix-huitième session" → 78,
 * "quatre-vingtième session" → 80, "Première session" → 1.
 *
 * Data: `CARDINALS` (folded word → value), `ORDINAL_STEMS` (folded ordinal word → cardinal
 * word). Builders: `parseFrenchOrdinal`, `parseSessionLine`.
 */
import { fold } from '../text/fold.js';

/** Folded French number words → value. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6],
  ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13],
  ['quatorze', 14], ['quinze', 15], ['seize', 16], ['vingt', 20], ['vingts', 20], ['trente', 30],
  ['quarante', 40], ['cinquante', 50], ['soixante', 60], ['cent', 100], ['cents', 100],
]);

/** Ordinal words whose cardinal is not the word less "ième". */
export const ORDINAL_STEMS: ReadonlyMap<string, string> = new Map([
  ['premier', 'un'], ['premiere', 'un'], ['unieme', 'un'], ['second', 'deux'], ['seconde', 'deux'],
  ['cinquieme', 'cinq'], ['neuvieme', 'neuf'],
]);

/** Cardinal word of one ordinal word ("huitième" → "huit", "onzième" → "onze"), or null. */
function cardinalOf(word: string): string | null {
  const stem = ORDINAL_STEMS.get(word);
  if (stem) return stem;
  if (!word.endsWith('ieme')) return null;
  const base = word.slice(0, -4);
  if (CARDINALS.has(base)) return base;
  if (CARDINALS.has(`${base}e`)) return `${base}e`; // quatrième, onzième, trentième
  return null;
}

/** Value of a sequence of French number words (60 + 10 + 8; "quatre vingt" = 80). */
function sumWords(words: readonly string[]): number | null {
  let total = 0;
  let prev = '';
  for (const w of words) {
    const v = CARDINALS.get(w);
    if (v === undefined) return null;
    if ((w === 'vingt' || w === 'vingts') && prev === 'quatre') total += 80 - 4;
    else if (v === 100) total = (total === 0 ? 1 : total) * 100;
    else total += v;
    prev = w;
  }
  return total === 0 ? null : total;
}

/** "Soixante-dix-huitième" → 78; null when the text is not a French ordinal. */
export function parseFrenchOrdinal(text: string): number | null {
  const words = fold(text).split(/[\s-]+/).filter((w) => w !== '' && w !== 'et');
  const last = words.pop();
  if (last === undefined) return null;
  const cardinal = cardinalOf(last);
  if (cardinal === null) return null;
  return sumWords([...words, cardinal]);
}

/** "Soixante-dix-huitième session" → 78; "quatre-vingtième session" → 80; else null. */
export function parseSessionLine(text: string): number | null {
  const m = /^(.+?)\s+session$/u.exec(fold(text).replace(/[*.]+$/u, '').trim());
  return m?.[1] ? parseFrenchOrdinal(m[1]) : null;
}
