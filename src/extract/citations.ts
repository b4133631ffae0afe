/**
 * Citations: which UN texts a paragraph or footnote refers to.
 *
 * Pure: text in, rows out. Two scans per text, both linear:
 *  - full document symbols ("A/78/265", "A/C.1/75/L.8/Rev.1", "A/65/154 et Add.1" → two);
 *  - short numbers ("75/240", "43/78 H", "1996/31"), taken only inside the context of a
 *    keyword ("résolutions …", "décision …") and a list that continues from it; a year-based
 *    number is ECOSOC's when the sentence names the Conseil économique et social.
 * URLs are masked first (a PDF link line is evidence, not a citation); look-alikes (page
 * footers "13/13", dates, "circulaire 2019/12", "2021-2025") are not taken.
 */
import { fold } from '../text/fold.js';
import { findFrenchDates, type DateMatch } from '../lexicon/months.js';
import {
  CITATION_CONTEXTS,
  ECOSOC_PHRASE,
  LIST_FILLERS,
  MAX_GAP_WORDS,
  citationContextPattern,
  documentSymbolPattern,
  ecosocDecisionSymbol,
  ecosocResolutionSymbol,
  gaDecisionSymbol,
  gaResolutionSymbol,
  isGaNumber,
  isYearNumber,
  normaliseSymbol,
  shortNumberPattern,
  symbolKind,
  symbolSuffixPattern,
  type ShortNumberContext,
} from '../lexicon/symbols.js';
import type { Citation, CitationKind } from '../types.js';

/** A citation found in one text, with its position. */
export interface FoundCitation {
  target: string;
  kind: CitationKind;
  asWritten: string;
  date: string | null;
  /** offset of the citation in the text */
  index: number;
  /** offset just after it (part letter included) */
  end: number;
}

const URL = /\b(?:https?:\/\/|www\.)\S+|\bundocs\.org\/\S+/gi;

/** Replace URLs by spaces (same length, so offsets stay valid). */
function maskUrls(text: string): string {
  return text.replace(URL, (m) => ' '.repeat(m.length));
}

/* ------------------------------------------------------------ dates */

/** What may stand between a citation and its date: "du", "en date du", "de l'Assemblée générale en date du". */
const DATE_LEAD = /^\s*,?\s*(?:de\s+l['’]\s?Assembl[ée]e\s+g[ée]n[ée]rale\s+)?(?:adopt[ée]e?s?\s+le|en\s+date\s+du|du|le)\s+$/iu;

/** Index of the first date at or after `offset` (dates are in text order): binary search. */
function firstDateFrom(dates: readonly DateMatch[], offset: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid]?.index ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Most characters between a citation and its date ("de l'Assemblée générale en date du "). */
const MAX_DATE_LEAD = 60;

/**
 * The dates of a text, found on first use: most texts cite nothing, and scanning them for
 * dates would be wasted.
 */
type Dates = () => readonly DateMatch[];

function lazyDates(text: string): Dates {
  let dates: DateMatch[] | null = null;
  return () => (dates ??= findFrenchDates(text));
}

/** The date stated right after position `end` ("du 4 décembre 1998"), or null. */
function dateAfter(text: string, end: number, dates: readonly DateMatch[]): DateMatch | null {
  const d = dates[firstDateFrom(dates, end)];
  if (!d || d.index - end > MAX_DATE_LEAD) return null;
  return DATE_LEAD.test(text.slice(end, d.index)) ? d : null;
}

/* ------------------------------------------------------ full symbols */

const SYMBOL_RE = new RegExp(documentSymbolPattern(), 'g');
/** sticky: tried exactly where the previous symbol or suffix ended */
const SUFFIX_RE = new RegExp(symbolSuffixPattern(), 'y');

function findDocumentSymbols(text: string, dates: Dates): FoundCitation[] {
  const out: FoundCitation[] = [];
  const suffixRe = SUFFIX_RE;
  for (const m of text.matchAll(SYMBOL_RE)) {
    const target = normaliseSymbol(m[0]);
    const index = m.index ?? 0;
    if (target === null || !target.includes('/')) continue;
    let end = index + m[0].length;
    const own: FoundCitation = { target, kind: symbolKind(target), asWritten: m[0], date: null, index, end };
    out.push(own);
    // "A/55/140 et Corr.1 et Add.1": each suffix is a document of its own
    suffixRe.lastIndex = end;
    for (let s = suffixRe.exec(text); s; s = suffixRe.exec(text)) {
      const suffix = s[1] ?? '';
      const sub = normaliseSymbol(`${target}/${suffix}`) ?? `${target}/${suffix}`;
      out.push({ target: sub, kind: symbolKind(sub), asWritten: suffix, date: null, index: end + s[0].indexOf(suffix), end: end + s[0].length });
      end += s[0].length;
      suffixRe.lastIndex = end;
    }
    own.date = dateAfter(text, own.end, dates())?.date ?? null;
  }
  return out;
}

/* ----------------------------------------------------- short numbers */

interface Keyword {
  index: number;
  end: number;
  context: ShortNumberContext;
}

const CONTEXT_RE = citationContextPattern();
const SHORT_RE = new RegExp(shortNumberPattern(), 'g');

function findKeywords(text: string): Keyword[] {
  const out: Keyword[] = [];
  for (const m of text.matchAll(CONTEXT_RE)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const entry = CITATION_CONTEXTS[group - 1];
    out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, context: entry ? entry[1] : null });
  }
  return out;
}

