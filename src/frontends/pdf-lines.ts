/**
 * First pass of the PDF-text front-end: classify each physical line of text extracted from a
 * UN PDF. One PDF line is one text line followed by an empty line; what else a line can be:
 *
 *  - whitespace only: an empty line separates printed lines; a line holding spaces is vertical
 *    space (a gap) around headings and at page ends;
 *  - a URL alone (`https://undocs.org/fr/A/75/123`) not followed by an empty line: a link the
 *    PDF leaves at the page end (a URL printed as text is followed by an empty line);
 *  - the footnote rule `__________________`, then footnote definitions (`1` / `  Voir …`, or
 *    ` 12 Rapport …`) and their continuation lines, until the next page starts;
 *  - running headers and footers (`A/75/394`, `13/13 20-15344`, `A/RES/75/22 Règlement
 *    pacifique de la question de Palestine`): dropped, wherever a page breaks;
 *  - content. A content line that follows another line with no empty line between starts a
 *    new page (the extraction puts one more space before it) unless it is a superscript
 *    fragment or the next line of a heading (no indent): `1` / `er`, `formulées` / `1` / `,`.
 *
 * Output: a flat list of events in reading order. Linear time, no backtracking.
 */
import { clean } from '../text/fold.js';
import {
  footerPages, footnoteDefinition, headerShapeSymbol, isFooter, isFootnoteRule, isMarkerOnly, isSymbolLine, isUrlLine,
} from '../lexicon/pdf-layout.js';

export interface ContentLine {
  kind: 'content';
  /** 1-based line number in the source */
  no: number;
  /** the printed text, spaces collapsed (footnote markers later become placeholders) */
  text: string;
  /** the line as read (tabs kept: table rows) */
  raw: string;
  /** leading spaces, minus the one the extraction adds at the top of a page (see settlePageStarts) */
  indent: number;
  /**
   * a page start whose indent cannot tell a new paragraph from the continuation of the one
   * the page break cut (see settlePageStarts): the text decides
   */
  indentUnsure?: boolean;
  /** physical page (for link evidence) */
  page: number;
  /** the stretch of text whose footnotes are defined by the next footnote block */
  segment: number;
  /** first line of a page */
  pageStart: boolean;
  /** vertical space (a line of spaces) before this line, or the start of the text */
  gapBefore: boolean;
  /** a line of spaces before this line, counted or not as a gap (see settlePageStarts) */
  spacesBefore: boolean;
  /**
   * vertical space ended the text before the page furniture that precedes this line: the
   * block before ends set apart (a heading at a page end), but this line may continue it (a
   * page's bottom margin: A/RES/75/1 `… Programme 2030.` / ` Nous devons …`)
   */
  marginBefore: boolean;
  /** follows the previous content line without an empty line and without indent */
  tight: boolean;
}

export interface FootnoteLine {
  kind: 'footnote';
  no: number;
  endNo: number;
  marker: string;
  text: string;
  page: number;
  segment: number;
}

export interface UrlLine {
  kind: 'url';
  no: number;
  href: string;
  page: number;
}

export type LineEvent = ContentLine | FootnoteLine | UrlLine;

/** Unicode private-use characters: reserved by the front-end for footnote placeholders. */
const PRIVATE_USE = /[\uE000-\uF8FF]/u;
const PRIVATE_USE_ALL = /[\uE000-\uF8FF]/gu;

type Previous = 'none' | 'content' | 'url' | 'rule' | 'footnote' | 'furniture';

/** State of the line scanner. */
class Scanner {
  readonly events: LineEvent[] = [];
  /** markers of the footnote definitions, in order of appearance */
  readonly definitions: FootnoteLine[] = [];
  /** how often each running-header symbol was seen */
  readonly headerSymbols = new Map<string, number>();
  private prev: Previous = 'none';
  private prevEmpty = true;
  private gap = true;
  private spaces = false;
  private margin = false;
  private boundary = true;
  private inFootnotes = false;
  private footnote: FootnoteLine | null = null;
  private afterMarkerLine = false;
  private lastNumber = 0;
  private page = 0;
  private segment = 0;
  private anyContent = false;

  /** `pageCounts`: the page counts printed by the document's full footers (`3/12 20-16303`) */
  constructor(private readonly pageCounts: ReadonlySet<number>) {}

