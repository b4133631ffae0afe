/**
 * Word-level diff of two paragraph texts.
 *
 * The texts are cut into tokens (words, hyphenated compounds, numbers, single punctuation
 * marks), each remembering the whitespace written before it. Tokens are compared on a
 * *key* that folds the variants which are not wording changes: typographic apostrophes,
 * non-breaking or missing spaces (`pacifique ,` = `pacifique,`), non-breaking hyphens,
 * `œ`/`oe`. Case and accents are kept: `a`/`à`, `ou`/`où` are different words in French.
 * The edit script itself comes from jsdiff (`diffArrays` on the keys); the segments show the
 * text as written.
 */
import { diffArrays } from 'diff';
import { foldTypography } from '../text/fold.js';

export type WordOp = 'equal' | 'added' | 'removed';

/** One segment of a word-level diff: text as written (equal text as written in B). */
export interface WordEdit {
  op: WordOp;
  text: string;
}

export interface Token {
  /** the token as written */
  text: string;
  /** the whitespace written before it ('' at the start or when glued) */
  pre: string;
  /** the comparison key */
  key: string;
}

/** A word with its internal hyphens (`soixante-dix-neuvième`, `2021-2025`) and a trailing
 *  elision apostrophe (`l’`, `qu’`), a run of whitespace-free punctuation mark, or any other
 *  single non-space character. */
const TOKEN = /(\s*)([\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*['\u2018\u2019\u02bc]?|\S)/gu;

/** Characters a key folds (see tokenKey); a token without any is its own key. */
const FOLDED = /[\u2018\u2019\u201b\u02bc\u2032\u00b4`\u2010\u2011\u2012\u2212œŒæÆ]/;

/** The comparison key of one token (see the module comment for what is folded). */
export function tokenKey(token: string): string {
  if (!FOLDED.test(token)) return token;
  return foldTypography(token);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize('NFC').matchAll(TOKEN)) {
    const pre = m[1] ?? '';
    const t = m[2] ?? '';
    out.push({ text: t, pre: out.length === 0 ? '' : pre, key: tokenKey(t) });
  }
  return out;
}

/** The key of a whole text: two texts with the same key differ only in folded variants. */
export function textKey(text: string): string {
  const keys: string[] = [];
  for (const m of text.normalize('NFC').matchAll(TOKEN)) keys.push(tokenKey(m[2]!));
  return keys.join(' ');
}

function join(tokens: Token[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    s += i === from ? t.text : t.pre + t.text;
  }
  return s;
}

/** Per-side view of a word diff, for side-by-side rendering: each side's own text as written. */
export interface SideSegment {
  /** "equal" or, on side A, "removed" / on side B, "added" */
  op: WordOp;
  text: string;
}

export interface WordDiff {
  /** unified edit script: equal (as written in B), removed (as in A), added (as in B) */
  words: WordEdit[];
  /** side A: equal and removed segments, as written in A */
  left: SideSegment[];
  /** side B: equal and added segments, as written in B */
  right: SideSegment[];
  /** 2 × common tokens / (tokens of A + tokens of B), in [0, 1]; 1 for two empty texts */
  similarity: number;
}

function push<T extends { op: WordOp; text: string }>(list: T[], item: T): void {
  if (item.text === '') return;
  const last = list[list.length - 1];
  if (last && last.op === item.op) last.text += item.text;
  else list.push(item);
}

/**
 * Word diff of `a` (old) against `b` (new). Whitespace before a changed run is emitted as
 * equal text, so that renderers print `du [-premier-]{+deuxième+} rapport`.
 */
export function diffWords(a: string, b: string): WordDiff {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const changes = diffArrays(ta.map((t) => t.key), tb.map((t) => t.key));
  const words: WordEdit[] = [];
  const left: SideSegment[] = [];
  const right: SideSegment[] = [];
  let i = 0; // position in ta
  let j = 0; // position in tb
  let common = 0;
  // does the old / new text rebuilt so far end with whitespace (or is it empty)?
  let oldSpace = true;
  let newSpace = true;
  const emit = (op: WordOp, text: string): void => {
    if (text === '') return;
    push(words, { op, text });
    const space = /\s$/.test(text);
    if (op !== 'added') oldSpace = space;
    if (op !== 'removed') newSpace = space;
  };
  /** A removed run (tokens of A, on the left) or an added one (tokens of B, on the right). The
   *  whitespace before it is printed outside the markers. */
  const change = (op: 'removed' | 'added', tokens: Token[], at: number, n: number, sideList: SideSegment[]): void => {
    const pre = at > 0 ? tokens[at]!.pre : '';
    if (pre && !(op === 'removed' ? oldSpace : newSpace)) emit('equal', pre);
    const text = join(tokens, at, at + n);
    emit(op, text);
    push(sideList, { op: 'equal', text: pre });
    push(sideList, { op, text });
  };
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (!c.added && !c.removed) {
      const preA = i > 0 ? ta[i]!.pre : '';
      const preB = j > 0 ? tb[j]!.pre : '';
      // B's whitespace, or A's where B has none (so that both texts can be rebuilt)
      emit('equal', (preB || preA) + join(tb, j, j + n));
      push(left, { op: 'equal', text: preA + join(ta, i, i + n) });
      push(right, { op: 'equal', text: preB + join(tb, j, j + n) });
      i += n;
      j += n;
      common += n;
    } else if (c.removed) {
      change('removed', ta, i, n, left);
      i += n;
    } else {
      change('added', tb, j, n, right);
      j += n;
    }
  }
  const total = ta.length + tb.length;
  return { words, left, right, similarity: total === 0 ? 1 : (2 * common) / total };
}
