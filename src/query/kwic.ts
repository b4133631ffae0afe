/**
 * Where a query's words occur in a paragraph as written: for snippets and the keyword-in-context
 * concordance. The text is cut into words the way the index cuts it (letters, digits and marks;
 * apostrophes, hyphens and spaces separate) and each word is folded on its own, so offsets are
 * always offsets in the text as written, whatever folding does to lengths (œ → oe, é → e). A
 * text of Latin characters is searched with regular expressions that give the same matches
 * without cutting it (phrase-match.ts).
 */
import { fold } from '../text/fold.js';
import type { QueryToken } from './search-query.js';
import { latinMatches } from './phrase-match.js';

/** A match: [start, end) in the text as written. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Folded words already seen: a concordance folds every word of every matching paragraph, and
 * the same few thousand words come back (issue 19: folding was a third of `--kwic`'s time).
 * Cleared when it grows past FOLDED_MAX, so memory stays bounded.
 */
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;

function foldWord(w: string): string {
  // most words are plain ASCII: lower-casing is all folding does to them
  if (/^[\x00-\x7f]*$/.test(w)) return w.toLowerCase();
  let f = folded.get(w);
  if (f === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    f = fold(w);
    folded.set(w, f);
  }
  return f;
}

/** Whether a code point is part of a word (WORD: a letter, digit or mark), for the BMP cached once known. */
const wordBmp = new Uint8Array(0x10000); // 0 not known yet, 1 word, 2 not
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
for (let c = 0; c < 128; c++) wordBmp[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

function isWordCode(c: number): boolean {
  if (c < 0x10000) {
    let k = wordBmp[c]!;
    if (k === 0) k = wordBmp[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(c));
}

/**
 * The words of a text, cut as WORD cuts them: where each starts and ends, and its folded form,
 * made only when a query token is compared with it and the word's first character does not
 * already rule it out. The text is read one character code at a time, and an ASCII word is
 * compared with a token in place: cutting every word of every hit out with a regular
 * expression, and folding it, was most of `--jsonl`'s time (issue 19).
 */
export class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** 1 when the word is ASCII */
  private readonly ascii: number[] = [];
  private readonly keys: (string | undefined)[] = [];

  constructor(readonly text: string) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      // a surrogate pair is one code point (WORD is a Unicode expression)
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(i)!;
      let w = c > 0xffff ? 2 : 1;
      if (!isWordCode(c)) {
        i += w;
        continue;
      }
      const start = i;
      let ascii = c < 128 ? 1 : 0;
      i += w;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c < 128) {
          if (wordBmp[c] !== 1) break;
          i++;
          continue;
        }
        if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(i)!;
        w = c > 0xffff ? 2 : 1;
        if (!isWordCode(c)) break;
        ascii = 0;
        i += w;
      }
      this.starts.push(start);
      this.ends.push(i);
      this.ascii.push(ascii);
    }
  }

  get length(): number {
    return this.starts.length;
  }

  /** Word i, folded, is the token (or starts with it, for a prefix token). */
  is(i: number, token: QueryToken): boolean {
    const t = token.text;
    const start = this.starts[i]!;
    if (this.ascii[i] === 1) {
      // folding an ASCII word lower-cases it: compared letter by letter, nothing cut out
      const len = this.ends[i]! - start;
      if (token.prefix ? len < t.length : len !== t.length) return false;
      for (let k = 0; k < t.length; k++) {
        const c = this.text.charCodeAt(start + k);
        if ((c >= 65 && c <= 90 ? c + 32 : c) !== t.charCodeAt(k)) return false;
      }
      return true;
    }
    let key = this.keys[i];
    if (key === undefined) {
      // a word that starts with an ASCII character starts with it lower-cased once folded
      const c = this.text.charCodeAt(start);
      if (c < 128 && t !== '' && (c >= 65 && c <= 90 ? c + 32 : c) !== t.charCodeAt(0)) return false;
      key = foldWord(this.text.slice(start, this.ends[i]));
      this.keys[i] = key;
    }
    return token.prefix ? key.startsWith(t) : key === t;
  }
}

/**
 * Whitespace runs as one space. Most slices have only single plain spaces, which a test finds
 * without building a new string (issue 19: flattening was a tenth of `--kwic`'s time).
 */
const flat = (s: string) => (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s);

