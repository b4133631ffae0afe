/**
 * Renderings of a DiffResult: terminal text (colour or `[-removed-]{+added+}` markers),
 * `--stat` table, markdown report, self-contained side-by-side HTML page. Pure: strings in,
 * strings out; the CLI decides about colour and writes.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { summarize, type DiffPair, type DiffResult, type DiffSide, type PartSummary } from './index.js';
import type { Part, PairOp } from './align.js';
import { PARTS } from './align.js';
import { diffWords, type WordEdit } from './words.js';
import { UsageError } from '../errors.js';

export const PAIR_OPS: readonly PairOp[] = ['equal', 'changed', 'moved', 'added', 'removed'];

export interface RenderOptions {
  /** ANSI colour (terminal only) */
  color?: boolean;
  /** show only the pairs with these operations (the summary still counts everything) */
  only?: readonly PairOp[];
  /** words of unchanged text kept around each change in the terminal and markdown views
   *  (default 8; Infinity keeps the whole paragraph) */
  context?: number;
}

const PART_TITLE: Record<Part, string> = {
  preambular: 'Preambular paragraphs',
  operative: 'Operative paragraphs',
  other: 'Other paragraphs',
};

/** Whether a view shows a pair: `only` if given, else every pair that is not equal. */
export function isShown(pair: DiffPair, only?: readonly PairOp[]): boolean {
  return only ? only.includes(pair.op) : pair.op !== 'equal';
}

/** Pairs of one part of one document (the top level or an embedded document). */
export interface PairGroup {
  within: DiffPair['within'];
  part: Part;
  /** every pair of the group (for its counts) */
  all: DiffPair[];
  /** the pairs the view shows */
  shown: DiffPair[];
}

/** Group the pairs by embedded document, then by part, in the order of the result. */
export function groupPairs(result: DiffResult, only?: readonly PairOp[]): PairGroup[] {
  const groups = new Map<string, PairGroup>();
  for (const p of result.pairs) {
    const key = `${p.within?.document_id ?? ''}\u0000${p.part}`;
    let g = groups.get(key);
    if (!g) {
      g = { within: p.within, part: p.part, all: [], shown: [] };
      groups.set(key, g);
    }
    g.all.push(p);
    if (isShown(p, only)) g.shown.push(p);
  }
  return [...groups.values()];
}

/** "Operative paragraphs" or "Other paragraphs in 003…#DEU". */
export function groupTitle(g: PairGroup): string {
  if (!g.within) return PART_TITLE[g.part];
  const name = g.within.symbol && g.within.symbol !== g.within.document_id ? `${g.within.document_id} (${g.within.symbol})` : g.within.document_id;
  return `${PART_TITLE[g.part]} in ${name}`;
}

/** Counts of a group: "a → b (… added, …)". */
function groupCounts(g: PairGroup): string {
  const s = summarize(g.all).parts[g.part]!;
  return `${s.a} → ${s.b} (${countsText(s)})`;
}

/** "PP3", "OP4", "OP1 a)", "¶12": how analysts cite a paragraph ('' when the side is absent). */
export function label(pair: DiffPair, side: 'a' | 'b'): string {
  return pair.labels[side] ?? '';
}

/** "PP3 → PP13", "OP4", "OP3 → OP2". */
export function pairLabel(pair: DiffPair): string {
  const la = label(pair, 'a');
  const lb = label(pair, 'b');
  if (!la) return lb;
  if (!lb || la === lb) return la;
  return `${la} → ${lb}`;
}

function opNote(pair: DiffPair): string {
  switch (pair.op) {
    case 'changed': {
      const how = pair.moved ? 'moved, ' : '';
      return `changed (${how}similarity ${pair.similarity.toFixed(2)})`;
    }
    case 'moved':
      return pair.moved ? 'moved, text unchanged' : 'renumbered, text unchanged';
    default:
      return pair.op;
  }
}

export function partLine(part: Part, s: PartSummary): string {
  return `${part}: ${s.a} → ${s.b} paragraphs: ${countsText(s)}`;
}

