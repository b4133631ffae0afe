/**
 * The quality report of a recognised document (`cybercorpus check`): pure, Document → Warning[].
 *
 * Codes (stable):
 *  - numbering-duplicate   a number printed twice in a row ("32." twice in seed 003's Égypte reply)
 *  - numbering-gap         a number skipped, or a sequence not starting at 1
 *  - numbering-order       a number lower than the one before it (not a restart)
 *  - footnote-unreferenced a footnote whose marker no paragraph references
 *  - footnote-undefined    a marker referenced by a paragraph that no footnote defines
 *  - paragraph-unterminated a preambular/operative/numbered paragraph that ends mid-sentence
 *  - lead-missing          a preambular or operative paragraph without a lead phrase
 *  - lead-unknown          a lead phrase the lexicon does not know (given by the source)
 *  - paragraph-debris      page furniture inside a paragraph: the document's own symbol (a
 *                          running header), a page footer or job number, a link-target URL line
 * plus the warnings recognition left in `Document.warnings` (paragraph-unrecognized,
 * lead-unknown, country-unresolved, and the front-end's). Parts are checked too; their
 * warnings carry `part` (the part's id). Warnings come in reading order, document first.
 */
import { isAnnexHeading } from '../lexicon/doc-kinds-fr.js';
import { matchLead } from '../lexicon/leads-fr.js';
import type { Document, Paragraph, Warning } from '../types.js';

/** How a paragraph of each kind may end; anything else ends mid-sentence. */
export const ENDINGS: Readonly<Partial<Record<Paragraph['kind'], RegExp>>> = {
  preambular: /[,;:.][\s»”)\]]*$/u,
  operative: /[;.:][\s»”)\]]*$/u,
  numbered: /[.;:!?…][\s»”"’)\]]*$/u,
  subparagraph: /[.;:,!?…][\s»”"’)\]]*$/u,
};

/**
 * Page furniture a PDF text may leave inside a paragraph when a page break falls in it (issue
 * 14: `… de la stabilité régionale, A/RES/75/22 Prenant acte …`; seed 004's last page:
 * `A/75/394`, `13/13 20-15344`; one `https://undocs.org/fr/…` line per link at a page end).
 * Only forms that running text does not print: a job number `20-15344` (two digits, a hyphen,
 * five digits), a page `13/13` next to one, a URL of the UN's document system. The document's
 * own symbol is looked for separately (a resolution does not cite itself).
 */
export const DEBRIS: ReadonlyArray<readonly [what: string, pattern: RegExp]> = [
  ['a page footer', /(?<![\d/])\d{1,3}\/\d{1,3}\s+\d{2}-\d{5}(?![\d-])|(?<![\d-])\d{2}-\d{5}\s+\d{1,3}\/\d{1,3}(?![\d/])/u],
  ['a job number', /(?<![\d/-])\d{2}-\d{5}(?![\d-])/u],
  ['a URL line', /\bhttps?:\/\/(?:undocs\.org|docs\.un\.org)\/\S*/u],
];

/** Kinds of paragraph that hold running text (titles and headings may print a symbol). */
const RUNNING_TEXT: ReadonlySet<Paragraph['kind']> = new Set(['preambular', 'operative', 'subparagraph', 'numbered', 'list-item', 'text']);

/** What debris a paragraph's text holds, or null. */
export function findDebris(text: string, ownSymbol: RegExp | null): string | null {
  if (ownSymbol) {
    const m = ownSymbol.exec(text);
    if (m) return `the document's own symbol ${m[0]}`;
  }
  for (const [what, re] of DEBRIS) {
    const m = re.exec(text);
    if (m) return `${what} "${m[0]}"`;
  }
  return null;
}

/** The document's symbol as a whole token of running text, or null. */
function symbolPattern(symbol: string | null): RegExp | null {
  if (!symbol || !symbol.includes('/')) return null;
  return new RegExp(`(?<![\\w/.])${symbol.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\w/])`, 'u');
}

/** Check a document and its parts. */
export function checkDocument(doc: Document): Warning[] {
  const out: Warning[] = [];
  checkOne(doc, null, out);
  for (const part of doc.parts) checkOne(part, part.id, out);
  return dedupe(out);
}

function checkOne(doc: Document, part: string | null, out: Warning[]): void {
  const found: Warning[] = [];
  const add = (w: Warning): void => {
    found.push(part === null ? w : { ...w, part_id: part });
  };
  for (const w of doc.warnings) add(w);
  checkNumbering(doc.paragraphs, add);
  checkFootnotes(doc, add);
  const own = symbolPattern(doc.symbol);
  for (const p of doc.paragraphs) {
    const debris = RUNNING_TEXT.has(p.kind) ? findDebris(p.text, own) : null;
    if (debris) add({ code: 'paragraph-debris', message: `${describe(p)} holds page furniture: ${debris}`, line: p.line, paragraph_n: p.n });
    const ending = ENDINGS[p.kind];
    if (ending && !ending.test(p.text)) {
      add({ code: 'paragraph-unterminated', message: `${describe(p)} ends mid-sentence: "…${p.text.slice(-30)}"`, line: p.end_line, paragraph_n: p.n });
    }
    if (p.kind === 'preambular' || p.kind === 'operative') {
      if (p.lead === null) add({ code: 'lead-missing', message: `${describe(p)} has no lead phrase`, line: p.line, paragraph_n: p.n });
      else if (matchLead(p.text) === null) {
        add({ code: 'lead-unknown', message: `lead "${p.lead}" of ${describe(p)} is not in the lexicon`, line: p.line, paragraph_n: p.n });
      }
    }
  }
  // in reading order (a stable sort: what has no line stays where it was found, at the end)
  out.push(...found.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)));
}

