/**
 * The layout vocabulary of text extracted from UN PDFs, as data: what a line of page furniture,
 * a link line, a footnote rule, a list label, a superscript fragment or a cover-page line looks
 * like. The PDF-text front-end (src/frontends/pdf-text.ts) only asks the small predicates below.
 *
 * Every pattern is anchored and linear (no nested quantifiers): the ×200 corpus is ~90 MB.
 */
import { frenchDatePattern } from './months.js';

/* ------------------------------------------------------------------ page furniture */

/** A URL alone on a line: the link a PDF leaves at the end of the page that holds it. */
const URL_LINE = /^https?:\/\/\S+$/u;

/** The rule printed above the footnotes of a page: `__________________`. */
const FOOTNOTE_RULE = /^_{5,}$/u;

/** Running footers and job numbers: `13/13 20-15344`, `20-15344 2/13`, `20-15344 (F)`, `*2015344*`. */
const FOOTERS: readonly RegExp[] = [
  /^\d{1,3}\/\d{1,3}\s+\d{2}-\d{5}(?:\s*\([A-Z]\))?$/u,
  /^\d{2}-\d{5}(?:\s*\([A-Z]\))?\s+\d{1,3}\/\d{1,3}$/u,
  /^\d{2}-\d{5}\s*\([A-Z]\)$/u,
  // the bar code under the first page's job number: `*2016814*`
  /^\*\d{7}\*$/u,
  /^\d{1,3}\/\d{1,3}$/u,
];

/**
 * A document symbol alone on a line (`A/75/394`, `A/C.1/78/L.11`): the running header of a
 * page. Only furniture where a page starts; elsewhere it may be a wrapped line of text. It
 * never ends with a dot (`document LEG/CONF.15/22.` ends a sentence).
 */
const SYMBOL_LINE = /^[A-Z]{1,5}(?:\/[A-Za-z0-9.-]{0,11}[A-Za-z0-9]){2,7}$/u;

export function isUrlLine(line: string): boolean {
  return URL_LINE.test(line);
}

export function isFootnoteRule(line: string): boolean {
  return FOOTNOTE_RULE.test(line);
}

export function isFooter(line: string): boolean {
  // every footer opens with a digit or `*`: most lines are decided on their first character
  // rather than by five patterns (every line of a PDF text is asked; issue 14: add no slower)
  const c = line.charCodeAt(0);
  if (c !== 0x2a && !(c >= 0x30 && c <= 0x39)) return false;
  return FOOTERS.some((re) => re.test(line));
}

/** The page count printed in a footer: 12 in `3/12 20-16303`, `20-16303 3/12` or `3/12`. */
const PAGE_OF = /(?:^|\s)\d{1,3}\/(\d{1,3})(?:\s|$)/u;

/**
 * A footer's page count, and whether the page number stands alone (`3/12`). A page number
 * alone reads like a resolution number (`78/190` opening a page of A/RES/79/160), so it is
 * only a footer where the document's full footers print the same page count.
 */
export function footerPages(line: string): { total: number; alone: boolean } | null {
  if (!isFooter(line)) return null;
  const m = PAGE_OF.exec(line);
  return m ? { total: Number(m[1]), alone: !/\s/u.test(line) } : null;
}

export function isSymbolLine(line: string): boolean {
  return SYMBOL_LINE.test(line);
}

/**
 * The running header of a resolution's pages prints the symbol with a short title, on either
 * side of the line as the page is odd or even (`A/RES/75/22 Règlement pacifique de la question
 * de Palestine`, `Question des Bermudes A/RES/75/109`). The title starts with a capital (or a
 * year: `2025, Année internationale des coopératives A/RES/78/289`); the
 * symbol of a lettered part takes its letter (`Régime commun des Nations Unies A/RES/75/245 B`,
 * `A/RES/76/247 A-C Budget-programme de 2022`).
 */
