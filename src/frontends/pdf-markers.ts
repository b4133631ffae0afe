/**
 * Footnote references in text extracted from PDFs. The superscript marker is printed glued to
 * a word (`numérique4`), to a year (`20151`, `2021-202527`, `202117.`), spaced
 * (`gouvernementaux 1 .`, `internationale 2 et`) or alone on its own line. A number is taken
 * for a marker only when it is the next marker the page's footnote block defines (the running
 * footnote sequence), never guessed, or, printed in one of the surest ways, the marker of a note
 * referenced before (a second reference: `secondReferences`).
 *
 * A recognised marker is replaced in the line by a placeholder character (Unicode private use
 * area) that later passes through line joining and word repair untouched; `extractMarkers`
 * turns placeholders into `FootnoteRef`s with their character offsets.
 */
import type { FootnoteRef } from '../types.js';
import type { ContentLine, FootnoteLine } from './pdf-lines.js';
import { isMarkerOnly, numbersNext } from '../lexicon/pdf-layout.js';

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

/**
 * How sure a printed number is a footnote reference. Real numbers read like spaced markers
 * (`les 9 et 10 octobre`, `paragraphes 18 et 19`, `l’objectif 12,`), so a glued or lone
 * marker later on the page wins over a spaced one before it (A/RES/76/106 operative 30:
 * `paragraphes 18 et 19 … le Secrétaire général 18 ,`).
 */
const enum Rank {
  /** spaced after a word that numbers things (`objectif 12,`, `paragraphes 18 et`) */
  AfterNumberWord = 0,
  /** spaced before `et`: `internationale 2 et` */
  SpacedBeforeEt = 1,
  /** spaced, the punctuation glued after it (`no 4,` reads as a number more often) */
  SpacedGlued = 2,
  /** glued after a bracket (`(CM/Rec(2022)13)` is a symbol more often) */
  AfterBracket = 3,
  /** spaced, a space before the punctuation: `gouvernementaux 1 .`, `citons 13 :` */
  Spaced = 4,
  /** glued to a word or a year (`numérique4`, `20151`), or alone on its line */
  Strong = 5,
}

/** A place where a marker may be printed, in the coordinates of its segment. */
interface Candidate {
  /** index of the line in the segment */
  line: number;
  /** what the placeholder replaces in the line: the marker, with the spaces of a spaced one */
  from: number;
  to: number;
  /** the marker's own position, for ordering: segment offset of the line + start */
  at: number;
  rank: Rank;
}

/** A number glued to an opening bracket's closing is weaker: `(CM/Rec(2022)13)` is a symbol. */
const CLOSING_BRACKET = /[)\]]/u;
/** Spaces between a spaced marker and the punctuation after it (`gouvernementaux 1 .`). */
const SPACES_BEFORE_PUNCTUATION = /^ +(?=[.,)\]])/u;
const LINE_OPENS_WITH_PUNCTUATION = /^[.,;:)»\]]/u;
/** A decimal or thousands separator: `4,5 milliards`, `3,1 pour cent`. */
const DECIMAL = /^[.,]\d/u;

