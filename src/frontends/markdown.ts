/**
 * Markdown front-end: markdown converted from UN pages → Block stream.
 *
 * remark-parse builds the mdast tree once; this module walks it. What it undoes (see
 * docs/format-markdown.md): unreliable heading levels (kept as hints), footnote definitions
 * placed where the PDF page ended (the interrupted paragraph is re-joined, the definitions
 * follow it), `<sup>` markers and ordinals, links (text kept, target as evidence), `---`
 * rules, numbered paragraphs that markdown reads as ordered lists, hard-broken cover lines,
 * tab-separated table-of-contents rows.
 */
import type { BlockContent, Code, Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Block, BlockHints, FrontEndResult, Warning } from '../types.js';
import { matchLead } from '../lexicon/leads-fr.js';
import { clean } from '../text/fold.js';
import { appendBlock, continuesAcrossPage, continuesClauses, continuesParagraph, endsDangling, makeBlock, startsLowerCase, startsWithListLabel } from './blocks.js';
import {
  InlineFlattener, allEmphasis, allStrong, itemSpan, leadPhrase, resolveItems, splitAtBreaks, type Item,
} from './markdown-inline.js';
import { markdownPieces } from './markdown-pieces.js';
import { ASTERISK_DEF, SETEXT_DASHES, STAR_SEPARATOR, UNPARSED_LINK, stripDotLeader, stripHtmlTags } from './markdown-patterns.js';

/** The rule under a pipe table's header row (`| --- | :---: |`). */
const PIPE_RULE = /^\|[\s:|-]+\|$/u;
/** A note mark in a table cell: `<sup>a</sup>`. */
const SUP_MARK = /<sup>[^<]{0,8}<\/sup>/giu;
import { checkMarkdownBounds } from './markdown-bounds.js';

/** A block as first read from the tree, before paragraphs cut by page breaks are re-joined. */
interface Unit {
  block: Block;
  /** may be continued by a later `continuation` unit (running text) */
  open: boolean;
  /** may continue an open unit (a plain paragraph, not a bullet, not a label) */
  continuation: boolean;
  /** a bullet item: continues an open unit only across footnote definitions (a page end) */
  bullet?: boolean;
}

const parser = unified().use(remarkParse);

export function parseMarkdown(text: string): FrontEndResult {
  // U+E000 is the front-end's internal mark: one in the input becomes U+FFFD (same length,
  // so tree offsets stay valid)
  const source = text.replace(/^\uFEFF/u, '').replace(/\r\n?/g, '\n').replace(/\uE000/gu, '\uFFFD');
  checkMarkdownBounds(source);
  const warnings: Warning[] = [];
  const walker = new Walker(source, warnings);
  // long texts are parsed piece by piece (markdown-pieces.ts: the same tree, faster, and each
  // piece's tree is dropped once walked); positions are made offsets and lines of the whole
  for (const piece of markdownPieces(source)) {
    let tree: Root;
    try {
      tree = parser.parse(source.slice(piece.start, piece.end)) as Root;
    } catch (err) {
      warnings.push({ code: 'markdown-unparsable', message: `markdown parser failed: ${(err as Error).message}` });
      return { format: 'markdown', blocks: [], warnings };
    }
    if (piece.start > 0) for (const node of tree.children) shiftPositions(node, piece.line - 1, piece.start);
    walker.blocks(tree.children);
  }
  return { format: 'markdown', blocks: joinUnits(walker.units), warnings };
}

/** Move a node of a piece's tree (and its descendants) to the place of the piece in the whole text. */
export function shiftPositions(node: Nodes, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    node.position = {
      start: { line: p.start.line + lines, column: p.start.column, offset: p.start.offset === undefined ? undefined : p.start.offset + offset },
      end: { line: p.end.line + lines, column: p.end.column, offset: p.end.offset === undefined ? undefined : p.end.offset + offset },
    };
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, lines, offset);
}

/* ------------------------------------------------------------------ tree walk */

class Walker {
  readonly units: Unit[] = [];

  constructor(
    private readonly source: string,
    private readonly warnings: Warning[],
  ) {}

  blocks(nodes: readonly (RootContent | BlockContent)[]): void {
    for (const node of nodes) this.block(node as Nodes);
  }

