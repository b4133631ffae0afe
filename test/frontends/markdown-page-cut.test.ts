/**
 * A paragraph cut by a page end with no notes printed at it (issue 14). Text read in
 * ../shared/akn-dev/A_RES_79_186.fr.xml, paragraph 13: "Prie le Secrétaire général de parachever
 * le guide de discussion en temps voulu, en tenant compte des recommandations de la Commission
 * pour la prévention du crime et la justice pénale, ainsi que des observations et autres
 * réactions des États Membres, de sorte que les réunions régionales préparatoires du quinzième
 * Congrès puissent se tenir le plus tôt possible en 2025 ;" — the page ends after "États".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/frontends/markdown.js';
import { FIXTURES } from '../helpers/paths.js';
import { blockStarting } from '../helpers/blocks.js';

describe('a paragraph cut at a page end without notes (A/RES/79/186)', () => {
  const blocks = parseMarkdown(readFileSync(join(FIXTURES, 'markdown', 'page-cut-79-186.md'), 'utf8')).blocks;

  it('re-joins "… des États" and "Membres, de sorte que …"', () => {
    const p13 = blockStarting(blocks, '13. Prie le Secrétaire général de parachever');
    expect(p13.text.endsWith('ainsi que des observations et autres réactions des États Membres, de sorte que les réunions régionales préparatoires du quinzième Congrès puissent se tenir le plus tôt possible en 2025 ;')).toBe(true);
    expect(blocks.some((b) => b.text.startsWith('Membres, de sorte'))).toBe(false);
  });

  it('keeps the next numbered paragraph and the short cover lines apart', () => {
    expect(blockStarting(blocks, '14. Prie de nouveau').kind).toBe('paragraph');
    expect(blocks.map((b) => b.text)).toContain('Distr. générale');
  });
});
