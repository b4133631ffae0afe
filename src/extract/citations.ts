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
import { codePointOffset } from '../text/offsets.js';
import { findFrenchDates, type DateMatch } from '../lexicon/months.js';
import {
  ANNEX_BEFORE,
  DOCUMENT_NOUNS,
  NON_REPORT_SUPPLEMENTS,
  SUPPLEMENT_BEFORE,
  adoptedSymbolSession,
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
  gaSessionFitsYear,
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

/** What every URL of URL holds (same flags): most texts have none, and the scan is skipped. */
const URL_HINT = /https?:\/\/|www\.|undocs\.org\//i;

/** Replace URLs by spaces (same length, so offsets stay valid). */
function maskUrls(text: string): string {
  if (!URL_HINT.test(text)) return text;
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

/** How far back the noun that names a symbol's document is looked for. */
const MAX_NOUN_GAP = 200;

/**
 * Is the document symbol at `index` a report, by what its sentence calls it: the last document
 * noun before it is "rapport(s)" ("Prenant note du rapport du Secrétaire général (A/75/123)",
 * "rapports … (A/78/502, A/78/529 et A/78/554)"), or it is a supplement of the Official
 * Records that holds a body's report ("Supplément no 53 (A/74/53)").
 */
function namedReport(text: string, index: number): boolean {
  const before = fold(text.slice(Math.max(0, index - MAX_NOUN_GAP), index));
  const supplement = SUPPLEMENT_BEFORE.exec(before);
  if (supplement) return !NON_REPORT_SUPPLEMENTS.includes(Number(supplement[1]));
  const sentence = before.slice(before.search(/[.;:!?][^.;:!?]*$/) + 1);
  let last: string | null = null;
  for (const m of sentence.matchAll(DOCUMENT_NOUNS)) last = m[1] ?? null;
  return last === 'rapport' || last === 'rapports';
}

function findDocumentSymbols(text: string, dates: Dates): FoundCitation[] {
  const out: FoundCitation[] = [];
  // every symbol has a slash: most texts are decided without running the symbol pattern (issue 14: add no slower)
  if (!text.includes('/')) return out;
  const suffixRe = SUFFIX_RE;
  for (const m of text.matchAll(SYMBOL_RE)) {
    const target = canonicalSymbol(m[0]);
    const index = m.index ?? 0;
    let end = index + m[0].length;
    let kind = symbolKind(target);
    if (kind === 'document' && namedReport(text, index)) kind = 'report';
    const own: FoundCitation = { target, kind, asWritten: m[0], date: null, index, end };
    out.push(own);
    // "A/55/140 et Corr.1 et Add.1": each suffix is a document of its own
    suffixRe.lastIndex = end;
    for (let s = suffixRe.exec(text); s; s = suffixRe.exec(text)) {
      const suffix = s[1] ?? '';
      const sub = normaliseSymbol(`${target}/${suffix}`) ?? `${target}/${suffix}`;
      // a report's addendum or corrigendum is part of the report
      const subKind = kind === 'report' && symbolKind(sub) === 'document' ? 'report' : symbolKind(sub);
      out.push({ target: sub, kind: subKind, asWritten: suffix, date: null, index: end + s[0].indexOf(suffix), end: end + s[0].length });
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
  /** where the quoted title that holds the keyword closes ("intitulée « Application des décisions prises … »"), else null */
  quoteEnd: number | null;
}

/** The end (index of "»") of the «…» title around `index`, or null. */
function quoteEndAround(text: string, index: number): number | null {
  for (const q of text.matchAll(/«[^«»]*»/gu)) {
    const start = q.index ?? 0;
    if (start > index) break;
    if (index < start + q[0].length) return start + q[0].length - 1;
  }
  return null;
}

const CONTEXT_RE = citationContextPattern();
/**
 * Can a text hold a keyword? The keywords' words without their boundaries, same flags: true of
 * every text CONTEXT_RE finds one in. Most paragraphs have none, and then the short-number scan
 * (the costliest pattern of `add`, issue 14) is not run at all.
 */
const ANY_KEYWORD = new RegExp(CITATION_CONTEXTS.map(([s]) => s).join('|'), 'iu');
const SHORT_RE = new RegExp(shortNumberPattern(), 'gu');
const BODY_RES = BODY_PHRASES.map(([source, body]) => [new RegExp(`(?<![a-z])(?:${source})(?![a-z])`), body] as const);
/** "34/8 du Conseil des droits de l'homme", "2220 (2015) du Conseil de sécurité" (folded). */
const BODY_AFTER = new RegExp(`^\\s*,?\\s*(?:du|de la|de l'|adoptees? par (?:le|la|l'))\\s*(?:${BODY_PHRASES.map(([s]) => `(?:${s})`).join('|')})(?![a-z])`);
/**
 * "le Conseil des droits de l'homme, dans sa résolution", "créée par le Conseil des droits de
 * l'homme dans sa résolution", "le Conseil de sécurité a, par sa résolution": the body is the
 * subject (folded, up to the keyword).
 */
const SUBJECT_BEFORE = new RegExp(`(?<![a-z])(?:le|la|l'|par le|par la|par l'|du|de la|de l') ?(?:${BODY_PHRASES.map(([s]) => `(?:${s})`).join('|')})(?:,? [^.;:(),]{0,30}?)?,? (?:(?:dans|par) (?:sa|ses)|a adopte (?:la|les)) ?$`);
/**
 * The body as the agent of an adoption: "l’adoption, le 19 mai 2016, par la Commission
 * économique et sociale pour l’Asie et le Pacifique, à sa soixante-douzième session, de la
 * résolution 72/7" (79/212).
 */
const AGENT_BEFORE = new RegExp(`(?<![a-z])par (?:le|la|l') ?(?:${BODY_PHRASES.map(([s]) => `(?:${s})`).join('|')})(?:,? [^.;:(),]{0,40}?)?,? (?:de la|des) ?$`);
/** "résolution 31/18 du Conseil, en date du 23 mars 2016": the Council named before (77/226). */
const THE_COUNCIL_AFTER = /^\s*,?\s*du conseil(?![a-z])/;
const COUNCILS = /conseil (?:de securite|des droits de l'homme|economique et social)/g;

/** The body a folded phrase names, or null (also when it names two: "de l'Assemblée et du Conseil"). */
function bodyIn(folded: string): IssuingBody | null {
  let found: IssuingBody | null = null;
  for (const [re, body] of BODY_RES) {
    if (!re.test(folded)) continue;
    if (found !== null && found !== body) return null;
    found = body;
  }
  return found;
}

/** The body stated just before a keyword: an annex of another text, a subject, or the HRC's report. */
/**
 * "CBD/COP/15/17, décision 15/4", "Supplément no 4 (E/2013/24), chap. I, sect. C, décision
 * 44/114" (75/220): a keyword right after a document symbol, or after the chapter and section
 * of the report it names, is that report's body's (not the Assembly's own Supplement 49).
 */
const SYMBOL_BEFORE = new RegExp(`(?:${documentSymbolPattern()})\\)?(?:,?\\s*(?:chap|sect|annexe|vol)\\.?\\s*[IVXLA-Z\\d]{1,6}\\.?)*,\\s*$`, 'u');

const SYMBOL_ANNEX_BEFORE = new RegExp(`(?:${documentSymbolPattern()})\\)?,?\\s*annexes?[^,;.()]{0,12},?\\s*$`, 'u');

function bodyBefore(text: string, index: number): IssuingBody | null {
  const raw = text.slice(Math.max(0, index - 120), index);
  const symbol = SYMBOL_BEFORE.exec(raw);
  // the Assembly's own resolutions (Supplement 49) and the Human Rights Council's report (53)
  if (symbol && /^A\/\d+\/53\b/.test(symbol[0])) return 'hrc';
  if (symbol && !/^A\/\d+\/49\b/.test(symbol[0])) return 'other';
  const before = fold(raw);
  // "(A/56/1026-S/2002/932, annexe II, résolution 14/221)": another body's text annexed to a
  // document; not "Résolution 78/3, annexe, résolution 78/4" (the Assembly's own, 78/162)
  if (ANNEX_BEFORE.test(before) && SYMBOL_ANNEX_BEFORE.test(raw)) return 'other';
  const subject = SUBJECT_BEFORE.exec(before) ?? AGENT_BEFORE.exec(before);
  // not across a relative clause: "la Commission de la fonction publique internationale
  // qu’elle a adoptées à sa soixante-dix-septième session dans sa résolution 77/256 A" (78/69)
  if (subject && !/(?<![a-z])(?:qu'|que |qui )/.test(subject[0])) return bodyIn(subject[0]);
  return null;
}

/** Most characters over which a keyword's body reaches the next keyword or its first number. */
const MAX_HANDOVER = 160;

function findKeywords(text: string): Keyword[] {
  const out: Keyword[] = [];
  for (const m of text.matchAll(CONTEXT_RE)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const entry = CITATION_CONTEXTS[group - 1];
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, context: entry ? entry[1] : null, body: null, quoteEnd: text.includes('«') ? quoteEndAround(text, index) : null });
  }
  // "Supplément no 53 (A/72/53), chap. IV, sect. A, 37/38": the HRC's report gives the meaning
  for (const m of text.matchAll(HRC_REPORT_SOURCE)) {
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, context: 'resolution', body: 'hrc', quoteEnd: null });
  }
  out.sort((a, b) => a.index - b.index);
  out.forEach((k, i) => {
    if (k.context === null) return;
    k.body = bodyBefore(text, k.index) ?? k.body;
    // "les résolutions du Conseil des droits de l'homme sur la question, notamment la
    // résolution 48/5": a keyword with no number of its own hands its body to the next one,
    // a decision's to a resolution too ("les résolutions et décisions du Conseil des droits de
    // l’homme, dont les plus récentes sont les résolutions 47/1 …", 76/180)
    const prev = out[i - 1];
    if (k.body === null && prev?.body && k.index - prev.end <= MAX_HANDOVER) {
      const between = text.slice(prev.end, k.index);
      if (!/\d/.test(between) && !STRONG_STOP.test(between)) k.body = prev.body;
    }
    if (k.body === null) {
      const next = out[i + 1]?.index ?? Infinity;
      const after = text.slice(k.end, Math.min(next, k.end + MAX_HANDOVER));
      const digit = after.search(/\d/);
      const named = digit < 0 ? after : after.slice(0, digit);
      if (!STRONG_STOP.test(named)) k.body = bodyIn(fold(named));
    }
  });
  return out;
}

const FILLERS = new RegExp(`(?:^|\\s)(?:${LIST_FILLERS.join('|')})(?=\\s|$)`, 'g');
const STRONG_STOP = /[.;:!?«»()]/;
/** A gap longer than this cannot hold a few separators, dates and filler words. */
const MAX_GAP_CHARS = 160;

/** Longest gap over which a list goes on when the gap ends in a list separator. */
const MAX_LONG_GAP_CHARS = 400;
/** Abbreviations whose period ends no sentence: "chap. IV, sect. A, par. 61 à 76". */
const ABBREVIATION_DOT = /(?<![\p{L}])(?:chap|sect|par|paras?|vol|p|pp|no|n°|art|al|suppl|Add|Corr|Rev|Amend|L|C|AC|CONF)\.(?=\s|\d)/giu;
/** A sentence or clause end: a period (not of a symbol "A/76/L.30" or a number), "!", "?", ":". */
const SENTENCE_END = /[!?:]|\.(?!\d)/;
/** The gap ends where a list goes on: ", ", "; ", " et ", ", ainsi que ", " ou ". */
const LIST_SEPARATOR_END = /(?:[,;]|(?<![\p{L}])(?:et|ainsi que|ou))\s*$/u;

/**
 * Can a list of citations continue across this gap? Only separators, dates, a few filler
 * words ("de l'Assemblée générale"), and at most MAX_GAP_WORDS other words; no sentence end.
 * A longer gap that describes the item before it ("76/250 du 20 janvier 2022 sur la négation
 * de l'Holocauste, 76/254 …", "58/111 B, sect. IV, par. 61 à 76 ; 59/126 B") continues the list
 * when it ends in a separator and holds no sentence end outside a quoted title.
 */
function gapContinues(gap: string): boolean {
  if (gap.length > MAX_LONG_GAP_CHARS) return false;
  if (gap.length <= MAX_GAP_CHARS && !STRONG_STOP.test(gap)) {
    const rest = fold(gap)
      .replace(/[,]/g, ' ')
      .replace(FILLERS, ' ')
      .trim();
    if (rest === '' || rest.split(/\s+/).length <= MAX_GAP_WORDS) return true;
  }
  const plain = gap.replace(/«[^«»]*»/g, ' ').replace(ABBREVIATION_DOT, ' ');
  return !SENTENCE_END.test(plain) && LIST_SEPARATOR_END.test(plain);
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
    // "la résolution 155 C (VII) du Conseil économique et social" → E/RES/155C(VII)
    if (body === 'ecosoc') return [{ target: `E/RES/${g.on}${g.op ?? ''}(${era})`, kind: 'ecosoc-resolution' }];
    return [{ target: gaEraResolutionSymbol(Number(g.on), era, g.op ?? null), kind: 'resolution' }];
  }
  const a = Number(g.a);
  const b = Number(g.b);
  const special = g.ss === undefined ? null : `${g.ss.slice(0, -1)}-${a}`;
  if (special === null && isYearNumber(a, b)) {
    // a resolution numbered by year with no other body named is ECOSOC's: of the bodies the
    // Assembly cites, only the Council numbers its resolutions so ("les résolutions 2013/38 du
    // 25 juillet 2013 et 2019/23", 76/185); year-numbered decisions are also the executive
    // boards' (UNDP, UNICEF), so a decision needs the Council named
    const ecosocOwn = body === 'ecosoc' || (body === null && (context === 'resolution' || ecosoc()));
    if (!ecosocOwn) return [];
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
  const after = fold(text.slice(end, end + 80));
  const m = BODY_AFTER.exec(after);
  if (m) return bodyIn(m[0]);
  if (!THE_COUNCIL_AFTER.test(after)) return null;
  const named = [...fold(text.slice(Math.max(0, end - MAX_SENTENCE), end)).matchAll(COUNCILS)].at(-1);
  return named ? bodyIn(named[0]) : null;
}

/** "la décision 18/120 du Conseil des droits de l'homme, en date du 30 septembre 2011, et les résolutions 24/14": "les" goes on with the Council. */
const ARTICLE_BEFORE = /(?:^|[\s,])(?:la|les|des|aux?)\s*$/iu;
/** Most characters between the last item of a list and a keyword that goes on with its body. */
const MAX_INHERIT_GAP = 80;

/**
 * A keyword that names no body and follows, in the same sentence, an item of another body,
 * with an article ("la", "les") rather than "sa"/"ses" (the Assembly's own), takes its body.
 */
function inheritBody(text: string, keyword: Keyword, last: ShortItem | undefined): void {
  if (keyword.body !== null || keyword.context === null || !last) return;
  const body = last.after ?? last.keyword.body;
  if (body === null || body === 'ga' || body === 'other') return;
  if (keyword.index < last.end || keyword.index - last.end > MAX_INHERIT_GAP) return;
  const between = text.slice(last.end, keyword.index);
  if (STRONG_STOP.test(between.replace(/\b(?:en date )?du \d{1,2}(?:er)? \p{L}+ \d{4}/gu, ' '))) return;
  if (ARTICLE_BEFORE.test(between)) keyword.body = body;
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

/**
 * Can a text hold a short number under a keyword? Every short number has a "/" ("75/240") or a
 * "(" ("2625 (XXV)", "2334 (2016)"), and a number is only taken after a keyword of CONTEXT_RE
 * or an HRC report's symbol (HRC_REPORT_SOURCE: "(A/72/53)").
 */
function mayHoldShortNumbers(text: string): boolean {
  if (!text.includes('/') && !text.includes('(')) return false;
  return ANY_KEYWORD.test(text) || text.includes('/53');
}

function findShortNumbers(text: string, dates: Dates): FoundCitation[] {
  if (!mayHoldShortNumbers(text)) return [];
  const items: ShortItem[] = [];
  let keywords: Keyword[] | null = null; // found at the first number: most texts have none
  let k = 0;
  let keyword: Keyword | null = null;
  /** where the current list stands: the end of the keyword or of the last item taken */
  let anchor = -1;
  /** the list a quoted title interrupts: "ses résolutions 75/224 …, intitulée « Application des décisions prises … », 76/202" */
  let outer: { keyword: Keyword | null; anchor: number } | null = null;
  for (const m of text.matchAll(SHORT_RE)) {
    const index = m.index ?? 0;
    keywords ??= findKeywords(text);
    while (k < keywords.length && (keywords[k]?.end ?? Infinity) <= index) {
      const next = keywords[k] ?? null;
      if (next?.quoteEnd == null) outer = null;
      else outer ??= { keyword, anchor };
      keyword = next;
      anchor = keyword?.end ?? -1;
      k++;
      if (keyword) inheritBody(text, keyword, items.at(-1));
    }
    // a keyword inside a title governs the title only (77/161); after it the list goes on
    if (keyword?.quoteEnd != null && index > keyword.quoteEnd && outer) {
      keyword = outer.keyword;
      anchor = outer.anchor;
      outer = null;
    }
    if (keyword === null || anchor < 0) continue;
    const gap = gapWithoutDates(text, anchor, index, dates());
    if (!gapContinues(gap)) {
      anchor = -1;
      continue;
    }
    const end = index + m[0].length;
    const date = dateAfter(text, end, dates());
    const tail = date ? date.index + date.text.length : end;
    items.push({ m, index, end, keyword, date, after: bodyAfter(text, tail) });
    anchor = tail;
  }
  respectiveDates(text, items, dates());
  // a body named after an item qualifies the items of its list before it:
  // "résolutions 34/8 et 35/2 du Conseil des droits de l'homme"
  const bodies = items.map((it) => it.after);
  for (let i = items.length - 2; i >= 0; i--) {
    if (bodies[i] === null && items[i]?.keyword === items[i + 1]?.keyword) bodies[i] = bodies[i + 1] ?? null;
  }
  const out: FoundCitation[] = [];
  items.forEach((it, i) => {
    // the body named right after the item first: "la résolution 2018/18 du Conseil économique et social"
    const body = it.after ?? it.keyword.body ?? bodies[i] ?? null;
    const g = (it.m.groups ?? {}) as Groups;
    const ecosoc = (): boolean => ecosocSentence(text, it.keyword.index, it.end);
    for (const found of shortTargets(it.keyword.context, g, body, ecosoc)) {
      out.push({ ...found, asWritten: it.m[0], date: it.date?.date ?? null, index: it.index, end: it.end });
    }
  });
  shareListDates(text, out);
  return out.filter(fitsItsDate);
}

/** A General Assembly number whose stated date is years from its session is another body's: "décisions 2/1 et 2/2 du 8 juin 2023". */
function fitsItsDate(c: FoundCitation): boolean {
  const session = adoptedSymbolSession(c.target);
  return session === null || c.date === null || gaSessionFitsYear(session, Number(c.date.slice(0, 4)));
}

/** What joins the dates of a list stated together: "du 20 décembre 2005, du 29 octobre 2010 et du 26 avril 2018". */
const DATE_JOIN = /^\s*(?:,\s*(?:et\s+)?|et\s+)(?:du|le)\s+$/u;

/**
 * "ses résolutions 60/180, 65/7 et 72/276, en date du 20 décembre 2005, du 29 octobre 2010 et
 * du 26 avril 2018" (75/201): dates listed after a list are its items' in order, not all the
 * last item's.
 */
function respectiveDates(text: string, items: ShortItem[], dates: readonly DateMatch[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (!it?.date) continue;
    const chain = [it.date];
    for (let d = firstDateFrom(dates, it.date.index + 1); d < dates.length; d++) {
      const prev = chain[chain.length - 1]!;
      const next = dates[d]!;
      if (!DATE_JOIN.test(text.slice(prev.index + prev.text.length, next.index))) break;
      chain.push(next);
    }
    const first = i - chain.length + 1;
    if (chain.length < 2 || first < 0) continue;
    const list = items.slice(first, i + 1);
    if (list.some((x, j) => x.keyword !== it.keyword || (j < list.length - 1 && x.date !== null))) continue;
    list.forEach((x, j) => { x.date = chain[j] ?? null; });
  }
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
  // a full symbol has a "/", a short number a "/" or a "(" (masking URLs adds neither): most
  // paragraphs have neither and cite nothing (issue 14: add no slower)
  if (!text.includes('/') && !text.includes('(')) return [];
  const masked = maskUrls(text);
  const dates = lazyDates(masked);
  const all = [...findDocumentSymbols(masked, dates), ...findShortNumbers(masked, dates)];
  return all.sort((x, y) => x.index - y.index);
}

/**
 * The symbols a user's reference names, in any form a text writes it (issue 15): a symbol
 * ("S/PRST/2022/6", "a/c.1/75/l.8/rev.1"), a short form ("2625 (XXV)", "2334 (2016)",
 * "2013/38"), or a phrase of running text ("décision 60/522", "résolution 34/8 du Conseil des
 * droits de l'homme", "51/211 A à D" → its four parts). Empty when it names none.
 */
export function referenceTargets(ref: string): string[] {
  const symbol = normaliseSymbol(ref);
  if (symbol) return [symbol];
  const read = (text: string): string[] => [...new Set(citationsInText(text).map((c) => c.target))];
  const phrase = read(ref);
  // a bare number with parts reads as running text does after "résolution"
  return phrase.length > 0 ? phrase : /^\s*(?:E?S[-‐‑])?\d/u.test(ref) ? read(`résolution ${ref}`) : [];
}

/**
 * A paragraph that starts mid-sentence ("18 décembre 2009, 65/182 du 21 décembre 2010, …",
 * "2011, 2082 (2012) et 2083 (2012) …"): a page break split it from the one before, whose
 * keyword its list continues. Not a paragraph label ("a)", "1.").
 */
const CONTINUED = /^\s*(?:\p{Ll}(?!\))|\d+(?![.)\d]))/u;
/** How much of the paragraph before is read for the keyword of a continued list. */
const CARRY = 400;

/** The citations of a paragraph, read after the tail of the paragraph before when it continues it. */
function citationsAfter(previous: string | null, text: string): FoundCitation[] {
  if (previous === null || !CONTINUED.test(text)) return citationsInText(text);
  const tail = `${previous.slice(-CARRY)} `;
  return citationsInText(tail + text)
    .filter((c) => c.index >= tail.length)
    .map((c) => ({ ...c, index: c.index - tail.length, end: c.end - tail.length }));
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
  const add = (found: FoundCitation, text: string, paragraph: number | null, footnote: string | null): void => {
    if (self.has(found.target)) return;
    const key = `${found.target}\u0000${paragraph ?? ''}\u0000${footnote ?? ''}`;
    const prev = seen.get(key);
    if (prev) {
      prev.date ??= found.date;
      return;
    }
    // the span of its first occurrence in the text (a second one in the same text adds no row)
    const row: Citation = {
      target: found.target, kind: found.kind, as_written: found.asWritten, paragraph_n: paragraph, date: found.date,
      span_start: codePointOffset(text, found.index), span_end: codePointOffset(text, found.end),
    };
    if (footnote !== null) row.footnote = footnote;
    seen.set(key, row);
    out.push(row);
  };
  let previous: string | null = null;
  for (const p of paragraphs) {
    for (const c of citationsAfter(previous, p.text)) add(c, p.text, p.n, null);
    previous = p.text;
  }
  for (const f of footnotes) for (const c of citationsInText(f.text)) add(c, f.text, f.paragraph, f.marker);
  return out;
}
