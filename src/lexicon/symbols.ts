/**
 * The grammar of United Nations document symbols, as data plus small builders.
 *
 *   A/78/265            A/RES/75/240          A/DEC/72/512         E/RES/1996/31
 *   A/C.1/75/L.8/Rev.1  A/C.1/75/PV.14        A/AC.292/2023/INF/5  A/65/154/Add.1
 *
 * A symbol is a root (the organ series: A, E, S, ST, …) followed by "/"-separated segments;
 * a segment is a number ("78", "2023"), a word of capitals ("RES", "INF"), or a word with a
 * number ("C.1", "AC.292", "L.8", "Rev.1", "PV.14", "Add.1", "Corr.1").
 * Resolutions in running text are short: "75/240" (General Assembly, session/number),
 * "43/78 H" (part H), "1996/31" (a year: ECOSOC when the context says so).
 */
import type { CitationKind } from '../types.js';

/** Symbol series roots this project recognises in running text. */
export const SYMBOL_ROOTS: readonly string[] = ['A', 'E', 'S', 'ST', 'CCPR', 'UNEP', 'TD'];

/** Suffix words that may follow a symbol after "et": "A/65/154 et Add.1", "et Corr.1". */
export const SYMBOL_SUFFIX_WORDS: readonly string[] = ['Add', 'Corr', 'Rev', 'Amend'];

