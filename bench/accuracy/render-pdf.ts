/**
 * A Block stream → text laid out the way the extraction of a UN PDF prints it, with its
 * artifacts. Used by the accuracy harness (bench/accuracy, issue 14: every AKN file rendered as
 * PDF text) and by the equivalence tests (test/helpers/render-pdf.ts: the markdown front-end's
 * blocks rendered, so that the PDF-text front-end can be checked against the markdown one):
 *
 *  - wrapped lines, each followed by an empty line; the first line of a paragraph indented;
 *  - vertical space (lines of spaces) around headings;
 *  - page breaks in mid-sentence: the first line of a page gets one more space; footnote
 *    definitions after a `__________________` rule where the markdown put them (the page
 *    ended inside the block before them); one URL line per link at the page end; running
 *    footers and headers (`3/13 23-19876`, `A/78/999`) between pages;
 *  - footnote references glued to words and years (`numérique4`, `20151`), spaced
 *    (`gouvernementaux 1 .`) or alone on their own line; `1` / `er` ordinals;
 *  - spaces inside words (`l ’examen`, `comportemen t`);
 *  - real hyphens broken at line ends (`Nouvelle-` / `Zélande`).
 *
 * Deterministic: the variations come from a seeded generator.
 */
import type { Block } from '../../src/types.js';

export interface RenderOptions {
  /** seed of the variations */
  seed?: number;
  /** line width in characters */
  width?: number;
  /** content lines per page, at most */
  pageLines?: number;
  /** the running header symbol */
  symbol?: string;
  /**
   * Lines a wrapped continuation line must not look like (the equivalence tests keep lines that
   * the PDF front-end would read as layout away from line starts; the harness passes nothing:
   * a real PDF line may start with "2011" or "3.").
   */
  avoid?: (line: string) => boolean;
  /**
   * The page furniture of a real UN PDF, printed at every page break (also where footnotes end
   * the page). Without it: a footer `N/99 23-19876` and the symbol at half the free breaks.
   */
  furniture?: Furniture;
}

/** The running header and footer of a UN PDF, as they vary from document to document. */
export interface Furniture {
  /** "A/RES/75/22" */
  symbol: string;
  /** the job number "20-16303" */
  job: string;
  /** a short title printed beside the symbol in the header, or null for the symbol alone */
  title: string | null;
  /** the symbol on the left of the header line (else on the right, after the title) */
  symbolFirst: boolean;
  /** the footer reads `3/12 20-16303` (else `20-16303 3/12`) */
  pageFirst: boolean;
  /** even pages mirror odd ones (symbol side and footer order flipped) */
  mirror: boolean;
  /** the footer is extracted before the header (else after) */
  footerFirst: boolean;
  /** the first page's footer has the bar code line `*2016303*` under the job number */
  barcode: boolean;
}

/** The placeholder of the page count until the last page is known. */
const TOTAL = '\u0002';

/** The header and footer lines between page `page` and the next. */
function furnitureLines(f: Furniture, page: number): string[] {
  const flipped = (n: number): boolean => f.mirror && n % 2 === 0;
  // the next page's running header
  const symbolFirst = f.symbolFirst !== flipped(page + 1);
  const header = f.title === null ? f.symbol : symbolFirst ? `${f.symbol} ${f.title}` : `${f.title} ${f.symbol}`;
  // this page's footer; the first page carries the job number with the language and a bar code
  // instead ("20-16358 (F)", "*2016358*")
  const pageFirst = f.pageFirst !== flipped(page);
  const footer = page === 1 ? `${f.job} (F)` : pageFirst ? `${page}/${TOTAL} ${f.job}` : `${f.job} ${page}/${TOTAL}`;
  const footers = page === 1 && f.barcode ? [footer, `*${f.job.replace(/\D/gu, '')}*`] : [footer];
  const [a, b] = f.footerFirst ? [footers, [header]] : [[header], footers];
  // seed 004 lines 1137–1145: each furniture line between lines of spaces
  return [' ', '', ...[...a, ...b].flatMap((l) => [`${l} `, '', ' ', '']).slice(0, -1)];
}

/** The last page's footer. */
function lastFooter(f: Furniture, page: number): string[] {
  const pageFirst = f.pageFirst !== (f.mirror && page % 2 === 0);
  return [' ', '', page === 1 ? `${f.job} (F) ` : pageFirst ? `${page}/${TOTAL} ${f.job} ` : `${f.job} ${page}/${TOTAL} `];
}

/** A printed line. `tight`: printed right under the previous line (no empty line between). */
interface Printed {
  text: string;
  indent: number;
  tight?: boolean;
  /** a line of spaces (vertical space) before this line */
  gap?: boolean;
}

