import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';
import type { Document } from '../../types.js';
import { withParts } from '../../walk.js';
// loaded with main.ts already: no cost at start-up
import { hanging } from '../../format/output.js';

export const registerShow: RegisterCommand = (program, ctx) => {
  withOutputOptions(program.command('show')
    .argument('<ref>', 'document: id, symbol, 78/237, or a file path (parsed on the fly if not in the corpus)')
    .description('show one document: metadata and paragraphs (--json: the document model)')
    .addHelpText('after', GUTTER_HELP))
    .action(async (ref: string, opts: { json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords, writeJson, notice, out } = await import('../../format/output.js');
      const format = outputFormat(opts);
      const { loadRef } = await import('../load.js');
      const { doc, note, stored } = await loadRef(ctx, ref);
      if (note) notice(note);
      if (format === 'json') return writeJson(doc);
      if (format === 'text') {
        const { terminalWidth } = await import('../../format/terminal.js');
        const width = terminalWidth();
        if (!stored) return out(renderDocument(doc, { width }));
        const db = await ctx.open();
        const { documentLinks, linkLines } = await import('../../query/links.js');
        return out(renderDocument(doc, { width, extraLines: (d) => linkLines(documentLinks(db, d.id)) }));
      }
      // the columns of `export --table paragraphs`, from the document (it may be a file not stored)
      const rows = withParts(doc).flatMap((d) => d.paragraphs.map((p) => ({ d, p })));
      writeRecords(format, rows, [
        { key: 'document_id', get: (r) => r.d.id },
        { key: 'symbol', get: (r) => r.d.symbol },
        { key: 'session', get: (r) => r.d.session ?? doc.session },
        { key: 'n', get: (r) => r.p.n },
        { key: 'kind', get: (r) => r.p.kind },
        { key: 'number', get: (r) => r.p.number },
        { key: 'lead', get: (r) => r.p.lead },
        { key: 'text', get: (r) => r.p.text },
        { key: 'section', get: (r) => r.p.section },
        { key: 'parent_n', get: (r) => r.p.parent_n ?? null },
        { key: 'footnotes', get: (r) => r.p.footnotes },
        { key: 'line', get: (r) => r.p.line },
        { key: 'end_line', get: (r) => r.p.end_line },
        { key: 'source_path', get: (r) => r.d.source_path },
      ]);
    });
};

/** The gutter code of each paragraph kind in the human view (explained by GUTTER_HELP). */
const SHORT_KIND: Record<string, string> = {
  preambular: 'pp', operative: 'op', subparagraph: 'sub', numbered: 'no', heading: '#', 'list-item': '-',
  formula: 'f', title: 'T', text: '',
};

const GUTTER_HELP = `
Each paragraph is printed after a gutter that gives its kind and number (--json: "kind", "number"):
  pp      preambular paragraph            op 3    operative paragraph 3
  sub a)  subparagraph a) of the one above  no 12   numbered paragraph (reports, replies)
  #       heading                         -       list item
  f       formula (closing words)         T       title
  (none)  other text
then its text, wrapped to the terminal's width (COLUMNS, else 80 off a terminal), and its footnote
markers in brackets: [1,2]. Parts (drafts in a report, replies of States) follow, indented.`;

/** Where a paragraph's text starts: the gutter is this wide (`sub ii) ` fits). */
const GUTTER = 8;

export interface RenderOptions {
  /** the width to wrap to (the terminal's) */
  width?: number;
  /** lines after the title block of each document (its links) */
  extraLines?: (d: Document) => string[];
}

/** The human view of a document: a metadata header, then one block per paragraph under its gutter. */
export function renderDocument(doc: Document, options: RenderOptions = {}, depth = 0): string {
  const width = options.width ?? 80;
  const extraLines = options.extraLines ?? (() => []);
  const pad = '  '.repeat(depth);
  const lines: string[] = [];
  const field = (k: string, v: unknown) => {
    if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) {
      lines.push(pad + hanging(`${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`, `${pad}    `, width));
    }
  };
  lines.push(`${pad}${doc.symbol ?? doc.id}  (${doc.kind})`);
  field('id', doc.id !== doc.symbol ? doc.id : null);
  field('title', doc.title);
  field('aliases', doc.aliases);
  for (const line of extraLines(doc)) lines.push(pad + line);
  field('author', doc.author);
  field('session', doc.session);
  field('committee', doc.committee);
  field('agenda item', doc.agenda_item);
  field('date', doc.date);
  field('distribution', doc.distribution);
  field('original languages', doc.original_languages);
  if (depth === 0) field('source', `${doc.source_path} (${doc.source_format}, ${doc.source_lines} lines)`);
  if (doc.sponsors.length > 0) {
    field('sponsors', doc.sponsors.filter((s) => s.role === 'sponsor').map((s) => s.name));
    field('joined later', doc.sponsors.filter((s) => s.role === 'additional').map((s) => s.name));
  }
  lines.push('');
  for (const p of doc.paragraphs) {
    const tag = [SHORT_KIND[p.kind] ?? p.kind, p.number].filter(Boolean).join(' ');
    const marks = p.footnotes.length > 0 ? ` [${p.footnotes.join(',')}]` : '';
    const gutter = tag.length < GUTTER ? tag.padEnd(GUTTER) : `${tag} `;
    lines.push(pad + gutter + hanging(`${p.text}${marks}`, pad + ' '.repeat(GUTTER), width - gutter.length + GUTTER));
  }
  if (doc.footnotes.length > 0) {
    lines.push('');
    for (const f of doc.footnotes) {
      const head = `  ${f.marker}. `;
      lines.push(pad + head + hanging(f.text, pad + ' '.repeat(head.length), width));
    }
  }
  const text = lines.join('\n') + '\n';
  return text + doc.parts.map((part) => '\n' + renderDocument(part, options, depth + 1)).join('');
}