function countsText(s: { added: number; removed: number; changed: number; moved: number; unchanged: number }): string {
  return `${s.added} added, ${s.removed} removed, ${s.changed} changed, ${s.moved} moved, ${s.unchanged} unchanged`;
}

function sideName(side: DiffSide): string {
  return side.symbol ?? side.document_id;
}

/**
 * Shorten long unchanged runs to `context` words on each side of a change
 * ("… " / " …" mark the cuts).
 */
export function condense(words: WordEdit[], context: number): WordEdit[] {
  if (!Number.isFinite(context)) return words;
  return words.map((w, i) => {
    if (w.op !== 'equal') return w;
    const parts = w.text.split(/(?<=\S)(?=\s+\S)/); // words with their leading space
    const first = i === 0;
    const last = i === words.length - 1;
    const keepHead = first ? 0 : context;
    const keepTail = last ? 0 : context;
    if (parts.length <= keepHead + keepTail + 1) return w;
    const head = parts.slice(0, keepHead).join('');
    const tail = parts.slice(parts.length - keepTail).join('');
    const lead = tail.match(/^\s*/)?.[0] ?? '';
    return { op: 'equal', text: `${head}${keepHead ? ' …' : '…'}${keepTail ? ` ${tail.slice(lead.length)}` : ''}` };
  });
}

export function excerpt(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}

/* ------------------------------------------------------------------ terminal */

export function renderText(result: DiffResult, options: RenderOptions = {}): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const color = options.color ?? false;
  const context = options.context ?? 8;
  if (result.identical && !options.only) return '';
  const out: string[] = [];
  out.push(c.bold(`--- ${sideName(result.a)}`), c.bold(`+++ ${sideName(result.b)}`));
  const groups = groupPairs(result, options.only);
  for (const g of groups) {
    // top-level parts always get their summary line; embedded documents only when they show something
    if (g.within && g.shown.length === 0) continue;
    out.push('', c.bold(`${groupTitle(g)}: ${groupCounts(g)}`));
    for (const pair of g.shown) {
      out.push('');
      const head = `${pairLabel(pair)} ${opNote(pair)}`;
      switch (pair.op) {
        case 'added':
          out.push(c.green(`+ ${head}`), indent(color ? c.green(pair.b!.text) : `{+${pair.b!.text}+}`));
          break;
        case 'removed':
          out.push(c.red(`- ${head}`), indent(color ? c.red(pair.a!.text) : `[-${pair.a!.text}-]`));
          break;
        case 'changed':
          out.push(c.yellow(`~ ${head}`), indent(inline(condense(pair.words, context), c, color)));
          break;
        case 'moved':
          out.push(c.cyan(`> ${head}`), indent(excerpt(pair.b!.text)));
          break;
        case 'equal':
          out.push(`= ${head}`, indent(excerpt(pair.b!.text)));
          break;
      }
    }
  }
  out.push('');
  if (groups.some((g) => g.within)) {
    for (const part of PARTS) {
      const s = result.by_part[part];
      if (s) out.push(c.bold(partLine(part, s)));
    }
  }
  out.push(c.bold(`total: ${countsText(result.summary)}`));
  return `${out.join('\n')}\n`;
}

function indent(text: string): string {
  return `    ${text}`;
}

/** Word edits on one line: [-removed-]{+added+}, or in colour. */
export function inline(words: WordEdit[], c: ChalkInstance, color: boolean): string {
  return words
    .map((w) => {
      if (w.op === 'equal') return w.text;
      if (color) return w.op === 'removed' ? c.red.strikethrough(w.text) : c.green.underline(w.text);
      return w.op === 'removed' ? `[-${w.text}-]` : `{+${w.text}+}`;
    })
    .join('');
}

/* ---------------------------------------------------------------------- stat */

