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
 * called on every paragraph and name; one pass per step, and no Unicode decomposition of
 * ASCII text.)
 */
export function fold(text: string): string {
  let s = foldTypography(text);
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(COMBINING_MARKS, '');
  return s.toLowerCase().replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();
}
