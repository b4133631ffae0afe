/**
 * One document as the CLI read it, scored against the truth (issue 14): counts per kind,
 * operative numbers, leads, text, sub-paragraphs, footnotes, symbol, session, date.
 *
 * Paragraphs are paired before they are compared: first the longest common subsequence of
 * equal texts, then, between two such anchors, the remaining ones in order — so that one merged
 * or split paragraph costs its own neighbourhood, not every paragraph after it.
 */
import { fold } from '../../src/text/fold.js';
import type { Truth, TruthParagraph } from './truth.js';

export type Format = 'akn' | 'markdown' | 'pdf';
export const FORMATS: Format[] = ['akn', 'markdown', 'pdf'];

/** A paragraph of `export --json` (the document model, snake_case). */
export interface ParsedParagraph {
  kind: string;
  number: string | null;
  lead: string | null;
  text: string;
  footnotes: string[];
  /** the path of headings it sits under (`Annexe II > Préambule`) */
  section?: string | null;
}

export interface ParsedFootnote {
  marker: string;
  text: string;
}

export interface ParsedDocument {
  symbol: string | null;
  session: number | null;
  date: string | null;
  paragraphs: ParsedParagraph[];
  footnotes: ParsedFootnote[];
  parts?: ParsedDocument[];
}

/** The metrics, in the order they are printed. */
export const METRICS = [
  'preambular_count',
  'operative_count',
  'subparagraph_count',
  'operative_numbers',
  'kinds',
  'leads',
  'text',
  'subparagraphs',
  'footnote_count',
  'footnote_markers',
  'footnote_text',
  'footnote_refs',
  'symbol',
  'session',
  'date',
] as const;
export type Metric = (typeof METRICS)[number];

/** Paragraph-level metrics count paragraphs (or footnotes); the others count documents. */
export const PER_ITEM: ReadonlySet<Metric> = new Set(['kinds', 'leads', 'text', 'footnote_text', 'footnote_refs']);

/** The metrics of the "paragraph structure fully right" (its table of 96.5/40/32 %). */
export const STRUCTURE: readonly Metric[] = [
  'preambular_count', 'operative_count', 'subparagraph_count', 'operative_numbers', 'leads',
  'footnote_count', 'footnote_markers',
];

export interface Score {
  /** per metric: items right, items scored */
  tally: Record<Metric, [number, number]>;
  /** per metric: the first difference, when there is one */
  first: Partial<Record<Metric, string>>;
}

const SCORED = new Set(['preambular', 'operative', 'subparagraph']);

/** Words and punctuation marks after the search folding: spacing and case do not count. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

const keys = new Map<string, string>();

/** The folded words of a text as one string (memoised: the scorer asks for one text many times). */
function key(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    k = words(text).join(' ');
    if (keys.size > 200_000) keys.clear();
    keys.set(text, k);
  }
  return k;
}

/** A heading of the section path that opens an annex: "Annexe", "Annexe II". */
const ANNEX_SECTION = /(?:^|> )Annexe\b/u;

/**
 * The truth does not score annexes (docs/accuracy.md): nor is a paragraph the parser gives a
 * resolution's preambular or operative kind inside one. The AKN front-end reads the paragraphs
 * under an annexed treaty's or declaration's "Préambule" as preambular, by design (79/243's
 * Convention, test/structure/akn-79-243.test.ts); in 77/104 and 79/1 they were counted with the
 * resolution's own. An annex's sub-paragraphs stay scored, as the truth scores them.
 */
function inAnnex(p: ParsedParagraph): boolean {
  return (p.kind === 'preambular' || p.kind === 'operative') && p.section != null && ANNEX_SECTION.test(p.section);
}

/** Every scored paragraph and every footnote of a document and of its parts, in order. */
function flat(doc: ParsedDocument): { paragraphs: ParsedParagraph[]; footnotes: ParsedFootnote[] } {
  const paragraphs = doc.paragraphs.filter((p) => !inAnnex(p));
  const footnotes = [...doc.footnotes];
  for (const part of doc.parts ?? []) {
    const f = flat(part);
    paragraphs.push(...f.paragraphs);
    footnotes.push(...f.footnotes);
  }
  return { paragraphs, footnotes };
}

