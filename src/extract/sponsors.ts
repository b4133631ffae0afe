/**
 * Sponsors: who put a draft forward.
 *
 *  - a draft's heading: "Azerbaïdjan, Bélarus, … et Zimbabwe : projet de résolution";
 *  - a committee report: "… (A/C.1/75/L.4) au nom des pays suivants : …" (role sponsor) and
 *    "Par la suite, les pays suivants se sont joints aux auteurs du projet de résolution : …"
 *    (role additional), each list tied to the draft symbol named before it in the paragraph.
 *
 * Pure: text in, rows out. Unknown names are kept (country null) with a warning.
 */
import { countryListEnd } from '../lexicon/countries.js';
import { draftHeadingPattern, SPONSOR_LIST_PHRASES, sponsorPhrasePattern } from '../lexicon/sponsors-fr.js';
import { documentSymbolPattern, normaliseSymbol, symbolKind } from '../lexicon/symbols.js';
import type { Sponsor, SponsorRole, Warning } from '../types.js';
import { resolveList, resolvedShare } from './names.js';

const HEADING_RE = draftHeadingPattern();
const PHRASE_RE = sponsorPhrasePattern();
const SYMBOL_RE = new RegExp(documentSymbolPattern(), 'g');

/** Least share of known State names for a heading to count as a sponsor list. */
const MIN_HEADING_SHARE = 0.5;

/** The sponsors of a draft's heading, or null when the text is not such a heading. */
export function sponsorsFromHeading(text: string, warnings: Warning[] = [], paragraph?: number | null): Sponsor[] | null {
  if (!text.includes(':')) return null; // the heading's colon: most paragraphs are not tried
  const m = HEADING_RE.exec(text.trim());
  const list = m?.[1];
  if (!list || resolvedShare(list) < MIN_HEADING_SHARE) return null;
  return resolveList(list, 'sponsor', warnings, paragraph).map((r) => ({ ...r, role: 'sponsor' as const }));
}

export interface SponsorGroup {
  role: SponsorRole;
  /** the draft the list belongs to (the last draft symbol named before it), or null */
  draft: string | null;
  sponsors: Sponsor[];
}

/** Draft symbols ("A/C.1/75/L.4") named in a text, with their offsets. */
function draftSymbols(text: string): { symbol: string; index: number }[] {
  const out: { symbol: string; index: number }[] = [];
  for (const m of text.matchAll(SYMBOL_RE)) {
    const symbol = normaliseSymbol(m[0]);
    if (symbol && symbolKind(symbol) === 'draft') out.push({ symbol, index: m.index ?? 0 });
  }
  return out;
}

/**
 * The sponsor lists a report paragraph states. `previousDraft` is the draft the preceding
 * paragraphs were about (a list with no symbol before it in its paragraph belongs to it).
 */
export function sponsorGroupsInText(text: string, warnings: Warning[] = [], paragraph?: number | null, previousDraft: string | null = null): SponsorGroup[] {
  const groups: SponsorGroup[] = [];
  if (!text.includes(':')) return groups; // every phrase ends with a colon
  let drafts: ReturnType<typeof draftSymbols> | null = null; // found at the first phrase
  for (const m of text.matchAll(PHRASE_RE)) {
    drafts ??= draftSymbols(text);
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const role = SPONSOR_LIST_PHRASES[group - 1]?.[1] ?? 'sponsor';
    const start = (m.index ?? 0) + m[0].length;
    const list = text.slice(start, countryListEnd(text, start));
    const before = drafts.filter((d) => d.index < (m.index ?? 0)).pop();
    const draft = before?.symbol ?? groups.at(-1)?.draft ?? previousDraft;
    const sponsors = resolveList(list, 'sponsor', warnings, paragraph).map((r) => ({ ...r, role }));
    if (sponsors.length > 0) groups.push({ role, draft, sponsors });
  }
  return groups;
}

/** Two symbols of the same draft: "A/C.1/75/L.8" and "A/C.1/75/L.8/Rev.1". */
export function sameDraft(a: string, b: string): boolean {
  const base = (s: string): string => s.replace(/(?:\/(?:Rev|Corr|Add)\.\d+)+$/i, '');
  return base(a) === base(b);
}