/** Occurrences of any of the phrases, in text order; overlapping occurrences are merged. */
export function findMatches(text: string, phrases: QueryToken[][], words?: Words): Span[] {
  if (words === undefined) {
    // a text of Latin characters is searched with regular expressions, without cutting its words
    const fast = latinMatches(text, phrases);
    if (fast !== null) return fast;
  }
  const ws = words ?? new Words(text);
  const found: Span[] = [];
  for (let i = 0; i < ws.length; i++) {
    let best = -1;
    for (const phrase of phrases) {
      if (phrase.length === 0 || i + phrase.length > ws.length) continue;
      let k = 0;
      while (k < phrase.length && ws.is(i + k, phrase[k]!)) k++;
      if (k === phrase.length) best = Math.max(best, i + phrase.length - 1);
    }
    if (best >= 0) found.push({ start: ws.starts[i]!, end: ws.ends[best]! });
  }
  const merged: Span[] = [];
  for (const s of found) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Put markers around the spans of `text` (spans sorted, not overlapping, inside the text). */
export function mark(text: string, spans: Span[], open: string, close: string, from = 0, to = text.length): string {
  let out = '';
  let at = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    const a = Math.max(s.start, from);
    const b = Math.min(s.end, to);
    out += text.slice(at, a) + open + text.slice(a, b) + close;
    at = b;
  }
  return out + text.slice(at, to);
}

/**
 * A snippet: the whole paragraph when it is short, else about `size` words around the first
 * match, cut at word boundaries with … where text was left out; matches between markers.
 */
export function snippet(text: string, phrases: QueryToken[][], open: string, close: string, size = 32): string {
  return snippetOf(text, findMatches(text, phrases), open, close, size);
}

/**
 * The snippet of a text whose matches are found (findMatches). Words are cut only near the first
 * match, `size` of them on each side at most, not in the whole text: the snippet of every hit of
 * `--jsonl` cut every word of every paragraph (issue 19). In word numbers, with `first` the
 * first match's word and `n` the text's: the snippet runs from word a to word b - 1, where
 * a = max(0, first - size/4), b = min(n, a + size), then a = max(0, b - size).
 */
export function snippetOf(text: string, spans: Span[], open: string, close: string, size = 32): string {
  const at = spans[0]?.start ?? 0;
  // the words from the first match on and those before it (nearest first), size + 1 at most each:
  // size + 1 says the text goes on past the snippet
  const after = wordsFrom(text, at, size + 1);
  const before = wordsBefore(text, at, size + 1);
  const count = after.length / 2;
  const ended = count <= size;
  const nb = before.length / 2;
  const started = nb <= size; // then `first` is nb
  if (started && ended && nb + count <= size) return flat(mark(text, spans, open, close));
  // word r, counted from the first match's (r < 0: before it): [start, end)
  const start = (r: number) => (r >= 0 ? after[2 * r]! : before[2 * (-r - 1)]!);
  const end = (r: number) => (r >= 0 ? after[2 * r + 1]! : before[2 * (-r - 1) + 1]!);
  const a0 = -Math.min(Math.floor(size / 4), nb);
  const b = ended ? Math.min(count, a0 + size) : a0 + size;
  const a = Math.max(-nb, b - size);
  const fromStart = started && a === -nb;
  // extend to the end of a match cut by the window
  let to = ended && b >= count ? text.length : end(b - 1);
  for (const s of spans) if (s.start < to && s.end > to) to = s.end;
  if (to < text.length) to += /^[^\s\p{L}\p{N}]*/u.exec(text.slice(to, to + 8))![0].length; // keep trailing punctuation
  const from = fromStart ? 0 : start(a);
  return flat(`${fromStart ? '' : '…'}${mark(text, spans, open, close, from, to).trim()}${to < text.length ? '…' : ''}`);
}

/** Width of the word character (code point) at `i`: 1 or 2 (a surrogate pair), 0 when it is not one. */
function wordWidthAt(text: string, i: number): number {
  let c = text.charCodeAt(i);
  if (c < 128) return wordBmp[c] === 1 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(i)!;
  return isWordCode(c) ? (c > 0xffff ? 2 : 1) : 0;
}

/** Width of the word character (code point) that ends at `i`, 0 when it is not one. */
function wordWidthBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return wordBmp[c] === 1 ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isWordCode(text.codePointAt(i - 2)!) ? 2 : 0;
  }
  return isWordCode(c) ? 1 : 0;
}