  private block(node: Nodes): void {
    switch (node.type) {
      case 'heading':
        this.heading(node);
        return;
      case 'paragraph':
        this.paragraph(node, { inList: null, label: '' });
        return;
      case 'list':
        this.list(node);
        return;
      case 'code':
        this.code(node);
        return;
      case 'html':
        this.htmlBlock(node.value, node.position?.start.line ?? 1, node.position?.end.line ?? 1);
        return;
      case 'thematicBreak': // `---` between a page's text and its footnotes: layout
      case 'definition':
        return;
      case 'blockquote':
        this.blocks(node.children);
        return;
      default:
        if ('children' in node) this.blocks(node.children as RootContent[]);
        else
          this.warnings.push({
            code: 'markdown-node-ignored',
            message: `markdown ${node.type} ignored`,
            line: node.position?.start.line,
          });
    }
  }

  private emit(block: Block, open: boolean, continuation: boolean, bullet = false): void {
    if (block.text === '' && block.kind !== 'footnote') return;
    this.units.push({ block, open, continuation, bullet });
  }

  private heading(node: Heading): void {
    if (this.isDashUnderlined(node)) {
      // "text\n---": markdown reads a setext heading, but in these documents `---` is the rule
      // before a page's footnotes: the text is a paragraph (often cut by the page end)
      const start = node.position!.start;
      const end = { ...node.position!.end, line: node.position!.end.line - 1 };
      this.paragraph({ type: 'paragraph', children: node.children, position: { start, end } }, { inList: null, label: '' });
      return;
    }
    const items = new InlineFlattener(this.source).flatten(node.children).items;
    const line = node.position?.start.line ?? 1;
    const block = blockFromItems('heading', items, line, node.position?.end.line ?? line);
    block.hints = compactHints({ level: node.depth, strong: allStrong(items) || undefined, emphasis: allEmphasis(items) || undefined });
    this.emit(block, false, false);
  }

  /** A setext heading underlined with dashes (its last source line is `---`). */
  private isDashUnderlined(node: Heading): boolean {
    const pos = node.position;
    if (!pos || pos.end.line === pos.start.line || pos.end.offset === undefined) return false;
    const lineStart = this.source.lastIndexOf('\n', pos.end.offset - 1) + 1;
    return SETEXT_DASHES.test(this.source.slice(lineStart, pos.end.offset));
  }

  /**
   * A paragraph: a footnote definition, table rows, hard-broken lines (one block each), or
   * running text. In a list, `inList` says which kind and `label` is the printed number.
   */
  private paragraph(node: Paragraph, ctx: { inList: 'ordered' | 'bullet' | null; label: string }): void {
    const line = node.position?.start.line ?? 1;
    const endLine = node.position?.end.line ?? line;
    const items = new InlineFlattener(this.source).flatten(node.children).items;

    if (ctx.inList === null) {
      if (items.every((i) => i.kind === 'text') && STAR_SEPARATOR.test(items.map((i) => (i.kind === 'text' ? i.s : '')).join(''))) return; // `\* \* \*`
      const fn = this.footnoteDefinition(node, items, line, endLine);
      if (fn) return this.emit(fn, false, false);
      if (this.tableRows(items, line) || this.pipeRows(node, line)) return;
    }

    const lines = splitAtBreaks(items);
    if (lines.length > 1 && ctx.inList === null) {
      // hard-broken lines (cover page, "[Original : anglais]  \n[30 avril 2024]"): one block a
      // line; a line starting in lower case continues the previous one.
      let prev: Block | null = null;
      for (const l of lines) {
        const [lo, hi] = itemSpan(l, line);
        const b = this.textBlock(l, lo, hi, ctx);
        if (prev && prev.kind === b.kind && startsLowerCase(b.text)) appendBlock(prev, b);
        else {
          this.emit(b, false, false);
          prev = b;
        }
      }
      return;
    }
    const b = this.textBlock(items, line, endLine, ctx);
    const plain = b.kind !== 'heading' && !b.hints?.emphasis;
    this.emit(b, plain, plain && ctx.inList === null && b.kind === 'paragraph', ctx.inList === 'bullet');
  }

  /** Kind and hints of running text from its items. */
  private textBlock(items: Item[], line: number, endLine: number, ctx: { inList: 'ordered' | 'bullet' | null; label: string }): Block {
    const strong = allStrong(items);
    const emphasis = allEmphasis(items);
    const lead = emphasis ? null : leadPhrase(items);
    const b = blockFromItems('paragraph', items, line, endLine);
    if (ctx.label) prefixBlock(b, ctx.label);
    if (strong && ctx.inList === null) b.kind = 'heading';
    else if (ctx.inList === 'bullet' || (!strong && !emphasis && startsWithListLabel(b.text))) b.kind = 'list-item';
    const hints = compactHints({ strong: strong || undefined, emphasis: emphasis || undefined, lead: lead ?? undefined });
    if (hints) b.hints = hints;
    return b;
  }

