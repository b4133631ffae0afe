import type { Block, BlockKind } from '../types.js';
import { clean } from '../text/fold.js';

/** Make a block with empty footnote/link lists. Shared by every front-end. */
export function makeBlock(kind: BlockKind, text: string, line: number, endLine: number, extra: Partial<Block> = {}): Block {
  return { kind, text: clean(text), footnotes: [], links: [], line, endLine, ...extra };
}

/* ------------------------------------------------------- paragraph continuation
 * The rules deciding that a block continues the previous one across a page break (or a
 * footnote block). Shared by the markdown and PDF-text front-ends so that both re-join the
 * same paragraphs. Patterns are data; the predicates below are the only users.
 */

/** Characters that end a paragraph, optionally followed by closing quotes/brackets. */
const TERMINAL = /[.;:!?…][\s»"”’)\]]*$/u;

/** A list label at the start of a block: `a)`, `ii)`, `(b)`; such a block starts a new item. */
const LIST_LABEL = /^\(?(?:[a-z]|[ivxl]{1,6}|[a-z]{2})\)\s/u;

/** First letter-or-digit-or-bracket character of a block (quotes and spaces skipped). */
const FIRST_SIGNIFICANT = /[^\s«"“'‘’(]/u;

/**
 * Words after which a French paragraph cannot end (articles, prepositions, conjunctions).
 * A block ending on one of them continues even when the next block starts with a capital
 * ("… de l'Organisation des" / "Nations Unies en matière …").
 */
export const DANGLING_WORDS: ReadonlySet<string> = new Set([
  'à', 'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'chez', 'contre', 'd', 'dans', 'de',
  'des', 'du', 'en', 'entre', 'et', 'l', 'la', 'le', 'les', 'leur', 'leurs', 'ni', 'notre',
  'nos', 'ou', 'par', 'parmi', 'pour', 'qu', 'que', 'qui', 'sa', 'sans', 'ses', 'son', 'sous',
  'sur', 'un', 'une', 'vers', 'votre', 'vos',
]);

/** End-anchored patterns only look at this many trailing characters (keeps them linear). */
const TAIL = 48;

/**
 * Participles that announce a title (`… son sixième rapport d’évaluation, intitulé` / `*Climate
 * Change 2021: The Physical Science Basis* …`, A/RES/76/205): a paragraph cannot end on them
 * either, and the title after them opens with a capital, often in italics.
 */
const TITLE_ANNOUNCERS: ReadonlySet<string> = new Set(['intitulé', 'intitulée', 'intitulés', 'intitulées']);

/** The last word of a text, lower-cased, elided article included (`l'`, `d’` → `l`, `d`). */
function lastWord(text: string): string {
  const m = /([\p{L}]+)['’]?\s*$/u.exec(text.slice(-TAIL));
  return m ? m[1]!.toLowerCase() : '';
}

/** True when the text ends like a finished paragraph (terminal punctuation). */
export function endsParagraph(text: string): boolean {
  return TERMINAL.test(text.slice(-TAIL));
}

/** True when the text ends on a word that cannot end a paragraph (`des`, `et`, `l'`…). */
export function endsDangling(text: string): boolean {
  const word = lastWord(text);
  return DANGLING_WORDS.has(word) || TITLE_ANNOUNCERS.has(word);
}

/** True when the text starts in lower case and not with a list label (`c) …`). */
export function startsLowerCase(text: string): boolean {
  if (LIST_LABEL.test(text)) return false;
  const m = FIRST_SIGNIFICANT.exec(text);
  if (!m) return false;
  const ch = m[0];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** True when the text starts with a lettered/roman list label: `a) …`, `ii) …`, `(b) …`. */
export function startsWithListLabel(text: string): boolean {
  return LIST_LABEL.test(text);
}

/**
 * Does `next` continue the paragraph `prev` (which was interrupted by a page break or by
 * footnote definitions)? `prev` must not end with terminal punctuation, and `next` must start
 * in lower case, or `prev` must end on a dangling word (`des`, `et`) and `next` must not start
 * with a list label.
 */
export function continuesParagraph(prev: string, next: string): boolean {
  if (prev === '' || next === '' || endsParagraph(prev)) return false;
  if (startsLowerCase(next)) return true;
  return endsDangling(prev) && !startsWithListLabel(next) && !/^\d/.test(next);
}

/** A number label opening a paragraph of its own: `4. `, `12) `. */
const NUMBER_LABEL = /^\d{1,3}[.)]\s/u;
/** A clause of a paragraph of clauses ends with a semicolon. */
const ENDS_CLAUSE = /;[\s»"”’)\]]*$/u;
/** A paragraph ending with a comma (a preambular paragraph) ends there. */
const ENDS_WITH_COMMA = /,[\s»"”’)\]]*$/u;

/** Does the text end with a comma (closing quotes or brackets aside), as preambular paragraphs do? */
export function endsWithComma(text: string): boolean {
  return ENDS_WITH_COMMA.test(text.slice(-TAIL));
}

/**
 * Does `next` continue `prev` across a page end (footnote definitions printed between them)?
 * Besides `continuesParagraph`: `next` in lower case after `prev` ending with ";"; `prev` cut mid-sentence (no terminal punctuation, no final
 * comma) is continued by any block that does not open a paragraph of its own (a number or
 * list label, a lead phrase: `opensWithLead`), whatever its first character: `… de
 * l’Organisation des Nations` / `Unies, soient célébrées …` (A/RES/76/69), `… sa résolution
 * 78/323 du` / `13 août 2024, par laquelle …` (A/RES/79/193).
 */
export function continuesAcrossPage(prev: string, next: string, opensWithLead: boolean, numbered = false): boolean {
  if (continuesParagraph(prev, next)) return true;
  // a block in lower case after the notes goes on even where the page ended on ";": a paragraph
  // of clauses cut between two of them (`i) la torture … de détention ;` / notes / `toutes les
  // formes de violence sexuelle …`, A/RES/78/218; on the dev folder it joins that file right and
  // no other wrong: an XML paragraph of its own in lower case, "et exige des responsables …"
  // (76/29), is not printed right after a page's notes there). Not after a full stop: a
  // sentence ended there (test/frontends/markdown.test.ts "Fin de phrase.")
  if (ENDS_CLAUSE.test(prev.slice(-TAIL)) && startsLowerCase(next) && !startsWithListLabel(next)) return true;
  // `numbered`: `prev` is a numbered paragraph's, which ends with ";" or ".", so a comma does not
  // end it (`34. *Félicite* … pour les questions de genre,` / `ONU-Femmes et d’autres …`, A/RES/80/186)
  if (prev === '' || next === '' || endsParagraph(prev) || (endsWithComma(prev) && !numbered)) return false;
  return !opensWithLead && !startsWithListLabel(next) && !NUMBER_LABEL.test(next);
}

/** Words that open the closing words of a list, printed as a paragraph of their own after its
 * last clause: "et exige des responsables …" (76/29), "ainsi que le maintien …" (75/253 B). */
const CLOSES_LIST = /^(?:et|ainsi|ou|puis|mais|soit)\b/u;
/** A clause boundary inside a paragraph: "; " then a clause in lower case. */
const INNER_CLAUSE = /;\s+\p{Ll}/u;

/**
 * Does `next` continue `prev`, a paragraph of clauses cut at a page end between two of them, with
 * no notes printed there? `prev` ends with ";" and already holds a clause boundary ("… : multiplication
 * … d’ici à 2030 ; réduction marquée … d’ici à 2030 ;" / "accélération de la réduction …",
 * A/RES/79/1 point c)); `next` opens in lower case, with no list label and not with the words that
 * close a list. A lone item ending with ";" stays apart from the lower-case paragraph after it
 * ("e) … de conflit ;" / "examine comment suivre …", A/RES/78/20), and so do the closing words
 * of a list ("et exige des responsables …", A/RES/76/29): on the dev folder, every unnumbered XML
 * paragraph in lower case after a ";" is one of these two.
 */
export function continuesClauses(prev: string, next: string): boolean {
  if (!ENDS_CLAUSE.test(prev.slice(-TAIL)) || !startsLowerCase(next) || startsWithListLabel(next)) return false;
  const start = FIRST_SIGNIFICANT.exec(next);
  if (CLOSES_LIST.test(next.slice(start?.index ?? 0))) return false;
  return INNER_CLAUSE.test(prev.slice(0, prev.search(/;[\s»"”’)\]]*$/u)));
}

/**
 * Append `next` to `block` in place (single space between), shifting `next`'s footnote and
 * link offsets, extending the line span. Returns `block`.
 */
export function appendBlock(block: Block, next: Block): Block {
  const shift = block.text === '' ? 0 : block.text.length + 1;
  block.text = block.text === '' ? next.text : `${block.text} ${next.text}`;
  for (const f of next.footnotes) block.footnotes.push({ ...f, offset: f.offset + shift });
  for (const l of next.links) block.links.push({ ...l, offset: l.offset < 0 ? l.offset : l.offset + shift });
  block.line = Math.min(block.line, next.line);
  block.endLine = Math.max(block.endLine, next.endLine);
  return block;
}