const FILLERS = new RegExp(`(?:^|\\s)(?:${LIST_FILLERS.join('|')})(?=\\s|$)`, 'g');
const STRONG_STOP = /[.;:!?«»()]/;
/** A gap longer than this cannot hold a few separators, dates and filler words. */
const MAX_GAP_CHARS = 160;

/**
 * Can a list of citations continue across this gap? Only separators, dates, a few filler
 * words ("de l'Assemblée générale"), and at most MAX_GAP_WORDS other words; no sentence end.
 */
function gapContinues(gap: string): boolean {
  if (gap.length > MAX_GAP_CHARS || STRONG_STOP.test(gap)) return false;
  const rest = fold(gap)
    .replace(/[,]/g, ' ')
    .replace(FILLERS, ' ')
    .trim();
  if (rest === '') return true;
  return rest.split(/\s+/).length <= MAX_GAP_WORDS;
}

/** Text between two offsets with the dates inside blanked out. */
function gapWithoutDates(text: string, from: number, to: number, dates: readonly DateMatch[]): string {
  let gap = text.slice(from, to);
  if (gap.length > MAX_GAP_CHARS) return gap;
  for (let i = firstDateFrom(dates, from); i < dates.length; i++) {
    const d = dates[i];
    if (!d || d.index + d.text.length > to) break;
    const a = d.index - from;
    gap = gap.slice(0, a) + ' '.repeat(d.text.length) + gap.slice(a + d.text.length);
  }
  return gap;
}

/** How far back a sentence is looked for (characters). */
const MAX_SENTENCE = 1000;

/** The start of the sentence that contains `index` (at most MAX_SENTENCE back). */
function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - MAX_SENTENCE);
  for (let i = index - 1; i > limit; i--) {
    const ch = text[i];
    if ((ch === '.' || ch === ';') && /\s/.test(text[i + 1] ?? '')) return i + 1;
  }
  return limit;
}

/** Does the sentence around a keyword (up to a little after the number) name ECOSOC? */
function ecosocSentence(text: string, keywordIndex: number, end: number): boolean {
  return ECOSOC_PHRASE.test(fold(text.slice(sentenceStart(text, keywordIndex), end + 60)));
}

function shortTarget(context: ShortNumberContext, a: number, b: number, part: string | null, ecosoc: boolean): { target: string; kind: CitationKind } | null {
  if (context === null) return null;
  if (isYearNumber(a, b)) {
    if (!ecosoc) return null;
    return context === 'resolution'
      ? { target: ecosocResolutionSymbol(a, b), kind: 'ecosoc-resolution' }
      : { target: ecosocDecisionSymbol(a, b), kind: 'decision' };
  }
  if (!isGaNumber(a, b)) return null;
  return context === 'resolution'
    ? { target: gaResolutionSymbol(a, b, part), kind: 'resolution' }
    : { target: gaDecisionSymbol(a, b), kind: 'decision' };
}

