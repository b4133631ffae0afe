/**
 * Text normalisation shared by every stage. One place decides what "the same text" means.
 *
 *  - `clean`: what we store and display: NFC, spaces collapsed, typographic characters kept.
 *  - `fold`: what we match on: lower case, accents removed, apostrophes/quotes unified,
 *    œ/æ expanded, hyphen variants (U+2010, non-breaking U+2011…) as "-", all space-like
 *    characters turned into plain spaces.
 */

const SPACE_LIKE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\f\v]/g;

/** NFC, space-like characters to plain spaces, runs of spaces collapsed, trimmed. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Typographic variants and what they stand for: apostrophes; hyphen, non-breaking hyphen, figure
 * dash and minus sign (written in UN texts for "-"); ligatures.
 */
const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201b': "'", '\u02bc': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-',
  'œ': 'oe', 'Œ': 'Oe', 'æ': 'ae', 'Æ': 'Ae',
};
const charClass = (chars: string[]) => new RegExp(`[${chars.join('')}]`, 'g');
const TYPOGRAPHIC_RE = charClass(Object.keys(TYPOGRAPHIC));
const APOSTROPHES = charClass(Object.keys(TYPOGRAPHIC).filter((c) => TYPOGRAPHIC[c] === "'"));
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Unify apostrophes only (keeps case and accents). */
export function foldApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/**
 * Typographic variants only, keeping case and accents: apostrophes unified, hyphen variants as
 * "-", œ/æ expanded (Œ → Oe). Two texts equal under this key differ only in how they were typeset
 * (the word diff compares with it, so that case and accent changes still show).
 */
export function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c]!);
}

/**
 * The matching key of a text: lower case, no accents, ' for every apostrophe, oe for œ. (Hot:
 * called on every paragraph and name, and stored beside every paragraph's text: see foldLatin.)
 */
export function fold(text: string): string {
  return OUTSIDE_LATIN.test(text) ? foldAny(text) : foldLatin(text);
}

/** fold, step by step: any text (the definition foldLatin must agree with). */
function foldAny(text: string): string {
  let s = foldTypography(text);
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(COMBINING_MARKS, '');
  return s.toLowerCase().replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Characters outside the ones foldLatin handles: Latin (U+0000–U+024F), the combining accents,
 * general punctuation, currency signs, the minus sign and ʼ. A text with any other goes the
 * long way (Greek, Cyrillic, other combining marks: NFD may reorder those).
 */
const OUTSIDE_LATIN = /[^\u0300-\u036f\u0000-\u024f\u02bc\u2000-\u206f\u20a0-\u20cf\u2212]/;
/** After lower-casing, what still needs folding: every non-ASCII character, ` and \t \v \f. */
const TO_FOLD = /[^\x00-\x08\x0a\x0d-\x5f\x61-\x7f]/g;
const folded = new Map<string, string>();

/** The fold of one character of TO_FOLD (lower case already), by foldAny's steps, remembered. */
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    f = (TYPOGRAPHIC[c] ?? c).normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(SPACE_LIKE, ' ');
    folded.set(c, f);
  }
  return f;
}

/**
 * fold of a text of Latin characters, in two passes instead of seven (twice as fast on French
 * text; issue 14: `add` no slower after storing every paragraph's folded text). Lower-casing
 * first is the same as last here: for each of these characters, folding its lower case gives
 * what folding it gives (test/read/fold.test.ts checks every one). Decomposing per character
 * is the same as decomposing the text: NFD only reorders combining marks, and each one this
 * range holds is removed.
 */
function foldLatin(text: string): string {
  let s = text.toLowerCase().replace(TO_FOLD, foldChar);
  if (s.includes('  ')) s = s.replace(/ {2,}/g, ' ');
  return s.trim();
}
