/**
 * Footnotes: a footnote block defines a marker; it belongs to the paragraph that references
 * that marker. UN documents define a footnote at its first reference and repeat the marker
 * later ("4" in seed 001's preamble and operative paragraph 3); numbering may restart (an
 * annex, each draft of a committee report). So a definition goes to the first paragraph that
 * references its marker after the previous definition of the same marker (or the start of
 * the document or part), and up to the definition; failing that, to the first reference after it.
 */
import type { Block, Footnote, Paragraph } from '../types.js';

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
    out.push({ marker, text: block.text, paragraph: target ? target.n : null, line: block.line });
  }
  return out;
}
