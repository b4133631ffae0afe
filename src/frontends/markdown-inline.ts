/**
 * Inline content of an mdast block → a flat run of items (text with its emphasis/strong
 * state, footnote-reference and link marks, hard breaks), then → clean text with the marks
 * turned into offsets. Works on the tree: `<sup>` arrives as inline `html` nodes around a
 * `text` node, `\*` as a literal `*` in a `text` node.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { FootnoteRef, LinkRef } from '../types.js';
import { clean } from '../text/fold.js';
import {
  ADJACENT_EMPHASIS, ASTERISK_REF, UNPARSED_EMPHASIS, UNPARSED_LINK, dropStrayEscapes, isFootnoteMarker, isOrdinalSuperscript, parseInlineTag,
} from './markdown-patterns.js';

export type Mark = { type: 'footnote'; marker: string } | { type: 'link'; text: string; href: string | null };

export type Item =
  | { kind: 'text'; s: string; strong: boolean; emph: number; line: number }
  | { kind: 'mark'; mark: Mark; line: number }
  | { kind: 'break'; line: number };

/** Stands for a mark in the joined string until offsets are computed (private use area). */
const MARK_CHAR = '\uE000';
const SENTINELS = /[\uE000]/gu;

interface State {
  strong: boolean;
  emph: number;
}

/** Flattens phrasing content. One instance per block; `nextEmph` numbers emphasis nodes. */
export class InlineFlattener {
  private nextEmph = 1;
  /** while inside `<sup>…</sup>`: the items collected so far */
  private sup: Item[] | null = null;
  private supLine = 0;
  readonly items: Item[] = [];

  constructor(private readonly source: string) {}

  flatten(nodes: readonly PhrasingContent[] | readonly Nodes[], state: State = { strong: false, emph: 0 }): this {
    for (const node of nodes) this.node(node as Nodes, state);
    this.closeSup();
    return this;
  }

  private push(item: Item): void {
    (this.sup ?? this.items).push(item);
  }

  private node(node: Nodes, state: State): void {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'text':
        this.text(node.value, state, line);
        return;
      case 'inlineCode':
        this.push({ kind: 'text', s: node.value.replace(SENTINELS, ''), strong: state.strong, emph: state.emph, line });
        return;
      case 'break':
        this.closeSup();
        this.push({ kind: 'break', line: node.position?.end.line ?? line });
        return;
      case 'emphasis':
        this.children(node.children, { strong: state.strong, emph: state.emph || this.nextEmph++ });
        return;
      case 'strong':
        this.children(node.children, { strong: true, emph: state.emph });
        return;
      case 'link': {
        const sub = new InlineFlattener(this.source).flatten(node.children, state);
        const text = clean(sub.items.map((i) => (i.kind === 'text' ? i.s : ' ')).join(''));
        const href = node.url === '#' || node.url === '' ? null : node.url;
        this.push({ kind: 'mark', mark: { type: 'link', text, href }, line });
        for (const i of sub.items) this.push(i);
        return;
      }
      case 'image':
        this.push({ kind: 'text', s: (node.alt ?? '').replace(SENTINELS, ''), strong: state.strong, emph: state.emph, line });
        return;
      case 'html':
        this.html(node.value, line);
        return;
      default:
        if ('children' in node) this.children(node.children as Nodes[], state);
        else if ('value' in node && typeof node.value === 'string') this.text(node.value, state, line);
    }
  }

  private children(nodes: readonly Nodes[], state: State): void {
    for (const n of nodes) this.node(n, state);
  }

  /**
   * Text: stray escapes dropped, links remark could not parse turned into link evidence,
   * glued asterisk runs (`préliminaire\\*`) turned into footnote marks.
   */
  private text(value: string, state: State, line: number): void {
    const v = dropStrayEscapes(value.replace(SENTINELS, ''));
    if (this.sup || !v.includes('](')) {
      this.plainText(v, state, line);
      return;
    }
    let last = 0;
    for (const m of v.matchAll(UNPARSED_LINK)) {
      this.plainText(v.slice(last, m.index), state, line);
      this.push({ kind: 'mark', mark: { type: 'link', text: clean(m[1]!), href: m[2]!.trim() }, line });
      this.plainText(m[1]!, state, line);
      last = m.index + m[0].length;
    }
    this.plainText(v.slice(last), state, line);
  }

  private plainText(value: string, state: State, line: number): void {
    const v = value.includes('*') ? value.replace(ADJACENT_EMPHASIS, '').replace(UNPARSED_EMPHASIS, '$2') : value;
    if (v === '') return;
    if (this.sup || !v.includes('*')) {
      this.push({ kind: 'text', s: v, strong: state.strong, emph: state.emph, line });
      return;
    }
    let last = 0;
    for (const m of v.matchAll(ASTERISK_REF)) {
      if (m.index > last) this.push({ kind: 'text', s: v.slice(last, m.index), strong: state.strong, emph: state.emph, line });
      this.push({ kind: 'mark', mark: { type: 'footnote', marker: m[0] }, line });
      last = m.index + m[0].length;
    }
    if (last < v.length) this.push({ kind: 'text', s: v.slice(last), strong: state.strong, emph: state.emph, line });
  }

  private html(value: string, line: number): void {
    const tag = parseInlineTag(value);
    if (!tag) return; // comments, processing instructions: not text
    if (tag.name === 'br') {
      this.closeSup();
      this.push({ kind: 'break', line });
    } else if (tag.name === 'sup') {
      if (tag.closing) this.closeSup();
      else if (!this.sup) {
        this.sup = [];
        this.supLine = line;
      }
    }
    // other tags (<i>, <b>, <sub>, <span>…): the tag goes, its content stays
  }

  /** `</sup>` (or the end of the block): an ordinal stays text, a marker becomes a mark. */
  private closeSup(): void {
    const sup = this.sup;
    if (!sup) return;
    this.sup = null;
    const content = clean(sup.map((i) => (i.kind === 'text' ? i.s : '')).join(''));
    const before = this.tailText();
    if (content === '') return;
    if (isOrdinalSuperscript(content, before) || !isFootnoteMarker(content)) {
      const ref = sup.find((i) => i.kind === 'text');
      const st = ref && ref.kind === 'text' ? ref : { strong: false, emph: 0 };
      this.items.push({ kind: 'text', s: content, strong: st.strong, emph: st.emph, line: this.supLine });
    } else {
      this.items.push({ kind: 'mark', mark: { type: 'footnote', marker: content }, line: this.supLine });
    }
  }

  /** The last text item before the superscript (constant time: marks are skipped from the end). */
  private tailText(): string {
    for (let k = this.items.length - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
      const i = this.items[k]!;
      if (i.kind === 'text') return i.s;
      if (i.kind === 'break') return '';
    }
    return '';
  }
}

