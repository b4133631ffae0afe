/**
 * The form of a paragraph that goes into the full-text index. unicode61 already folds case and
 * diacritics and treats both apostrophes and non-breaking spaces as separators; what it does not
 * do is expand ligatures, so œ/æ become oe/ae here, and it takes U+02BC (modifier letter
 * apostrophe) for a letter, so it becomes '. Snippets and highlights are computed in
 * src/query/kwic.ts on the text as written, not with FTS5's snippet()/highlight().
 */
export function ftsText(text: string): string {
  return text.replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/\u02bc/g, "'");
}
