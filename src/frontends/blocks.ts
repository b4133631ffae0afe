import type { Block, BlockKind } from '../types.js';
import { clean } from '../text/fold.js';

/** Make a block with empty footnote/link lists. Shared by every front-end. */
export function makeBlock(kind: BlockKind, text: string, line: number, endLine: number, extra: Partial<Block> = {}): Block {
  return { kind, text: clean(text), footnotes: [], links: [], line, endLine, ...extra };
}
