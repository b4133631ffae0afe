/**
 * Views of a history (src/history/index.ts): the terminal text, one paragraph's versions, the
 * rows of `--jsonl`/`--csv` (one per paragraph × text of the lineage), and a self-contained HTML
 * page that reuses diff's style (src/diff/render.ts).
 */
import { Chalk } from 'chalk';
import { condense, CSS, escapeHtml, excerpt, inline } from '../diff/render.js';
import { joinedWords as joined } from '../diff/index.js';
import type { History, LineageJson, ParagraphHistory, ParagraphVersion } from './index.js';

export interface HistoryRenderOptions {
  color?: boolean;
  /** unchanged words kept around each change (default 8) */
  context?: number;
}

const name = (x: { symbol: string | null; document_id: string }): string => x.symbol ?? x.document_id;
const when = (x: { year: number | null }): string => (x.year === null ? '????' : String(x.year));

function why(n: LineageJson): string {
  if (n.via === 'declared') return 'declared';
  const where = n.recalled_in !== null ? `, recalled in ${n.recalled_in}` : '';
  return `${n.via === 'title' ? 'same title' : 'same agenda item'}${where}`;
}

/** The lineage as an indented tree, the document first. */
export function lineageLines(root: LineageJson): string[] {
  const out = [`${name(root)} (${when(root)})  ${(root.title ?? '').replace(/\s+/gu, ' ')}`.trimEnd()];
  const walk = (n: LineageJson, prefix: string): void => {
    n.parents.forEach((p, i) => {
      const last = i === n.parents.length - 1;
      out.push(`${prefix}${last ? '└─ ' : '├─ '}${name(p)} (${when(p)})  ${why(p)}`);
      walk(p, prefix + (last ? '   ' : '│  '));
    });
  };
  walk(root, '');
  return out;
}

/** "since 2019 (A/RES/74/29 PP3); changed 2020, 2023" */
export function summaryOf(h: ParagraphHistory): string {
  const first = h.versions[0]!;
  const changes = h.versions.filter((v) => v.op === 'changed').map((v) => when(v));
  const origin = h.versions.length === 1 ? 'new in this text' : `since ${when(first)} (${name(first)} ${first.label})`;
  return changes.length > 0 ? `${origin}; changed ${changes.join(', ')}` : origin;
}

export function renderHistoryText(h: History, options: HistoryRenderOptions = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [c.bold('Lineage'), ...lineageLines(h.lineage), '', c.bold('Paragraphs')];
  const width = Math.max(4, ...h.paragraphs.map((p) => p.label.length));
  for (const p of h.paragraphs) out.push(`${p.label.padEnd(width)}  ${summaryOf(p)}`);
  out.push('', c.bold(`Dropped along the way: ${h.dropped.length}`));
  for (const d of h.dropped) {
    out.push(`${name(d)} ${d.label} (${when(d)}), not in ${name(d.dropped_in)} (${when(d.dropped_in)}): ${excerpt(d.text, 90)}`);
  }
  return `${out.join('\n')}\n`;
}

/** One paragraph's versions, oldest first, each with its word changes from the one before. */
export function renderParagraphText(p: ParagraphHistory, options: HistoryRenderOptions = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const context = options.context ?? 8;
  const out: string[] = [];
  for (const v of p.versions) {
    out.push(c.bold(`${when(v)}  ${name(v)} ${v.label}  ${v.op === 'changed' ? `changed (similarity ${v.similarity.toFixed(2)})` : v.op}`));
    out.push(`    ${v.op === 'changed' ? inline(condense(v.words, context), c, options.color ?? false) : v.op === 'new' ? v.text : excerpt(v.text)}`, '');
  }
  return `${out.join('\n')}`;
}

/** A row of `--jsonl`/`--csv`: one paragraph of the document in one text of its lineage. */
export interface HistoryRow {
  document_id: string;
  symbol: string | null;
  label: string;
  paragraph_n: number;
  year: number | null;
  session: number | null;
  version_document_id: string;
  version_symbol: string | null;
  version_label: string;
  op: ParagraphVersion['op'];
  similarity: number;
  removed_words: string;
  added_words: string;
  text: string;
}