  /** `<sup>1</sup> Voir A/78/265.` or `\* A/79/50.` at the start of a paragraph. */
  private footnoteDefinition(node: Paragraph, items: Item[], line: number, endLine: number): Block | null {
    const firstVisible = items.findIndex((i) => i.kind !== 'text' || i.s.trim() !== '');
    const first = items[firstVisible];
    if (!first) return null;
    let marker: string | null = null;
    let rest: Item[] = [];
    if (first.kind === 'mark' && first.mark.type === 'footnote') {
      marker = first.mark.marker;
      rest = items.slice(firstVisible + 1);
    } else if (first.kind === 'text') {
      const m = ASTERISK_DEF.exec(first.s.trimStart());
      const start = node.position?.start.offset;
      if (m && start !== undefined && this.source[start] === '\\') {
        marker = m[1]!;
        rest = [{ ...first, s: first.s.trimStart().slice(m[0].length) }, ...items.slice(firstVisible + 1)];
      }
    }
    if (marker === null) return null;
    const b = blockFromItems('footnote', rest.map((i) => (i.kind === 'break' ? { kind: 'text', s: ' ', strong: false, emph: 0, line: i.line } : i)), line, endLine);
    b.marker = marker;
    return b;
  }

  /**
   * A paragraph whose lines are mostly tab-separated (table of contents): one block a row. A
   * single line with a tab is a row only when it ends a cell with a dot leader.
   */
  private tableRows(items: Item[], line: number): boolean {
    if (!items.every((i) => i.kind === 'text')) return false;
    const raw = items.map((i) => (i.kind === 'text' ? i.s : '')).join('');
    const lines = raw.split('\n');
    const tabbed = lines.filter((l) => l.includes('\t'));
    if (tabbed.length * 2 <= lines.length) return false;
    if (lines.length === 1 && !hasDotLeader(lines[0]!)) return false;
    lines.forEach((l, k) => this.tableRow(l, line + k));
    return true;
  }

  /**
   * A pipe table (`| Montant estimatif … | 97 194 000 |`, the budget tables of A/RES/75/249):
   * the parser here reads no GFM tables, so every line of the paragraph opening and closing
   * with `|` is a row; its cells lose their emphasis, links and note marks (the notes under a
   * table belong to the table, paragraphs.ts), the `| --- |` rule is layout.
   */
  private pipeRows(node: Paragraph, line: number): boolean {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    const lines = this.source.slice(start, end).split('\n').map((l) => l.trim());
    if (!lines.every((l) => l.length > 1 && l.startsWith('|') && l.endsWith('|'))) return false;
    lines.forEach((l, k) => {
      if (PIPE_RULE.test(l)) return;
      const cells = l.slice(1, -1).split(/(?<!\\)\|/u).map((c) =>
        clean(stripHtmlTags(c.replace(SUP_MARK, '')).replace(UNPARSED_LINK, '$1').replace(/\*+/gu, '').replace(/\\(?=\S)/gu, '')),
      ).filter((c) => c !== '');
      if (cells.length > 0) this.emit(makeBlock('table-row', cells.join(' | '), line + k, line + k), false, false);
    });
    return true;
  }

  private tableRow(rawLine: string, line: number): void {
    const cells = rawLine.split('\t').map((c) => clean(stripDotLeader(stripHtmlTags(c)))).filter((c) => c !== '');
    if (cells.length > 0) this.emit(makeBlock('table-row', cells.join(' | '), line, line), false, false);
  }

  private list(node: List): void {
    node.children.forEach((item, k) => this.listItem(node, item, k));
  }

  private listItem(list: List, item: ListItem, k: number): void {
    const ordered = list.ordered === true;
    let label = ordered ? this.printedLabel(item) ?? `${(list.start ?? 1) + k}.` : '';
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        this.paragraph(child, { inList: ordered ? 'ordered' : 'bullet', label });
        label = '';
      } else this.block(child);
    }
  }

  /** The number exactly as printed before an ordered item's content (`4.`, `12)`). */
  private printedLabel(item: ListItem): string | null {
    const start = item.position?.start.offset;
    const childStart = item.children[0]?.position?.start.offset;
    if (start === undefined || childStart === undefined || childStart < start) return null;
    const s = this.source.slice(start, Math.min(childStart, start + 16)).trim();
    return s === '' ? null : s;
  }

  /** Indented code: in these documents, a table line indented with a tab (`\t<i>Page</i>`). */
  private code(node: Code): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const line = node.position?.start.line ?? 1;
    const raw = start !== undefined && end !== undefined ? this.source.slice(start, end) : node.value;
    if (raw.includes('\t') && node.lang == null) {
      raw.split('\n').forEach((l, k) => this.tableRow(l, line + k));
      return;
    }
    this.emit(makeBlock('paragraph', stripHtmlTags(node.value).replace(/\n/g, ' '), line, node.position?.end.line ?? line), false, false);
  }

  private htmlBlock(value: string, line: number, endLine: number): void {
    const text = stripHtmlTags(value.replace(/<!--[\s\S]*?-->/gu, ''));
    if (clean(text) === '') return;
    this.emit(makeBlock('paragraph', text.replace(/\n/g, ' '), line, endLine), false, false);
  }
}

