const ASTRAL = /[\uD800-\uDFFF]/;

/**
 * A UTF-16 index (JavaScript's) as a count of characters (code points): the unit of SQLite's
 * substr() and of Python's and R's strings, so that offsets in machine output (citation spans,
 * search matches) slice the text there too.
 */
export function codePointOffset(text: string, index: number): number {
  const head = text.slice(0, index);
  return ASTRAL.test(head) ? [...head].length : index;
}

/**
 * codePointOffset for many indexes of one text: the text is looked at once, and without a
 * surrogate pair (most texts) an index is its own offset (issue 19: every match of every hit).
 */
export function codePointOffsets(text: string): (index: number) => number {
  return ASTRAL.test(text) ? (index) => codePointOffset(text, index) : (index) => index;
}

/** The inverse of codePointOffset: a count of characters (code points) as a UTF-16 index. */
export function utf16Index(text: string, offset: number): number {
  if (!ASTRAL.test(text)) return offset;
  let index = 0;
  for (let seen = 0; seen < offset && index < text.length; seen++) index += (text.codePointAt(index)! > 0xffff ? 2 : 1);
  return index;
}
