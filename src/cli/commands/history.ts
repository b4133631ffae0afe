import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';

interface HistoryFlags {
  paragraph?: string;
  format?: string;
  context?: string;
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
  tsv?: boolean;
}

const FORMATS = ['text', 'html'] as const;

/** `cybercorpus history REF [--paragraph OP2]`: lineage and paragraph provenance (docs/history.md). */
export const registerHistory: RegisterCommand = (program, ctx) => {
  withOutputOptions(program.command('history')
    .argument('<ref>', 'the resolution: id, symbol, 78/237, or a file path')
    .description('the lineage of a resolution and where each of its paragraphs comes from, year by year')
    .option('--paragraph <label>', "one paragraph's versions through the years: OP2, PP5, \"OP1 a)\"")
    .option('--format <format>', 'text (default) or html (a self-contained printable page)')
    .option('--context <words>', 'unchanged words kept around each change in the text view (default 8)'))
    .action(async (ref: string, opts: HistoryFlags) => {
      const { UsageError } = await import('../../errors.js');
      const { out, notice, outputFormat, writeJson, writeRecords } = await import('../../format/output.js');
      const { intOption } = await import('../command.js');
      const format = opts.format ?? 'text';
      if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not '${format}'`);
      const data = outputFormat(opts);
      if (opts.format && data !== 'text') throw new UsageError('--format cannot be combined with --json, --jsonl, --csv or --tsv');
      const context = await intOption(opts.context, '--context');

      const { loadRef } = await import('../load.js');
      const { doc, note } = await loadRef(ctx, ref);
      if (note) notice(note);
      const db = await ctx.open();
      const { resolveRef } = await import('../../query/refs.js');
      const { loadDocument } = await import('../../store/documents.js');
      const { declaredFor } = await import('../../ingest/declared.js');
      const { historyOf, findParagraph } = await import('../../history/index.js');
      const cache = new Map<string, ReturnType<typeof loadDocument>>();
      const history = historyOf(doc, {
        find(symbol) {
          let id: string;
          try {
            const r = resolveRef(db, symbol, { allowFile: false });
            if (r.kind !== 'stored' || r.note) return null; // a draft's alias is not the resolution
            id = r.id;
          } catch {
            return null; // not in the corpus, or ambiguous
          }
          if (!cache.has(id)) cache.set(id, loadDocument(db, id));
          return cache.get(id) ?? null;
        },
        declared(d) {
          try {
            return declaredFor(d.source_path).continues ?? null;
          } catch {
            return null; // the file moved or its metadata is unreadable: the links in the text stand
          }
        },
      });

      let paragraphs = history.paragraphs;
      if (opts.paragraph !== undefined) {
        const one = findParagraph(history, opts.paragraph);
        if (!one) {
          const labels = history.paragraphs.map((p) => p.label);
          throw new UsageError(`no paragraph '${opts.paragraph}' in ${doc.symbol ?? doc.id} (it has ${labels.slice(0, 3).join(', ')} … ${labels.slice(-1)[0] ?? ''})`, '--paragraph');
        }
        paragraphs = [one];
      }
      const view = await import('../../history/render.js');
      if (data === 'json') return writeJson(opts.paragraph !== undefined ? { document: history.document, lineage: history.lineage, paragraph: paragraphs[0] } : history);
      if (data !== 'text') {
        const rows = view.historyRows(history, paragraphs);
        const keys = Object.keys(rows[0] ?? { document_id: 0 }) as (keyof typeof rows[number])[];
        writeRecords(data, rows, keys.map((key) => ({ key, get: (r) => r[key] })));
        return;
      }
      if (format === 'html') return out(view.renderHistoryHtml(history, paragraphs));
      const { useColor } = await import('../../format/terminal.js');
      const color = useColor();
      const options = { color, ...(context !== undefined ? { context } : {}) };
      out(opts.paragraph !== undefined ? view.renderParagraphText(paragraphs[0]!, options) : view.renderHistoryText(history, options));
    });
};