/** The candidates of line `text` for the markers in `wanted`, appended to `out` by marker. */
function lineCandidates(
  text: string,
  previous: string,
  next: string,
  line: number,
  base: number,
  wanted: ReadonlySet<string>,
  out: Map<string, Candidate[]>,
): void {
  const add = (marker: string, c: Candidate): void => {
    const list = out.get(marker);
    if (list) list.push(c);
    else out.set(marker, [c]);
  };
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    // a spaced marker ends the line, its punctuation opens the next (A/RES/75/174:
    // `… à l’égard des femmes 6` / `, la Convention relative …`)
    const rest = end === text.length && LINE_OPENS_WITH_PUNCTUATION.test(next) ? ` ${next.slice(0, 3)}` : text.slice(end, end + 4);
    if (!MARKER_END.test(rest)) continue;
    // a line that opens with a spaced marker: the word it follows ended the line before
    // (A/RES/77/1: `… catastrophe (2015-2030)` / page break / ` 4 ,`)
    const before = start === 0 && previous !== '' ? ' ' : text[start - 1] ?? '';
    const beforeWord = start === 0 ? previous.slice(-1) : text[start - 2] ?? '';
    if (wanted.has(run) && GLUED_AFTER.test(before)) {
      add(run, { line, from: start, to: end, at: base + start, rank: CLOSING_BRACKET.test(before) ? Rank.AfterBracket : Rank.Strong });
      continue;
    }
    const tail = run.slice(4);
    if (run.length > 4 && wanted.has(tail) && YEAR.test(run.slice(0, 4)) && !/\d/u.test(before)) {
      add(tail, { line, from: start + 4, to: end, at: base + start + 4, rank: Rank.Strong });
      continue;
    }
    if (wanted.has(run) && before === ' ' && /[\p{L}\d)»]/u.test(beforeWord) && SPACED_END.test(rest) && !DECIMAL.test(rest)) {
      const spaces = SPACES_BEFORE_PUNCTUATION.exec(text.slice(end, end + 8))?.[0].length ?? 0;
      let rank = rest.startsWith(' et') ? Rank.SpacedBeforeEt : spaces > 0 || rest.startsWith(' ') ? Rank.Spaced : Rank.SpacedGlued;
      const words = start === 0 ? previous.slice(-16) : text.slice(Math.max(0, start - 16), start - 1);
      if (numbersNext(words)) rank = Rank.AfterNumberWord;
      add(run, { line, from: Math.max(0, start - 1), to: end + spaces, at: base + start, rank });
    }
  }
}

/**
 * The reference to a marker from position `from` on: the first strong candidate before
 * `limit`, else the best weak one (first among equals). `list` is in reading order.
 */
function choose(list: Candidate[] | undefined, from: number, limit: number): Candidate | null {
  if (!list) return null;
  let best: Candidate | null = null;
  for (const c of list) {
    if (c.at < from) continue;
    if (c.at >= limit) break;
    if (c.rank === Rank.Strong) return c;
    if (best === null || c.rank > best.rank) best = c;
  }
  return best;
}

/** The first strong candidate at or after `from` (where the next marker is surely printed). */
function firstStrong(list: Candidate[] | undefined, from: number): number {
  for (const c of list ?? []) if (c.at >= from && c.rank === Rank.Strong) return c.at;
  return Infinity;
}

/**
 * Recognise footnote references in the content lines, segment by segment: each footnote
 * block defines the markers referenced in the text printed since the previous block, in
 * order. Mutates `line.text`. Returns the definitions whose reference was not found.
 */
export function recogniseMarkers(lines: ContentLine[], definitions: FootnoteLine[], table: MarkerTable): FootnoteLine[] {
  const bySegment = new Map<number, FootnoteLine[]>();
  for (const d of definitions) {
    const list = bySegment.get(d.segment);
    if (list) list.push(d);
    else bySegment.set(d.segment, [d]);
  }
  const defined = new Set(definitions.map((d) => d.marker));
  const referenced = new Set<string>();
  const unmatched: FootnoteLine[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.segment === lines[i]!.segment) j++;
    const segment = lines[i]!.segment;
    seen.add(segment);
    unmatched.push(...recogniseSegment(lines.slice(i, j), bySegment.get(segment) ?? [], defined, referenced, table));
    i = j;
  }
  for (const [seg, defs] of bySegment) if (!seen.has(seg)) unmatched.push(...defs);
  return unmatched;
}

/** A word a second reference may be glued to: two letters or more, the last one lower-case. */
const WORD_BEFORE_SECOND_REFERENCE = /\p{L}\p{Ll}$/u;

/**
 * Second references in a segment: a number printed as a marker of a note referenced earlier in
 * the document (`… pour les villes 8 , …` where note 8 was defined pages before, A/RES/75/124;
 * `… du 12 août 19492, …`, A/RES/79/83). The page defines no note for them, so only the
 * surest prints are taken: glued to a word of lower-case letters (`spatiales5`, not `G20` or
 * `CO2`) or to a year, or spaced with a space before a comma or full stop (`villes 8 ,`), which
 * French typography never prints after a number. Adds this segment's markers to `referenced`.
 */
