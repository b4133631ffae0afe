/**
 * `diffDocuments(a, b)`: the paragraph-aligned, word-level diff of two documents, in the
 * JSON shape of the CLI contract (docs/diff.md):
 *
 * { a: {id, symbol}, b: {id, symbol}, summary: {added, removed, changed, moved, unchanged},
 *   parts: { preambular: {…counts, a, b}, … }, identical,
 *   pairs: [ { op, part, similarity, a, b, position, moved, renumbered, words } ] }
 */
import type { Document, Paragraph } from '../types.js';
import { alignParagraphs, PARTS, round, type AlignOptions, type Part, type PairOp } from './align.js';
import { diffWords, type WordEdit } from './words.js';

export type { Part, PairOp } from './align.js';
export type { WordEdit } from './words.js';

export interface DiffSide {
  id: string;
  symbol: string | null;
}

export interface DiffPair {
  op: PairOp;
  /** "preambular" | "operative" | "other" */
  part: Part;
  /** 1 for equal and moved pairs, the word-level similarity for changed ones, 0 otherwise */
  similarity: number;
  a: Paragraph | null;
  b: Paragraph | null;
  /** 1-based position of each side within its part */
  position: { a: number | null; b: number | null };
  /** out of order with respect to the other matched paragraphs of the part */
  moved: boolean;
  /** both sides are numbered and the number changed */
  renumbered: boolean;
  /** the word-level edit script of a changed pair; [] for the other operations */
  words: WordEdit[];
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  unchanged: number;
}

export interface PartSummary extends DiffCounts {
  /** paragraphs of this part on each side */
  a: number;
  b: number;
}

export interface DiffResult {
  a: DiffSide;
  b: DiffSide;
  summary: DiffCounts;
  /** per part, only the parts present on either side */
  parts: Partial<Record<Part, PartSummary>>;
  /** true when every pair is "equal" (diff(1) exit code 0) */
  identical: boolean;
  pairs: DiffPair[];
}

export type DiffOptions = AlignOptions;

export function emptyCounts(): DiffCounts {
  return { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
}

export function count(counts: DiffCounts, op: PairOp): void {
  if (op === 'equal') counts.unchanged++;
  else counts[op]++;
}

/** Diff two paragraph lists (no document metadata). */
export function diffParagraphs(a: Paragraph[], b: Paragraph[], options: DiffOptions = {}): DiffPair[] {
  return alignParagraphs(a, b, options).map((p) => {
    let similarity = p.op === 'equal' || p.op === 'moved' ? 1 : 0;
    let words: WordEdit[] = [];
    if (p.op === 'changed') {
      const d = diffWords(p.a!.text, p.b!.text);
      similarity = round(d.similarity);
      words = d.words;
    }
    return { op: p.op, part: p.part, similarity, a: p.a, b: p.b, position: p.position, moved: p.moved, renumbered: p.renumbered, words };
  });
}

export function summarize(pairs: DiffPair[]): { summary: DiffCounts; parts: Partial<Record<Part, PartSummary>> } {
  const summary = emptyCounts();
  const parts: Partial<Record<Part, PartSummary>> = {};
  for (const part of PARTS) {
    const mine = pairs.filter((p) => p.part === part);
    if (mine.length === 0) continue;
    const s: PartSummary = { ...emptyCounts(), a: 0, b: 0 };
    for (const p of mine) {
      count(s, p.op);
      count(summary, p.op);
      if (p.a) s.a++;
      if (p.b) s.b++;
    }
    parts[part] = s;
  }
  return { summary, parts };
}

/** The diff of two documents (their own paragraphs; embedded parts are documents of their own). */
export function diffDocuments(a: Document, b: Document, options: DiffOptions = {}): DiffResult {
  const pairs = diffParagraphs(a.paragraphs, b.paragraphs, options);
  const { summary, parts } = summarize(pairs);
  return {
    a: { id: a.id, symbol: a.symbol },
    b: { id: b.id, symbol: b.symbol },
    summary,
    parts,
    identical: pairs.every((p) => p.op === 'equal'),
    pairs,
  };
}
