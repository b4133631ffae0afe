/** The characters ftsText rewrites, and what they become. */
const FTS_FOLD: Readonly<Record<string, string>> = { 'œ': 'oe', 'Œ': 'OE', 'æ': 'ae', 'Æ': 'AE', '\u02bc': "'" };
const FTS_FOLD_RE = /[œŒæÆ\u02bc]/g;
const HAS_FTS_FOLD = /[œŒæÆ\u02bc]/;

/**
 * The form of a paragraph that goes into the full-text index. unicode61 already folds case and
 * diacritics and treats both apostrophes and non-breaking spaces as separators; what it does not
 * do is expand ligatures, so œ/æ become oe/ae here, and it takes U+02BC (modifier letter
 * apostrophe) for a letter, so it becomes '. Snippets and highlights are computed in
 * src/query/kwic.ts on the text as written, not with FTS5's snippet()/highlight().
 * One pass, and none when the text has none of them (most paragraphs: every one is indexed;
 * issue 14, `add` no slower).
 */
export function ftsText(text: string): string {
  return HAS_FTS_FOLD.test(text) ? text.replace(FTS_FOLD_RE, (c) => FTS_FOLD[c]!) : text;
}
