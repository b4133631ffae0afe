/**
 * Word repair for text extracted from PDFs: spurious spaces inside words (`d omaine`,
 * `résul tats`, `l ’examen`, `États -Unis`) and hyphens at line ends (`soixante-` / `quinzième`
 * keeps its hyphen, `infor-` / `matique` loses it).
 *
 * Safe by construction: two pieces are joined only when the joined word is known (it occurs
 * in the same document, or in the French word list src/lexicon/words-fr.ts) and at least one
 * piece is not a word by itself. Everything else is left as printed. Linear time.
 */
import { FRENCH_WORDS, FUNCTION_WORDS, SINGLE_LETTER_WORDS } from '../lexicon/words-fr.js';

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

  /** isWord answers by piece as printed (a document repeats its words: cheap lookups) */
  private readonly wordCache = new Map<string, boolean>();

  add(text: string): void {
    // the words as one array of strings (no match object per word: every line of a PDF text
    // comes here; issue 14, add no slower)
    for (const w of text.toLowerCase().match(WORD) ?? []) {
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
    let known = this.wordCache.get(piece);
    if (known === undefined) {
      const w = piece.toLowerCase();
      known = w.length === 1 ? SINGLE_LETTER_WORDS.has(w) : FRENCH_WORDS.has(w) || (this.counts.get(w) ?? 0) >= 2;
      this.wordCache.set(piece, known);
    }
    return known;
  }

  seenHyphenated(word: string): boolean {
    return this.hyphenated.has(word.toLowerCase());
  }
}

/** A letter, a space, then a typographic or straight apostrophe glued to the next word. */
const SPACE_BEFORE_APOSTROPHE = /(\p{L}) ([’'])(?=\p{L})/gu;

/** A letter, a space, then a hyphen glued to the next word: `États -Unis`, `lui -même`. */
const SPACE_BEFORE_HYPHEN = /(\p{L}) -(?=\p{L})/gu;

/** A token that may be the first piece of a broken word: letters, after an opening bracket or quote. */
const FIRST_PIECE = /^[(«“"]?(\p{L}+)$/u;
/**
 * A token that may be the second piece: letters, then nothing or punctuation; footnote
 * placeholders (private use) may stand between (`résul tats4.`).
 */
const SECOND_PIECE = /^(\p{L}+)[\uE000-\uF8FF]*(?:[.,;:!?»”")\]…]|$)/u;

/** Repair spurious spaces inside words, using the document's vocabulary as evidence. */
export function repairWords(text: string, vocab: Vocabulary): string {
  let out = text;
  if (out.includes(' ’') || out.includes(" '")) out = out.replace(SPACE_BEFORE_APOSTROPHE, '$1$2');
  if (out.includes(' -')) out = out.replace(SPACE_BEFORE_HYPHEN, '$1-');
  return joinBrokenWords(out, vocab);
}

/**
 * Walk the space-separated tokens once; two whole letter tokens are joined where
 * `shouldJoin` says so (`d omaine` → `domaine`, `résul tats,` → `résultats,`).
 */
function joinBrokenWords(text: string, vocab: Vocabulary): string {
  const tokens = text.split(' ');
  // the tokens are copied out only from the first join on: most texts have none
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const a = next === undefined ? null : FIRST_PIECE.exec(token);
    const b = a ? SECOND_PIECE.exec(next!) : null;
    if (a && b && shouldJoin(a[1]!, b[1]!, vocab)) {
      out ??= tokens.slice(0, i);
      out.push(token + next!);
      i++;
    } else out?.push(token);
  }
  return out === null ? text : out.join(' ');
}

function shouldJoin(a: string, b: string, vocab: Vocabulary): boolean {
  if (vocab.isWord(a) && vocab.isWord(b)) return false;
  // a lone capital before "et", "ou" … is a label, not a broken word: `sect. C et E`,
  // `75/254 A à C et 75/255` (A/RES/80/226 note 30, A/RES/77/263), never "Cet"
  if (a.length === 1 && /\p{Lu}/u.test(a) && FUNCTION_WORDS.has(b.toLowerCase())) return false;
  // `de venir`, `en cours`, `quel que`: a function word next to a word; `contre r` is broken
  if ((FUNCTION_WORDS.has(a.toLowerCase()) && b.length > 1) || (FUNCTION_WORDS.has(b.toLowerCase()) && a.length > 1)) return false;
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
