/**
 * Footnote references in text extracted from PDFs. The superscript marker is printed glued to
 * a word (`numérique4`), to a year (`20151`, `2021-202527`, `202117.`), spaced
 * (`gouvernementaux 1 .`, `internationale 2 et`) or alone on its own line. A number is taken
 * for a marker only when it is the next marker the page's footnote block defines (the running
 * footnote sequence), never guessed.
 *
 * A recognised marker is replaced in the line by a placeholder character (Unicode private use
 * area) that later passes through line joining and word repair untouched; `extractMarkers`
 * turns placeholders into `FootnoteRef`s with their character offsets.
 */
import type { FootnoteRef } from '../types.js';
import type { ContentLine, FootnoteLine } from './pdf-lines.js';
import { isMarkerOnly } from '../lexicon/pdf-layout.js';

const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_LIMIT = 0xf8ff - PLACEHOLDER_BASE;
const PLACEHOLDER = /[\uE000-\uF8FF]/u;

/** Characters a glued marker follows: a letter, a closing quote or bracket. */
const GLUED_AFTER = /[\p{L}’»)\]]/u;
/** What may follow a marker: the end, a space, punctuation. */
const MARKER_END = /^(?:$|[\s.,;:)»!?\]])/u;
/** What may follow a spaced marker (` 1 .`, ` 2 et`, ` 22,`). */
const SPACED_END = /^(?: ?[.,;:)»\]]| et\b)/u;
const DIGITS = /\d+|\*{1,3}/gu;
const YEAR = /^(?:19|20)\d\d$/u;

/** The markers recognised in a document, indexed by placeholder. */
export class MarkerTable {
  private readonly markers: string[] = [];

  /** The placeholder for a marker, or null when the table is full. */
  placeholder(marker: string): string | null {
    if (this.markers.length > PLACEHOLDER_LIMIT) return null;
    this.markers.push(marker);
    return String.fromCharCode(PLACEHOLDER_BASE + this.markers.length - 1);
  }

  /** Remove placeholders from a text; their offsets become footnote references. */
  extract(text: string): { text: string; footnotes: FootnoteRef[] } {
    if (!PLACEHOLDER.test(text)) return { text, footnotes: [] };
    const footnotes: FootnoteRef[] = [];
    let out = '';
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (ch.length === 1 && code >= PLACEHOLDER_BASE && code <= PLACEHOLDER_BASE + PLACEHOLDER_LIMIT) {
        footnotes.push({ marker: this.markers[code - PLACEHOLDER_BASE] ?? '', offset: out.length });
      } else out += ch;
    }
    return { text: out, footnotes };
  }
}

interface Candidate {
  /** where the marker starts and ends in the line */
  start: number;
  end: number;
  spaced: boolean;
}

/** The first place at or after `from` where `marker` is printed as a footnote reference. */
function findMarker(text: string, marker: string, from: number): Candidate | null {
  DIGITS.lastIndex = from;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    const rest = text.slice(end, end + 4);
    if (!MARKER_END.test(rest)) continue;
    const before = text[start - 1] ?? '';
    if (run === marker && GLUED_AFTER.test(before)) return { start, end, spaced: false };
    if (run.length > 4 && YEAR.test(run.slice(0, 4)) && run.slice(4) === marker && !/\d/u.test(before)) {
      return { start: start + 4, end, spaced: false };
    }
    if (run === marker && before === ' ' && /[\p{L}\d)»]/u.test(text[start - 2] ?? '') && SPACED_END.test(rest)) {
      return { start, end, spaced: true };
    }
  }
  return null;
}

/** Spaces between a spaced marker and the punctuation after it (`gouvernementaux 1 .`). */
const SPACES_BEFORE_PUNCTUATION = /^ +(?=[.,)\]])/u;

/**
 * Recognise footnote references in the content lines, segment by segment: each footnote
 * block defines the markers referenced in the text printed since the previous block.
 * Mutates `line.text`. Returns the definitions whose reference was not found.
 */
export function recogniseMarkers(lines: ContentLine[], definitions: FootnoteLine[], table: MarkerTable): FootnoteLine[] {
  const bySegment = new Map<number, FootnoteLine[]>();
  for (const d of definitions) {
    const list = bySegment.get(d.segment);
    if (list) list.push(d);
    else bySegment.set(d.segment, [d]);
  }
  const defined = new Set(definitions.map((d) => d.marker));
  const unmatched: FootnoteLine[] = [];
  const seen = new Set<number>();
  let segment = -1;
  let pending: FootnoteLine[] = [];
  let k = 0;
  const closeSegment = (): void => {
    for (; k < pending.length; k++) unmatched.push(pending[k]!);
  };
  for (const line of lines) {
    if (line.segment !== segment) {
      closeSegment();
      segment = line.segment;
      seen.add(segment);
      pending = bySegment.get(segment) ?? [];
      k = 0;
    }
    if (line.tight && isMarkerOnly(line.text) && defined.has(line.text)) {
      // a superscript on its own line: unambiguous, also a repeated reference
      const ph = table.placeholder(line.text);
      if (ph === null) continue;
      if (pending[k]?.marker === line.text) k++;
      line.text = ph;
      continue;
    }
    // the line is rebuilt once from pieces (no quadratic re-slicing of long lines)
    const text = line.text;
    const pieces: string[] = [];
    let done = 0;
    while (k < pending.length) {
      const c = findMarker(text, pending[k]!.marker, done);
      if (c === null) break;
      const ph = table.placeholder(pending[k]!.marker);
      if (ph === null) break;
      const left = text.slice(done, c.start);
      pieces.push(c.spaced ? left.trimEnd() : left, ph);
      done = c.end;
      if (c.spaced) done += SPACES_BEFORE_PUNCTUATION.exec(text.slice(done, done + 8))?.[0].length ?? 0;
      k++;
    }
    if (pieces.length > 0) line.text = pieces.join('') + text.slice(done);
  }
  closeSegment();
  for (const [seg, defs] of bySegment) if (!seen.has(seg)) unmatched.push(...defs);
  return unmatched;
}
