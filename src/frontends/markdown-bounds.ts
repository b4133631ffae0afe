/**
 * Bounds on markdown before remark sees it (issue 18, item 8). micromark's cost grows faster
 * than the input on shapes no UN document has: containers nested on one line (`> > > …`,
 * `- - - …`, `1. 1. …` ten thousand deep ran out of stack after a minute), and runs of brackets
 * in one paragraph (`[a](b` repeated 100,000 times took 40 s; `[` × 100,000 then `]` × 100,000,
 * 25 s: quadratic). Long text without them is linear (the fuzz tests). The UN pages converted to markdown stay far inside these bounds (seeds 000
 * and 003: at most 26 brackets, 13 asterisks and 2,951 characters in a paragraph, no nesting
 * beyond 2), so a document beyond them is refused in one line rather than parsed for minutes.
 * One pass, linear in the input.
 */
import { InputError } from '../errors.js';

export const MARKDOWN_BOUNDS = {
  /** block containers (`>`, list markers) opened at the start of one line */
  nesting: 16,
  /** `[` `]` `<` in one paragraph (links, footnote markers, HTML) */
  brackets: 2_000,
  /** `*` `_` `` ` `` in one paragraph (emphasis and code delimiters) */
  delimiters: 5_000,
} as const;

/**
 * Throw an InputError naming the line when `text` goes beyond MARKDOWN_BOUNDS. Lines are found
 * with indexOf; the marks of a paragraph are only counted once it is longer than the smaller
 * bound (a shorter one cannot hold more marks than characters): a loop over every character
 * of every file was 1 % of `add` (issue 14, "`add` on bench ×200 no slower").
 */
export function checkMarkdownBounds(text: string): void {
  const least = Math.min(MARKDOWN_BOUNDS.brackets, MARKDOWN_BOUNDS.delimiters);
  let line = 1;
  let paragraphLine = 1;
  /** where the current paragraph starts, and up to where its marks are counted */
  let paragraphStart = 0;
  let counted = 0;
  let brackets = 0;
  let delimiters = 0;
  const refuse = (what: string, at: number) => {
    throw new InputError(`markdown beyond what a UN document holds: ${what} (line ${at}); not read`);
  };
  for (let lineStart = 0; lineStart <= text.length; line++) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    if (end - paragraphStart > least) {
      for (let i = counted; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5b || c === 0x5d || c === 0x3c) brackets++; // [ ] <
        else if (c === 0x2a || c === 0x5f || c === 0x60) delimiters++; // * _ `
        else continue;
        if (brackets > MARKDOWN_BOUNDS.brackets) refuse(`more than ${MARKDOWN_BOUNDS.brackets} brackets in one paragraph`, paragraphLine);
        if (delimiters > MARKDOWN_BOUNDS.delimiters) refuse(`more than ${MARKDOWN_BOUNDS.delimiters} emphasis or code marks in one paragraph`, paragraphLine);
      }
      counted = end;
    }
    if (isBlank(text, lineStart, end)) {
      brackets = delimiters = 0;
      paragraphLine = line + 1;
      paragraphStart = counted = end + 1;
    } else {
      const depth = nestingAt(text, lineStart, end);
      if (depth > MARKDOWN_BOUNDS.nesting) refuse(`${depth} containers nested on one line, at most ${MARKDOWN_BOUNDS.nesting}`, line);
    }
    lineStart = end + 1;
  }
}

/**
 * Whether text[from, to) is white space only (what `trim()` removes), without cutting out the
 * line: a string per line was 0.6 % of `add`'s time (issue 14, "`add` on bench ×200 no slower").
 */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // most lines open with a letter, a digit or a mark: decided on their first character
    if (c > 32 && c < 0xa0) return false;
    if (!WHITE.test(text[i]!)) return false;
  }
  return true;
}

/** One character that `String.prototype.trim` removes. */
const WHITE = /^\s$/u;

/**
 * How many block containers open at the start of the line text[from, to): `>`, `-`, `*`, `+`
 * or `1.`/`1)`, each followed by a space (or ending the line), after up to three spaces.
 */
function nestingAt(text: string, from: number, to: number): number {
  let depth = 0;
  let i = from;
  for (;;) {
    let spaces = 0;
    while (i < to && text.charCodeAt(i) === 32 && spaces < 4) {
      i++;
      spaces++;
    }
    if (i >= to || spaces > 3) return depth;
    const c = text.charCodeAt(i);
    let end = i;
    if (c === 0x3e) end = i + 1; // >
    else if (c === 0x2d || c === 0x2a || c === 0x2b) end = i + 1; // - * +
    else {
      while (end < to && end - i < 9 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      if (end === i || end >= to || (text.charCodeAt(end) !== 0x2e && text.charCodeAt(end) !== 0x29)) return depth;
      end++; // . or )
    }
    const after = end < to ? text.charCodeAt(end) : 32;
    if (c !== 0x3e && after !== 32 && after !== 9) return depth;
    depth++;
    i = end;
  }
}