/** Pairs truth paragraphs with parsed ones: LCS on the folded text, then in order in each gap. */
export function pair(truth: TruthParagraph[], parsed: ParsedParagraph[]): Array<ParsedParagraph | null> {
  const a = truth.map((p) => key(p.text));
  const b = parsed.map((p) => key(p.text));
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const out: Array<ParsedParagraph | null> = new Array(n).fill(null);
  let i = 0;
  let j = 0;
  let gapI: number[] = [];
  let gapJ: number[] = [];
  const closeGap = (): void => {
    // in a gap, parsed paragraphs of a scored kind first: a header line read as "text" is debris
    const scored = gapJ.filter((k) => SCORED.has(parsed[k]!.kind));
    const pool = scored.length >= gapI.length ? scored : gapJ;
    gapI.forEach((t, k) => {
      const q = pool[k];
      if (q !== undefined) out[t] = parsed[q]!;
    });
    gapI = [];
    gapJ = [];
  };
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      closeGap();
      out[i] = parsed[j]!;
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) gapI.push(i++);
    else gapJ.push(j++);
  }
  while (i < n) gapI.push(i++);
  while (j < m) gapJ.push(j++);
  closeGap();
  return out;
}

const sameLead = (a: string, b: string): boolean => a.replace(/[’']/gu, "'").replace(/\s+/gu, ' ').trim() === b.replace(/[’']/gu, "'").replace(/\s+/gu, ' ').trim();

/**
 * In PDF text there are no italics: a lead that stops early at a word boundary is accepted
 * ("Prenant note" for *Prenant note avec satisfaction*, "Constate" for *Constate, avec un immense
 * regret*); a missing or different one is not.
 */
function leadRight(truth: string, parsed: string | null, format: Format): boolean {
  if (parsed === null || parsed.trim() === '') return false;
  if (sameLead(truth, parsed)) return true;
  if (format !== 'pdf') return false;
  const t = truth.replace(/[’']/gu, "'");
  const p = parsed.replace(/[’']/gu, "'").trim();
  // a comma closes a word too: "Constate" for *Constate, avec un immense regret* (79/138)
  return t.startsWith(p) && (t[p.length] === ' ' || t[p.length] === ',');
}

const show = (text: string | null | undefined, max = 90): string => {
  if (text === null || text === undefined) return 'null';
  const t = text.replace(/\s+/gu, ' ');
  return JSON.stringify(t.length > max ? `${t.slice(0, max)}…` : t);
};

/** Where two word lists first differ, as "…context⟦truth|parsed⟧". */
function wordDiff(truth: string, parsed: string): string {
  const a = words(truth);
  const b = words(parsed);
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  const before = a.slice(Math.max(0, k - 5), k).join(' ');
  return `…${before} ⟦truth: ${a.slice(k, k + 8).join(' ') || '∅'} | parsed: ${b.slice(k, k + 8).join(' ') || '∅'}⟧`;
}

export function score(truth: Truth, doc: ParsedDocument | null, format: Format): Score {
  const tally = Object.fromEntries(METRICS.map((m) => [m, [0, 0]])) as unknown as Record<Metric, [number, number]>;
  const first: Partial<Record<Metric, string>> = {};
  const mark = (metric: Metric, ok: boolean, why: () => string): void => {
    tally[metric][1]++;
    if (ok) tally[metric][0]++;
    else if (first[metric] === undefined) first[metric] = why();
  };
  const { paragraphs: all, footnotes } = doc ? flat(doc) : { paragraphs: [], footnotes: [] };
  const missing = doc === null ? 'the document is missing (add failed)' : '';

  for (const kind of ['preambular', 'operative', 'subparagraph'] as const) {
    const t = truth.paragraphs.filter((p) => p.kind === kind).length;
    const p = all.filter((q) => q.kind === kind).length;
    mark(`${kind}_count`, t === p, () => missing || `${t} in the truth, ${p} parsed`);
  }
  const numbers = (ps: Array<{ kind: string; number: string | null }>, kind: string): string =>
    ps.filter((p) => p.kind === kind).map((p) => p.number ?? '·').join(' ');
  {
    const t = numbers(truth.paragraphs, 'operative');
    const p = numbers(all, 'operative');
    mark('operative_numbers', t === p, () => missing || `truth [${t.slice(0, 120)}] parsed [${p.slice(0, 120)}]`);
  }
  {
    const t = truth.paragraphs.filter((p) => p.kind === 'subparagraph').map((p) => `${p.number ?? '·'} ${key(p.text)}`);
    const p = all.filter((q) => q.kind === 'subparagraph').map((q) => `${q.number ?? '·'} ${key(q.text)}`);
    const k = t.findIndex((x, i) => x !== p[i]);
    mark('subparagraphs', t.length === p.length && k < 0, () => missing || (k < 0 ? `${t.length} in the truth, ${p.length} parsed` : `sub-paragraph ${k + 1}: truth ${show(t[k])} parsed ${show(p[k] ?? null)}`));
  }

  const candidates = all.filter((p) => p.kind !== 'title');
  const pairs = pair(truth.paragraphs, candidates);
  truth.paragraphs.forEach((t, i) => {
    const p = pairs[i] ?? null;
    const where = `${t.kind} ${t.number ?? ''} ${show(t.text, 50)}`;
    mark('kinds', p !== null && p.kind === t.kind && (t.kind === 'preambular' || p.number === t.number), () =>
      p === null ? `${where}: no paragraph` : `${where}: parsed as ${p.kind} ${p.number ?? ''}`,
    );
    if (t.lead !== null) mark('leads', p !== null && leadRight(t.lead, p.lead, format), () => `${where}: lead truth ${show(t.lead)} parsed ${show(p?.lead)}`);
    mark('text', p !== null && key(p.text) === key(t.text), () => (p === null ? `${where}: no paragraph` : `${t.kind} ${t.number ?? ''}: ${wordDiff(t.text, p.text)}`));
    mark('footnote_refs', p !== null && p.footnotes.join(' ') === t.footnotes.join(' '), () => `${where}: refs truth [${t.footnotes.join(' ')}] parsed [${p?.footnotes.join(' ') ?? '∅'}]`);
  });

  mark('footnote_count', footnotes.length === truth.footnotes.length, () => missing || `${truth.footnotes.length} in the truth, ${footnotes.length} parsed`);
  {
    const t = truth.footnotes.map((f) => f.marker).join(' ');
    const p = footnotes.map((f) => f.marker).join(' ');
    mark('footnote_markers', t === p, () => missing || `truth [${t.slice(0, 100)}] parsed [${p.slice(0, 100)}]`);
  }
  truth.footnotes.forEach((f, i) => {
    const at = footnotes[i];
    const p = at !== undefined && at.marker === f.marker ? at : (footnotes.find((q) => q.marker === f.marker) ?? at);
    mark('footnote_text', p !== undefined && key(p.text) === key(f.text), () => (p ? `note ${f.marker}: ${wordDiff(f.text, p.text)}` : `note ${f.marker}: missing`));
  });

  const norm = (s: string | null | undefined): string | null => (s === null || s === undefined ? null : s.replace(/\s+/gu, ' ').trim());
  if (truth.symbol !== null) mark('symbol', norm(doc?.symbol) === norm(truth.symbol), () => missing || `truth ${show(truth.symbol)} parsed ${show(doc?.symbol)}`);
  if (truth.session !== null) mark('session', doc?.session === truth.session, () => missing || `truth ${truth.session} parsed ${doc?.session ?? 'null'}`);
  if (truth.date !== null) mark('date', doc?.date === truth.date, () => missing || `truth ${truth.date} parsed ${doc?.date ?? 'null'}`);
  return { tally, first };
}

/** A score is fully right when every metric in `metrics` has no error. */
export function right(s: Score, metrics: readonly Metric[] = METRICS): boolean {
  return metrics.every((m) => s.tally[m][0] === s.tally[m][1]);
}

/**
 * Do the markdown and the PDF renderings of one resolution give the same paragraphs (kind,
 * number, folded text of every paragraph of a scored kind)? Returns the first difference, or null.
 */
export function sameParagraphs(md: ParsedDocument | null, pdf: ParsedDocument | null): string | null {
  if (md === null || pdf === null) return 'a rendering is missing';
  const scored = (d: ParsedDocument): ParsedParagraph[] => flat(d).paragraphs.filter((p) => SCORED.has(p.kind));
  const a = scored(md);
  const b = scored(pdf);
  const head = (p: ParsedParagraph | undefined): string => (p ? `${p.kind} ${p.number ?? ''}`.trim() : '∅');
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const x = a[k];
    const y = b[k];
    if (x && y && head(x) === head(y) && key(x.text) === key(y.text)) continue;
    // where the texts part, with the words before: "…same words ⟦markdown: … | pdf: …⟧"
    const where = x && y && head(x) === head(y) ? wordDiff(x.text, y.text).replace('truth:', 'markdown:').replace('parsed:', 'pdf:') : `markdown ${head(x)} ${show(x?.text)} pdf ${head(y)} ${show(y?.text)}`;
    return `paragraph ${k + 1} (${head(x)}): ${where}`;
  }
  return null;
}