export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKER_FOLLOWER = /^(?:$|[\s.,;:)»!?\]])/u;

/**
 * The text of a block with its footnote markers printed, as segments: a marker that must
 * stand on its own line splits the text.
 */
function withMarkers(b: Block, random: () => number): string[] {
  const parts: string[] = [];
  let current = '';
  let last = 0;
  // "1er décembre": the ordinal suffix printed apart, as a superscript (001 lines 29–32)
  const ordinals = [...b.text.matchAll(/(?<=(?:^|\s)1)er(?= \p{Ll})/gu)].map((m) => m.index).filter(() => random() < 0.5);
  const refs = [...b.footnotes].sort((x, y) => x.offset - y.offset);
  for (const o of ordinals) {
    if (refs.some((r) => r.offset >= o - 1 && r.offset <= o + 2)) continue;
    refs.push({ marker: '', offset: o });
  }
  refs.sort((x, y) => x.offset - y.offset);
  for (const ref of refs) {
    const head = b.text.slice(last, ref.offset);
    if (ref.marker === '') {
      parts.push(current + head, '\u0001er');
      current = '';
      last = ref.offset + 2;
      continue;
    }
    const beforeChar = b.text[ref.offset - 1] ?? '';
    const rest = b.text.slice(ref.offset);
    current += head;
    const followsOk = MARKER_FOLLOWER.test(rest.slice(0, 1));
    const yearBefore = /(?:^|\D)(?:19|20)\d\d$/u.test(b.text.slice(0, ref.offset));
    const letterBefore = /[\p{L}’»)\]]/u.test(beforeChar);
    const choice = random();
    if (followsOk && /^\d+$/u.test(ref.marker) && (letterBefore || yearBefore) && /^ ?[.,)]/u.test(rest) && choice < 0.3) {
      current += ` ${ref.marker} `; // spaced: "gouvernementaux 1 ."
    } else if (followsOk && (letterBefore || (yearBefore && /^\d+$/u.test(ref.marker))) && (choice < 0.8 || /^ [»:;!?]/u.test(rest))) {
      current += ref.marker; // glued: "numérique4", "20151"
    } else {
      parts.push(current, `\u0000${ref.marker}`); // alone on its line
      current = '';
    }
    last = ref.offset;
  }
  parts.push(current + b.text.slice(last));
  return parts;
}

/**
 * Spaces the extraction puts inside words: `l ’examen` (before an apostrophe) and
 * `comportemen t` (inside a word the document prints at least twice, once at most per word,
 * so that the whole word stays printed elsewhere as evidence).
 */
