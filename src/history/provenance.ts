/**
 * The provenance of each paragraph of a resolution along its lineage (issue 16): the year and
 * text it first appeared in, each year it changed (with the word changes), and the paragraphs
 * of the predecessors dropped along the way. Paragraphs are matched between each text and the
 * texts it continues exactly as `diff` aligns them (src/diff: renumbered and moved paragraphs
 * are the same paragraph); where texts merged, a paragraph follows the predecessor it matches
 * best. Only preambular and operative paragraphs (and their sub-paragraphs) are traced.
 */
import { partOf } from '../diff/align.js';
import { diffParagraphs, type DiffPair } from '../diff/index.js';
import type { WordEdit } from '../diff/words.js';
import type { Document, Paragraph } from '../types.js';
import { type LineageNode, lineageEdges, order, yearOf } from './lineage.js';

export type VersionOp = 'new' | 'equal' | 'moved' | 'changed';

/** One paragraph in one text of the lineage. */
export interface ParagraphVersion {
  document_id: string;
  symbol: string | null;
  session: number | null;
  year: number | null;
  /** how analysts cite it in that text: "PP3", "OP2", "OP1 a)" */
  label: string;
  paragraph_n: number;
  /** new: first appearance; otherwise as `diff` pairs it with its version in the text before */
  op: VersionOp;
  /** 1 unless changed; the word similarity of a changed paragraph */
  similarity: number;
  /** the word changes from the version before (changed only) */
  words: WordEdit[];
  text: string;
}

export interface ParagraphHistory {
  /** the paragraph's label in the document traced */
  label: string;
  paragraph_n: number;
  /** oldest first; the last is the document's own */
  versions: ParagraphVersion[];
}

export interface DroppedParagraph {
  /** the predecessor that had it */
  document_id: string;
  symbol: string | null;
  year: number | null;
  label: string;
  paragraph_n: number;
  text: string;
  /** the text that continued the predecessor without it */
  dropped_in: { document_id: string; symbol: string | null; year: number | null };
}

export interface Provenance {
  paragraphs: ParagraphHistory[];
  dropped: DroppedParagraph[];
}

const traced = (pair: DiffPair): boolean => pair.part !== 'other';

/** Rank of a match: exact (equal, moved) before changed, then by similarity. */
const rank = (pair: DiffPair): number => (pair.op === 'equal' || pair.op === 'moved' ? 2 : pair.similarity);

export function traceParagraphs(root: LineageNode): Provenance {
  const edges = lineageEdges(root);
  /** the alignment of each link, computed once */
  const pairs = new Map<string, DiffPair[]>();
  for (const { parent, child } of edges) {
    pairs.set(`${parent.id}\u0000${child.id}`, diffParagraphs(parent.paragraphs, child.paragraphs).filter(traced));
  }
  const parentsOf = new Map<string, Document[]>();
  for (const { parent, child } of edges) parentsOf.set(child.id, [...(parentsOf.get(child.id) ?? []), parent]);
  // how analysts cite each paragraph ("PP3", "OP1 a)"), as the alignments label them
  const labels = new Map<string, string>();
  const note = (doc: Document, p: Paragraph | null, label: string | null): void => {
    if (p && label) labels.set(`${doc.id}\u0000${p.n}`, label);
  };
  for (const { parent, child } of edges) {
    for (const pair of pairs.get(`${parent.id}\u0000${child.id}`)!) {
      note(parent, pair.a, pair.labels.a);
      note(child, pair.b, pair.labels.b);
    }
  }
  const rootPairs = parentsOf.has(root.doc.id) ? [] : diffParagraphs([], root.doc.paragraphs).filter(traced);
  for (const pair of rootPairs) note(root.doc, pair.b, pair.labels.b);
  const labelOf = (doc: Document, p: Paragraph): string => labels.get(`${doc.id}\u0000${p.n}`) ?? `¶${p.n}`;
  const version = (doc: Document, p: Paragraph, op: VersionOp, similarity: number, words: WordEdit[]): ParagraphVersion => ({
    document_id: doc.id, symbol: doc.symbol, session: doc.session, year: yearOf(doc),
    label: labelOf(doc, p), paragraph_n: p.n, op, similarity, words, text: p.text,
  });

  const memo = new Map<string, ParagraphVersion[]>();
  const trace = (doc: Document, p: Paragraph): ParagraphVersion[] => {
    const key = `${doc.id}\u0000${p.n}`;
    const known = memo.get(key);
    if (known) return known;
    let best: { parent: Document; pair: DiffPair } | null = null;
    for (const parent of parentsOf.get(doc.id) ?? []) {
      const pair = pairs.get(`${parent.id}\u0000${doc.id}`)?.find((x) => x.b === p && x.a !== null);
      if (pair && (!best || rank(pair) > rank(best.pair) || (rank(pair) === rank(best.pair) && order(parent, best.parent) > 0))) best = { parent, pair };
    }
    const versions = best
      ? [...trace(best.parent, best.pair.a!), version(doc, p, best.pair.op as VersionOp, best.pair.similarity, best.pair.words)]
      : [version(doc, p, 'new', 1, [])];
    memo.set(key, versions);
    return versions;
  };

  const byN = new Map(root.doc.paragraphs.map((p) => [p.n, p]));
  const own = root.doc.paragraphs.filter((p) => partOf(p, byN) !== 'other');
  const paragraphs = own.map((p) => ({ label: labelOf(root.doc, p), paragraph_n: p.n, versions: trace(root.doc, p) }));

  const dropped: DroppedParagraph[] = [];
  for (const { parent, child } of edges.sort((x, y) => order(x.child, y.child) || order(x.parent, y.parent))) {
    for (const pair of pairs.get(`${parent.id}\u0000${child.id}`) ?? []) {
      if (pair.op !== 'removed' || !pair.a) continue;
      dropped.push({
        document_id: parent.id, symbol: parent.symbol, year: yearOf(parent), label: labelOf(parent, pair.a), paragraph_n: pair.a.n, text: pair.a.text,
        dropped_in: { document_id: child.id, symbol: child.symbol, year: yearOf(child) },
      });
    }
  }
  return { paragraphs, dropped };
}

/** The paragraph a label names ("OP2", "pp5", "OP1 a)"), or null. */
export function findParagraph(history: Provenance, label: string): ParagraphHistory | null {
  const want = label.replace(/\s+/g, ' ').trim().toUpperCase();
  return history.paragraphs.find((h) => h.label.toUpperCase() === want) ?? null;
}
