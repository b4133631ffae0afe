/**
 * A Page (page.ts) printed the two other ways users meet a UN resolution (issue 14):
 *
 * - UN-page markdown, like seeds 000 and 003: the header block, `#### 75/22. Title`, lead
 *   phrases in `*italics*`, links `[75/240](#)`, footnote markers and ordinals as
 *   `<sup>1</sup>`, `1<sup>er</sup>`, `n<sup>o</sup>`, and the footnote definitions where the
 *   printed page ended — often inside a paragraph, which goes on after them (seed 000, par. 4);
 * - PDF-extracted text, like seeds 001, 002 and 004, through render-pdf.ts, with the furniture
 *   of a real UN PDF at every page break (running header with the symbol, alone or with a short
 *   title, on either side; footer `3/12 20-16303` in either order; footnote rule and notes;
 *   URL lines), markers glued or spaced, `1` / `er` ordinals, indented first lines, no italics.
 *
 * Both are faithful to what the UN prints, not to what the parser handles. Deterministic: the
 * variations are seeded by the file name, so a failing document renders the same way again.
 */
import type { Block, FootnoteRef, LinkRef } from '../../src/types.js';
import { notesOf, textOf, type Item, type Note, type Page, type Run } from './page.js';
import { generator, renderPdfText, type Furniture } from './render-pdf.js';

