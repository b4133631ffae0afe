/**
 * Word repair for text extracted from PDFs: spurious spaces inside words (`d omaine`,
 * `résul tats`, `l ’examen`, `États -Unis`) and hyphens at line ends (`soixante-` / `quinzième`
 * keeps its hyphen, `infor-` / `matique` loses it).
 *
 * Safe by construction: two pieces are joined only when the joined word is known (it occurs
 * in the same document, or in the French word list src/lexicon/words-fr.ts) and at least one
 * piece is not a word by itself. Everything else is left as printed. Linear time.
 */
import { FRENCH_WORDS, SINGLE_LETTER_WORDS } from '../lexicon/words-fr.js';

const WORD = /\p{L}+/gu;
/** A whole token made of hyphenated words (anchored: tried on one token at a time). */
const HYPHENATED = /^\p{L}+(?:-\p{L}+)+$/u;
const TOKEN_EDGES = /^[^\p{L}]+|[^\p{L}]+$/gu;
/** Longer tokens are not words (URLs, runs of symbols): never hyphenation evidence. */
const MAX_TOKEN = 60;
/** Only the last characters of a line decide a hyphen join (bounded regex work). */
const TAIL = 80;

/** The words of one document, with their counts: the evidence for joining pieces. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly hyphenated = new Set<string>();

  add(text: string): void {
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      if (w.length < 2) continue;
      this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
    }
    if (!text.includes('-')) return;
    for (const token of text.split(' ')) {
      if (token.length > MAX_TOKEN || !token.includes('-')) continue;
      const word = token.replace(TOKEN_EDGES, '');
      if (HYPHENATED.test(word)) this.hyphenated.add(word.toLowerCase());
    }
  }

  /** A word seen in the document or listed as French. */
  knows(word: string): boolean {
    const w = word.toLowerCase();
    return FRENCH_WORDS.has(w) || this.counts.has(w);
  }

  /** A piece that stands as a word by itself (listed, or seen at least twice). */
  isWord(piece: string): boolean {
    const w = piece.toLowerCase();
    if (w.length === 1) return SINGLE_LETTER_WORDS.has(w);
    return FRENCH_WORDS.has(w) || (this.counts.get(w) ?? 0) >= 2;
  }

  seenHyphenated(word: string): boolean {
    return this.hyphenated.has(word.toLowerCase());
  }
}

/** A letter, a space, then a typographic or straight apostrophe glued to the next word. */
const SPACE_BEFORE_APOSTROPHE = /(\p{L}) ([’'])(?=\p{L})/gu;

/** A letter, a space, then a hyphen glued to the next word: `États -Unis`, `lui -même`. */
const SPACE_BEFORE_HYPHEN = /(\p{L}) -(?=\p{L})/gu;

/**
 * Two letter runs separated by one space, each a whole token: after a space, an opening bracket
 * or quote, and before a space or punctuation (never glued to `’`, `-`, `°`, a digit).
 */
const WORD_PAIR = /(?<=^|[\s(«“"])(\p{L}+) (\p{L}+)(?=$|[\s.,;:!?»”")\]…])/gu;

/** Repair spurious spaces inside words, using the document's vocabulary as evidence. */
export function repairWords(text: string, vocab: Vocabulary): string {
  let out = text;
  if (out.includes(' ’') || out.includes(" '")) out = out.replace(SPACE_BEFORE_APOSTROPHE, '$1$2');
  if (out.includes(' -')) out = out.replace(SPACE_BEFORE_HYPHEN, '$1-');
  return joinBrokenWords(out, vocab);
}

function joinBrokenWords(text: string, vocab: Vocabulary): string {
  let result = '';
  let last = 0;
  WORD_PAIR.lastIndex = 0;
  for (let m = WORD_PAIR.exec(text); m !== null; m = WORD_PAIR.exec(text)) {
    const [whole, a, b] = m as unknown as [string, string, string];
    if (shouldJoin(a, b, vocab)) {
      result += text.slice(last, m.index) + a + b;
      last = m.index + whole.length;
    } else {
      // let the second piece pair with the word after it
      WORD_PAIR.lastIndex = m.index + a.length + 1;
    }
  }
  return last === 0 ? text : result + text.slice(last);
}

function shouldJoin(a: string, b: string, vocab: Vocabulary): boolean {
  if (vocab.isWord(a) && vocab.isWord(b)) return false;
  // a capital inside the joined word means two names (`Viet Nam`), not a broken word
  if (/\p{Lu}/u.test(b)) return false;
  return vocab.knows(a + b);
}

/**
 * When a line ends with a hyphen (`left`, its end) and the next starts with `right`: drop the
 * hyphen? Kept (`Nouvelle-` / `Zélande`, `soixante-` / `quinzième`) unless the joined word is
 * known and the hyphenated form is not.
 */
export function dropsHyphen(left: string, right: string, vocab: Vocabulary): boolean {
  const head = /(\p{L}+)-$/u.exec(left.slice(-TAIL));
  const next = /^\p{L}+/u.exec(right);
  if (!head || !next || !/^\p{Ll}/u.test(next[0])) return false;
  return vocab.knows(head[1]! + next[0]) && !vocab.seenHyphenated(`${head[1]}-${next[0]}`);
}
