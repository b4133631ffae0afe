/**
 * Paragraph alignment of two documents, part by part (preambular with preambular, operative
 * with operative, everything else with everything else).
 *
 * 1. Exact matches: same text key (see words.ts: apostrophe, spacing, hyphen variants folded).
 * 2. Similar matches among the rest: candidate pairs come from an inverted index of *rare*
 *    word shingles (unigrams and bigrams of folded words; a shingle found in more than `cap`
 *    paragraphs is ignored), each paragraph keeps its best few candidates, scored on folded
 *    word multisets weighted by rarity among the paragraphs still to pair (idf), as the mean
 *    of Dice and containment. A candidate must be plausible from both sides (close to the best score
 *    of its A paragraph and of its B paragraph), so that a paragraph merged into another is
 *    reported as removed rather than stealing the match. Cost: O(words × cap), not quadratic.
 * 3. A monotone backbone: the heaviest chain of candidate pairs increasing on both sides
 *    (weighted longest increasing subsequence, Fenwick tree, O(m log m)). Pairs in the chain
 *    are in order; the remaining candidates are assigned greedily, best first: those are the
 *    paragraphs that moved.
 */
import { fold } from '../text/fold.js';
import type { Paragraph } from '../types.js';
import { textKey } from './words.js';

export type Part = 'preambular' | 'operative' | 'other';
export const PARTS: readonly Part[] = ['preambular', 'operative', 'other'];

export type PairOp = 'equal' | 'changed' | 'moved' | 'added' | 'removed';

export interface AlignedPair {
  op: PairOp;
  part: Part;
  a: Paragraph | null;
  b: Paragraph | null;
  /** 1-based position of each side within its part */
  positions: { a: number | null; b: number | null };
  /** how analysts cite each side: "PP3", "OP4", "OP1 a)", "¶12" */
  labels: { a: string | null; b: string | null };
  /** out of order with respect to the other matched paragraphs of the part */
  moved: boolean;
  /** both sides have a number and it differs (op. 3 → op. 4) */
  renumbered: boolean;
  /** alignment score for similar pairs (1 for exact ones, 0 for added/removed) */
  score: number;
}

export interface AlignOptions {
  /** minimum score for two different paragraphs to be paired as "changed" (default 0.45) */
  threshold?: number;
  /** a candidate is kept if its score is at least this share of the best score of both of
   *  its paragraphs (default 0.85) */
  plausibility?: number;
  /** candidates kept per paragraph (default 6) */
  candidates?: number;
}

/** Which part a paragraph belongs to; subparagraphs follow their parent. */
export function partOf(p: Paragraph, byN?: Map<number, Paragraph>): Part {
  switch (p.kind) {
    case 'preambular':
      return 'preambular';
    case 'operative':
      return 'operative';
    case 'subparagraph': {
      const parent = p.parent_n != null ? byN?.get(p.parent_n) : undefined;
      return parent?.kind === 'preambular' ? 'preambular' : 'operative';
    }
    default:
      return 'other';
  }
}

export function splitParts(paragraphs: Paragraph[]): Record<Part, Paragraph[]> {
  const byN = new Map(paragraphs.map((p) => [p.n, p]));
  const out: Record<Part, Paragraph[]> = { preambular: [], operative: [], other: [] };
  for (const p of paragraphs) out[partOf(p, byN)].push(p);
  return out;
}

interface Candidate {
  a: number;
  b: number;
  score: number;
  exact: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

interface Bag {
  counts: Map<string, number>;
  shingles: Set<string>;
}

function bagOf(text: string): Bag {
  const words = fold(text).match(WORD) ?? [];
  const counts = new Map<string, number>();
  const shingles = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    counts.set(w, (counts.get(w) ?? 0) + 1);
    shingles.add(w);
    if (i > 0) shingles.add(`${words[i - 1]} ${w}`);
  }
  return { counts, shingles };
}

/** Word weights among the paragraphs to pair: log(1 + N / document frequency), so that the words every
 *  paragraph repeats ("Groupe de travail à composition non limitée") weigh little. */
function idfWeights(bags: Bag[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b.counts.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = bags.length;
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log(1 + n / d));
  return idf;
}

function mass(b: Bag, idf: Map<string, number>): number {
  let m = 0;
  for (const [w, c] of b.counts) m += c * idf.get(w)!;
  return m;
}

/** Score of two weighted word multisets: mean of Dice and containment (common / smaller). */
function score(x: Bag, mx: number, y: Bag, my: number, idf: Map<string, number>): number {
  if (mx === 0 || my === 0) return 0;
  const [small, big] = x.counts.size <= y.counts.size ? [x.counts, y.counts] : [y.counts, x.counts];
  let common = 0;
  for (const [w, c] of small) {
    const d = big.get(w);
    if (d) common += Math.min(c, d) * idf.get(w)!;
  }
  const dice = (2 * common) / (mx + my);
  const containment = common / Math.min(mx, my);
  return (dice + containment) / 2;
}

