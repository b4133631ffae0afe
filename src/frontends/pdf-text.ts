/**
 * PDF-text front-end: plain text extracted from UN PDFs → Block stream (docs/format-pdf-text.md).
 *
 *  1. pdf-lines.ts classifies the physical lines (content, footnote definitions, link URLs,
 *     running headers and footers) and finds page starts;
 *  2. pdf-markers.ts recognises footnote references by the running footnote sequence;
 *  3. this module assembles printed paragraphs (re-joined across lines, pages and footnote
 *     blocks), decides headings and list items, emits footnote definitions after the block in
 *     which their page ended, repairs broken words (pdf-repair.ts) and attaches URL lines as
 *     link evidence to the block of their page that prints the linked text.
 *
 * Lenient: whatever the input, a Block list comes back (possibly with warnings). Linear time.
 */
import type { Block, BlockKind, FrontEndResult, LinkRef, Warning } from '../types.js';
import { clean } from '../text/fold.js';
import { endsDangling, startsLowerCase } from './blocks.js';
import { scanPdfLines, type ContentLine, type FootnoteLine, type UrlLine } from './pdf-lines.js';
import { MarkerTable, recogniseMarkers } from './pdf-markers.js';
import { Vocabulary, dropsHyphen, repairWords } from './pdf-repair.js';
import { ASTERISK_DEF, STAR_SEPARATOR } from './markdown-patterns.js';
import { resolutionShortForm, undocsSymbol } from '../lexicon/symbols.js';
import {
  MAX_HEADING_LINES, bulletLength, isCoverLine, isOrdinalSuffix, isStandaloneHeading, isTitleLine,
  isTableLine, startsWithLetterLabel, startsWithNumberLabel, tableCells,
} from '../lexicon/pdf-layout.js';

const STARTS_WITH_PLACEHOLDER = /^[\uE000-\uF8FF]/u;
/** A fragment line glued to the text before it without a space. */
const GLUED_FRAGMENT = /^[,.;:)\]»]/u;
/** A line that opens with the punctuation after a marker that ended the line before (`femmes 6` / `, la …`). */
const OPENS_GLUED = /^[,.)\]]/u;
/** Punctuation French prints after a space. */
const SPACED_PUNCTUATION = /^[;:!?»]/u;
/** Punctuation that ends a sentence or a clause (a heading never ends so). */
const CLAUSE_END = /[.;:,]$/u;
/** Punctuation that ends a sentence or a clause, after which a paragraph may start in lower case. */
const SENTENCE_END = /[.;:]$/u;
/** Punctuation after which a numbered paragraph may start on an unindented line. */
const BEFORE_NUMBERED = /[.;:,»)]$/u;
const LINE_END_HYPHEN = /\p{L}-$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
/** A range of numbers cut at its hyphen: `(2021-` / `2025)`; also `l’après-` / `2020`, `COVID-` / `19`. */
const NUMBER_RANGE_CUT = /\d-$/u;
/** The longest "Ont voté pour :" style label line that closes its own block. */
const MAX_LABEL_LINE = 40;

export function parsePdfText(text: string): FrontEndResult {
  const warnings: Warning[] = [];
  const scanned = scanPdfLines(text);
  if (scanned.strippedPrivateUse) {
    warnings.push({ code: 'pdf-private-use', message: 'private-use characters were removed from the text' });
  }
  const vocab = new Vocabulary();
  const content: ContentLine[] = [];
  for (const e of scanned.events) {
    if (e.kind === 'content') {
      content.push(e);
      vocab.add(e.text);
    } else if (e.kind === 'footnote') vocab.add(e.text);
  }
  const markers = new MarkerTable();
  for (const d of recogniseMarkers(content, scanned.definitions, markers)) {
    warnings.push({ code: 'footnote-unmatched', message: `no reference found for footnote ${d.marker}`, line: d.no });
  }
  const asm = new Assembler(vocab, markers);
  for (const e of scanned.events) asm.event(e);
  asm.finish();
  attachLinks(asm.placed, asm.urls);
  return {
    format: 'pdf-text',
    blocks: asm.placed.map((p) => p.block),
    warnings,
    ...(scanned.headerSymbol ? { meta: { symbol: scanned.headerSymbol } } : {}),
  };
}

