/**
 * Parts: the texts a document embeds.
 *
 *  - A committee report recommends drafts: "Projet de résolution I", "Projet de décision II"
 *    each open a part that runs until the next part heading, or until the report's own
 *    numbering resumes ("18. La Première Commission recommande …").
 *  - A Secretary-General report's annex holds one reply per State or organisation: the
 *    table of contents lists them; a heading after "Annexe" that the table lists (and that
 *    is not a "Réponses reçues …" group heading) opens a reply. Without a table of contents,
 *    a heading followed by an "Original :" line does.
 *
 * `splitParts` only cuts the block stream; recognize.ts builds each part.
 */
import { fold } from '../text/fold.js';
import {
  draftReferencePattern, draftSymbolPattern, isAnnexHeading, isReplyGroupHeading, readOriginalLine, readPartHeading, type PartHeading,
} from '../lexicon/doc-kinds-fr.js';
import { matchLead } from '../lexicon/leads-fr.js';
import { resolveCountry } from '../lexicon/countries.js';
import type { Block, Paragraph } from '../types.js';
import { readLabel } from './labels.js';

/** Longest text a reply heading or an annex heading printed as a plain line can have. */
const REPLY_HEADING_MAX = 120;

export interface PartSlice {
  kind: 'draft-resolution' | 'draft-decision' | 'submission';
  /** "I", "II" for drafts; the heading as printed for a submission */
  label: string;
  /** index of the block that opens the part */
  heading: number;
  /** indexes of the part's blocks after its heading */
  blocks: number[];
}

export interface Split {
  /** indexes of the document's own blocks (from the body start) */
  main: number[];
  parts: PartSlice[];
}

/** "Allemagne . . . . 12", "Allemagne | 12", "Allemagne\t12" → "Allemagne". */
export function tocEntry(text: string): string | null {
  const m = /^(.*?)(?:\s*(?:\.\s*){2,}|\s*\|\s*|\t+)\s*(\d+)\s*$/u.exec(text);
  const name = (m ? m[1] : text)?.trim() ?? '';
  return name === '' || fold(name) === 'page' ? null : name;
}

/** The replies a table of contents lists after its "Annexe" entry (keys: see `headingKey`). */
export function tocReplies(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  let inAnnex = false;
  for (const b of blocks) {
    if (b.kind !== 'table-row') continue;
    const name = tocEntry(b.text);
    if (name === null) continue;
    if (isAnnexHeading(name)) {
      inAnnex = true;
      continue;
    }
    if (inAnnex && !isReplyGroupHeading(name)) out.add(headingKey(name));
  }
  return out;
}

/** A reply heading's key: the State's code when the gazetteer knows the name, else the folded name. */
function headingKey(text: string): string {
  const country = resolveCountry(text);
  return country ? country.iso3 : fold(text).replace(/[*\\]+/gu, '').trim();
}

function nextTextBlock(blocks: readonly Block[], from: number): Block | undefined {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (b && b.kind !== 'footnote') return b;
  }
  return undefined;
}

/** Cut the block stream from `start` into the document's own blocks and its parts. */
export function splitParts(blocks: readonly Block[], start: number): Split {
  const replies = tocReplies(blocks);
  const main: number[] = [];
  const parts: PartSlice[] = [];
  let current: PartSlice | null = null;
  let inAnnex = false;
  let mainLast = 0;
  let partLast = 0;

  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.kind === 'table-row') {
      if (b) main.push(i);
      continue;
    }
    const draft: PartHeading | null = b.kind === 'footnote' ? null : readPartHeading(b.text);
    if (draft) {
      current = { kind: draft.kind, label: draft.label, heading: i, blocks: [] };
      parts.push(current);
      partLast = 0;
      continue;
    }
    const headingLike = b.kind === 'heading' || (b.kind === 'paragraph' && b.text.length <= REPLY_HEADING_MAX);
    if (headingLike && isAnnexHeading(b.text)) {
      inAnnex = true;
      current = null;
      main.push(i);
      continue;
    }
    if (inAnnex && headingLike) {
      if (isReplyGroupHeading(b.text)) {
        current = null;
        main.push(i);
        continue;
      }
      const listed = replies.size > 0 ? replies.has(headingKey(b.text)) : readOriginalLine(nextTextBlock(blocks, i + 1)?.text ?? '') !== null;
      if (listed) {
        current = { kind: 'submission', label: b.text, heading: i, blocks: [] };
        parts.push(current);
        continue;
      }
    }
    const label = b.kind === 'paragraph' || b.kind === 'list-item' ? readLabel(b.text) : null;
    const value = label?.kind === 'arabic' ? label.value : null;
    if (current && current.kind !== 'submission' && value !== null) {
      const resumes = value === mainLast + 1 && value !== partLast + 1 && matchLead(label?.rest ?? '') === null;
      if (resumes) current = null;
      else partLast = value;
    }
    if (current) current.blocks.push(i);
    else {
      if (value !== null && !inAnnex) mainLast = Math.max(mainLast, value);
      main.push(i);
    }
  }
  return { main, parts };
}

/**
 * Symbols the report gives its drafts: "le projet de résolution A/C.1/75/L.8/Rev.1 a été
 * adopté … (voir par. 17 ci-après, projet de résolution II)" → "resolution II" → that symbol
 * (the last symbol written before the reference, in the same paragraph).
 */
export function draftSymbols(paragraphs: readonly Paragraph[]): Map<string, string> {
  const out = new Map<string, string>();
  const symbolRe = new RegExp(draftSymbolPattern(), 'gu');
  const refRe = new RegExp(draftReferencePattern(), 'giu');
  for (const p of paragraphs) {
    for (const ref of p.text.matchAll(refRe)) {
      const before = p.text.slice(0, ref.index ?? 0);
      const symbols = [...before.matchAll(symbolRe)].map((m) => m[0]);
      const last = symbols[symbols.length - 1];
      const key = `${fold(ref[1] ?? '')} ${(ref[2] ?? '').toUpperCase()}`;
      if (last && !out.has(key)) out.set(key, last);
    }
  }
  return out;
}

/** The key `draftSymbols` uses for a part. */
export function draftKey(kind: PartSlice['kind'], label: string): string {
  return `${kind === 'draft-decision' ? 'decision' : 'resolution'} ${label}`;
}