function spoiler(allText: string, random: () => number): (text: string) => string {
  const counts = new Map<string, number>();
  for (const m of allText.matchAll(/(?<=^|\s)\p{Ll}{7,}(?=[\s.,;:]|$)/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const broken = new Set<string>();
  return (text) =>
    text
      .replace(/(?<=^|\s)([ld]|qu)([’'])(?=\p{L})/gu, (all, elided: string, apostrophe: string) => (random() < 0.15 ? `${elided} ${apostrophe}` : all))
      .replace(/(?<=^|\s)\p{Ll}{7,}(?=[\s.,;:]|$)/gu, (word) => {
        if ((counts.get(word) ?? 0) < 2 || broken.has(word) || /[aàoôy]$/u.test(word) || random() >= 0.05) return word;
        broken.add(word);
        return `${word.slice(0, -1)} ${word.slice(-1)}`;
      });
}

/** Wrap words into lines of at most `width` characters; no line may look like layout. */
function wrap(text: string, width: number, hyphenOk: (word: string) => boolean, special: (line: string) => boolean): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (line === '' || line.length + 1 + w.length <= width) {
      line = line === '' ? w : `${line} ${w}`;
      continue;
    }
    // break a hyphenated word at its hyphen: "Nouvelle-" / "Zélande"
    const h = w.indexOf('-');
    if (h > 0 && h < w.length - 1 && line.length + 2 + h <= width && hyphenOk(w) && !special(w.slice(h + 1))) {
      lines.push(`${line} ${w.slice(0, h + 1)}`);
      line = w.slice(h + 1);
      continue;
    }
    lines.push(line);
    line = w;
  }
  if (line !== '') lines.push(line);
  // a continuation line must not read as layout: move words back until it does not
  for (let i = 1; i < lines.length; i++) {
    while (special(lines[i]!) && lines[i - 1]!.includes(' ')) {
      const prev = lines[i - 1]!;
      const cut = prev.lastIndexOf(' ');
      lines[i] = `${prev.slice(cut + 1)} ${lines[i]}`;
      lines[i - 1] = prev.slice(0, cut);
    }
  }
  return lines;
}

/** The printed lines of one content block. */
function blockLines(
  b: Block,
  width: number,
  random: () => number,
  hyphenOk: (w: string) => boolean,
  spoil: (text: string) => string,
  special: (line: string) => boolean,
  continuation = false,
): Printed[] {
  const out: Printed[] = [];
  if (b.kind === 'table-row') {
    const cells = b.text.split(' | ');
    out.push({ text: cells.length === 1 ? `\t${cells[0]}` : cells.join('\t'), indent: 0 });
    return out;
  }
  const bullet = b.kind === 'list-item' && !/^\(?(?:[a-z]|[ivxl]{1,6})\)\s+\S/u.test(b.text) && !continuation ? '• ' : '';
  const segments = withMarkers(b, random);
  let first = !continuation;
  let tightNext = false;
  let indentNext = false;
  for (const seg of segments) {
    if (seg.startsWith('\u0000')) {
      out.push({ text: seg.slice(1), indent: 0, tight: true });
      tightNext = true;
      continue;
    }
    if (seg.startsWith('\u0001')) {
      // the ordinal suffix right under the number; the text goes on on an indented line
      out.push({ text: seg.slice(1), indent: 0, tight: true });
      indentNext = true;
      continue;
    }
    let text = spoil(seg);
    if (first) text = bullet + text.trimStart();
    if (text.trim() === '') continue;
    let lines: string[];
    if (tightNext) {
      // the rest of the printed line after a marker line is printed tight under it
      const glued = /^[,.;:)\]»]/u.test(text);
      const rest = text.trimStart();
      const firstLine = wrap(rest, width - 20, hyphenOk, special)[0] ?? '';
      out.push({ text: glued ? firstLine : firstLine, indent: 0, tight: true });
      lines = wrap(rest.slice(firstLine.length).trimStart(), width, hyphenOk, special);
    } else lines = wrap(text, width, hyphenOk, special);
    for (const l of lines) {
      out.push({ text: l, indent: first || indentNext ? 1 : 0 });
      first = false;
      indentNext = false;
    }
    first = false;
    tightNext = false;
  }
  if (b.kind === 'heading' && out.length > 0 && !continuation) {
    out[0]!.gap = true;
  }
  return out;
}

/** The printed lines of a footnote definition. */
function footnoteLines(b: Block, width: number, random: () => number): Printed[] {
  const lines = wrap(b.text, width, () => false, () => false);
  if (random() < 0.3) {
    // 001 style: the marker on its own line, the text under it
    return [
      { text: b.marker ?? '', indent: 0, gap: true },
      { text: lines[0] ?? '', indent: 2, tight: true },
      ...lines.slice(1).map((t) => ({ text: t, indent: 0 })),
    ];
  }
  return [{ text: `${b.marker} ${lines[0] ?? ''}`, indent: 1 }, ...lines.slice(1).map((t) => ({ text: t, indent: 0 }))];
}

/**
 * Where to cut block `b` when the footnotes `group` follow it: a space after every reference
 * to them and before any other reference, near the middle; -1 when there is none.
 */
function splitPoint(b: Block, group: Block[]): number {
  const mine = new Set(group.map((f) => f.marker));
  let lo = 0;
  let hi = b.text.length;
  for (const ref of b.footnotes) {
    if (mine.has(ref.marker)) lo = Math.max(lo, ref.offset);
    else hi = Math.min(hi, ref.offset);
  }
  const middle = (lo + hi) / 2;
  let best = -1;
  for (let i = b.text.indexOf(' ', lo); i !== -1 && i < hi; i = b.text.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best;
}

function head(b: Block, cut: number): Block {
  return { ...b, text: b.text.slice(0, cut), footnotes: b.footnotes.filter((f) => f.offset <= cut), links: [] };
}

function tail(b: Block, cut: number): Block {
  const shift = cut + 1;
  return {
    ...b,
    text: b.text.slice(shift),
    footnotes: b.footnotes.filter((f) => f.offset > cut).map((f) => ({ ...f, offset: f.offset - shift })),
    links: [],
  };
}

/** The URL line a link leaves at the page end, or null (a link target never holds a space). */
function hrefOf(text: string, href: string | null): string | null {
  const url = href ?? `https://undocs.org/fr/${text}`;
  return /^https?:\/\/\S+$/u.test(url) ? url : null;
}

/** Render a Block stream as PDF-extracted text. */
export function renderPdfText(blocks: Block[], options: RenderOptions = {}): string {
  const random = generator(options.seed ?? 1);
  const width = options.width ?? 84;
  const pageLines = options.pageLines ?? 30;
  const symbol = options.symbol ?? 'A/78/999';
  const allText = blocks.map((b) => b.text).join(' ');
  const special = options.avoid ?? ((): boolean => false);
  const furniture = options.furniture;
  const hyphenOk = (w: string): boolean => /-\p{Lu}/u.test(w) || allText.split(w).length > 2;
  const spoil = spoiler(allText, random);
  const out: string[] = [];
  let page = 1;
  let onPage = 0;
  let urls: string[] = [];
  const pushUrl = (url: string | null): void => {
    if (url !== null) urls.push(url);
  };
  /** the last output line is followed by nothing yet; `tight` lines do not add the empty line */
  const print = (p: Printed): void => {
    if (p.gap) out.push(' ', '');
    const pad = ' '.repeat(p.indent);
    if (p.tight && out[out.length - 1] === '') out.pop();
    out.push(`${pad}${p.text} `, '');
  };
  /** End the page: footnotes, URL lines, footer and header; the next line starts the page. */
  const endPage = (footnotes: Block[], withFurniture: boolean): void => {
    if (footnotes.length > 0) {
      out.push('__________________ ', '');
      for (const f of footnotes) for (const l of footnoteLines(f, width, random)) print(l);
      for (const f of footnotes) for (const l of f.links) pushUrl(hrefOf(l.text, l.href));
    }
    if (urls.length > 0) {
      for (const u of urls) out.push(u);
      urls = [];
    } else if (out[out.length - 1] === '') out.pop();
    if (furniture) out.push(...furnitureLines(furniture, page));
    else if (withFurniture) {
      // a URL line is never followed by an empty line (that would make it printed text)
      out.push(`${page}/99 23-19876 `, '', `${symbol} `);
    }
    page++;
    onPage = 0;
    pageStart = true;
  };
  let pageStart = true;
  const emit = (p: Printed): void => {
    const q = { ...p };
    if (pageStart && !q.tight) {
      q.indent += 1;
      if (out[out.length - 1] === '') out.pop();
      if (out.length > 0 && out[out.length - 1]!.startsWith('http')) {
        // URL lines are printed one under the other, the page text right under them
      }
      pageStart = false;
      q.gap = p.gap;
    }
    print(q);
    if (!q.tight) onPage++;
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'footnote') continue;
    const footnotes: Block[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'footnote'; j++) footnotes.push(blocks[j]!);
    for (const l of b.links) pushUrl(hrefOf(l.text, l.href));
    // a page that ends with footnotes ends inside this block, between the references to them
    // and the references to later footnotes (each is printed on the page that defines it)
    const cut = footnotes.length > 0 && b.kind !== 'heading' && b.kind !== 'table-row' ? splitPoint(b, footnotes) : -1;
    const parts: Array<{ block: Block; continuation: boolean }> =
      cut < 0 ? [{ block: b, continuation: false }] : [{ block: head(b, cut), continuation: false }, { block: tail(b, cut), continuation: true }];
    // a short block that does not end like a sentence, printed at the top of a page and
    // followed by vertical space, reads as a heading in a PDF: no page break before one
    const headingLike = !/[.;:,]$/u.test(b.text) && b.text.length < width * 4;
    parts.forEach((part, n) => {
      blockLines(part.block, width, random, hyphenOk, spoil, special, part.continuation).forEach((l, k) => {
        // a free page break: never right before a tight line, nor inside a heading
        const breakable = !l.tight && !l.gap && b.kind !== 'heading' && !(k === 0 && n === 0 && headingLike);
        if (onPage >= pageLines && breakable) endPage([], random() < 0.5);
        emit(l);
      });
      if (n === 0 && footnotes.length > 0) endPage(footnotes, false);
    });
    if (b.kind === 'heading') {
      out.push(' ', '');
    }
  }
  if (urls.length > 0) {
    if (out[out.length - 1] !== '') out.push('');
    for (const u of urls) out.push(u);
  }
  if (furniture) out.push(...lastFooter(furniture, page));
  return `${out.join('\n')}\n`.replaceAll(TOTAL, String(page));
}

/**
 * The blocks as a page prints them: a number the source marks apart (AKN `num`, kept in
 * `hints.number`) printed at the start of the text (`1. Demande …`, `a) de s’inspirer …`).
 */
export function printedForm(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    const number = b.hints?.number;
    if (!number || b.text.startsWith(number)) return b;
    const label = /^\d+$/u.test(number) ? `${number}. ` : `${number} `;
    return {
      ...b,
      text: label + b.text,
      footnotes: b.footnotes.map((f) => ({ ...f, offset: f.offset + label.length })),
      links: b.links.map((l) => ({ ...l, offset: l.offset < 0 ? l.offset : l.offset + label.length })),
    };
  });
}