export function renderStat(result: DiffResult): string {
  const header = ['part', 'A', 'B', 'added', 'removed', 'changed', 'moved', 'unchanged'];
  const rows: string[][] = [header];
  const total = { a: 0, b: 0 };
  for (const part of PARTS) {
    const s = result.by_part[part];
    if (!s) continue;
    total.a += s.a;
    total.b += s.b;
    rows.push([part, ...[s.a, s.b, s.added, s.removed, s.changed, s.moved, s.unchanged].map(String)]);
  }
  const t = result.summary;
  rows.push(['total', ...[total.a, total.b, t.added, t.removed, t.changed, t.moved, t.unchanged].map(String)]);
  const widths = header.map((_, k) => Math.max(...rows.map((r) => r[k]!.length)));
  const lines = rows.map((r) => r.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]!) : cell.padStart(widths[k]!))).join('  ').trimEnd());
  return `${sideName(result.a)} → ${sideName(result.b)}\n${lines.join('\n')}\n`;
}

/* ------------------------------------------------------------------ markdown */

/** Escape text so that markdown shows it literally: inline syntax everywhere, block syntax
 *  (`#`, `+`, `-`, `>`, `1.`) at the start of the text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

export function renderMarkdown(result: DiffResult, options: RenderOptions = {}): string {
  const context = options.context ?? 8;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(sideName(result.a))} → ${escapeMarkdown(sideName(result.b))}`, '');
  out.push('| Part | A | B | Added | Removed | Changed | Moved | Unchanged |', '|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const part of PARTS) {
    const s = result.by_part[part];
    if (s) out.push(`| ${part} | ${s.a} | ${s.b} | ${s.added} | ${s.removed} | ${s.changed} | ${s.moved} | ${s.unchanged} |`);
  }
  const t = result.summary;
  out.push(`| **total** | | | ${t.added} | ${t.removed} | ${t.changed} | ${t.moved} | ${t.unchanged} |`);
  if (result.identical) out.push('', 'The two texts are identical.');
  for (const g of groupPairs(result, options.only)) {
    if (g.shown.length === 0) continue;
    out.push('', `## ${escapeMarkdown(groupTitle(g))}`);
    for (const pair of g.shown) {
      out.push('', `### ${escapeMarkdown(pairLabel(pair))} — ${opNote(pair)}`, '');
      switch (pair.op) {
        case 'added':
          out.push(`**${escapeMarkdown(pair.b!.text)}**`);
          break;
        case 'removed':
          out.push(`~~${escapeMarkdown(pair.a!.text)}~~`);
          break;
        case 'changed':
          out.push(
            condense(pair.words, context)
              .map((w) => (w.op === 'equal' ? escapeMarkdown(w.text) : w.op === 'removed' ? `~~${escapeMarkdown(w.text)}~~` : `**${escapeMarkdown(w.text)}**`))
              .join(''),
          );
          break;
        default:
          out.push(escapeMarkdown(pair.b!.text));
      }
    }
  }
  out.push('', '*Legend: ~~removed~~, **added**.*');
  return `${out.join('\n')}\n`;
}

/* ---------------------------------------------------------------------- html */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** The page style of the HTML renderers (diff, history): readable on screen and on paper. */
export const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem;margin:0 0 1rem}
table{border-collapse:collapse;width:100%}
table.summary{width:auto;margin-bottom:1.5rem}
.summary th,.summary td{border:1px solid #ccc;padding:.2rem .6rem;text-align:right}
.summary th:first-child,.summary td:first-child{text-align:left}
table.diff{table-layout:fixed}
.diff td{vertical-align:top;padding:.45rem .7rem;border-bottom:1px solid #e3e3e3;width:50%}
.diff th.side{text-align:left;padding:.4rem .7rem;border-bottom:2px solid #999;width:50%}
.diff tr.part th{text-align:left;background:#f0f0f0;padding:.5rem .7rem;font-size:1.05rem}
.label{display:inline-block;font-weight:600;font-size:.85rem;color:#555;margin-right:.4rem}
.badge{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.6rem;margin-left:.3rem;color:#fff}
.op-added .badge{background:#1a7f37}.op-removed .badge{background:#cf222e}.op-changed .badge{background:#9a6700}
.op-moved .badge{background:#0969da}.op-equal .badge{background:#8c959f}
.op-equal td{color:#6e7781}
td.empty{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f2f2f2 6px,#f2f2f2 12px)}
.op-removed td.a{background:#ffebe9}.op-added td.b{background:#e6ffec}
del{background:#ffc1bd;text-decoration:line-through;color:#82071e}
ins{background:#abf2bc;text-decoration:none;color:#044f1e}
.legend{margin-top:1rem;color:#555;font-size:.9rem}
`;

export function renderHtml(result: DiffResult, options: RenderOptions = {}): string {
  const only = options.only ?? PAIR_OPS;
  const A = escapeHtml(sideName(result.a));
  const B = escapeHtml(sideName(result.b));
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${A} → ${B}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${A} → ${B}</h1>`,
    '<table class="summary"><thead><tr><th>Part</th><th>A</th><th>B</th><th>Added</th><th>Removed</th><th>Changed</th><th>Moved</th><th>Unchanged</th></tr></thead><tbody>',
  );
  for (const part of PARTS) {
    const s = result.by_part[part];
    if (s) out.push(`<tr><td>${part}</td>${[s.a, s.b, s.added, s.removed, s.changed, s.moved, s.unchanged].map((n) => `<td>${n}</td>`).join('')}</tr>`);
  }
  const t = result.summary;
  out.push(`<tr><td><b>total</b></td><td></td><td></td>${[t.added, t.removed, t.changed, t.moved, t.unchanged].map((n) => `<td><b>${n}</b></td>`).join('')}</tr>`);
  out.push('</tbody></table>');
  if (result.identical) out.push('<p class="identical">The two texts are identical.</p>');
  out.push(`<table class="diff"><thead><tr><th class="side">${A}</th><th class="side">${B}</th></tr></thead>`);
  for (const g of groupPairs(result, only)) {
    if (g.shown.length === 0) continue;
    out.push(`<tbody><tr class="part"><th colspan="2">${escapeHtml(groupTitle(g))}</th></tr>`);
    for (const pair of g.shown) out.push(htmlRow(pair));
    out.push('</tbody>');
  }
  out.push('</table>', '<p class="legend">Legend: <del>removed</del> <ins>added</ins>; a changed paragraph shows its similarity (1 = identical).</p>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function htmlRow(pair: DiffPair): string {
  const badge = `<span class="badge">${escapeHtml(opNote(pair))}</span>`;
  const cell = (side: 'a' | 'b', body: string): string =>
    `<td class="${side}"><span class="label">${escapeHtml(label(pair, side))}</span>${side === 'b' || !pair.b ? badge : ''}<div class="text">${body}</div></td>`;
  const empty = '<td class="empty"></td>';
  let left = empty;
  let right = empty;
  if (pair.op === 'changed') {
    const d = diffWords(pair.a!.text, pair.b!.text);
    left = cell('a', d.left.map((s) => (s.op === 'equal' ? escapeHtml(s.text) : `<del>${escapeHtml(s.text)}</del>`)).join(''));
    right = cell('b', d.right.map((s) => (s.op === 'equal' ? escapeHtml(s.text) : `<ins>${escapeHtml(s.text)}</ins>`)).join(''));
  } else {
    if (pair.a) left = cell('a', pair.op === 'removed' ? `<del>${escapeHtml(pair.a.text)}</del>` : escapeHtml(pair.a.text));
    if (pair.b) right = cell('b', pair.op === 'added' ? `<ins>${escapeHtml(pair.b.text)}</ins>` : escapeHtml(pair.b.text));
  }
  return `<tr class="op-${pair.op}">${left}${right}</tr>`;
}

/** Parse a `--only` value: "changed" or "changed,added". */
export function parseOnly(value: string): PairOp[] {
  const ops = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const op of ops) {
    if (!(PAIR_OPS as readonly string[]).includes(op)) {
      throw new UsageError(`unknown operation "${op}" (expected ${PAIR_OPS.join(', ')})`, '--only');
    }
  }
  return ops as PairOp[];
}
