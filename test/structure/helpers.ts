import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readPage } from '../../bench/accuracy/page.js';
import { renderMarkdown, renderPdf } from '../../bench/accuracy/render.js';
import { truthOf, type Truth } from '../../bench/accuracy/truth.js';
import { parseMarkdown } from '../../src/frontends/markdown.js';
import { parseText } from '../../src/parse.js';
import { recognize } from '../../src/structure/recognize.js';
import { clean, foldApostrophes } from '../../src/text/fold.js';
import type { Document, DocumentMeta, FrontEndResult, Paragraph, ParagraphKind } from '../../src/types.js';

/** Parse a file end to end (front-end + recognition + extraction). */
export async function parseFile(path: string, declared: DocumentMeta = {}): Promise<Document> {
  return parseText(readFileSync(path, 'utf8'), { path, declared });
}

export function ofKind(doc: Document, kind: ParagraphKind): Paragraph[] {
  return doc.paragraphs.filter((p) => p.kind === kind);
}

export function countKinds(doc: Document): Partial<Record<ParagraphKind, number>> {
  const out: Partial<Record<ParagraphKind, number>> = {};
  for (const p of doc.paragraphs) out[p.kind] = (out[p.kind] ?? 0) + 1;
  return out;
}

/** Text "modulo spacing and apostrophes" (and the non-breaking hyphen of the UN's XML). */
export function comparable(text: string): string {
  return foldApostrophes(clean(text))
    .replace(/[\u2010\u2011]/gu, '-')
    .replace(/\s+([;:,.!?»)])/gu, '$1')
    .replace(/([«(])\s+/gu, '$1');
}

/**
 * A markdown file recognised twice: with its front-end's hints (italic leads, bold, heading
 * levels) and without them, as a PDF text of the same document would come.
 */
export function withAndWithoutHints(path: string, declared: DocumentMeta = {}): { fe: FrontEndResult; hinted: Document; bare: Document } {
  const fe = parseMarkdown(readFileSync(path, 'utf8'));
  const stripped: FrontEndResult = { ...fe, blocks: fe.blocks.map(({ hints: _hints, ...b }) => b) };
  const ctx = { source: { source_path: path, source_format: 'markdown' as const, source_sha256: '', source_lines: 0 }, declared, fileName: 'x' };
  return { fe, hinted: recognize(fe, ctx), bare: recognize(stripped, ctx) };
}

/**
 * An AKN file (a fixture or a dev file) read four ways (issue 14): the accuracy harness's truth,
 * and the parser on the AKN file, on its UN-page markdown rendering and on its PDF-text
 * rendering (bench/accuracy/render.ts).
 */
export async function fourWays(path: string): Promise<{ truth: Truth; akn: Document; markdown: Document; pdf: Document }> {
  const xml = readFileSync(path, 'utf8');
  const name = basename(path);
  const page = readPage(xml, name);
  return {
    truth: truthOf(page),
    akn: await parseText(xml, { path }),
    markdown: await parseText(renderMarkdown(page), { path: `${name}.md` }),
    pdf: await parseText(renderPdf(page), { path: `${name}.txt` }),
  };
}

