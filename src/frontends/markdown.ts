// PLACEHOLDER front-end (paragraphs split on blank lines), replaced by the remark-based one.
import type { FrontEndResult } from '../types.js';
import { splitOnBlankLines } from './naive.js';

export function parseMarkdown(text: string): FrontEndResult {
  return { format: 'markdown', blocks: splitOnBlankLines(text), warnings: [] };
}
