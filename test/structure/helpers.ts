import { readFileSync } from 'node:fs';
import { parseText } from '../../src/parse.js';
import { clean, foldApostrophes } from '../../src/text/fold.js';
import type { Document, DocumentMeta, Paragraph, ParagraphKind } from '../../src/types.js';

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