/** Heaviest chain of pairs strictly increasing in a and b. Returns the indices of the chain. */
function heaviestChain(pairs: Candidate[], nB: number): Set<number> {
  const order = pairs.map((_, i) => i).sort((i, j) => pairs[i]!.a - pairs[j]!.a || pairs[j]!.b - pairs[i]!.b);
  // Fenwick tree over b (1-based) holding the best chain (weight, last pair) ending at or before b
  const treeW = new Float64Array(nB + 1);
  const treeI = new Int32Array(nB + 1).fill(-1);
  const best = new Float64Array(pairs.length);
  const prev = new Int32Array(pairs.length).fill(-1);
  const query = (b: number): [number, number] => {
    let w = 0;
    let idx = -1;
    for (let k = b; k > 0; k -= k & -k) {
      if (treeW[k]! > w) {
        w = treeW[k]!;
        idx = treeI[k]!;
      }
    }
    return [w, idx];
  };
  const update = (b: number, w: number, idx: number): void => {
    for (let k = b; k <= nB; k += k & -k) {
      if (w > treeW[k]!) {
        treeW[k] = w;
        treeI[k] = idx;
      }
    }
  };
  let top = -1;
  let topW = 0;
  for (const i of order) {
    const p = pairs[i]!;
    const [w, idx] = query(p.b); // chains ending strictly before b (b is 0-based here, tree is 1-based)
    best[i] = w + weight(p);
    prev[i] = idx;
    update(p.b + 1, best[i]!, i);
    if (best[i]! > topW) {
      topW = best[i]!;
      top = i;
    }
  }
  const chain = new Set<number>();
  for (let i = top; i !== -1; i = prev[i]!) chain.add(i);
  return chain;
}

/** How a paragraph is cited: its number, prefixed by its parent's for a subparagraph ("1 a)"). */
export interface Citer {
  number(p: Paragraph): string | null;
  label(p: Paragraph, position: number): string;
}

/** The citer of one document's paragraphs. */
export function citer(paragraphs: Paragraph[]): Citer {
  const byN = new Map(paragraphs.map((p) => [p.n, p]));
  const parentNumber = (p: Paragraph): string | null =>
    p.kind === 'subparagraph' && p.parent_n != null ? byN.get(p.parent_n)?.number ?? null : null;
  return {
    number(p) {
      const parent = parentNumber(p);
      return parent && p.number ? `${parent} ${p.number}` : p.number;
    },
    label(p, position) {
      if (p.kind === 'preambular') return `PP${position}`;
      if (p.kind === 'operative') return `OP${p.number ?? `(${position})`}`;
      const parent = parentNumber(p);
      if (parent && p.number) return byN.get(p.parent_n!)?.kind === 'operative' ? `OP${parent} ${p.number}` : `${parent} ${p.number}`;
      return p.number ?? `¶${position}`;
    },
  };
}

const PLAIN: Citer = citer([]);

/** Chain weight: an exact match counts a little more than the best possible similar one. */
function weight(c: Candidate): number {
  return c.exact ? 1.01 : c.score;
}