/** A block and the pages it spans (for link evidence). */
interface Placed {
  block: Block;
  firstPage: number;
  lastPage: number;
}

type Label = 'number' | 'letter' | 'bullet' | null;

/** A block being assembled. */
interface Draft {
  kind: BlockKind;
  /** the printed lines and the separators between them, joined when the block closes */
  parts: string[];
  line: number;
  endLine: number;
  firstPage: number;
  lastPage: number;
  /** vertical space, a page start or the start of the text before it */
  gapBefore: boolean;
  lines: number;
  label: Label;
  /** ends with its first line (cover line, "Ont voté pour :", standalone heading) */
  selfClosed: boolean;
  standalone: boolean;
  cover: boolean;
}

/** A superscript marker or punctuation printed under the line it belongs to. */
function isGlued(fragment: string): boolean {
  return STARTS_WITH_PLACEHOLDER.test(fragment) || GLUED_FRAGMENT.test(fragment);
}

/** The text without the footnote placeholders that end it. */
function visible(text: string): string {
  let end = text.length;
  while (end > 0 && isPlaceholder(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

function isPlaceholder(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}

/** How much of the end of a text the end-of-paragraph tests look at (a few words). */
const TAIL = 80;

/** The end of the block so far: its last printed line, at most TAIL characters. */
function tail(cur: Draft): string {
  const last = cur.parts[cur.parts.length - 1] ?? '';
  return visible(last.length > TAIL ? last.slice(-TAIL) : last);
}

class Assembler {
  readonly placed: Placed[] = [];
  readonly urls: UrlLine[] = [];
  private cur: Draft | null = null;
  private pending: Placed[] = [];
  private inheritGap = false;

  constructor(
    private readonly vocab: Vocabulary,
    private readonly markers: MarkerTable,
  ) {}

  event(e: ContentLine | FootnoteLine | UrlLine): void {
    if (e.kind === 'url') this.urls.push(e);
    else if (e.kind === 'footnote') this.footnote(e);
    else this.content(e);
  }

  finish(): void {
    this.close(true);
  }

  private footnote(f: FootnoteLine): void {
    const parts: string[] = [];
    for (const l of f.text.split('\n')) this.append(parts, l);
    const block = this.finalBlock('footnote', parts.join(''), f.no, f.endNo);
    block.marker = f.marker;
    const placed = { block, firstPage: f.page, lastPage: f.page };
    if (this.cur) this.pending.push(placed);
    else this.placed.push(placed);
  }

  private content(l: ContentLine): void {
    const cur = this.cur;
    if (cur && l.tight && (!cur.selfClosed || isGlued(l.text))) {
      this.fragment(cur, l);
      return;
    }
    if (isTableLine(l.raw)) {
      this.close(l.gapBefore || l.marginBefore);
      const cells = tableCells(l.raw);
      if (cells.length > 0) {
        this.emit({ block: this.finalBlock('table-row', cells.join(' | '), l.no, l.no), firstPage: l.page, lastPage: l.page });
      }
      return;
    }
    if (cur && !this.startsNew(cur, l)) {
      this.append(cur.parts, l.text);
      cur.endLine = l.no;
      cur.lastPage = l.page;
      cur.lines++;
      return;
    }
    this.close(l.gapBefore || l.marginBefore);
    this.open(l);
  }

  /** Does content line `l` start a new block rather than continue `cur`? */
  private startsNew(cur: Draft, l: ContentLine): boolean {
    if (cur.selfClosed || l.gapBefore) return true;
    const t = l.text;
    // `Annexe*` opening a page (002 line 398) whatever its indent
    if (isStandaloneHeading(visible(t))) return true;
    const before = tail(cur);
    if (startsWithNumberLabel(t)) return l.indent > 0 || BEFORE_NUMBERED.test(before);
    if (startsWithLetterLabel(t) || bulletLength(t) > 0) return l.indent > 0;
    if (l.indent === 0) return false;
    // a page start at 1 where the document does not tell: a paragraph ends with punctuation
    if (l.indentUnsure && !CLAUSE_END.test(before)) return false;
    // an indented line in lower case after a clause: the text after a list (A/RES/76/29,
    // `d) … 2018 ;` / `et exige des responsables …`); not where a page starts (an indent
    // there may be the page's own)
    if (startsLowerCase(t)) return !l.pageStart && SENTENCE_END.test(before);
    return !endsDangling(before) && !before.endsWith('-');
  }

  private open(l: ContentLine): void {
    let text = l.text;
    let kind: BlockKind = 'paragraph';
    let label: Label = null;
    const bullet = bulletLength(text);
    if (bullet > 0 && l.indent > 0) {
      text = text.slice(bullet);
      kind = 'list-item';
      label = 'bullet';
    } else if (startsWithLetterLabel(text) && l.indent > 0) {
      kind = 'list-item';
      label = 'letter';
    } else if (startsWithNumberLabel(text)) label = 'number';
    const standalone = isStandaloneHeading(visible(text));
    const cover = label === null && isCoverLine(visible(text));
    const labelLine = label === null && l.indent > 0 && text.endsWith(':') && text.length <= MAX_LABEL_LINE;
    this.cur = {
      kind,
      parts: [text],
      line: l.no,
      endLine: l.no,
      firstPage: l.page,
      lastPage: l.page,
      gapBefore: l.gapBefore || l.pageStart || this.inheritGap,
      lines: 1,
      label,
      selfClosed: standalone || cover || labelLine,
      standalone,
      cover,
    };
    this.inheritGap = false;
  }

  /** A line printed right under the previous one: superscript, ordinal, heading line. */
  private fragment(cur: Draft, l: ContentLine): void {
    const t = l.text;
    if ((isOrdinalSuffix(t) && /\d$/u.test(tail(cur))) || isGlued(t)) {
      // French sets `;` `:` `!` `?` `»` after a space, which the line break under a lone
      // marker loses (A/RES/80/135: `Action 21` / `20` / `» ;`)
      cur.parts[cur.parts.length - 1] += SPACED_PUNCTUATION.test(t) ? ` ${t}` : t;
    } else {
      this.append(cur.parts, t);
      cur.lines++;
    }
    cur.endLine = l.no;
    cur.lastPage = l.page;
  }

  /**
   * Append a printed line: after a space, or glued where the previous line ends with a hyphen
   * (the hyphen dropped only where the joined word is known) or a cut number range.
   */
  private append(parts: string[], line: string): void {
    const last = parts.length - 1;
    if (last < 0) {
      parts.push(line);
      return;
    }
    const end = parts[last]!.slice(-TAIL);
    if (LINE_END_HYPHEN.test(end) && STARTS_WITH_LETTER.test(line)) {
      if (dropsHyphen(end, line, this.vocab)) parts[last] = parts[last]!.slice(0, -1);
      parts.push(line);
    } else if ((NUMBER_RANGE_CUT.test(end) || LINE_END_HYPHEN.test(end)) && /^\d/u.test(line)) parts.push(line);
    else if ((OPENS_GLUED.test(line) && isPlaceholder(end.charCodeAt(end.length - 1))) || STARTS_WITH_PLACEHOLDER.test(line)) parts.push(line);
    else parts.push(' ', line);
  }

  /** Close the current block; `gapAfter`: vertical space follows it. */
  private close(gapAfter: boolean): void {
    const cur = this.cur;
    if (!cur) return;
    this.cur = null;
    const raw = cur.parts.join('');
    // `* * *` between parts of a text is layout, as in the markdown front-end
    if (cur.label === null && STAR_SEPARATOR.test(raw)) return;
    // `* A/75/150.` printed in the text (A/RES/75/1): the definition of an asterisk note, as
    // the markdown front-end reads `\* A/75/150.`
    const star = cur.label === null ? ASTERISK_DEF.exec(raw) : null;
    const block = star
      ? this.finalBlock('footnote', raw.slice(star[0].length), cur.line, cur.endLine)
      : this.finalBlock(this.kindOf(cur, gapAfter), raw, cur.line, cur.endLine);
    if (star) block.marker = star[1]!;
    this.emit({ block, firstPage: cur.firstPage, lastPage: cur.lastPage });
    if (cur.standalone) this.inheritGap = true;
  }

  private emit(p: Placed): void {
    this.placed.push(p);
    for (const f of this.pending) this.placed.push(f);
    this.pending = [];
  }

  /**
   * A heading is a standalone heading line, a title line set apart by vertical space, or a
   * short block set apart by vertical space on both sides that does not end like a sentence
   * or a clause (a lettered heading `a) Évolution du cadre` included; never a bullet).
   */
  private kindOf(cur: Draft, gapAfter: boolean): BlockKind {
    if (cur.standalone) return 'heading';
    if (cur.label === 'bullet' || cur.cover) return cur.kind;
    if (!cur.gapBefore || !gapAfter) return cur.kind;
    const v = tail(cur);
    if (isTitleLine(v)) return 'heading';
    if (cur.lines > MAX_HEADING_LINES || CLAUSE_END.test(v)) return cur.kind;
    return 'heading';
  }

  private finalBlock(kind: BlockKind, raw: string, line: number, endLine: number): Block {
    const repaired = repairWords(clean(raw), this.vocab);
    const { text, footnotes } = this.markers.extract(repaired);
    return { kind, text, footnotes, links: [], line, endLine };
  }
}

/* ------------------------------------------------------------------ links */

/** Real pages hold a few dozen links at most; past this, URLs attach without a search. */
const MAX_LINK_SEARCHES_PER_PAGE = 100;

/** The texts a URL may be printed as, most specific first. */
function linkNeedles(href: string): string[] {
  const symbol = undocsSymbol(href);
  if (!symbol) return [href, href.replace(/^https?:\/\//u, '')];
  const short = resolutionShortForm(symbol);
  return short ? [symbol, short] : [symbol];
}

/**
 * URL lines become link evidence on a block of their page: the one that prints the linked
 * text (in reading order, successive URLs matching successive occurrences), else the last
 * block of the page with offset -1.
 */
function attachLinks(placed: Placed[], urls: UrlLine[]): void {
  if (placed.length === 0 || urls.length === 0) return;
  const byPage = new Map<number, Placed[]>();
  for (const p of placed) {
    for (let page = p.firstPage; page <= p.lastPage; page++) {
      const list = byPage.get(page);
      if (list) list.push(p);
      else byPage.set(page, [p]);
    }
  }
  const cursors = new Map<number, { i: number; at: number }>();
  const searches = new Map<number, number>();
  for (const u of urls) {
    const list = byPage.get(u.page) ?? [placed[placed.length - 1]!];
    const cursor = cursors.get(u.page) ?? { i: 0, at: 0 };
    // each search reads the page once: a bounded number per page keeps the whole linear
    const n = (searches.get(u.page) ?? 0) + 1;
    searches.set(u.page, n);
    const found = n <= MAX_LINK_SEARCHES_PER_PAGE ? findLinkText(list, linkNeedles(u.href), cursor) : null;
    if (found) {
      found.placed.block.links.push({ text: found.text, href: u.href, offset: found.offset });
      cursors.set(u.page, found.cursor);
    } else {
      list[list.length - 1]!.block.links.push({ text: '', href: u.href, offset: -1 } satisfies LinkRef);
    }
  }
}

interface FoundLink {
  placed: Placed;
  text: string;
  offset: number;
  cursor: { i: number; at: number };
}

function findLinkText(list: Placed[], needles: string[], cursor: { i: number; at: number }): FoundLink | null {
  for (const needle of needles) {
    if (needle === '') continue;
    // from the cursor on, then from the top of the page
    for (const [from, at] of [[cursor.i, cursor.at], [0, 0]] as const) {
      for (let i = from; i < list.length; i++) {
        const p = list[i]!;
        const offset = p.block.text.indexOf(needle, i === from ? at : 0);
        if (offset >= 0) return { placed: p, text: needle, offset, cursor: { i, at: offset + needle.length } };
      }
    }
  }
  return null;
}