function describe(p: Paragraph): string {
  return p.number ? `${p.kind} paragraph ${p.number}` : `${p.kind} paragraph (n=${p.n})`;
}

/** The numbering scope of a numbered paragraph: the document, or its annex. */
function scopeOf(p: Paragraph): string {
  const root = p.section?.split(' > ')[0] ?? '';
  return isAnnexHeading(root) ? root : '';
}

/** A numbering sequence: its paragraphs with their values, and how a value is printed. */
interface Sequence {
  items: { p: Paragraph; value: number }[];
  name: (value: number) => string;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** 1 → "i", 14 → "xiv". */
function toRoman(value: number): string {
  let out = '';
  let v = value;
  for (const [n, s] of ROMAN) for (; v >= n; v -= n) out += s;
  return out;
}

function fromRoman(s: string): number | null {
  for (let v = 1; v <= 39; v++) if (toRoman(v) === s) return v;
  return null;
}

const asNumber = (v: number): string => `number ${v}`;
const asLetter = (v: number): string => `${String.fromCharCode(96 + v)})`;
const asNumeral = (v: number): string => `${toRoman(v)})`;

/** The sequences a document's numbering forms: operative, numbered (per annex), lists, sub-paragraphs. */
function sequencesOf(paragraphs: readonly Paragraph[]): Sequence[] {
  const byKey = new Map<string, Sequence>();
  const add = (key: string, name: Sequence['name'], p: Paragraph, value: number): void => {
    const seq = byKey.get(key) ?? { items: [], name };
    seq.items.push({ p, value });
    byKey.set(key, seq);
  };
  const byN = new Map(paragraphs.map((p) => [p.n, p]));
  const subs = new Map<number, Paragraph[]>();
  let runId = 0;
  let inRun = false;
  const lastOfScope = new Map<string, { section: string | null; run: number }>();
  for (const p of paragraphs) {
    const value = p.number !== null && /^\d+$/u.test(p.number) ? Number(p.number) : null;
    if (p.kind === 'list-item' && value !== null) {
      if (!inRun) runId++;
      inRun = true;
      add(`list ${runId}`, asNumber, p, value);
      continue;
    }
    if (p.kind !== 'subparagraph') inRun = false;
    if (p.kind === 'subparagraph' && p.number !== null && p.parent_n != null) {
      const group = subs.get(p.parent_n) ?? [];
      group.push(p);
      subs.set(p.parent_n, group);
      continue;
    }
    if (value !== null && (p.kind === 'operative' || p.kind === 'numbered')) {
      // a "1." under a new heading restarts the numbering: each article of the Convention in
      // 79/243's annex numbers its paragraphs from 1; its interpretative notes number on across articles
      const scope = `${p.kind} ${scopeOf(p)}`;
      const last = lastOfScope.get(scope);
      const run = last !== undefined && value === 1 && last.section !== p.section ? last.run + 1 : (last?.run ?? 0);
      lastOfScope.set(scope, { section: p.section, run });
      add(`${scope} #${run}`, asNumber, p, value);
    }
  }
  // the sub-paragraphs of one paragraph: numerals under a sub-paragraph, or when they start at "i)"
  for (const [parent, group] of subs) {
    const labels = group.map((p) => (p.number ?? '').replace(/^\(|\)$/gu, ''));
    const numerals = byN.get(parent)?.kind === 'subparagraph' || labels[0] === 'i';
    for (const [i, p] of group.entries()) {
      const label = labels[i] ?? '';
      const v = numerals ? fromRoman(label) : /^[a-z]$/u.test(label) ? label.charCodeAt(0) - 96 : null;
      if (v !== null) add(`sub ${parent}`, numerals ? asNumeral : asLetter, p, v);
    }
  }
  return [...byKey.values()];
}

function checkNumbering(paragraphs: readonly Paragraph[], add: (w: Warning) => void): void {
  for (const { items, name } of sequencesOf(paragraphs)) {
    let prev = 0;
    for (const { p, value: v } of items) {
      const at = { line: p.line, paragraph_n: p.n };
      if (v === prev) add({ code: 'numbering-duplicate', message: `${name(v)} is printed twice`, ...at });
      else if (v > prev + 1) {
        const missing = v === prev + 2 ? name(prev + 1).replace(/^number /u, '') : `${name(prev + 1).replace(/^number /u, '')}–${name(v - 1).replace(/^number /u, '')}`;
        add({ code: 'numbering-gap', message: `${name(v)} follows ${prev === 0 ? 'nothing' : name(prev).replace(/^number /u, '')}: ${missing} missing`, ...at });
      } else if (v < prev) add({ code: 'numbering-order', message: `${name(v)} follows ${name(prev).replace(/^number /u, '')}`, ...at });
      prev = Math.max(prev, v);
    }
  }
}

function checkFootnotes(doc: Document, add: (w: Warning) => void): void {
  const defined = new Set(doc.footnotes.map((f) => f.marker));
  for (const f of doc.footnotes) {
    if (f.paragraph_n === null) {
      add({ code: 'footnote-unreferenced', message: `footnote ${f.marker} is referenced by no paragraph`, line: f.line });
    }
  }
  const reported = new Set<string>();
  for (const p of doc.paragraphs) {
    for (const m of p.footnotes) {
      if (defined.has(m) || reported.has(m)) continue;
      reported.add(m);
      add({ code: 'footnote-undefined', message: `marker ${m} has no footnote text`, line: p.line, paragraph_n: p.n });
    }
  }
}

function dedupe(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.part_id ?? ''}|${w.code}|${w.line ?? ''}|${w.paragraph_n ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
