// PLACEHOLDER front-end (paragraphs split on blank lines), replaced by the real one.
import type { FrontEndResult } from '../types.js';
import { splitOnBlankLines } from './naive.js';

export function parsePdfText(text: string): FrontEndResult {
  return { format: 'pdf-text', blocks: splitOnBlankLines(text), warnings: [] };
}
