import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';
import type { Document } from '../../types.js';
import { withParts } from '../../walk.js';

export const registerShow: RegisterCommand = (program, ctx) => {
  withOutputOptions(program.command('show')
    .argument('<ref>', 'document: id, symbol, 78/237, or a file path (parsed on the fly if not in the corpus)')
    .description('show one document: metadata and paragraphs (--json: the document model)'))
    .action(async (ref: string, opts: { json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords, writeJson, notice, out } = await import('../../format/output.js');
      const format = outputFormat(opts);
      const { loadRef } = await import('../load.js');
      const { doc, note, stored } = await loadRef(ctx, ref);
      if (note) notice(note);
      if (format === 'json') return writeJson(doc);
      if (format === 'text') {
        if (!stored) return out(renderDocument(doc));
        const db = await ctx.open();
        const { documentLinks, linkLines } = await import('../../store/links.js');
        return out(renderDocument(doc, (d) => linkLines(documentLinks(db, d.id))));
      }
      const rows = flattenParagraphs(doc);
      writeRecords(format, rows, [
        { key: 'document', get: (r) => r.document },
        { key: 'n', get: (r) => r.p.n },
        { key: 'kind', get: (r) => r.p.kind },
        { key: 'number', get: (r) => r.p.number },
        { key: 'lead', get: (r) => r.p.lead },
        { key: 'text', get: (r) => r.p.text },
        { key: 'section', get: (r) => r.p.section },
        { key: 'footnotes', get: (r) => r.p.footnotes },
        { key: 'line', get: (r) => r.p.line },
        { key: 'endLine', get: (r) => r.p.endLine },
      ]);
    });
};

function flattenParagraphs(doc: Document): { document: string; p: Document['paragraphs'][number] }[] {
  return withParts(doc).flatMap((d) => d.paragraphs.map((p) => ({ document: d.id, p })));
}

const SHORT_KIND: Record<string, string> = {
  preambular: 'pp', operative: 'op', subparagraph: 'sub', numbered: 'no', heading: '#', 'list-item': '-',
  formula: 'f', title: 'T', text: '',
};

/** The human view of a document: a metadata header, then one block per paragraph. */
export function renderDocument(doc: Document, extraLines: (d: Document) => string[] = () => [], depth = 0): string {
  const pad = '  '.repeat(depth);
  const lines: string[] = [];
  const field = (k: string, v: unknown) => {
    if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) lines.push(`${pad}${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  };
  lines.push(`${pad}${doc.symbol ?? doc.id}  (${doc.kind})`);
  field('id', doc.id !== doc.symbol ? doc.id : null);
  field('title', doc.title);
  field('aliases', doc.aliases);
  for (const line of extraLines(doc)) lines.push(pad + line);
  field('author', doc.author);
  field('session', doc.session);
  field('committee', doc.committee);
  field('agenda item', doc.agendaItem);
  field('date', doc.date);
  field('distribution', doc.distribution);
  field('original languages', doc.originalLanguages);
  if (depth === 0) field('source', `${doc.source.path} (${doc.source.format}, ${doc.source.lines} lines)`);
  if (doc.sponsors.length > 0) {
    field('sponsors', doc.sponsors.filter((s) => s.role === 'sponsor').map((s) => s.name));
    field('joined later', doc.sponsors.filter((s) => s.role === 'additional').map((s) => s.name));
  }
  lines.push('');
  for (const p of doc.paragraphs) {
    const tag = [SHORT_KIND[p.kind] ?? p.kind, p.number].filter(Boolean).join(' ');
    const marks = p.footnotes.length > 0 ? ` [${p.footnotes.join(',')}]` : '';
    lines.push(`${pad}${tag.padEnd(7)} ${p.text}${marks}`);
  }
  if (doc.footnotes.length > 0) {
    lines.push('');
    for (const f of doc.footnotes) lines.push(`${pad}  ${f.marker}. ${f.text}`);
  }
  const text = lines.join('\n') + '\n';
  return text + doc.parts.map((part) => '\n' + renderDocument(part, extraLines, depth + 1)).join('');
}
