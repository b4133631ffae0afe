import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { markdownPieces, PIECE_SIZE } from '../../src/frontends/markdown-pieces.js';
import { parseMarkdown, shiftPositions } from '../../src/frontends/markdown.js';
import { seed } from '../helpers/paths.js';

const parser = unified().use(remarkParse);

/** The children of the whole text's tree, and those of its pieces' trees moved into place. */
function wholeAndPieces(text: string, size: number): { whole: RootContent[]; pieced: RootContent[]; pieces: number } {
  const whole = (parser.parse(text) as Root).children;
  const pieces = markdownPieces(text, size);
  const pieced: RootContent[] = [];
  for (const p of pieces) {
    const tree = parser.parse(text.slice(p.start, p.end)) as Root;
    for (const node of tree.children) {
      shiftPositions(node, p.line - 1, p.start);
      pieced.push(node);
    }
  }
  return { whole, pieced, pieces: pieces.length };
}

const seedText = (n: '000' | '003') => readFileSync(seed(n), 'utf8');

describe('markdown pieces', () => {
  it('cover the text exactly, in order, with the line number of each start', () => {
    const text = seedText('003');
    const pieces = markdownPieces(text, 1000);
    expect(pieces.length).toBeGreaterThan(100);
    expect(pieces[0]!.start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
    for (let k = 1; k < pieces.length; k++) expect(pieces[k]!.start).toBe(pieces[k - 1]!.end);
    for (const p of pieces) expect(p.line).toBe(text.slice(0, p.start).split('\n').length);
  });

  it('seeds 000 and 003 cut at every safe line parse to the same tree as whole', () => {
    for (const n of ['000', '003'] as const) {
      const r = wholeAndPieces(seedText(n), 1);
      expect(r.pieces).toBeGreaterThan(n === '003' ? 500 : 25);
      expect(r.pieced).toEqual(r.whole);
    }
  });

  it('short texts, and texts with fences, block HTML or reference definitions, are one piece', () => {
    const long = (s: string) => `${'Texte.\n\n'.repeat(10)}${s}${'\n\nTexte.'.repeat(10)}`;
    expect(markdownPieces('Un.\n\nDeux.\n')).toEqual([{ start: 0, end: 11, line: 1 }]);
    expect(markdownPieces(long('```\n\ncode\n\n```'), 1)).toHaveLength(1);
    expect(markdownPieces(long('~~~\n\ncode\n\n~~~'), 1)).toHaveLength(1);
    expect(markdownPieces(long('<pre>\n\nx\n\n</pre>'), 1)).toHaveLength(1);
    expect(markdownPieces(long('<!--\n\nx\n\n-->'), 1)).toHaveLength(1);
    expect(markdownPieces(long('[a]: http://un.org'), 1)).toHaveLength(1);
    expect(markdownPieces(long(''), 1).length).toBeGreaterThan(10);
  });

  it('never cuts before an indented line or a list marker after a blank line', () => {
    const text = '- a)\n\n- b)\n\n  suite\n\n1. un\n\n2) deux\n\n*\n\nFin.\n';
    const starts = markdownPieces(text, 1).map((p) => text.slice(p.start, p.start + 4));
    expect(starts).toEqual(['- a)', 'Fin.']); // a lone `*` is an empty list item
  });

  /** Lines of markdown as these documents have them, and as they could be. */
  const ordinary = ['---', '***', '===', '- a)', '* b', '+ c', '1. un', '12) douze', '-', '1.', '  suite', '    code',
    '\tcode', '  - b', '   texte', ' 1. un', '> cité', '>', '# Titre', '## Sous-titre', 'Titre\n---', '<sup>1</sup> Note.',
    'texte<sup>2</sup> suite', '<div>', '</div>', '<p>x</p>', '<span>', '**Gras**', '*italique*', '[A/78/265](#)',
    '[a]', '[a][]', '\\* A/79/50.', 'Considérant', 'Texte', '1<sup>er</sup> décembre', '| a | b |', 'a\tb'];
  /** Lines that make the text be parsed whole. */
  const uncuttable = ['```', '~~~', '  ```', '<pre>', '</pre>', '<!--', '-->', '<?php', '?>', '<!DOCTYPE', '[a]: /url'];
  const texts = (pool: string[]) => fc.array(fc.oneof(
    { arbitrary: fc.constantFrom('', '', '  ', '\t'), weight: 3 },
    { arbitrary: fc.constantFrom(...pool), weight: 6 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  ), { maxLength: 40 }).map((lines) => lines.join('\n'));
  const samePieces = (text: string) => {
    const r = wholeAndPieces(text, 1);
    expect(r.pieced).toEqual(r.whole);
  };

  it('generated markdown: pieces parse to the same tree as the whole', () => {
    fc.assert(fc.property(texts(ordinary), samePieces), { numRuns: 1500 });
  });

  it('generated markdown with fences, block HTML and definitions: the same tree', () => {
    const withOne = fc.tuple(texts(ordinary), fc.constantFrom(...uncuttable), texts(ordinary)).map((t) => t.join('\n'));
    fc.assert(fc.property(withOne, samePieces), { numRuns: 800 });
  });

  it('parseMarkdown gives the same blocks in pieces as whole (seed 003 made longer than a piece)', () => {
    const text = seedText('003');
    expect(text.length).toBeGreaterThan(PIECE_SIZE * 4);
    const pieced = parseMarkdown(text);
    // the same text with a reference definition is parsed whole; the definition itself is ignored
    const whole = parseMarkdown(`${text}\n\n[réf]: http://un.org\n`);
    expect(markdownPieces(text).length).toBeGreaterThan(4);
    expect(pieced.blocks).toEqual(whole.blocks);
    expect(pieced.warnings).toEqual(whole.warnings);
  });
});
