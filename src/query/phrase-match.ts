/**
 * A query's phrases as regular expressions over the text as written, for texts of Latin
 * characters: one `exec` per occurrence instead of cutting every word of every hit and comparing
 * it with the tokens (Words in kwic.ts: a third of `--kwic`'s time per line, issue 19).
 *
 * The expressions give exactly Words' matches. A word is a run of WORD characters (letters,
 * digits, marks); it matches a token when fold(word) is the token (starts with it, for
 * `cyber*`). For a text of Latin characters (LATIN_RANGES below, inside the range src/text/fold.ts
 * folds character by character) fold(word) is the concatenation of each character's fold, so a
 * token is spelled by a sequence of characters whose folds add up to it: `oeuvre` is
 * `[oOòóôõöøōŏő…]` `[eEéèêë…]` … or `[œŒ]` `[uU…]` …. A phrase is its tokens' spellings with
 * non-word characters between them, and no word character on either side. Any other text goes
 * through Words, and so does a text with a word character that folds to nothing (a combining
 * accent, U+0300–U+036F: rare in NFC text, and allowing one anywhere in a word made every
 * search twice as slow).
 */
import { fold } from '../text/fold.js';
import type { QueryToken } from './search-query.js';

/**
 * The characters whose fold is made one at a time (fold.ts: foldLatin handles a text of these
 * without normalising it whole): Latin, combining accents, ʼ, general punctuation, currency
 * signs, the minus sign. No surrogates, so an index in the text is also its code-point offset.
 */
const LATIN_RANGES: [number, number][] = [[0x0000, 0x024f], [0x02bc, 0x02bc], [0x0300, 0x036f], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2212, 0x2212]];

function hex(c: number): string {
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

const IS_WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** A character class of the given code units (sorted, runs as ranges); `[]` (matches nothing) when empty. */
function charClass(codes: number[], negate = false): string {
  const sorted = [...codes].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out += j === i ? hex(sorted[i]!) : `${hex(sorted[i]!)}-${hex(sorted[j]!)}`;
    i = j;
  }
  return `[${negate ? '^' : ''}${out}]`;
}

interface Alphabet {
  /** fold of a word character → the word characters that fold to it (none folds to nothing) */
  byFold: Map<string, number[]>;
  /** a character of a text that is not searched here (outside LATIN_RANGES, or a word character folding to nothing) */
  elsewhere: RegExp;
  /** a word character (class) */
  word: string;
  /** a character that is not a word character (class) */
  nonWord: string;
}

let alphabet: Alphabet | undefined;

/**
 * The word characters of LATIN_RANGES grouped by their fold, made once (about 1,000 folds). A
 * character's fold is read off fold('a' + c + 'a'): the a's keep fold's trimming of spaces away.
 */
function latinAlphabet(): Alphabet {
  if (alphabet) return alphabet;
  const byFold = new Map<string, number[]>();
  const words: number[] = [];
  const searched: number[] = [];
  for (const [a, b] of LATIN_RANGES) {
    for (let c = a; c <= b; c++) {
      const ch = String.fromCharCode(c);
      if (!IS_WORD.test(ch)) {
        searched.push(c);
        continue;
      }
      words.push(c);
      const f = fold(`a${ch}a`).slice(1, -1);
      if (f === '') continue;
      searched.push(c);
      let list = byFold.get(f);
      if (!list) byFold.set(f, (list = []));
      list.push(c);
    }
  }
  alphabet = { byFold, elsewhere: new RegExp(charClass(searched, true)), word: charClass(words), nonWord: charClass(words, true) };
  return alphabet;
}

/**
 * The spellings of `token` from its position `k` on: a class per fold that covers the next
 * characters of the token. For a prefix token, a character whose fold runs past the token's end
 * ends it too (`o*` matches `œuvre`).
 */
function spell(token: QueryToken, k: number, al: Alphabet, memo: Map<number, string>): string {
  const t = token.text;
  if (k === t.length) return '';
  const known = memo.get(k);
  if (known !== undefined) return known;
  const ways: string[] = [];
  for (const [f, codes] of al.byFold) {
    if (t.startsWith(f, k)) ways.push(`${charClass(codes)}${spell(token, k + f.length, al, memo)}`);
    else if (token.prefix && f.length > t.length - k && f.startsWith(t.slice(k))) ways.push(charClass(codes));
  }
  const out = ways.length === 0 ? '[]' : ways.length === 1 ? ways[0]! : `(?:${ways.join('|')})`;
  memo.set(k, out);
  return out;
}

/** One phrase: its tokens spelled, non-word characters between them, no word character either side. */
function phraseRegExp(phrase: QueryToken[]): RegExp {
  const al = latinAlphabet();
  const tokens = phrase.map((token) => {
    const s = spell(token, 0, al, new Map());
    // a prefix token's word goes on; any token's word ends where a non-word character (or the text) does
    return token.prefix ? `${s}${al.word}*` : s;
  });
  return new RegExp(`(?<!${al.word})${tokens.join(`${al.nonWord}+`)}(?!${al.word})`, 'g');
}

/** Compiled phrases, per query (a query's phrases are one array for all its hits). */
const compiled = new WeakMap<QueryToken[][], RegExp[] | null>();

function compile(phrases: QueryToken[][]): RegExp[] | null {
  let res = compiled.get(phrases);
  if (res === undefined) {
    // an empty token never occurs in a query (tokens are WORD runs); Words decides such a case
    res = phrases.some((p) => p.some((t) => t.text === '')) ? null : phrases.filter((p) => p.length > 0).map(phraseRegExp);
    compiled.set(phrases, res);
  }
  return res;
}

/**
 * The occurrences of the phrases in `text` as findMatches defines them ([start, end) of the first
 * and last word; in text order; overlapping ones merged), or null when the text has a character
 * that Words must cut it (Alphabet.elsewhere).
 */
export function latinMatches(text: string, phrases: QueryToken[][]): { start: number; end: number }[] | null {
  if (latinAlphabet().elsewhere.test(text)) return null;
  const res = compile(phrases);
  if (res === null) return null;
  // per start, the furthest end over all phrases (findMatches: the longest phrase starting at a word)
  let starts: number[] = [];
  let ends: number[] = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      // an occurrence may start inside this one (`a a` in `a a a`): look again from the next character
      re.lastIndex = m.index + 1;
    }
  }
  if (res.length > 1 && starts.length > 1) {
    const order = starts.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]!);
    starts = order.map((i) => starts[i]!);
    ends = order.map((i) => ends[i]!);
  }
  const merged: { start: number; end: number }[] = [];
  for (let i = 0; i < starts.length; i++) {
    const last = merged[merged.length - 1];
    if (last && starts[i]! <= last.end) last.end = Math.max(last.end, ends[i]!);
    else merged.push({ start: starts[i]!, end: ends[i]! });
  }
  return merged;
}
