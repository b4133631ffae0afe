import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeBlock } from '../../src/frontends/blocks.js';
import { checkDocument } from '../../src/structure/check.js';
import { recognize } from '../../src/structure/recognize.js';
import type { Block, BlockKind, Document } from '../../src/types.js';

/** Lines of the kinds the seeds print, to be shuffled into documents that make no sense. */
const LINES = [
  'Assemblée générale', 'Distr. limitée', '12 octobre 2023', 'Original : anglais, chinois,', 'espagnol',
  'Soixante-dix-huitième session', 'Première Commission', "Point 94 de l'ordre du jour", 'Annexe',
  'Réponses reçues des gouvernements', 'Allemagne', '[Original : anglais]', 'Projet de résolution I',
  'Projet de décision II', "L'Assemblée générale,", "L'Assemblée générale, rappelant …, décide …",
  'Rappelant ses résolutions,', '1. Appuie les travaux ;', '2. Décide en outre que', 'a) de s’inspirer ;',
  'ii) La mise en place ;', 'I. Introduction', 'B. Participation', '32. Un État Membre', '1) Application',
  'Prochaines étapes recommandées', 'sécurité du numérique et de son utilisation.', 'Allemagne | 12',
  'voir par. 17 ci-après, projet de résolution I', 'A/75/394', '', '…', '(2021-2025)',
];
const KINDS: BlockKind[] = ['heading', 'paragraph', 'list-item', 'footnote', 'table-row'];

const blockArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  text: fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 40 })),
  marker: fc.constantFrom('1', '2', '*'),
  refs: fc.array(fc.constantFrom('1', '2', '*'), { maxLength: 2 }),
});

function toBlocks(specs: { kind: BlockKind; text: string; marker: string; refs: string[] }[]): Block[] {
  return specs.map((s, i) => makeBlock(s.kind, s.text, i + 1, i + 1, {
    ...(s.kind === 'footnote' ? { marker: s.marker } : {}),
    footnotes: s.refs.map((marker) => ({ marker, offset: 0 })),
  }));
}

function consistent(doc: Document): void {
  expect(doc.paragraphs.map((p) => p.n)).toEqual(doc.paragraphs.map((_, i) => i + 1));
  for (const p of doc.paragraphs) if (p.parent_n != null) expect(p.parent_n).toBeLessThan(p.n);
  for (const f of doc.footnotes) if (f.paragraph_n !== null) expect(f.paragraph_n).toBeLessThanOrEqual(doc.paragraphs.length);
  for (const part of doc.parts) consistent(part);
}

describe('recognition is lenient', () => {
  it('never throws, whatever blocks come, and keeps n, parent and footnote links consistent', () => {
    fc.assert(fc.property(fc.array(blockArb, { maxLength: 40 }), (specs) => {
      const blocks = toBlocks(specs);
      const doc = recognize({ format: 'pdf-text', blocks, warnings: [] }, {
        source: { source_path: 'x', source_format: 'pdf-text', source_sha256: '', source_lines: blocks.length }, declared: {}, fileName: 'x.txt',
      });
      consistent(doc);
      expect(Array.isArray(checkDocument(doc))).toBe(true);
      // every non-footnote block that is not a cover line ends up in one paragraph of the document or a part
      const inParagraphs = (d: Document): number => d.paragraphs.length + d.parts.reduce((a, p) => a + inParagraphs(p), 0);
      expect(inParagraphs(doc)).toBeLessThanOrEqual(blocks.filter((b) => b.kind !== 'footnote').length);
    }), { numRuns: 300 });
  });

  it('does not modify the front-end\'s blocks', () => {
    const blocks = toBlocks([
      { kind: 'paragraph', text: '1. Se félicite de la création du répertoire, les moyens qui pourraient être mis en place pour', marker: '1', refs: [] },
      { kind: 'footnote', text: 'Voir A/78/265.', marker: '1', refs: [] },
      { kind: 'paragraph', text: 'améliorer le répertoire ;', marker: '1', refs: [] },
    ]);
    const before = JSON.stringify(blocks);
    const doc = recognize({ format: 'pdf-text', blocks, warnings: [] }, {
      source: { source_path: 'x', source_format: 'pdf-text', source_sha256: '', source_lines: 3 }, declared: {}, fileName: 'x.txt',
    });
    expect(doc.paragraphs.map((p) => [p.kind, p.text, p.line, p.end_line])).toEqual([
      ['numbered', 'Se félicite de la création du répertoire, les moyens qui pourraient être mis en place pour améliorer le répertoire ;', 1, 3],
    ]);
    expect(JSON.stringify(blocks)).toBe(before);
  });
});
