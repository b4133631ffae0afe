/**
 * Patterns of the markdown front-end, as data. The markdown itself is parsed by remark (mdast);
 * these only classify small strings taken from the tree (the content of a `<sup>`, a table
 * cell, a list label), never raw markdown.
 */

/** Suffixes printed in superscript after a number that are ordinals, not footnotes (`1<sup>er</sup>`). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set([
  'er', 're', 'ère', 'ers', 'res', 'ères', 'e', 'è', 'ème', 'eme', 'es', 'èmes', 'nd', 'nde', 'nds', 'ndes',
  'bis', 'ter',
]);

/** Footnote markers as printed: `1`, `27`, `*`, `**`, `a`, `b`, `†`. */
const FOOTNOTE_MARKER = /^(?:\d{1,3}|\*{1,3}|[a-z]|†{1,2}|‡)$/u;

/** A run of asterisks glued after a word: an (escaped `\*`) footnote reference in text. */
export const ASTERISK_REF = /(?<=[^\s*])\*{1,3}(?=[\s.,;:)»]|$)/gu;

/**
 * Emphasis markdown could not parse, left as literal asterisks around a few characters glued to
 * a word: `(Tadjikistan**)**` (a bold bracket), `naturelles*,*` (an italic comma), in
 * renderings of the UN's XML (A/RES/75/268, A/RES/76/128). The characters are text; the
 * asterisks are neither emphasis nor footnote references. Also after a space, before the word
 * it opens: `2019 **(**COVID-19)` (a bold bracket, A/RES/75/205).
 */
export const UNPARSED_EMPHASIS = /(?<=[^\s*]|^|\s)(\*{1,3})([^\s*]{1,3})\1(?!\*)/gu;

/**
 * Two bold spans printed one after the other (`**[A/78/592](#)****.**`, a bold link then a bold
 * period, A/RES/78/300 note 4): markdown reads the outer pair and leaves `****` as text between.
 * Four to six asterisks in a row close one span and open the next; no marker is that long (the
 * UN's note markers are one to three).
 */
export const ADJACENT_EMPHASIS = /\*{4,6}/gu;

/** A line of spaced asterisks (`\* \* \*`): a section separator, layout like `---`. */
export const STAR_SEPARATOR = /^[*\s]*\*[*\s]*\*[*\s]*$/u;

/** An escaped-asterisk footnote definition at the start of a paragraph: `\* A/79/50.` */
export const ASTERISK_DEF = /^(\*{1,3})\s+/u;

/**
 * A backslash left before ASCII punctuation in parsed text: the converter escaped twice
 * (`991000\\_Tuena` → text `991000\_Tuena`); the printed text has no backslash.
 */
const STRAY_ESCAPE = /\\(?=[!-/:-@[-`{-~])/gu;

/**
 * A link markdown could not parse because its target contains a space
 * (`[http://www.bilgi toplumu.gov.tr/…](http://www.bilgi toplumu.gov.tr/…)`): left as text by
 * remark; the front-end keeps the bracketed text and records the target as link evidence.
 */
export const UNPARSED_LINK = /\[([^[\]\n]{1,1000})\]\(([^()\n]{1,2000})\)/gu;

/** The underline of a setext heading made of dashes (`---` right under a line of text). */
export const SETEXT_DASHES = /^ {0,3}-+[ \t]*$/u;

/** A dot leader: at least this many dots (spaced or not) ending a table cell. */
const DOT_LEADER_MIN_DOTS = 4;

/** An HTML tag (only used on text that markdown does not parse: code and HTML blocks). */
const HTML_TAG = /<\/?[A-Za-z][^<>]{0,200}>/gu;

/** Roman numerals and digits that an ordinal superscript may follow: `XXI<sup>e</sup>`, `1<sup>er</sup>`. */
const ORDINAL_BASE = /(?:\d|\b[IVXLC]{1,7}) ?$/u;

/**
 * The abbreviation of "numéro(s)": `n<sup>o</sup> 9464`, `n<sup>os</sup> 1 et 2` (the UN's XML
 * prints it so in most footnotes citing a treaty or a supplement). The AKN text reads "no", so
 * markdown must too; `o` would otherwise be taken for a lettered footnote marker.
 */
const NUMERO_SUFFIXES: ReadonlySet<string> = new Set(['o', 'os']);
/** (a space between: `n<sup> o</sup> 42671` in the XML, printed `n <sup>o</sup>`, A/RES/76/16 note 7) */
const NUMERO_BASE = /\b[nN] ?$/u;

export function isFootnoteMarker(s: string): boolean {
  return FOOTNOTE_MARKER.test(s);
}

/** Is `sup` (the superscript text) an ordinal suffix, given the text printed before it? */
export function isOrdinalSuperscript(sup: string, before: string): boolean {
  const s = sup.toLowerCase();
  return (ORDINAL_SUFFIXES.has(s) && ORDINAL_BASE.test(before)) || (NUMERO_SUFFIXES.has(s) && NUMERO_BASE.test(before));
}

/**
 * `Introduction . . . . .` or `Introduction .....` → `Introduction`: a run of dots and spaces
 * ending the cell, holding at least DOT_LEADER_MIN_DOTS dots, is removed (one backward scan).
 */
export function stripDotLeader(cell: string): string {
  let k = cell.length;
  let dots = 0;
  while (k > 0 && (cell[k - 1] === '.' || cell[k - 1] === ' ')) {
    if (cell[k - 1] === '.') dots++;
    k--;
  }
  return dots >= DOT_LEADER_MIN_DOTS ? cell.slice(0, k) : cell;
}

export function dropStrayEscapes(s: string): string {
  return s.includes('\\') ? s.replace(STRAY_ESCAPE, '') : s;
}

export function stripHtmlTags(s: string): string {
  return s.replace(HTML_TAG, '');
}

/** Inline HTML tag names the front-end understands. */
export type InlineTag = { name: string; closing: boolean };

/** Parse one inline `html` node value that is a single tag: `<sup>`, `</sup>`, `<br/>`. */
export function parseInlineTag(value: string): InlineTag | null {
  const m = /^<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>$/u.exec(value.trim());
  return m ? { name: m[2]!.toLowerCase(), closing: m[1] === '/' } : null;
}