export function historyRows(h: History, paragraphs: ParagraphHistory[] = h.paragraphs): HistoryRow[] {
  return paragraphs.flatMap((p) => p.versions.map((v) => ({
    document_id: h.document.document_id, symbol: h.document.symbol, label: p.label, paragraph_n: p.paragraph_n,
    year: v.year, session: v.session, version_document_id: v.document_id, version_symbol: v.symbol, version_label: v.label,
    op: v.op, similarity: v.similarity, removed_words: joined(v.words, 'removed'), added_words: joined(v.words, 'added'), text: v.text,
  })));
}

/* ---------------------------------------------------------------------- html */

const HISTORY_CSS = `
.tree{font-family:ui-monospace,monospace;white-space:pre;background:#f6f8fa;padding:.6rem .8rem;border-radius:.3rem}
table.history td,table.history th{vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid #e3e3e3;text-align:left}
table.history td.year{white-space:nowrap;font-weight:600;width:7rem}
h2{font-size:1.1rem;margin:1.6rem 0 .4rem;page-break-after:avoid}
section.paragraph{page-break-inside:avoid}
.op-new .badge{background:#1a7f37}
@media print{body{margin:1cm}.badge{border:1px solid #999;color:#000!important;background:none!important}}
`;

function htmlWords(v: ParagraphVersion): string {
  if (v.op !== 'changed') return escapeHtml(v.text);
  return v.words.map((w) => (w.op === 'equal' ? escapeHtml(w.text) : w.op === 'removed' ? `<del>${escapeHtml(w.text)}</del>` : `<ins>${escapeHtml(w.text)}</ins>`)).join('');
}

function htmlParagraph(p: ParagraphHistory): string {
  const rows = p.versions.map((v) => {
    const note = v.op === 'changed' ? `changed ${v.similarity.toFixed(2)}` : v.op;
    return `<tr class="op-${v.op === 'new' ? 'new' : v.op}"><td class="year">${when(v)}<br><span class="label">${escapeHtml(name(v))} ${escapeHtml(v.label)}</span></td><td><span class="badge">${escapeHtml(note)}</span> ${htmlWords(v)}</td></tr>`;
  });
  return `<section class="paragraph"><h2>${escapeHtml(p.label)} <small>${escapeHtml(summaryOf(p))}</small></h2>\n<table class="history">${rows.join('\n')}</table></section>`;
}

/** A self-contained page: the lineage, then each paragraph's versions (or only `paragraphs`). */
export function renderHistoryHtml(h: History, paragraphs: ParagraphHistory[] = h.paragraphs): string {
  const title = `History of ${escapeHtml(name(h.document))}`;
  const out = [
    '<!DOCTYPE html>', '<html lang="fr">', '<head>', '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`, `<style>${CSS}${HISTORY_CSS}</style>`, '</head>', '<body>',
    `<h1>${title}</h1>`, `<p>${escapeHtml(h.document.title ?? '')}</p>`,
    '<h2>Lineage</h2>', `<div class="tree">${escapeHtml(lineageLines(h.lineage).join('\n'))}</div>`,
    ...paragraphs.map(htmlParagraph),
  ];
  if (paragraphs === h.paragraphs) {
    out.push(`<h2>Dropped along the way (${h.dropped.length})</h2>`, '<table class="history">');
    for (const d of h.dropped) {
      out.push(`<tr class="op-removed"><td class="year">${when(d)}<br><span class="label">${escapeHtml(name(d))} ${escapeHtml(d.label)}</span></td><td><span class="badge">not in ${escapeHtml(name(d.dropped_in))}</span> <del>${escapeHtml(d.text)}</del></td></tr>`);
    }
    out.push('</table>');
  }
  out.push('<p class="legend">Legend: <del>removed</del> <ins>added</ins> from the version before; a changed paragraph shows its word similarity (1 = identical).</p>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