function findShortNumbers(text: string, dates: Dates): FoundCitation[] {
  const out: FoundCitation[] = [];
  let keywords: Keyword[] | null = null; // found at the first number: most texts have none
  let k = 0;
  let keyword: Keyword | null = null;
  /** where the current list stands: the end of the keyword or of the last item taken */
  let anchor = -1;
  for (const m of text.matchAll(SHORT_RE)) {
    const index = m.index ?? 0;
    keywords ??= findKeywords(text);
    while (k < keywords.length && (keywords[k]?.end ?? Infinity) <= index) {
      keyword = keywords[k] ?? null;
      anchor = keyword?.end ?? -1;
      k++;
    }
    if (keyword === null || anchor < 0) continue;
    if (!gapContinues(gapWithoutDates(text, anchor, index, dates()))) {
      anchor = -1;
      continue;
    }
    const a = Number(m[1]);
    const b = Number(m[2]);
    const part = m[3] ?? null;
    const found = shortTarget(keyword.context, a, b, part, isYearNumber(a, b) && ecosocSentence(text, keyword.index, index + m[0].length));
    if (found === null) {
      anchor = -1;
      continue;
    }
    const end = index + m[0].length;
    const date = dateAfter(text, end, dates());
    out.push({ ...found, asWritten: m[0], date: date?.date ?? null, index, end });
    anchor = date ? date.index + date.text.length : end;
  }
  shareListDates(text, out);
  return out;
}

/** "74/28 et 74/29 du 12 décembre 2019": the date stated once is the date of both. */
function shareListDates(text: string, items: FoundCitation[]): void {
  for (let i = items.length - 2; i >= 0; i--) {
    const cur = items[i];
    const next = items[i + 1];
    if (!cur || !next || cur.date !== null || next.date === null) continue;
    if (/^\s+et\s+$/.test(text.slice(cur.end, next.index))) cur.date = next.date;
  }
}

/* ------------------------------------------------------------- API */

/** Every citation in one text, in order of position. */
export function citationsInText(text: string): FoundCitation[] {
  const masked = maskUrls(text);
  const dates = lazyDates(masked);
  const all = [...findDocumentSymbols(masked, dates), ...findShortNumbers(masked, dates)];
  return all.sort((x, y) => x.index - y.index);
}

export interface CitableParagraph {
  n: number;
  text: string;
}

export interface CitableFootnote {
  marker: string;
  text: string;
  paragraph: number | null;
}

export interface CitationOptions {
  /** symbols of the citing document itself (its own symbol in a running header is no citation) */
  self?: readonly string[];
}

/**
 * The citations of a document: one row per (target, paragraph, footnote); a footnote's rows
 * carry the paragraph that references it and its marker.
 */
export function extractCitations(
  paragraphs: readonly CitableParagraph[],
  footnotes: readonly CitableFootnote[],
  options: CitationOptions = {},
): Citation[] {
  const self = new Set(options.self ?? []);
  const out: Citation[] = [];
  const seen = new Map<string, Citation>();
  const add = (found: FoundCitation, paragraph: number | null, footnote: string | null): void => {
    if (self.has(found.target)) return;
    const key = `${found.target}\u0000${paragraph ?? ''}\u0000${footnote ?? ''}`;
    const prev = seen.get(key);
    if (prev) {
      prev.date ??= found.date;
      return;
    }
    const row: Citation = { target: found.target, kind: found.kind, asWritten: found.asWritten, paragraph, date: found.date };
    if (footnote !== null) row.footnote = footnote;
    seen.set(key, row);
    out.push(row);
  };
  for (const p of paragraphs) for (const c of citationsInText(p.text)) add(c, p.n, null);
  for (const f of footnotes) for (const c of citationsInText(f.text)) add(c, f.paragraph, f.marker);
  return out;
}
