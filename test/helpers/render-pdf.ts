/**
 * The PDF-text renderer of the accuracy harness (bench/accuracy/render-pdf.ts), set up for the
 * equivalence tests: wrapped continuation lines are kept from looking like what the PDF-text
 * front-end reads as layout, so that a difference found is the front-end's, not the layout's.
 */
import {
  bulletLength, footnoteDefinition, isFooter, isFootnoteRule, isMarkerOnly, isSymbolLine, isUrlLine,
  startsWithNumberLabel,
} from '../../src/lexicon/pdf-layout.js';
import type { Block } from '../../src/types.js';
import { renderPdfText as render, type RenderOptions } from '../../bench/accuracy/render-pdf.js';

export { printedForm, type RenderOptions } from '../../bench/accuracy/render-pdf.js';

/** Would the PDF-text front-end read this line as something other than running text? */
function special(line: string): boolean {
  const t = line.trim();
  return (
    t === '' || isUrlLine(t) || isFootnoteRule(t) || isFooter(t) || isSymbolLine(t) || isMarkerOnly(t) ||
    startsWithNumberLabel(t) || footnoteDefinition(t) !== null || /^[,.;:)\]»]/u.test(t) || bulletLength(t) > 0
  );
}

export function renderPdfText(blocks: Block[], options: RenderOptions = {}): string {
  return render(blocks, { avoid: special, ...options });
}
