import { expect } from 'vitest';
import type { Block, BlockKind } from '../../src/types.js';

/** How many blocks of each kind. */
export function countKinds(blocks: Block[]): Record<BlockKind, number> {
  const c: Record<BlockKind, number> = { heading: 0, paragraph: 0, 'list-item': 0, footnote: 0, 'table-row': 0 };
  for (const b of blocks) c[b.kind]++;
  return c;
}

/** The one block whose text starts with `start` (fails when none or several). */
export function blockStarting(blocks: Block[], start: string): Block {
  const found = blocks.filter((b) => b.text.startsWith(start));
  expect(found.map((b) => b.text.slice(0, 60)), `blocks starting with ${JSON.stringify(start)}`).toHaveLength(1);
  return found[0]!;
}
