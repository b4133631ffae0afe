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
  ANNEX_BEFORE,
  BODY_PHRASES,
  CITATION_CONTEXTS,
  ECOSOC_PHRASE,
  HRC_REPORT_SOURCE,
  LIST_FILLERS,
  MAX_GAP_WORDS,
  citationContextPattern,
  canonicalSymbol,
  documentSymbolPattern,
  ecosocDecisionSymbol,
  ecosocResolutionSymbol,
  expandParts,
  gaDecisionSymbol,
  gaEraResolutionSymbol,
  gaResolutionSymbol,
  hrcDecisionSymbol,
  hrcResolutionSymbol,
  isGaNumber,
  isYearNumber,
  normaliseSymbol,
  securityCouncilResolutionSymbol,
  shortNumberPattern,
  symbolKind,
  symbolSuffixPattern,
  type IssuingBody,
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

const SYMBOL_RE = new RegExp(documentSymbolPattern(), 'gu');
/** sticky: tried exactly where the previous symbol or suffix ended */
const SUFFIX_RE = new RegExp(symbolSuffixPattern(), 'y');

function findDocumentSymbols(text: string, dates: Dates): FoundCitation[] {
  const out: FoundCitation[] = [];
  const suffixRe = SUFFIX_RE;
  for (const m of text.matchAll(SYMBOL_RE)) {
    const target = canonicalSymbol(m[0]);
    const index = m.index ?? 0;
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
  /** the body named between the keyword and its first number, or before the keyword */
  body: IssuingBody | null;
}

const CONTEXT_RE = citationContextPattern();
const SHORT_RE = new RegExp(shortNumberPattern(), 'gu');
const BODY_RES = BODY_PHRASES.map(([source, body]) => [new RegExp(`(?<![a-z])(?:${source})(?![a-z])`), body] as const);
/** "34/8 du Conseil des droits de l'homme", "2220 (2015) du Conseil de sécurité" (folded). */
const BODY_AFTER = new RegExp(`^\\s*,?\\s*(?:du|de la|de l'|adoptees? par (?:le|la|l'))\\s*(?:${BODY_PHRASES.map(([s]) => `(?:${s})`).join('|')})(?![a-z])`);
/** "le Conseil des droits de l'homme, dans sa résolution": the body is the subject (folded, up to the keyword). */
const SUBJECT_BEFORE = new RegExp(`(?:${BODY_PHRASES.map(([s]) => `(?:${s})`).join('|')})[^.;:()]{0,50}(?:sa|ses)\\s*$`);

/** The body a folded phrase names, or null. */
function bodyIn(folded: string): IssuingBody | null {
  for (const [re, body] of BODY_RES) if (re.test(folded)) return body;
  return null;
}

/** The body stated just before a keyword: an annex of another text, a subject, or the HRC's report. */
function bodyBefore(text: string, index: number): IssuingBody | null {
  const before = fold(text.slice(Math.max(0, index - 120), index));
  if (ANNEX_BEFORE.test(before)) return 'other';
  const subject = SUBJECT_BEFORE.exec(before);
  if (subject) return bodyIn(subject[0]);
  return null;
}

function findKeywords(text: string): Keyword[] {
  const out: Keyword[] = [];
  for (const m of text.matchAll(CONTEXT_RE)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const entry = CITATION_CONTEXTS[group - 1];
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, context: entry ? entry[1] : null, body: null });
  }
  // "Supplément no 53 (A/72/53), chap. IV, sect. A, 37/38": the HRC's report gives the meaning
  for (const m of text.matchAll(HRC_REPORT_SOURCE)) {
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, context: 'resolution', body: 'hrc' });
  }
  out.sort((a, b) => a.index - b.index);
  for (const k of out) if (k.context !== null) k.body = bodyBefore(text, k.index) ?? k.body;
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

type Groups = Record<string, string | undefined>;

