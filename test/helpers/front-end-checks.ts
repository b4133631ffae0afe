/**
 * Checks shared by the front-end property tests (test/frontends/fuzz.test.ts) and the scaling
 * suite (test/slow/scaling.test.ts): the Block invariants every result keeps, whatever the input.
 */
import { expect } from 'vitest';
import { parseMarkdown } from '../../src/frontends/markdown.js';
import { parsePdfText } from '../../src/frontends/pdf-text.js';
import type { FrontEndResult } from '../../src/types.js';

const PRIVATE_USE = /[\uE000-\uF8FF]/u;

/** Block invariants every front-end result keeps, whatever the input. */
export function checkBlocks(r: FrontEndResult, input: string): void {
  const lines = input.split(/\r\n|\r|\n/u).length;
  expect(Array.isArray(r.blocks)).toBe(true);
  for (const b of r.blocks) {
    expect(b.text).toBe(b.text.trim());
    expect(b.line).toBeGreaterThanOrEqual(1);
    expect(b.endLine).toBeGreaterThanOrEqual(b.line);
    expect(b.endLine).toBeLessThanOrEqual(lines);
    for (const f of b.footnotes) {
      expect(f.offset).toBeGreaterThanOrEqual(0);
      expect(f.offset).toBeLessThanOrEqual(b.text.length);
    }
    for (const l of b.links) expect(l.offset).toBeLessThanOrEqual(b.text.length);
  }
}

/** The PDF front-end also never leaks its placeholders and keeps footnote references in order. */
export function checkPdf(input: string): FrontEndResult {
  const r = parsePdfText(input);
  checkBlocks(r, input);
  for (const b of r.blocks) {
    expect(PRIVATE_USE.test(b.text)).toBe(false);
    const offsets = b.footnotes.map((f) => f.offset);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
    if (b.kind === 'footnote') expect(b.marker).toBeTruthy();
  }
  return r;
}

export function checkMarkdown(input: string): FrontEndResult {
  const r = parseMarkdown(input);
  expect(Array.isArray(r.blocks)).toBe(true);
  return r;
}