  /**
   * `nextEmpty`: an empty line follows (a printed line), which a link URL line never has;
   * `header`: the line is a running header (see runningHeaders).
   */
  line(raw: string, no: number, nextEmpty: boolean, header: boolean): void {
    const text = raw.trim();
    if (text === '') {
      // vertical space after page furniture is the page's margin, not the text's: a paragraph
      // cut by a page break (A/RES/75/110: `… des autres` / footnote, footer and header between
      // lines of spaces / ` informations pertinentes,`) is not set apart
      if (raw.length > 0 && !this.inFootnotes && (this.prev === 'content' || this.prev === 'none')) this.gap = true;
      if (raw.length > 0) this.spaces = true;
      this.prevEmpty = true;
      return;
    }
    if (header) {
      // a header printed above the footer ends the footnote block of its page
      this.endFootnotes();
      this.boundary = true;
      this.countHeader(headerShapeSymbol(text));
      return this.seen('furniture');
    }
    const indent = raw.length - raw.trimStart().length;
    if (isUrlLine(text) && !nextEmpty) {
      this.endFootnotes();
      this.events.push({ kind: 'url', no, href: text, page: this.page });
      this.boundary = true;
      return this.seen('url');
    }
    if (isFootnoteRule(text)) {
      this.inFootnotes = true;
      this.gap = false;
      this.footnote = null;
      this.afterMarkerLine = false;
      return this.seen('rule');
    }
    if (isPageFooter(text, this.pageCounts)) {
      this.endFootnotes();
      this.boundary = true;
      return this.seen('furniture');
    }
    if (this.inFootnotes && this.footnoteLine(text, indent, no)) return this.seen('footnote');
    if (this.isFurniture(text)) {
      this.boundary = true;
      this.countHeader(text);
      return this.seen('furniture');
    }
    this.content(raw, text, indent, no);
  }

  /** Reads a line of the footnote block; false when the next page has started. */
  private footnoteLine(text: string, indent: number, no: number): boolean {
    if (this.afterMarkerLine && this.footnote) {
      this.footnote.text = text;
      this.footnote.endNo = no;
      this.afterMarkerLine = false;
      return true;
    }
    if (isMarkerOnly(text) && this.plausible(text)) {
      this.startFootnote(text, '', no);
      this.afterMarkerLine = true;
      return true;
    }
    const def = indent > 0 && (this.prevEmpty || this.prev === 'rule') ? footnoteDefinition(text) : null;
    if (def && this.plausible(def[0])) {
      this.startFootnote(def[0], def[1], no);
      return true;
    }
    // footnote text runs on unindented lines; an indented line is the next page's text
    if (this.footnote && indent === 0) {
      this.footnote.text = this.footnote.text === '' ? text : `${this.footnote.text}\n${text}`;
      this.footnote.endNo = no;
      return true;
    }
    this.endFootnotes();
    return false;
  }

  /**
   * A marker that may follow the previous definitions: `*`, the next numbers, a restart at 1,
   * or any later number right under the rule (a text taken up in the middle: an excerpt).
   */
  private plausible(marker: string): boolean {
    if (marker.startsWith('*')) return true;
    const n = Number(marker);
    return n === 1 || (n > this.lastNumber && (n <= this.lastNumber + 5 || this.prev === 'rule'));
  }

  private startFootnote(marker: string, text: string, no: number): void {
    if (!marker.startsWith('*')) this.lastNumber = Number(marker);
    const f: FootnoteLine = { kind: 'footnote', no, endNo: no, marker, text, page: this.page, segment: this.segment };
    this.footnote = f;
    this.events.push(f);
    this.definitions.push(f);
  }

  private endFootnotes(): void {
    if (!this.inFootnotes) return;
    this.inFootnotes = false;
    this.footnote = null;
    this.afterMarkerLine = false;
    this.segment++;
    this.boundary = true;
  }

  private countHeader(symbol: string | null): void {
    if (symbol !== null) this.headerSymbols.set(symbol, (this.headerSymbols.get(symbol) ?? 0) + 1);
  }

  /** A symbol alone on a line where a page starts or ends: the running header. */
  private isFurniture(text: string): boolean {
    return isSymbolLine(text) && (this.gap || this.boundary || this.prev !== 'content');
  }

  private content(raw: string, text: string, indent: number, no: number): void {
    const afterContent = this.prev === 'content' && !this.prevEmpty;
    const tight = afterContent && indent === 0;
    const pageStart = !tight && (this.boundary || afterContent || !this.anyContent);
    if (pageStart && this.anyContent) this.page++;
    this.events.push({
      kind: 'content',
      no,
      text: clean(text),
      raw,
      indent: pageStart && indent > 0 ? indent - 1 : indent,
      page: this.page,
      segment: this.segment,
      pageStart,
      gapBefore: this.gap && !tight,
      spacesBefore: this.spaces,
      marginBefore: this.margin && !tight,
      tight,
    });
    this.anyContent = true;
    this.boundary = false;
    this.gap = false;
    this.seen('content');
  }

  private seen(kind: Previous): void {
    if (kind !== 'content' && this.gap) {
      this.margin = true;
      this.gap = false;
    } else if (kind === 'content') this.margin = false;
    this.spaces = false;
    this.prev = kind;
    this.prevEmpty = false;
  }
}

export interface ScannedLines {
  events: LineEvent[];
  definitions: FootnoteLine[];
  /** private-use characters were removed from the input */
  strippedPrivateUse: boolean;
  /** the running-header symbol printed on most pages, or null */
  headerSymbol: string | null;
}

