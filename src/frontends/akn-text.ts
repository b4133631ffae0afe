/**
 * Mixed content of Akoma Ntoso paragraphs → clean text with the offsets of footnote markers
 * (`authorialNote`, `noteRef`) and links (`<a href>`), and the leading italic phrase.
 *
 * Text is gathered raw (tabs, newlines and indentation included), then cleaned once with an
 * offset map, so offsets point into exactly the text `clean` produces.
 */
import { clean } from '../text/fold.js';
import type { LinkRef } from '../types.js';
import { type XElement, type XNode, isElement, localName, textOf } from './akn-xml.js';

export interface InlineNote {
  marker: string;
  offset: number;
  /** the note's own element (absent for a `noteRef` pointing elsewhere) */
  note: XElement | null;
}

export interface InlineText {
  text: string;
  notes: InlineNote[];
  links: LinkRef[];
  /** the italic phrase the text opens with, cleaned, or null */
  italicLead: string | null;
  /**
   * Every word is bold ("Titre I", "Barème des traitements de base minima"): a heading printed
   * as a paragraph. Superscripts outside the bold spans (`1<sup>er</sup>` in 79/301's
   * "… allant du 1<sup>er</sup> juillet 2023 …") do not break it.
   */
  bold: boolean;
}

export interface InlineOptions {
  /**
   * The markers of the notes met so far in the document, in reading order; the notes met here
   * are added. A `<sup>` holding one of them is a second reference to that note, as the page
   * prints it: `… le Nouveau Programme pour les villes<sup>8</sup>, …` (A/RES/75/124, note 8
   * printed at an earlier paragraph), `… du 12 août 1949<sup>2</sup>, …` (A/RES/78/11). The
   * UN's XML keeps such a reference as a plain `<sup>`: it is no text.
   */
  printed?: Set<string>;
}

/** A superscript that can only be a note marker: digits, or asterisks. */
const MARKER = /^(?:\d+|\*+)$/u;

interface Acc {
  printed: Set<string> | null;
  raw: string;
  notes: { marker: string; at: number; note: XElement | null }[];
  links: { href: string | null; from: number; to: number }[];
  italicLead: string | null;
  sawText: boolean;
  /** non-space text seen inside bold spans, and outside them (superscripts excepted) */
  boldText: boolean;
  plainText: boolean;
}

/** Gather the inline content of several elements (e.g. the `p`s of one container). */
export function inlineText(nodes: XNode[], options: InlineOptions = {}): InlineText {
  const acc: Acc = { printed: options.printed ?? null, raw: '', notes: [], links: [], italicLead: null, sawText: false, boldText: false, plainText: false };
  for (const n of nodes) {
    if (acc.raw !== '') acc.raw += ' ';
    collect(n, acc, false);
  }
  const { text, map } = cleanWithMap(acc.raw);
  return {
    text,
    notes: acc.notes.map((n) => ({ marker: n.marker, offset: map(n.at), note: n.note })),
    links: acc.links.map((l) => ({ text: clean(acc.raw.slice(l.from, l.to)), href: l.href, offset: map(l.from) })),
    italicLead: acc.italicLead,
    bold: acc.boldText && !acc.plainText,
  };
}