function secondReferences(lines: ContentLine[], chosen: ReadonlyArray<{ c: Candidate; marker: string }>, referenced: Set<string>): Array<{ c: Candidate; marker: string }> {
  const first = new Map<string, number>();
  for (const m of referenced) first.set(m, -1);
  for (const { c, marker } of chosen) if (!first.has(marker) || first.get(marker)! > c.at) first.set(marker, c.at);
  const wanted = new Set([...first.keys()].filter((m) => /^\d+$/u.test(m)));
  const out: Array<{ c: Candidate; marker: string }> = [];
  if (wanted.size > 0) {
    const candidates = new Map<string, Candidate[]>();
    let base = 0;
    lines.forEach((line, n) => {
      if (!(line.tight && isMarkerOnly(line.text))) lineCandidates(line.text, lines[n - 1]?.text ?? '', lines[n + 1]?.text ?? '', n, base, wanted, candidates);
      base += line.text.length + 1;
    });
    const taken = chosen.map((x) => x.c);
    for (const [marker, list] of candidates) {
      for (const c of list) {
        if (c.at <= first.get(marker)!) continue;
        if (taken.some((t) => t.line === c.line && t.from < c.to && c.from < t.to)) continue;
        const text = lines[c.line]!.text;
        const before = text[c.from - 1] ?? '';
        const sure =
          c.rank === Rank.Strong
            ? /\d/u.test(before) || WORD_BEFORE_SECOND_REFERENCE.test(text.slice(0, c.from))
            : c.rank === Rank.Spaced && /^ +[.,]/u.test(text.slice(c.from + 1 + marker.length));
        if (!sure) continue;
        out.push({ c, marker });
        taken.push(c);
      }
    }
  }
  for (const { marker } of chosen) referenced.add(marker);
  return out;
}

/**
 * One segment: choose each pending marker's reference, then the second references to notes
 * referenced before (`referenced`, updated), then rebuild the lines once.
 */
function recogniseSegment(
  lines: ContentLine[],
  pending: FootnoteLine[],
  defined: ReadonlySet<string>,
  referenced: Set<string>,
  table: MarkerTable,
): FootnoteLine[] {
  const wanted = new Set(pending.map((d) => d.marker));
  const candidates = new Map<string, Candidate[]>();
  let base = 0;
  lines.forEach((line, n) => {
    if (line.tight && isMarkerOnly(line.text)) {
      // a superscript on its own line: unambiguous
      if (wanted.has(line.text)) {
        const list = candidates.get(line.text) ?? [];
        list.push({ line: n, from: 0, to: line.text.length, at: base, rank: Rank.Strong });
        candidates.set(line.text, list);
      }
    } else if (wanted.size > 0) lineCandidates(line.text, lines[n - 1]?.text ?? '', lines[n + 1]?.text ?? '', n, base, wanted, candidates);
    base += line.text.length + 1;
  });
  const chosen: Array<{ c: Candidate; marker: string }> = [];
  const unmatched: FootnoteLine[] = [];
  let cursor = 0;
  pending.forEach((d, k) => {
    const next = pending[k + 1];
    const limit = next ? firstStrong(candidates.get(next.marker), cursor) : Infinity;
    const c = choose(candidates.get(d.marker), cursor, limit);
    if (c === null) {
      unmatched.push(d);
      return;
    }
    chosen.push({ c, marker: d.marker });
    cursor = c.at + 1;
  });
  chosen.push(...secondReferences(lines, chosen, referenced));
  // a marker alone on its line that is defined on an earlier page: a repeated reference
  const taken = new Set(chosen.filter((x) => x.c.from === 0 && lines[x.c.line]!.tight).map((x) => x.c.line));
  lines.forEach((line, n) => {
    if (line.tight && isMarkerOnly(line.text) && defined.has(line.text) && !taken.has(n)) {
      chosen.push({ c: { line: n, from: 0, to: line.text.length, at: -1, rank: Rank.Strong }, marker: line.text });
    }
  });
  // rebuild each line once from pieces (no quadratic re-slicing of long lines)
  const byLine = new Map<number, Array<{ c: Candidate; marker: string }>>();
  for (const x of chosen) {
    const list = byLine.get(x.c.line);
    if (list) list.push(x);
    else byLine.set(x.c.line, [x]);
  }
  for (const [n, list] of byLine) {
    const line = lines[n]!;
    const text = line.text;
    list.sort((a, b) => a.c.from - b.c.from);
    const pieces: string[] = [];
    let done = 0;
    for (const { c, marker } of list) {
      const ph = table.placeholder(marker);
      if (ph === null || c.from < done) continue;
      pieces.push(text.slice(done, c.from), ph);
      done = c.to;
    }
    line.text = pieces.join('') + text.slice(done);
  }
  return unmatched;
}