/** Classify the lines of a PDF text extraction. */
export function scanPdfLines(text: string): ScannedLines {
  let source = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const strippedPrivateUse = PRIVATE_USE.test(source);
  if (strippedPrivateUse) source = source.replace(PRIVATE_USE_ALL, '');
  const lines = source.split('\n');
  // the empty string after a final newline is not an empty printed line
  const last = lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const counts = pageCounts(lines);
  const scanner = new Scanner(counts);
  const headers = runningHeaders(lines, last, counts);
  for (let i = 0; i < last; i++) scanner.line(lines[i]!, i + 1, i + 1 < last && lines[i + 1] === '', headers.has(i));
  settlePageStarts(scanner.events);
  return { events: scanner.events, definitions: scanner.definitions, strippedPrivateUse, headerSymbol: mostPrinted(scanner.headerSymbols) };
}

/**
 * Some extractions print the first line of a page with one more space (seeds 001, 002, 004:
 * a continued paragraph ` Sénégal, …` at 1, a new one `  Notant …` at 2), others do not (a
 * continued paragraph at 0, a new one at 1). The document says which: a page start at 0
 * (not after vertical space) means no extra space; a page start at 2 or more means the extra space (the scanner's
 * default). When every page start is at 1, either may hold: those lines are marked unsure
 * and the text decides (pdf-text.ts).
 */
function settlePageStarts(events: LineEvent[]): void {
  const starts: ContentLine[] = [];
  let first = true;
  for (const e of events) {
    if (e.kind !== 'content') continue;
    if (e.pageStart && !first) starts.push(e);
    first = false;
  }
  const raw = (l: ContentLine): number => l.raw.length - l.raw.trimStart().length;
  // after vertical space the extra space may stand on the blank line instead (004 line 1146)
  if (starts.some((l) => raw(l) === 0 && !l.spacesBefore)) {
    for (const l of starts) l.indent = raw(l);
  } else if (!starts.some((l) => raw(l) >= 2)) {
    for (const l of starts) {
      l.indent = raw(l);
      l.indentUnsure = true;
    }
  }
}

/**
 * The running headers of the pages: a line shaped like a header (a symbol alone, or with a
 * title on either side) printed next to a page footer (`3/12 20-16303`, blank lines between),
 * before or after it; and every other line printed exactly like one of them (the header of a
 * page whose footer the extraction put elsewhere). Indices into `lines`. Linear.
 */
function runningHeaders(lines: string[], end: number, counts: ReadonlySet<number>): Set<number> {
  const candidates = new Map<number, string>();
  const consider = (i: number): void => {
    const symbol = headerShapeSymbol(lines[i]!.trim());
    if (symbol !== null) candidates.set(i, symbol);
  };
  for (let i = 0; i < end; i++) {
    if (!isPageFooter(lines[i]!.trim(), counts)) continue;
    let j = i - 1;
    while (j >= 0 && lines[j]!.trim() === '') j--;
    if (j >= 0) consider(j);
    let k = i + 1;
    while (k < end && lines[k]!.trim() === '') k++;
    if (k < end) consider(k);
  }
  // the last line of a footnote may end with another symbol (`document LEG/CONF.15/22`):
  // only the symbol printed most often next to the footers is the header's
  const symbol = mostPrinted(count(candidates.values()));
  const found = new Set<number>();
  const texts = new Set<string>();
  for (const [i, s] of candidates) {
    if (s !== symbol) continue;
    found.add(i);
    texts.add(lines[i]!.trim());
  }
  if (texts.size === 0) return found;
  for (let i = 0; i < end; i++) if (!found.has(i) && texts.has(lines[i]!.trim())) found.add(i);
  return found;
}

/** A footer; a page number alone only with a page count of the document's full footers. */
function isPageFooter(text: string, counts: ReadonlySet<number>): boolean {
  if (!isFooter(text)) return false;
  const pages = footerPages(text);
  return !pages?.alone || counts.size === 0 || counts.has(pages.total);
}

/** The page counts printed by full footers (`3/12 20-16303`, `20-16303 3/12`). */
function pageCounts(lines: string[]): Set<number> {
  const counts = new Set<number>();
  for (const l of lines) {
    // a footer is short: the test on the first characters keeps this pass cheap
    if (l.length > 40 || !l.includes('/')) continue;
    const pages = footerPages(l.trim());
    if (pages && !pages.alone) counts.add(pages.total);
  }
  return counts;
}

function count(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** The symbol of the document's running headers: the one printed most often (a tie: unknown). */
function mostPrinted(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  let tie = false;
  for (const [symbol, k] of counts) {
    if (k > n) {
      best = symbol;
      n = k;
      tie = false;
    } else if (k === n) tie = true;
  }
  return tie ? null : best;
}