/** `bold`: inside a bold span; null inside a superscript, which counts neither way. */
function collect(node: XNode, acc: Acc, bold: boolean | null): void {
  if (!isElement(node)) {
    const t = node.text.normalize('NFC');
    if (clean(t) !== '') {
      acc.sawText = true;
      if (bold === true) acc.boldText = true;
      else if (bold === false) acc.plainText = true;
    }
    acc.raw += t;
    return;
  }
  switch (localName(node)) {
    case 'authorialNote': {
      const marker = clean(node.attrs.marker ?? '');
      acc.notes.push({ marker, at: acc.raw.length, note: node });
      acc.printed?.add(marker);
      return;
    }
    case 'noteRef':
      acc.notes.push({ marker: clean(node.attrs.marker ?? textOf(node)), at: acc.raw.length, note: null });
      return;
    case 'eol':
    case 'br':
      acc.raw += ' ';
      return;
    case 'img':
      return;
    case 'a': {
      const from = acc.raw.length;
      for (const c of node.children) collect(c, acc, bold);
      acc.links.push({ href: node.attrs.href ?? null, from, to: acc.raw.length });
      return;
    }
    case 'span':
    case 'i':
    case 'b': {
      const name = localName(node);
      const italic = name === 'i' || /\bitalic\b/.test(node.attrs.class ?? '');
      if (italic && !acc.sawText && acc.italicLead === null) {
        const lead = clean(textOf(node));
        if (lead !== '') acc.italicLead = lead;
      }
      const strong = bold === true || name === 'b' || /\bbold\b/.test(node.attrs.class ?? '');
      for (const c of node.children) collect(c, acc, bold === null ? null : strong);
      return;
    }
    case 'sup': {
      const marker = clean(textOf(node));
      if (acc.printed?.has(marker) && MARKER.test(marker)) {
        acc.notes.push({ marker, at: acc.raw.length, note: null });
        return;
      }
      const from = acc.raw.length;
      const marks = acc.notes.length + acc.links.length;
      for (const c of node.children) collect(c, acc, bold === true ? true : null);
      // a space typed inside a superscript before its letters is no gap on the page:
      // `n<sup> o</sup> 42671` (A/RES/76/16, note 7) prints "nº 42671", as `n<sup>o</sup>` does
      const gap = /^\s+(?=\p{L})/u.exec(acc.raw.slice(from));
      if (gap && acc.notes.length + acc.links.length === marks) acc.raw = acc.raw.slice(0, from) + acc.raw.slice(from + gap[0].length);
      return;
    }
    default:
      for (const c of node.children) collect(c, acc, bold);
  }
}

/**
 * A note's body without the marker it sometimes repeats at its start (`<authorialNote
 * marker="19"><p><sup>19</sup> Résolution 69/283 …`, A/RES/76/138; split as
 * `<sup>1</sup><sup>7</sup>`, A/RES/77/162): the page prints the marker once, before the note.
 */
export function withoutOwnMarker(nodes: XNode[], marker: string): XNode[] {
  const first = nodes.findIndex((n) => isElement(n) || clean(n.text) !== '');
  const el = nodes[first];
  if (!el || !isElement(el)) return nodes;
  if (localName(el) === 'p') {
    const inner = withoutOwnMarker(el.children, marker);
    return inner === el.children ? nodes : [...nodes.slice(0, first), { ...el, children: inner }, ...nodes.slice(first + 1)];
  }
  let seen = '';
  let k = first;
  for (; k < nodes.length; k++) {
    const n = nodes[k] as XNode;
    if (isElement(n) && localName(n) === 'sup') seen += clean(textOf(n));
    else if (isElement(n) || clean(n.text) !== '') break;
  }
  return seen !== '' && seen === marker ? nodes.slice(k) : nodes;
}

const spaceCache = new Map<string, boolean>();

/** Is this character one that `clean` turns into (or trims as) a space? */
function isSpace(c: string): boolean {
  let v = spaceCache.get(c);
  if (v === undefined) {
    v = c === '\n' || c === '\r' || clean(c) === '';
    spaceCache.set(c, v);
  }
  return v;
}

/**
 * `clean` applied to a raw string, with a map from raw offsets to offsets in the result.
 * An offset that falls on spaces maps to the end of the preceding text (a marker glued after a
 * word stays glued to it).
 */
export function cleanWithMap(raw: string): { text: string; map: (rawOffset: number) => number } {
  const at = new Array<number>(raw.length + 1);
  let out = '';
  let pending = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    at[i] = out.length;
    if (isSpace(c)) {
      pending = true;
      continue;
    }
    if (pending && out !== '') {
      out += ' ';
      at[i] = out.length;
    }
    pending = false;
    out += c;
  }
  at[raw.length] = out.length;
  return { text: out, map: (o) => Math.min(at[Math.max(0, Math.min(o, raw.length))] ?? out.length, out.length) };
}
