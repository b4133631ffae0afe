/**
 * `diffDocuments(a, b)`: the paragraph-aligned, word-level diff of two documents, in the
 * JSON shape of the CLI contract (docs/diff.md):
 *
 * { a: {id, symbol}, b: {id, symbol}, summary: {added, removed, changed, moved, unchanged},
 *   parts: { preambular: {…counts, a, b}, … }, identical,
 *   pairs: [ { op, part, within, similarity, a, b, position, label, moved, renumbered, words } ] }
 *
 * Embedded documents (the drafts of a committee report, the replies of an SG report) are
 * paired by symbol, author, id fragment or title, and diffed in turn; their pairs carry
 * `within`, the embedded document they belong to (null for the document's own paragraphs).
 */
import type { Document, Paragraph } from '../types.js';
import { alignParagraphs, PARTS, round, type AlignedPair, type AlignOptions, type Part, type PairOp } from './align.js';
import { diffWords, textKey, type WordEdit } from './words.js';

export type { Part, PairOp } from './align.js';
export type { WordEdit } from './words.js';

export interface DiffSide {
  document_id: string;
  symbol: string | null;
}

/** An aligned pair as printed: the alignment (op, part, sides, position, label, moved,
 *  renumbered) without its internal score, plus where it sits, its similarity and its word edits. */
export interface DiffPair extends Omit<AlignedPair, 'score'> {
  /** the embedded document (part of a report) the pair belongs to; null at the top level */
  within: DiffSide | null;
  /** 1 for equal and moved pairs, the word-level similarity for changed ones, 0 otherwise */
  similarity: number;
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
  by_part: Partial<Record<Part, PartSummary>>;
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
export function diffParagraphs(a: Paragraph[], b: Paragraph[], options: DiffOptions = {}, within: DiffSide | null = null): DiffPair[] {
  return alignParagraphs(a, b, options).map((p) => {
    let similarity = p.op === 'equal' || p.op === 'moved' ? 1 : 0;
    let words: WordEdit[] = [];
    if (p.op === 'changed') {
      const d = diffWords(p.a!.text, p.b!.text);
      similarity = round(d.similarity);
      words = d.words;
    }
    return { op: p.op, part: p.part, within, similarity, a: p.a, b: p.b, positions: p.positions, labels: p.labels, moved: p.moved, renumbered: p.renumbered, words };
  });
}

/** Keys that identify an embedded document across versions, most specific first. */
function partKeys(d: Document): string[] {
  const keys: string[] = [];
  if (d.symbol) keys.push(`symbol:${d.symbol.toUpperCase()}`);
  if (d.author) keys.push(`author:${d.author}`);
  const hash = d.id.indexOf('#');
  if (hash >= 0) keys.push(`id:${d.id.slice(hash + 1)}`);
  if (d.title) keys.push(`title:${textKey(d.title)}`);
  return keys;
}

/** Pair the embedded documents of two versions: B's order, then the ones only in A. */
export function pairParts(a: Document[], b: Document[]): Array<[Document | null, Document | null]> {
  const usedA = new Set<number>();
  const out: Array<[Document | null, Document | null]> = [];
  const keysA = a.map(partKeys);
  for (const pb of b) {
    let found = -1;
    for (const key of partKeys(pb)) {
      found = keysA.findIndex((ks, i) => !usedA.has(i) && ks.includes(key));
      if (found >= 0) break;
    }
    if (found >= 0) usedA.add(found);
    out.push([found >= 0 ? a[found]! : null, pb]);
  }
  a.forEach((pa, i) => {
    if (!usedA.has(i)) out.push([pa, null]);
  });
  return out;
}

function side(d: Document): DiffSide {
  return { document_id: d.id, symbol: d.symbol };
}

function diffTree(a: Document | null, b: Document | null, within: DiffSide | null, options: DiffOptions): DiffPair[] {
  const pairs = diffParagraphs(a?.paragraphs ?? [], b?.paragraphs ?? [], options, within);
  for (const [pa, pb] of pairParts(a?.parts ?? [], b?.parts ?? [])) {
    pairs.push(...diffTree(pa, pb, side((pb ?? pa)!), options));
  }
  return pairs;
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

/** The diff of two documents: their own paragraphs, then their embedded documents, paired. */
export function diffDocuments(a: Document, b: Document, options: DiffOptions = {}): DiffResult {
  const pairs = diffTree(a, b, null, options);
  const { summary, parts } = summarize(pairs);
  return {
    a: side(a),
    b: side(b),
    summary,
    by_part: parts,
    identical: pairs.every((p) => p.op === 'equal'),
    pairs,
  };
}

/**
 * One row per aligned pair (`diff --jsonl/--csv/--tsv`): the flat form of a pair, its sides
 * prefixed `a_` and `b_`, its word changes as in `history` (docs/diff.md, docs/model.md).
 */
export interface DiffRow {
  op: PairOp;
  part: Part;
  /** the embedded document (part of a report) the pair belongs to; null at the top level */
  within_document_id: string | null;
  a_n: number | null;
  b_n: number | null;
  a_label: string | null;
  b_label: string | null;
  a_position: number | null;
  b_position: number | null;
  moved: boolean;
  renumbered: boolean;
  similarity: number;
  removed_words: string;
  added_words: string;
  a_line: number | null;
  b_line: number | null;
  a_text: string | null;
  b_text: string | null;
}

/** The columns of a DiffRow, in order (the header of an empty CSV too). */
export const DIFF_ROW_KEYS = ['op', 'part', 'within_document_id', 'a_n', 'b_n', 'a_label', 'b_label', 'a_position', 'b_position',
  'moved', 'renumbered', 'similarity', 'removed_words', 'added_words', 'a_line', 'b_line', 'a_text', 'b_text'] as const satisfies readonly (keyof DiffRow)[];

/** The word edits of one kind, joined with ` | ` (the form of `history --csv`). */
export function joinedWords(words: readonly WordEdit[], op: WordEdit['op']): string {
  return words.filter((w) => w.op === op).map((w) => w.text.trim()).join(' | ');
}

export function diffRows(result: DiffResult): DiffRow[] {
  return result.pairs.map((p) => {
    return {
      op: p.op,
      part: p.part,
      within_document_id: p.within?.document_id ?? null,
      a_n: p.a?.n ?? null,
      b_n: p.b?.n ?? null,
      a_label: p.labels.a,
      b_label: p.labels.b,
      a_position: p.positions.a,
      b_position: p.positions.b,
      moved: p.moved,
      renumbered: p.renumbered,
      similarity: p.similarity,
      removed_words: joinedWords(p.words, 'removed'),
      added_words: joinedWords(p.words, 'added'),
      a_line: p.a?.line ?? null,
      b_line: p.b?.line ?? null,
      a_text: p.a?.text ?? null,
      b_text: p.b?.text ?? null,
    };
  });
}
