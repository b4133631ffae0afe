// PLACEHOLDER shared by the placeholder front-ends; deleted when they are replaced.
import type { Block } from '../types.js';
import { makeBlock } from './blocks.js';

export function splitOnBlankLines(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.trim() === '') {
      if (start >= 0) {
        blocks.push(makeBlock('paragraph', lines.slice(start, i).join(' '), start + 1, i));
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  return blocks;
}