const STARTS_WITH_CAPITAL = /^[«“"]?\s?[\p{Lu}\d]/u;
const PART_LETTER = /^[A-Z](?:-[A-Z])?$/u;

/**
 * The symbol of a line shaped like a running header: the symbol alone, or with a title on
 * either side; null otherwise. Only the position decides whether such a line is a header
 * (next to a page footer, or printed as such elsewhere in the document): a line of text may
 * end with a symbol too.
 */
export function headerShapeSymbol(line: string): string | null {
  if (SYMBOL_LINE.test(line)) return line;
  const words = line.split(' ').filter((w) => w !== '');
  if (words.length < 2) return null;
  // the symbol (and its part letter) first, then nothing or a title
  if (SYMBOL_LINE.test(words[0]!)) {
    const part = PART_LETTER.test(words[1]!) ? 1 : 0;
    const symbol = words.slice(0, 1 + part).join(' ');
    // the title may open with a spaced quote: `A/RES/78/261 « Sommet social mondial » …`
    const rest = words.slice(1 + part).join(' ');
    if (rest === '' || STARTS_WITH_CAPITAL.test(rest)) return symbol;
    return null;
  }
  // a title, then the symbol (and its part letter)
  if (!STARTS_WITH_CAPITAL.test(line)) return null;
  const n = words.length;
  if (SYMBOL_LINE.test(words[n - 1]!)) return words[n - 1]!;
  if (n >= 3 && PART_LETTER.test(words[n - 1]!) && SYMBOL_LINE.test(words[n - 2]!)) return `${words[n - 2]} ${words[n - 1]}`;
  return null;
}

/* ------------------------------------------------------------------ superscripts */

/** A footnote marker printed alone on its line (a superscript the extraction put apart). */
const MARKER_ONLY = /^(?:\d{1,3}|\*{1,3})$/u;

/** Ordinal suffixes printed as superscripts after a number: `1` / `er` → `1er`. */
const ORDINAL_SUFFIX = /^(?:er|re|ère|ers|res|e|è|ème|es|èmes|nd|nde)$/u;

/** A footnote definition on one line: marker, spaces, text (` 12 Rapport de 2021 …`). */
const FOOTNOTE_DEFINITION = /^(\d{1,3}|\*{1,3})\s+(\S.*)$/u;

/**
 * Words after which a number is a number, not a spaced footnote marker: `objectif 12,`,
 * `paragraphes 18 et 19`, `no 4,`, `les 9 et 10 octobre`.
 */
const NUMBER_WORDS = /(?:^|[\s(])(?:nos?|n°|par\.|paragraphes?|alinéas?|articles?|objectifs?|cibles?|chapitres?|sections?|annexes?|points?|principes?|recommandations?|règles?|les|des|et|à|de)$/iu;

/** Does this text (the few characters before a number) end with a word that numbers things? */
export function numbersNext(before: string): boolean {
  return NUMBER_WORDS.test(before);
}

export function isMarkerOnly(line: string): boolean {
  return MARKER_ONLY.test(line);
}

export function isOrdinalSuffix(line: string): boolean {
  return ORDINAL_SUFFIX.test(line);
}

/** `[marker, text]` of a footnote definition line, or null. */
export function footnoteDefinition(line: string): [string, string] | null {
  const m = FOOTNOTE_DEFINITION.exec(line);
  return m ? [m[1]!, m[2]!] : null;
}

/* ------------------------------------------------------------------ labels */

/** A numbered paragraph: `1. `, `17. `. */
const NUMBER_LABEL = /^\d{1,3}\.\s+\S/u;

/** A lettered or roman list label: `a) `, `ii) `, `(b) `. */
const LETTER_LABEL = /^\(?(?:[a-z]|[ivxl]{1,6})\)\s+\S/u;

/** A bullet, removed from the text: `•`, `–`, `-`, `▪`. */
const BULLET = /^[•◦▪●–—-]\s+(?=\S)/u;

export function startsWithNumberLabel(line: string): boolean {
  return NUMBER_LABEL.test(line);
}

export function startsWithLetterLabel(line: string): boolean {
  return LETTER_LABEL.test(line);
}

/** The length of the bullet (with its spaces) at the start of a line, 0 when none. */
export function bulletLength(line: string): number {
  const m = BULLET.exec(line);
  return m ? m[0].length : 0;
}

/* ------------------------------------------------------------------ headings */

/**
 * Lines that are a heading on their own even when the next line is not indented:
 * `Projet de résolution I` above the title of the draft, `Annexe`, `Annexe II`.
 */
const STANDALONE_HEADINGS: readonly RegExp[] = [
  /^Projets? de (?:résolution|décision)(?: [IVXLC]{1,6})?$/u,
  /^Annexe(?: [IVXLC]{1,6})?\*{0,3}$/u,
];

/**
 * Title lines of any length: the sponsor line of a draft (`Algérie, … et Zimbabwe : projet de
 * résolution`), printed in bold and set apart above the title, a heading as in the markdown.
 */
const TITLE_LINES: readonly RegExp[] = [/:\s*projets? de (?:résolution|décision)$/u];

/** The most lines a heading spreads over (the title of a draft decision takes five). */
export const MAX_HEADING_LINES = 6;

export function isStandaloneHeading(text: string): boolean {
  return STANDALONE_HEADINGS.some((re) => re.test(text));
}

export function isTitleLine(text: string): boolean {
  return TITLE_LINES.some((re) => re.test(text));
}

/* ------------------------------------------------------------------ cover page */

const LANGUAGES = 'Français|Anglais|Arabe|Chinois|Espagnol|Russe|French|English';

/** Cover-page lines: one block per printed line. */
const COVER_LINES: readonly RegExp[] = [
  /^Distr\.\s/u,
  /^Original\s*:/u,
  new RegExp(`^(?:${LANGUAGES})$`, 'u'),
  new RegExp(`^${frenchDatePattern()}$`, 'u'),
  /^Point \d{1,3}(?: [a-z])? de (?:l ?[’']ordre du jour|la liste préliminaire)\*{0,3}$/u,
];

export function isCoverLine(text: string): boolean {
  return COVER_LINES.some((re) => re.test(text));
}

/* ------------------------------------------------------------------ tables */

/** A table-of-contents row keeps its cells apart with tabs; a dot leader ends the title cell. */
const DOT_LEADER = /(?:\s?\.){4,}\s*$/u;

/** A tab between or before printed cells (`Introduction . . .\t3`, `\tPage`). */
const TAB_SEPARATED = /\S\t|\t\S/u;

export function isTableLine(rawLine: string): boolean {
  return TAB_SEPARATED.test(rawLine);
}

/** The cells of a tab-separated row, dot leaders removed, empty cells dropped. */
export function tableCells(rawLine: string): string[] {
  return rawLine
    .split('\t')
    .map((c) => c.replace(DOT_LEADER, '').trim())
    .filter((c) => c !== '');
}
