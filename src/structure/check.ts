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
 * plus the warnings recognition left in `Document.warnings` (paragraph-unrecognized,
 * lead-unknown, lead-disagrees, country-unresolved, and the front-end's). Parts are checked too; their
 * warnings carry `part` (the part's id).
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

/** Check a document and its parts. */
export function checkDocument(doc: Document): Warning[] {
  const out: Warning[] = [];
  checkOne(doc, null, out);
  for (const part of doc.parts) checkOne(part, part.id, out);
  return dedupe(out);
}

function checkOne(doc: Document, part: string | null, out: Warning[]): void {
  const add = (w: Warning): void => {
    out.push(part === null ? w : { ...w, part });
  };
  for (const w of doc.warnings) add(w);
  checkNumbering(doc.paragraphs, add);
  checkFootnotes(doc, add);
  for (const p of doc.paragraphs) {
    const ending = ENDINGS[p.kind];
    if (ending && !ending.test(p.text)) {
      add({ code: 'paragraph-unterminated', message: `${describe(p)} ends mid-sentence: "…${p.text.slice(-30)}"`, line: p.endLine, paragraph: p.n });
    }
    if (p.kind === 'preambular' || p.kind === 'operative') {
      if (p.lead === null) add({ code: 'lead-missing', message: `${describe(p)} has no lead phrase`, line: p.line, paragraph: p.n });
      else if (matchLead(p.text) === null) {
        add({ code: 'lead-unknown', message: `lead "${p.lead}" of ${describe(p)} is not in the lexicon`, line: p.line, paragraph: p.n });
      }
    }
  }
}

function describe(p: Paragraph): string {
  return p.number ? `${p.kind} paragraph ${p.number}` : `${p.kind} paragraph (n=${p.n})`;
}

/** The numbering scope of a numbered paragraph: the document, or its annex. */
function scopeOf(p: Paragraph): string {
  const root = p.section?.split(' > ')[0] ?? '';
  return isAnnexHeading(root) ? root : '';
}

function checkNumbering(paragraphs: readonly Paragraph[], add: (w: Warning) => void): void {
  const sequences = new Map<string, Paragraph[]>();
  let run: Paragraph[] = [];
  let runId = 0;
  for (const p of paragraphs) {
    const value = p.number !== null && /^\d+$/u.test(p.number) ? Number(p.number) : null;
    if (p.kind === 'list-item' && value !== null) {
      if (run.length === 0) runId++;
      run.push(p);
      const key = `list ${runId}`;
      sequences.set(key, run);
      continue;
    }
    if (p.kind !== 'subparagraph') run = [];
    if (value === null) continue;
    if (p.kind !== 'operative' && p.kind !== 'numbered') continue;
    const key = `${p.kind} ${scopeOf(p)}`;
    const seq = sequences.get(key) ?? [];
    seq.push(p);
    sequences.set(key, seq);
  }
  for (const seq of sequences.values()) {
    let prev = 0;
    for (const p of seq) {
      const v = Number(p.number);
      if (v === prev) add({ code: 'numbering-duplicate', message: `number ${v} is printed twice`, line: p.line, paragraph: p.n });
      else if (v > prev + 1) {
        const missing = v === prev + 2 ? `${prev + 1}` : `${prev + 1}–${v - 1}`;
        add({ code: 'numbering-gap', message: `number ${v} follows ${prev === 0 ? 'nothing' : prev}: ${missing} missing`, line: p.line, paragraph: p.n });
      } else if (v < prev) add({ code: 'numbering-order', message: `number ${v} follows ${prev}`, line: p.line, paragraph: p.n });
      prev = Math.max(prev, v);
    }
  }
}

function checkFootnotes(doc: Document, add: (w: Warning) => void): void {
  const defined = new Set(doc.footnotes.map((f) => f.marker));
  for (const f of doc.footnotes) {
    if (f.paragraph === null) {
      add({ code: 'footnote-unreferenced', message: `footnote ${f.marker} is referenced by no paragraph`, line: f.line });
    }
  }
  const reported = new Set<string>();
  for (const p of doc.paragraphs) {
    for (const m of p.footnotes) {
      if (defined.has(m) || reported.has(m)) continue;
      reported.add(m);
      add({ code: 'footnote-undefined', message: `marker ${m} has no footnote text`, line: p.line, paragraph: p.n });
    }
  }
}

function dedupe(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.part ?? ''}|${w.code}|${w.line ?? ''}|${w.paragraph ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