/* ------------------------------------------------------------------ helpers */

function hasDotLeader(line: string): boolean {
  return line.split('\t').some((cell) => stripDotLeader(cell) !== cell);
}

function blockFromItems(kind: Block['kind'], items: Item[], line: number, endLine: number): Block {
  const r = resolveItems(items);
  const b = makeBlock(kind, '', line, endLine);
  b.text = r.text;
  b.footnotes = r.footnotes;
  b.links = r.links;
  return b;
}

/** Put the printed number of an ordered item back in front of its text. */
function prefixBlock(b: Block, label: string): void {
  const shift = label.length + 1;
  b.text = b.text === '' ? label : `${label} ${b.text}`;
  for (const f of b.footnotes) f.offset += shift;
  for (const l of b.links) l.offset += shift;
}

function compactHints(h: BlockHints): BlockHints | undefined {
  const out: BlockHints = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/**
 * Re-join paragraphs cut by a page break: an open unit (running text without terminal
 * punctuation) is continued by the next continuation unit that `continuesParagraph` accepts,
 * even across footnote definitions, which then follow the re-joined paragraph. A heading
 * starting in lower case right after a heading is its second line.
 */
/**
 * A page end with no notes printed at it: a long paragraph stopped mid-sentence (`… à la
 * Convention des Nations` / `Unies contre la corruption …`, A/RES/77/237; `… des États` /
 * `Membres, de sorte que …`, A/RES/79/186) goes on in a capitalised block that opens no
 * paragraph of its own. Only after a full paragraph's length, so that cover lines and short
 * headings without punctuation stay apart.
 */
const PAGE_CUT_MIN = 200;
function cutAtPageEnd(prev: string, next: string, opensWithLead: () => boolean, numbered: boolean): boolean {
  // a shorter paragraph too when it stops on a word no paragraph ends on (`… tenues à Athènes
  // en` / `2006, à Rio de Janeiro …`, A/RES/77/150); the next page may open with an acronym
  // (`ONU-Femmes et d’autres organismes, …`, A/RES/80/186) or with the part letter of the
  // resolution cited at the end of the page before, which no paragraph opens with (`… la section
  // XVI de sa résolution 75/253` / `A, la section XI de sa résolution 76/246 A, …`, A/RES/80/243)
  return (prev.length >= PAGE_CUT_MIN || endsDangling(prev)) && /^(?:\p{Lu}\p{Ll}|\p{Lu}{2,}-|\p{Lu},|\d)/u.test(next)
    && continuesAcrossPage(prev, next, opensWithLead(), numbered);
}

/** A numbered paragraph's text: "34. *Félicite* …". */
const NUMBERED = /^\d{1,3}\.\s/u;

function joinUnits(units: readonly Unit[]): Block[] {
  const out: Block[] = [];
  let open: Block | null = null;
  let openTail = ''; // the last part appended to `open`: its end is `open`'s end
  let pageEnd = false; // footnote definitions seen since `open`
  for (const u of units) {
    const b = u.block;
    if (b.kind === 'footnote') {
      out.push(b);
      pageEnd = true;
      continue;
    }
    const opensWithLead = (): boolean => b.hints?.lead != null || matchLead(b.text) !== null;
    const numbered = open !== null && NUMBERED.test(open.text);
    const continues = pageEnd && u.continuation
      ? continuesAcrossPage(openTail, b.text, opensWithLead(), numbered)
      : continuesParagraph(openTail, b.text) || (u.continuation && cutAtPageEnd(openTail, b.text, opensWithLead, numbered))
        || (u.continuation && open !== null && continuesClauses(open.text, b.text));
    if (open && (u.continuation || (u.bullet && pageEnd)) && continues) {
      appendBlock(open, b);
      openTail = b.text;
      pageEnd = false;
      continue;
    }
    pageEnd = false;
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'heading' && b.kind === 'heading' && startsLowerCase(b.text)) {
      appendBlock(prev, b);
      continue;
    }
    out.push(b);
    open = u.open ? b : null;
    openTail = b.text;
  }
  return out;
}
