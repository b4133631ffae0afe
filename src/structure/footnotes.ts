/**
 * Footnotes: a footnote block defines a marker; it belongs to the paragraph that references
 * that marker. UN documents define a footnote at its first reference and repeat the marker
 * later ("4" in seed 001's preamble and operative paragraph 3); numbering may restart (an
 * annex, each draft of a committee report). So a definition goes to the first paragraph that
 * references its marker after the previous definition of the same marker (or the start of
 * the document or part), and up to the definition; failing that, to the first reference after it.
 */
import type { Block, Document, Footnote, Paragraph } from '../types.js';

export interface PendingFootnote {
  block: Block;
  /** how many paragraphs had been started when the definition was met */
  after: number;
}

/** Attach footnote definitions to paragraphs; returns the document's Footnote list. */
export function attachFootnotes(paragraphs: readonly Paragraph[], pending: readonly PendingFootnote[]): Footnote[] {
  const previousDef = new Map<string, number>();
  const out: Footnote[] = [];
  for (const { block, after } of pending) {
    const marker = block.marker ?? '';
    const from = previousDef.get(marker) ?? 0;
    let target: Paragraph | undefined;
    for (let i = from; i < paragraphs.length && i < after; i++) {
      const p = paragraphs[i];
      if (p && p.footnotes.includes(marker)) {
        target = p;
        break;
      }
    }
    if (!target) target = paragraphs.slice(after).find((p) => p.footnotes.includes(marker));
    previousDef.set(marker, after);
    out.push({ marker, text: block.text, paragraph_n: target ? target.n : null, line: block.line });
  }
  return out;
}

/**
 * A footnote printed at the foot of a page that the next part starts on (seed 003: the
 * note of the United States' reply is printed under the heading of the Russian Federation's)
 * belongs to the part before: a footnote that no paragraph of its own part references moves
 * to the nearest earlier part (or the document) that references its marker without defining it.
 */
export function rehomeFootnotes(docs: readonly Document[]): void {
  for (let k = 1; k < docs.length; k++) {
    const here = docs[k];
    if (!here) continue;
    const stray = here.footnotes.filter((f) => f.paragraph_n === null);
    for (const f of stray) {
      for (let j = k - 1; j >= 0; j--) {
        const there = docs[j];
        if (!there || there.footnotes.some((g) => g.marker === f.marker)) continue;
        const p = there.paragraphs.find((q) => q.footnotes.includes(f.marker));
        if (!p) continue;
        here.footnotes.splice(here.footnotes.indexOf(f), 1);
        there.footnotes.push({ ...f, paragraph_n: p.n });
        break;
      }
    }
  }
}
