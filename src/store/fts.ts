/**
 * The form of a paragraph that goes into the full-text index. unicode61 already folds case and
 * diacritics and treats both apostrophes and non-breaking spaces as separators; what it does not
 * do is expand ligatures, so œ/æ become oe/ae here. Token boundaries do not move, so FTS5's
 * snippet()/highlight() positions still fit the stored text as written.
 */
export function ftsText(text: string): string {
  return text.replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE');
}