/** Up to `max` words from `i` on (i not inside a word), as Words cuts them: [start, end, start, end, …]. */
function wordsFrom(text: string, i: number, max: number): number[] {
  const out: number[] = [];
  const n = text.length;
  while (i < n && out.length < 2 * max) {
    let w = wordWidthAt(text, i);
    if (w === 0) {
      // a non-word character; half a surrogate pair is never a word character either
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < n ? wordWidthAt(text, i) : 0;
    }
    out.push(start, i);
  }
  return out;
}

/** Up to `max` words before `i` (i not inside a word), nearest first: [start, end, start, end, …]. */
function wordsBefore(text: string, i: number, max: number): number[] {
  const out: number[] = [];
  while (i > 0 && out.length < 2 * max) {
    let w = wordWidthBefore(text, i);
    if (w === 0) {
      i--;
      continue;
    }
    const end = i;
    while (w > 0) {
      i -= w;
      w = i > 0 ? wordWidthBefore(text, i) : 0;
    }
    out.push(i, end);
  }
  return out;
}

/** One concordance line: the context left of the match, the match as written, the context right. */
export interface Concordance {
  left: string;
  match: string;
  right: string;
  /** offsets of the match in the paragraph text */
  start: number;
  end: number;
}

/**
 * Keyword in context: one entry per occurrence, with `window` characters of context on each side
 * (whitespace collapsed; cut at a word boundary when possible, … where text was left out).
 */
export function concordance(text: string, phrases: QueryToken[][], window = 40): Concordance[] {
  return findMatches(text, phrases).map((s) => ({
    left: leftContext(text, s.start, window),
    match: flat(text.slice(s.start, s.end)),
    right: rightContext(text, s.end, window),
    start: s.start,
    end: s.end,
  }));
}

/*
 * The context of a match, read from the text next to it, never from the whole text before or
 * after it (a paragraph with many matches cost the square of its length, issue 19), and without
 * slicing and flattening more of it than the line shows (a tenth of `--kwic`'s time per line).
 * Its definition: the text before the match with whitespace runs as one space (flat) and the
 * trailing space trimmed; when longer than `window`, its last `window` characters, less the
 * part before the first space when that space is in the first half (else less one character),
 * after a `…`. On the right the same, mirrored: the first `window` characters, cut at the last
 * space when it is in the second half (else less one character), then `…`. Characters are
 * UTF-16 units, whitespace is JavaScript's \s (what trimEnd and trimStart trim).
 */

/** Whether a UTF-16 unit is whitespace for /\s/ (and String.prototype.trim). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The left context of a match that starts at `at`. */
export function leftContext(text: string, at: number, window: number): string {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  // walk back over window + 1 characters of the flattened text, a whitespace run counting one
  let i = end;
  let n = 0;
  let plain = true;
  while (i > 0 && n <= window) {
    const c = text.charCodeAt(--i);
    n++;
    if (!isSpace(c)) continue;
    const run = i;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    if (c !== 32 || i !== run) plain = false;
  }
  const seen = plain ? text.slice(i, end) : flat(text.slice(i, end));
  if (n <= window) return seen;
  const cut = seen.slice(1);
  const sp = cut.indexOf(' ');
  return '…' + (sp >= 0 && sp < window / 2 ? cut.slice(sp + 1) : cut.slice(1));
}

/** The right context of a match that ends at `at`. */
export function rightContext(text: string, at: number, window: number): string {
  const len = text.length;
  let start = at;
  while (start < len && isSpace(text.charCodeAt(start))) start++;
  let i = start;
  let n = 0;
  let plain = true;
  while (i < len && n <= window) {
    const c = text.charCodeAt(i++);
    n++;
    if (!isSpace(c)) continue;
    const run = i;
    while (i < len && isSpace(text.charCodeAt(i))) i++;
    if (c !== 32 || i !== run) plain = false;
  }
  const seen = plain ? text.slice(start, i) : flat(text.slice(start, i));
  if (n <= window) return seen;
  const cut = seen.slice(0, window);
  const sp = cut.lastIndexOf(' ');
  return (sp > window / 2 ? cut.slice(0, sp) : cut.slice(0, -1)) + '…';
}
