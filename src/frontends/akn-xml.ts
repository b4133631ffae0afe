/**
 * The XML layer of the Akoma Ntoso front-end: parse with fast-xml-parser (preserveOrder, so
 * mixed content keeps its order), and give every element its source offsets, which the
 * parser does not report.
 *
 * Offsets come from one linear scan of the tags of the source: the parser returns elements in
 * document order, so the i-th element of a pre-order walk of the tree is the i-th start tag of
 * the source. The scan checks the tag names as it goes; should they ever disagree, the
 * remaining elements inherit their parent's span instead of getting a wrong one.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';

export interface XElement {
  /** the tag name as written, namespace prefix included ("akn4un:voters") */
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  /** offset of "<" of the start tag, and offset just after the end tag */
  start: number;
  end: number;
}

export interface XText {
  name: '#text';
  text: string;
}

export type XNode = XElement | XText;

export function isElement(node: XNode): node is XElement {
  return node.name !== '#text';
}

/** The local name of a tag ("akn4un:voters" → "voters"). */
export function localName(el: XElement): string {
  const i = el.name.indexOf(':');
  return i === -1 ? el.name : el.name.slice(i + 1);
}

/** Element children, optionally only those with a given local name. */
export function elements(el: XElement, name?: string): XElement[] {
  const out: XElement[] = [];
  for (const c of el.children) if (isElement(c) && (name === undefined || localName(c) === name)) out.push(c);
  return out;
}

/** The first element child with this local name, or null. */
export function child(el: XElement, name: string): XElement | null {
  for (const c of el.children) if (isElement(c) && localName(c) === name) return c;
  return null;
}

/** The first descendant (pre-order, self excluded) with this local name and matching attrs. */
export function find(el: XElement, name: string, attrs: Record<string, string> = {}): XElement | null {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (localName(c) === name && Object.entries(attrs).every(([k, v]) => c.attrs[k] === v)) return c;
    const deeper = find(c, name, attrs);
    if (deeper) return deeper;
  }
  return null;
}

/** Every descendant with this local name, in document order. */
export function findAll(el: XElement, name: string, out: XElement[] = []): XElement[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (localName(c) === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

/** All the text of an element, markup removed (not cleaned). */
export function textOf(node: XNode): string {
  if (!isElement(node)) return node.text;
  let s = '';
  for (const c of node.children) s += textOf(c);
  return s;
}

/* ------------------------------------------------------------------ parsing */

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

type RawNode = Record<string, unknown>;

/** Parse an XML text into a tree of elements with source offsets; malformed XML → InputError. */
export function parseXml(text: string): XElement {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    const { msg, line } = verdict.err;
    const where = line ? ` at line ${line}` : '';
    throw new InputError(`malformed XML${where}: ${String(msg).replace(/\s+/g, ' ').trim()}`);
  }
  let raw: RawNode[];
  try {
    raw = parser.parse(text) as RawNode[];
  } catch (err) {
    throw new InputError(`malformed XML: ${err instanceof Error ? err.message.replace(/\s+/g, ' ') : String(err)}`);
  }
  const tags = scanTags(text);
  let next = 0;
  let inSync = true;

  const convert = (node: RawNode, parent: { start: number; end: number }): XNode | null => {
    if ('#text' in node) return { name: '#text', text: String(node['#text']) };
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name === undefined || name.startsWith('?') || name === '#comment') return null;
    let start = parent.start;
    let end = parent.end;
    if (inSync) {
      const tag = tags[next++];
      if (tag && tag.name === name) {
        start = tag.start;
        end = tag.end;
      } else {
        inSync = false;
      }
    }
    const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = String(v);
    const el: XElement = { name, attrs, children: [], start, end };
    for (const c of (node[name] ?? []) as RawNode[]) {
      const x = convert(c, el);
      if (x) el.children.push(x);
    }
    return el;
  };

  const whole = { start: 0, end: text.length };
  for (const node of raw) {
    const x = convert(node, whole);
    if (x && isElement(x)) return x;
  }
  throw new InputError('not an XML document: no root element');
}

interface TagSpan {
  name: string;
  start: number;
  end: number;
}

/**
 * Start tags of the source in document order, each with the offset just after its matching end
 * tag. Comments, CDATA, processing instructions and the DOCTYPE are skipped, as the parser
 * skips them.
 */
export function scanTags(text: string): TagSpan[] {
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>|<\?[\s\S]*?\?>|<(\/?)([^\s/>!?]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  const out: TagSpan[] = [];
  const open: TagSpan[] = [];
  for (const m of text.matchAll(re)) {
    const name = m[2];
    if (name === undefined) continue;
    const at = m.index ?? 0;
    if (m[1] === '/') {
      const tag = open.pop();
      if (tag) tag.end = at + m[0].length;
    } else {
      const tag: TagSpan = { name, start: at, end: at + m[0].length };
      out.push(tag);
      if (m[3] !== '/') open.push(tag);
    }
  }
  return out;
}

/** Offset → 1-based line number, by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