export interface Resolved {
  text: string;
  footnotes: FootnoteRef[];
  links: LinkRef[];
}

/**
 * Items (no breaks expected; a break counts as a space) → clean text, with each mark's
 * position turned into an offset in that text. Soft line breaks become spaces.
 */
export function resolveItems(items: readonly Item[]): Resolved {
  const marks: Mark[] = [];
  let raw = '';
  for (const i of items) {
    if (i.kind === 'text') raw += i.s;
    else if (i.kind === 'mark') {
      marks.push(i.mark);
      raw += MARK_CHAR;
    } else raw += ' ';
  }
  const cleaned = clean(raw.replace(/\n/g, ' '));
  const footnotes: FootnoteRef[] = [];
  const links: LinkRef[] = [];
  if (marks.length === 0) return { text: cleaned, footnotes, links };
  let out = '';
  let k = 0;
  for (const ch of cleaned) {
    if (ch === MARK_CHAR) {
      const mark = marks[k++];
      if (mark?.type === 'footnote') footnotes.push({ marker: mark.marker, offset: out.length });
      else if (mark) links.push({ text: mark.text, href: mark.href, offset: out.length });
    } else if (ch === ' ' && (out === '' || out.endsWith(' '))) {
      continue;
    } else out += ch;
  }
  const text = out.trimEnd();
  for (const f of footnotes) f.offset = Math.min(f.offset, text.length);
  for (const l of links) l.offset = Math.min(l.offset, text.length);
  return { text, footnotes, links };
}

/** Split a run at hard breaks into lines (each a run of items). */
export function splitAtBreaks(items: readonly Item[]): Item[][] {
  const lines: Item[][] = [[]];
  for (const i of items) {
    if (i.kind === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(i);
  }
  return lines.filter((l) => l.some((i) => i.kind !== 'text' || i.s.trim() !== ''));
}

/** Text items that carry visible characters. */
function visible(items: readonly Item[]): Array<Extract<Item, { kind: 'text' }>> {
  return items.filter((i): i is Extract<Item, { kind: 'text' }> => i.kind === 'text' && i.s.trim() !== '');
}

/** Every visible character is bold. */
export function allStrong(items: readonly Item[]): boolean {
  const v = visible(items);
  return v.length > 0 && v.every((i) => i.strong);
}

/** Every visible character is italic. */
export function allEmphasis(items: readonly Item[]): boolean {
  const v = visible(items);
  return v.length > 0 && v.every((i) => i.emph !== 0);
}

/** The italic phrase a block starts with (`*Rappelant*`), or null. */
export function leadPhrase(items: readonly Item[]): string | null {
  const v = visible(items);
  const first = v[0];
  if (!first || first.emph === 0) return null;
  let s = '';
  for (const i of items) {
    if (i.kind !== 'text') {
      if (s.trim() !== '') break;
      continue;
    }
    if (i.s.trim() === '' && s === '') continue;
    if (i.emph !== first.emph) break;
    s += i.s;
  }
  const lead = clean(s).replace(/[\s,;:]+$/u, '');
  return lead === '' ? null : lead;
}

/** Source lines covered by items. */
export function itemSpan(items: readonly Item[], fallback: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of items) {
    if (i.line <= 0) continue;
    const end = i.kind === 'text' ? i.line + countNewlines(i.s) : i.line;
    lo = Math.min(lo, i.line);
    hi = Math.max(hi, end);
  }
  return lo === Infinity ? [fallback, fallback] : [lo, hi];
}

function countNewlines(s: string): number {
  let n = 0;
  for (let k = s.indexOf('\n'); k !== -1; k = s.indexOf('\n', k + 1)) n++;
  return n;
}