/** Align the paragraphs of one part. */
export function alignPart(part: Part, A: Paragraph[], B: Paragraph[], options: AlignOptions = {}, citeA: Citer = PLAIN, citeB: Citer = PLAIN): AlignedPair[] {
  const threshold = options.threshold ?? 0.45;
  const plausibility = options.plausibility ?? 0.85;
  const perParagraph = options.candidates ?? 6;

  const pairs: Candidate[] = [];
  const matchedA = new Array<boolean>(A.length).fill(false);
  const matchedB = new Array<boolean>(B.length).fill(false);

  // 1. exact matches by text key, k-th occurrence with k-th occurrence
  const byKey = new Map<string, { js: number[]; next: number }>();
  B.forEach((p, j) => {
    const k = textKey(p.text);
    const entry = byKey.get(k);
    if (entry) entry.js.push(j);
    else byKey.set(k, { js: [j], next: 0 });
  });
  A.forEach((p, i) => {
    const entry = byKey.get(textKey(p.text));
    const j = entry ? entry.js[entry.next++] : undefined;
    if (j !== undefined) {
      pairs.push({ a: i, b: j, score: 1, exact: true });
      matchedA[i] = true;
      matchedB[j] = true;
    }
  });

  // 2. similar candidates among the rest, through rare shingles
  const restA = A.map((_, i) => i).filter((i) => !matchedA[i]);
  const restB = B.map((_, j) => j).filter((j) => !matchedB[j]);
  const similar: Candidate[] = [];
  if (restA.length > 0 && restB.length > 0) {
    // word bags of the unmatched paragraphs only; rarity is measured among them
    const bagsA: Bag[] = [];
    const bagsB: Bag[] = [];
    for (const i of restA) bagsA[i] = bagOf(A[i]!.text);
    for (const j of restB) bagsB[j] = bagOf(B[j]!.text);
    const idf = idfWeights([...restA.map((i) => bagsA[i]!), ...restB.map((j) => bagsB[j]!)]);
    const massA: number[] = [];
    const massB: number[] = [];
    for (const i of restA) massA[i] = mass(bagsA[i]!, idf);
    for (const j of restB) massB[j] = mass(bagsB[j]!, idf);
    const index = new Map<string, number[]>();
    for (const j of restB) {
      for (const s of bagsB[j]!.shingles) {
        const list = index.get(s);
        if (list) list.push(j);
        else index.set(s, [j]);
      }
    }
    const cap = Math.max(24, Math.ceil(4 * Math.sqrt(restB.length)));
    for (const i of restA) {
      const x = bagsA[i]!;
      const hits = new Map<number, number>();
      for (const s of x.shingles) {
        const list = index.get(s);
        if (!list || list.length > cap) continue;
        for (const j of list) hits.set(j, (hits.get(j) ?? 0) + 1);
      }
      const top = [...hits].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, perParagraph);
      for (const [j] of top) {
        const s = score(x, massA[i]!, bagsB[j]!, massB[j]!, idf);
        if (s >= threshold) similar.push({ a: i, b: j, score: s, exact: false });
      }
    }
    // plausible from both sides
    const bestA = new Map<number, number>();
    const bestB = new Map<number, number>();
    for (const c of similar) {
      bestA.set(c.a, Math.max(bestA.get(c.a) ?? 0, c.score));
      bestB.set(c.b, Math.max(bestB.get(c.b) ?? 0, c.score));
    }
    for (const c of similar) {
      if (c.score >= plausibility * bestA.get(c.a)! && c.score >= plausibility * bestB.get(c.b)!) pairs.push(c);
    }
  }

  // 3. monotone backbone, then the moved ones
  const chain = heaviestChain(pairs, B.length);
  const chosen: Array<Candidate & { inOrder: boolean }> = [];
  for (const k of chain) chosen.push({ ...pairs[k]!, inOrder: true });
  const usedA = new Set(chosen.map((c) => c.a));
  const usedB = new Set(chosen.map((c) => c.b));
  const rest = pairs
    .filter((_, k) => !chain.has(k))
    .sort((p, q) => weight(q) - weight(p) || p.a - q.a || p.b - q.b);
  for (const c of rest) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    chosen.push({ ...c, inOrder: false });
  }

  // 4. pairs in reading order of B; removed paragraphs after the B position of their nearest
  //    preceding in-order A neighbour
  const bOfA = new Map<number, number>();
  for (const c of chosen) if (c.inOrder) bOfA.set(c.a, c.b);
  const keyed: Array<{ k1: number; k2: number; k3: number; pair: AlignedPair }> = [];
  for (const c of chosen) {
    const a = A[c.a]!;
    const b = B[c.b]!;
    const na = citeA.number(a);
    const nb = citeB.number(b);
    const renumbered = na !== null && nb !== null && na !== nb;
    const moved = !c.inOrder;
    const op: PairOp = c.exact ? (moved || renumbered ? 'moved' : 'equal') : 'changed';
    keyed.push({
      k1: c.b, k2: 1, k3: 0,
      pair: {
        op, part, a, b, positions: { a: c.a + 1, b: c.b + 1 }, labels: { a: citeA.label(a, c.a + 1), b: citeB.label(b, c.b + 1) },
        moved, renumbered, score: c.exact ? 1 : round(c.score),
      },
    });
  }
  B.forEach((b, j) => {
    if (usedB.has(j)) return;
    keyed.push({ k1: j, k2: 1, k3: 0, pair: { op: 'added', part, a: null, b, positions: { a: null, b: j + 1 }, labels: { a: null, b: citeB.label(b, j + 1) }, moved: false, renumbered: false, score: 0 } });
  });
  let anchor = -1;
  A.forEach((a, i) => {
    const b = bOfA.get(i);
    if (b !== undefined) anchor = b;
    if (usedA.has(i)) return;
    keyed.push({ k1: anchor, k2: 2, k3: i, pair: { op: 'removed', part, a, b: null, positions: { a: i + 1, b: null }, labels: { a: citeA.label(a, i + 1), b: null }, moved: false, renumbered: false, score: 0 } });
  });
  keyed.sort((p, q) => p.k1 - q.k1 || p.k2 - q.k2 || p.k3 - q.k3);
  return keyed.map((k) => k.pair);
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Align two paragraph lists part by part: preambular, operative, then the rest. */
export function alignParagraphs(a: Paragraph[], b: Paragraph[], options: AlignOptions = {}): AlignedPair[] {
  const pa = splitParts(a);
  const pb = splitParts(b);
  const ca = citer(a);
  const cb = citer(b);
  return PARTS.flatMap((part) => alignPart(part, pa[part], pb[part], options, ca, cb));
}