/** FNV-1a of the file name: the seed of a document's variations. */
export function seedOf(file: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) {
    h ^= file.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

// ---------------------------------------------------------------- markdown

/** Characters markdown would read as syntax inside running text. */
function escape(text: string): string {
  return text.replace(/[\\*_[\]<`]/gu, (c) => `\\${c}`);
}

/** Runs → markdown inline text. */
export function inlineMarkdown(runs: Run[]): string {
  let out = '';
  for (let i = 0; i < runs.length; ) {
    const r = runs[i]!;
    if (r.note || r.ref !== undefined) {
      out += `<sup>${r.note?.marker ?? r.ref}</sup>`;
      i++;
      continue;
    }
    // a group of runs with the same style
    let text = '';
    let j = i;
    for (; j < runs.length && !runs[j]!.note && runs[j]!.ref === undefined && same(runs[j]!, r); j++) text += runs[j]!.text;
    i = j;
    if (r.sup) {
      // "XXI<sup>e</sup> siècle": the spaces around stay outside the tag
      out += `${/^\s/u.test(text) ? ' ' : ''}<sup>${escape(text.trim())}</sup>${/\s$/u.test(text) ? ' ' : ''}`;
      continue;
    }
    let body = r.href !== undefined ? `[${escape(text.trim())}](#)` : escape(text.trim());
    const lead = /^\s/u.test(text) ? ' ' : '';
    const trail = /\s$/u.test(text) && text.trim() !== '' ? ' ' : '';
    if (text.trim() === '') {
      out += text;
      continue;
    }
    if (r.italic && r.bold) body = `***${body}***`;
    else if (r.italic) body = `*${body}*`;
    else if (r.bold) body = `**${body}**`;
    out += lead + body + trail;
  }
  return out.replace(/ {2,}/gu, ' ').trim();
}

function same(a: Run, b: Run): boolean {
  return !!a.italic === !!b.italic && !!a.bold === !!b.bold && !!a.sup === !!b.sup && a.href === b.href;
}

/** Split runs at a space in plain type near `at` characters: a page ending inside a paragraph. */
function splitRuns(runs: Run[], at: number): [Run[], Run[]] | null {
  let pos = 0;
  let best: { run: number; offset: number; distance: number } | null = null;
  const total = textOf(runs).length;
  runs.forEach((r, k) => {
    if (r.note || r.italic || r.bold || r.sup || r.href !== undefined) {
      pos += r.text.length;
      return;
    }
    for (let i = r.text.indexOf(' '); i !== -1; i = r.text.indexOf(' ', i + 1)) {
      const p = pos + i;
      if (p < 60 || p > total - 40) continue;
      const distance = Math.abs(p - at);
      if (!best || distance < best.distance) best = { run: k, offset: i, distance };
    }
    pos += r.text.length;
  });
  if (!best) return null;
  const { run, offset } = best;
  const r = runs[run]!;
  const head = [...runs.slice(0, run), { ...r, text: r.text.slice(0, offset) }];
  const tail = [{ ...r, text: r.text.slice(offset + 1) }, ...runs.slice(run + 1)];
  return [head, tail];
}

/** A number as printed before its text: "1. ", "a) ", "" for none. */
function printedLabel(label: string | null): string {
  return label === null ? '' : /^\d+$/u.test(label) ? `${label}. ` : `${label} `;
}

interface MarkdownStyle {
  /** footnote blocks preceded by `---` (seed 003) or not (seed 000) */
  rule: boolean;
  /** sub-paragraphs as nested list items `  - a) …` (seed 003) or plain `a) …` paragraphs */
  nested: boolean;
  /** headings as `### …` or as `**…**` lines */
  hashHeadings: boolean;
  /** characters per printed page */
  pageChars: number;
}

function itemMarkdown(item: Item, style: MarkdownStyle, runs: Run[] = item.runs, continuation = false): string {
  let md = inlineMarkdown(runs);
  // a paragraph that opens with what markdown reads as a list or a heading
  if (item.label === null || continuation) md = md.replace(/^(\d+)([.)])/u, '$1\\$2').replace(/^([-+#>])/u, '\\$1');
  if (continuation) return md;
  switch (item.role) {
    case 'operative':
      return `${printedLabel(item.label)}${md}`;
    case 'subparagraph':
      // `  - a) …`: the space after the bullet is what makes it a list item
      return `${style.nested ? '  - ' : ''}${item.label === null ? '' : `${item.label} `}${md}`;
    case 'heading':
    case 'annex-heading': {
      const text = [item.label, md].filter((t) => t !== null && t !== '').join('. ');
      return style.hashHeadings || item.role === 'annex-heading' ? `### ${text}` : `**${text.replace(/\*\*/gu, '')}**`;
    }
    case 'table-row':
      return `| ${(item.cells ?? [item.runs]).map((c) => inlineMarkdown(c).replace(/\|/gu, '\\|')).join(' | ')} |`;
    default:
      return `${printedLabel(item.label)}${md}`;
  }
}

/** The header block of a UN page (seeds 000, 003). */
function headerMarkdown(page: Page, random: () => number): string[] {
  const c = page.cover;
  const out: string[] = ['# Assemblée générale', ''];
  const lines = [c.distribution, c.issueDate].filter((l): l is string => l !== null);
  if (lines.length > 0) out.push(lines.join('  \n'), '');
  if (c.sessionName) out.push(random() < 0.5 ? `## ${c.sessionName}` : `**${c.sessionName}**`, '');
  if (c.agendaItem) out.push(c.agendaName ? `${escape(c.agendaItem)}  \n${escape(c.agendaName)}` : escape(c.agendaItem), '');
  if (c.docTitle) out.push(`### ${escape(c.docTitle)}`, '');
  if (c.proponent.length > 0) out.push(inlineMarkdown(c.proponent), '');
  const number = page.number ? `${page.number} ` : '';
  out.push(`#### ${escape(number)}${inlineMarkdown(page.title)}`, '');
  return out;
}

export function renderMarkdown(page: Page): string {
  const random = generator(seedOf(page.file));
  const style: MarkdownStyle = {
    rule: random() < 0.5,
    nested: random() < 0.5,
    hashHeadings: random() < 0.5,
    pageChars: 2600 + Math.floor(random() * 1600),
  };
  const out = headerMarkdown(page, random);
  let pending: Note[] = [...notesOf(page.title), ...notesOf(page.cover.proponent)];
  let onPage = 0;
  const flush = (): void => {
    if (pending.length > 0) {
      if (style.rule) out.push('---', '');
      for (const n of pending) out.push(`<sup>${n.marker}</sup> ${inlineMarkdown(n.runs)}`, '');
      // notes inside notes print with them
      pending = [];
    }
    onPage = 0;
  };
  const emit = (md: string, runs: Run[]): void => {
    out.push(md, '');
    onPage += md.length;
    pending.push(...notesOf(runs));
  };
  let tableOpen = false;
  for (const item of page.items) {
    if (item.role === 'table-row') {
      const md = itemMarkdown(item, style);
      out.push(md);
      if (!tableOpen) out.push(`|${' --- |'.repeat((item.cells ?? [item.runs]).length)}`);
      tableOpen = true;
      onPage += md.length;
      pending.push(...notesOf(item.runs));
      continue;
    }
    if (tableOpen) out.push('');
    tableOpen = false;
    const room = style.pageChars - onPage;
    const text = textOf(item.runs);
    const splittable = ['preambular', 'operative', 'subparagraph', 'text'].includes(item.role) && !style.nested;
    const cut = splittable && text.length > room + 80 && room > 100 ? splitRuns(item.runs, room) : null;
    if (cut) {
      emit(itemMarkdown(item, style, cut[0]), cut[0]);
      flush();
      emit(itemMarkdown(item, style, cut[1], true), cut[1]);
    } else {
      emit(itemMarkdown(item, style), item.runs);
      if (onPage >= style.pageChars) flush();
    }
  }
  flush();
  // the UN pages' markdown prints straight apostrophes and plain spaces (seeds 000 and 003 hold
  // no ’, no U+00A0, no U+202F), where the XML has typographic ones
  const md = out.join('\n').replace(/\u2019/gu, "'").replace(/[\u00a0\u202f]/gu, ' ');
  return `${md.replace(/\n{3,}/gu, '\n\n').trim()}\n`;
}

// ---------------------------------------------------------------- PDF text

/** Runs → a Block's clean text, with the footnote references and links at their offsets. */
function flatten(runs: Run[], prefix = ''): { text: string; footnotes: FootnoteRef[]; links: LinkRef[] } {
  let text = prefix;
  const footnotes: FootnoteRef[] = [];
  const links: LinkRef[] = [];
  for (const r of runs) {
    if (r.note || r.ref !== undefined) {
      footnotes.push({ marker: r.note?.marker ?? r.ref!, offset: text.length });
      continue;
    }
    let piece = r.text;
    if (text === '' || text.endsWith(' ')) piece = piece.replace(/^ +/u, '');
    const at = text.length + (piece.length - piece.trimStart().length);
    if (r.href !== undefined && piece.trim() !== '') links.push({ text: piece.trim(), href: r.href, offset: at });
    text += piece.replace(/ {2,}/gu, ' ');
  }
  const trimmed = text.trimEnd();
  return {
    text: trimmed,
    footnotes: footnotes.map((f) => ({ ...f, offset: Math.min(f.offset, trimmed.length) })),
    links,
  };
}

function blockOf(kind: Block['kind'], runs: Run[], prefix = ''): Block {
  return { kind, ...flatten(runs, prefix), line: 0, endLine: 0 };
}

function noteBlocks(runs: Run[]): Block[] {
  const out: Block[] = [];
  for (const n of notesOf(runs)) {
    out.push({ ...blockOf('footnote', n.runs), marker: n.marker });
    out.push(...noteBlocks(n.runs));
  }
  return out;
}

/** The page as the Block stream render-pdf.ts lays out: numbers printed, notes after their block. */
export function pageBlocks(page: Page): Block[] {
  const c = page.cover;
  const out: Block[] = [];
  const line = (text: string | null): void => {
    if (text) out.push({ kind: 'heading', text, footnotes: [], links: [], line: 0, endLine: 0 });
  };
  // the first page: "Nations Unies  A/RES/75/19", "Assemblée générale  Distr. générale", …
  line(page.symbol ? `Nations Unies ${page.symbol}` : 'Nations Unies');
  line(['Assemblée générale', c.distribution].filter(Boolean).join(' '));
  line(c.issueDate);
  line(c.sessionName);
  line(c.agendaItem);
  line(c.agendaName);
  line(c.docTitle);
  if (c.proponent.length > 0) out.push(blockOf('heading', c.proponent), ...noteBlocks(c.proponent));
  out.push(blockOf('heading', page.title, page.number ? `${page.number} ` : ''), ...noteBlocks(page.title));
  for (const item of page.items) {
    let b: Block;
    switch (item.role) {
      case 'operative':
        b = blockOf('paragraph', item.runs, printedLabel(item.label));
        break;
      case 'subparagraph':
        b = blockOf('list-item', item.runs, printedLabel(item.label));
        break;
      case 'heading':
      case 'annex-heading':
        if (item.label !== null && item.runs.length > 0) line(item.label);
        b = blockOf('heading', item.runs, item.label !== null && item.runs.length === 0 ? item.label : '');
        break;
      case 'table-row': {
        const cells = (item.cells ?? [item.runs]).map((cell) => flatten(cell).text);
        b = { kind: 'table-row', text: cells.join(' | '), footnotes: [], links: [], line: 0, endLine: 0 };
        const notes = notesOf(item.runs);
        b.footnotes = notes.map((n) => ({ marker: n.marker, offset: b.text.length }));
        break;
      }
      default:
        b = blockOf('paragraph', item.runs, printedLabel(item.label));
    }
    if (b.text === '' && b.footnotes.length === 0) continue;
    out.push(b, ...noteBlocks(item.runs));
  }
  return out;
}

/** A short title for the running header: the title cut at a word, or null (symbol alone). */
function shortTitle(page: Page, random: () => number): string | null {
  const title = textOf(page.title);
  if (title === '' || random() < 0.4) return null;
  const cut = title.length <= 60 ? title.length : title.lastIndexOf(' ', 60);
  return title.slice(0, cut > 20 ? cut : 60).replace(/[\s,;:.]+$/u, '');
}

export function renderPdf(page: Page): string {
  const seed = seedOf(page.file);
  const random = generator(seed ^ 0x5bd1e995);
  const furniture: Furniture = {
    symbol: page.symbol ?? 'A/RES/00/0',
    job: page.job ?? '00-00000',
    title: shortTitle(page, random),
    symbolFirst: random() < 0.5,
    pageFirst: random() < 0.5,
    mirror: random() < 0.7,
    footerFirst: random() < 0.5,
    barcode: random() < 0.5,
  };
  const text = renderPdfText(pageBlocks(page), {
    seed,
    width: 76 + Math.floor(random() * 14),
    pageLines: 24 + Math.floor(random() * 12),
    furniture,
  });
  // the extraction prints non-breaking spaces as spaces, two before a colon ("phases  :", seeds
  // 002 and 004); they were kept until now so that lines never break at them
  return text.replace(/[\u00a0\u202f]:/gu, '  :').replace(/[\u00a0\u202f]/gu, ' ');
}