/** Segments that, anywhere in a symbol, decide its kind (first match wins; order matters). */
export const SYMBOL_KIND_RULES: readonly (readonly [RegExp, CitationKind])[] = [
  [/^E\/RES\//, 'ecosoc-resolution'],
  [/^[A-Z]+\/RES\//, 'resolution'],
  [/^[A-Z]+\/DEC\//, 'decision'],
  [/\/PV\.\d+/, 'meeting-record'],
  [/\/L\.\d+/, 'draft'],
];

/** General Assembly sessions and resolution numbers accepted in the short form "75/240". */
export const GA_SESSION_MAX = 150;
export const GA_NUMBER_MAX = 9999;
/** ECOSOC / year-based numbers: "1996/31". */
export const YEAR_MIN = 1946;
export const YEAR_MAX = 2100;

/** One segment of a symbol after the root. */
function segmentPattern(): string {
  return '(?:\\d{1,4}|[A-Z]{1,6}(?:\\.\\d{1,4})?|[A-Z][a-z]{1,4}\\.\\d{1,3})';
}

/**
 * Regex source of a full document symbol. It must not be glued to a word or a "/" before it,
 * and a sentence's final period is not part of it.
 */
export function documentSymbolPattern(): string {
  const roots = SYMBOL_ROOTS.join('|');
  return `(?<![\\w/.])(?:${roots})(?:/${segmentPattern()})+(?![\\w/]|\\.\\d)`;
}

/** Regex source of " et Add.1", " et Corr.1" after a symbol (group 1 = "Add.1"). */
export function symbolSuffixPattern(): string {
  return `\\s+et\\s+((?:${SYMBOL_SUFFIX_WORDS.join('|')})\\.\\d{1,3})(?![\\w/])`;
}

/**
 * Regex source of a short resolution/decision number in running text: "75/240", "43/78 H",
 * "1996/31". Groups: 1 = session or year, 2 = number, 3 = part letter (optional).
 * Not glued to "/", letters or digits (so not inside a symbol, a URL, a date "12/10/2023").
 */
export function shortNumberPattern(): string {
  return '(?<![\\w/.\\-])(\\d{1,4})/(\\d{1,4})(?![\\w/]|[.,]\\d)(?:[ \\u00a0]([A-Z])(?![\\w/’\'.-]|\\.\\w))?';
}

/** "A/RES/75/240", with the part glued as the project's contract writes it: "A/RES/43/78H". */
export function gaResolutionSymbol(session: number, num: number, part?: string | null): string {
  return `A/RES/${session}/${num}${part ?? ''}`;
}

export function gaDecisionSymbol(session: number, num: number): string {
  return `A/DEC/${session}/${num}`;
}

export function ecosocResolutionSymbol(year: number, num: number): string {
  return `E/RES/${year}/${num}`;
}

export function ecosocDecisionSymbol(year: number, num: number): string {
  return `E/DEC/${year}/${num}`;
}

/** Is this number pair plausible as a General Assembly session/number? */
export function isGaNumber(session: number, num: number): boolean {
  return session >= 1 && session <= GA_SESSION_MAX && num >= 1 && num <= GA_NUMBER_MAX;
}

/** Is this number pair plausible as a year-based (ECOSOC) number? */
export function isYearNumber(year: number, num: number): boolean {
  return year >= YEAR_MIN && year <= YEAR_MAX && num >= 1 && num <= 999;
}

/** The citation kind of a full symbol. */
export function symbolKind(symbol: string): CitationKind {
  for (const [re, kind] of SYMBOL_KIND_RULES) if (re.test(symbol)) return kind;
  return 'document';
}

/**
 * A symbol as a user or a document writes it → the full symbol: "78/237" → "A/RES/78/237",
 * "43/78 H" → "A/RES/43/78H", "a/c.1/75/l.8/rev.1" → "A/C.1/75/L.8/Rev.1"; null when it is
 * not a symbol.
 */
export function normaliseSymbol(input: string): string | null {
  const text = input.replace(/\s+/g, ' ').trim();
  const short = /^(\d{1,3})\/(\d{1,4})(?: ?([A-Za-z]))?$/.exec(text);
  if (short) {
    const session = Number(short[1]);
    const num = Number(short[2]);
    if (!isGaNumber(session, num)) return null;
    return gaResolutionSymbol(session, num, short[3]?.toUpperCase() ?? null);
  }
  const parts = text.replace(/ /g, '').split('/');
  const root = parts[0]?.toUpperCase() ?? '';
  if (!SYMBOL_ROOTS.includes(root) || parts.length < 2) return null;
  const segs = parts.slice(1).map(canonicalSegment);
  if (segs.some((s) => s === null)) return null;
  return [root, ...segs].join('/');
}

/**
 * The number a General Assembly resolution prints before its title, as on UN pages and in
 * the AKN preface (`75/22.`, `75/101 A.`, `ES-11/5.`, `S-32/1.`): `#### 75/22. Règlement
 * pacifique de la question de Palestine` → { symbol: "A/RES/75/22", title: "Règlement
 * pacifique de la question de Palestine" }; null when the line does not open so.
 */
export function readResolutionTitle(line: string): { symbol: string; title: string } | null {
  const m = /^((?:E?S-\d{1,2}\/\d{1,3})|(?:\d{1,3}\/\d{1,4}(?: [A-Z])?))\.\s+(\S.*)$/su.exec(line.trim());
  if (!m) return null;
  const special = /^E?S-/u.test(m[1]!);
  const symbol = special ? `A/RES/${m[1]}` : normaliseSymbol(m[1]!);
  return symbol ? { symbol, title: m[2]! } : null;
}

/** "rev.1" → "Rev.1", "l.8" → "L.8", "c.1" → "C.1", "pv.14" → "PV.14", "78" → "78", "78h" → "78H". */
function canonicalSegment(seg: string): string | null {
  if (/^\d{1,4}$/.test(seg)) return seg;
  // a resolution's part: "78H" in A/RES/43/78H
  if (/^\d{1,4}[A-Za-z]$/.test(seg)) return seg.toUpperCase();
  const m = /^([A-Za-z]{1,6})(?:\.(\d{1,4}))?$/.exec(seg);
  if (!m) return null;
  const word = m[1] ?? '';
  const suffix = SYMBOL_SUFFIX_WORDS.find((w) => w.toLowerCase() === word.toLowerCase());
  const head = suffix && m[2] !== undefined ? suffix : word.toUpperCase();
  return m[2] !== undefined ? `${head}.${m[2]}` : head;
}

/* ------------------------------------------------- running-text context */

/** What a short number "75/240" means after a keyword. `null`: not a UN citation. */
export type ShortNumberContext = 'resolution' | 'decision' | null;

/**
 * Keywords that give a following short number its meaning, as regex sources over text as
 * written (matched case-insensitively; accents optional). The last keyword before a number
 * decides.
 */
export const CITATION_CONTEXTS: readonly (readonly [source: string, context: ShortNumberContext])[] = [
  ['r[ée]solutions?', 'resolution'],
  ['resolutions?', 'resolution'],
  ['d[ée]cisions?', 'decision'],
  // national acts and other numbered texts: the number that follows is not a UN symbol
  ['circulaires?', null],
  ['lois?', null],
  ['d[ée]crets?', null],
  ['arr[êe]t[ée]s?', null],
  ['ordonnances?', null],
  ['directives?', null],
  ['r[èe]glements?', null],
];

/** Folded phrase that makes a year-based number an ECOSOC text ("résolution 1996/31"). */
export const ECOSOC_PHRASE = /conseil economique et social|\becosoc\b/;

/** Folded phrases allowed between the items of a list of resolutions, besides dates and separators. */
export const LIST_FILLERS: readonly string[] = [
  "de l'assemblee generale",
  'de la premiere commission',
  'du conseil economique et social',
  'adoptees? le',
  'en date du',
  'du',
  'et',
  'ainsi que',
  'respectivement',
];

/** Most words (after removing dates and fillers) allowed between a keyword and a number. */
export const MAX_GAP_WORDS = 3;

/**
 * The keyword regex over text as written; capture group i+1 matches CITATION_CONTEXTS[i].
 * (A word boundary written as a lookaround: `\\b` does not know accented letters.)
 */
export function citationContextPattern(): RegExp {
  const alts = CITATION_CONTEXTS.map(([s]) => `(?<![\\p{L}])(${s})(?![\\p{L}])`);
  return new RegExp(alts.join('|'), 'giu');
}
