/**
 * Text normalisation shared by every stage. One place decides what "the same text" means.
 *
 *  - `clean`: what we store and display: NFC, spaces collapsed, typographic characters kept.
 *  - `fold`: what we match on: lower case, accents removed, apostrophes/quotes unified,
 *    œ/æ expanded, hyphen variants (U+2010, non-breaking U+2011…) as "-", all space-like
 *    characters turned into plain spaces.
 */

const SPACE_LIKE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\f\v]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032\u00b4`]/g;
/** hyphen, non-breaking hyphen, figure dash and minus sign, as written in UN texts for "-" */
const HYPHENS = /[\u2010\u2011\u2012\u2212]/g;

/** NFC, space-like characters to plain spaces, runs of spaces collapsed, trimmed. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();
}

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
  return foldApostrophes(text)
    .replace(HYPHENS, '-')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae');
}

/** The matching key of a text: lower case, no accents, ' for every apostrophe, oe for œ. */
export function fold(text: string): string {
  return foldTypography(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(SPACE_LIKE, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