/** The targets one short number stands for (several for "51/211 A à D"), given its body. */
function shortTargets(context: ShortNumberContext, g: Groups, body: IssuingBody | null, ecosoc: () => boolean): { target: string; kind: CitationKind }[] {
  if (context === null || body === 'other') return [];
  if (g.sc !== undefined) {
    // "2334 (2016)": only the Security Council numbers its resolutions with a year in brackets
    return context === 'resolution' ? [{ target: securityCouncilResolutionSymbol(Number(g.sc), Number(g.year)), kind: 'security-council-resolution' }] : [];
  }
  if (g.on !== undefined) {
    const era = (g.era ?? '').replace(/[\u2010\u2011]/g, '-');
    if (context !== 'resolution') return [];
    if (body === 'ecosoc') return [{ target: `E/RES/${g.on}(${era})`, kind: 'ecosoc-resolution' }];
    return [{ target: gaEraResolutionSymbol(Number(g.on), era, g.op ?? null), kind: 'resolution' }];
  }
  const a = Number(g.a);
  const b = Number(g.b);
  const special = g.ss === undefined ? null : `${g.ss.slice(0, -1)}-${a}`;
  if (special === null && isYearNumber(a, b)) {
    if (body !== 'ecosoc' && !(body === null && ecosoc())) return [];
    return context === 'resolution'
      ? [{ target: ecosocResolutionSymbol(a, b), kind: 'ecosoc-resolution' }]
      : [{ target: ecosocDecisionSymbol(a, b), kind: 'decision' }];
  }
  if (special === null && !isGaNumber(a, b)) return [];
  const session = special ?? a;
  if (body === 'hrc') {
    return context === 'resolution'
      ? [{ target: hrcResolutionSymbol(session, b), kind: 'hrc-resolution' }]
      : [{ target: hrcDecisionSymbol(session, b), kind: 'decision' }];
  }
  if (context === 'decision') return [{ target: gaDecisionSymbol(session, b), kind: 'decision' }];
  const parts = expandParts(g.parts);
  if (parts.length === 0) return [{ target: gaResolutionSymbol(session, b), kind: 'resolution' }];
  return parts.map((p) => ({ target: gaResolutionSymbol(session, b, p), kind: 'resolution' as const }));
}

/** The body named right after a number (and its date): "34/8 du Conseil des droits de l'homme". */
function bodyAfter(text: string, end: number): IssuingBody | null {
  const m = BODY_AFTER.exec(fold(text.slice(end, end + 80)));
  return m ? bodyIn(m[0]) : null;
}

interface ShortItem {
  m: RegExpMatchArray;
  index: number;
  end: number;
  keyword: Keyword;
  date: DateMatch | null;
  /** the body named after this item */
  after: IssuingBody | null;
}

function findShortNumbers(text: string, dates: Dates): FoundCitation[] {
  const items: ShortItem[] = [];
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
    const gap = gapWithoutDates(text, anchor, index, dates());
    if (!gapContinues(gap)) {
      anchor = -1;
      continue;
    }
    if (anchor === keyword.end && keyword.body === null) keyword.body = bodyIn(fold(gap));
    const end = index + m[0].length;
    const date = dateAfter(text, end, dates());
    const tail = date ? date.index + date.text.length : end;
    items.push({ m, index, end, keyword, date, after: bodyAfter(text, tail) });
    anchor = tail;
  }
  // a body named after an item qualifies the items of its list before it:
  // "résolutions 34/8 et 35/2 du Conseil des droits de l'homme"
  const bodies = items.map((it) => it.after);
  for (let i = items.length - 2; i >= 0; i--) {
    if (bodies[i] === null && items[i]?.keyword === items[i + 1]?.keyword) bodies[i] = bodies[i + 1] ?? null;
  }
  const out: FoundCitation[] = [];
  items.forEach((it, i) => {
    const body = it.keyword.body ?? bodies[i] ?? null;
    const g = (it.m.groups ?? {}) as Groups;
    const ecosoc = (): boolean => ecosocSentence(text, it.keyword.index, it.end);
    for (const found of shortTargets(it.keyword.context, g, body, ecosoc)) {
      out.push({ ...found, asWritten: it.m[0], date: it.date?.date ?? null, index: it.index, end: it.end });
    }
  });
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
