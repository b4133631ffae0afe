import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';

interface DiffFlags {
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
  tsv?: boolean;
  stat?: boolean;
  format?: string;
  only?: string;
  context?: string;
}

const FORMATS = ['text', 'markdown', 'html'] as const;

export const registerDiff: RegisterCommand = (program, ctx, setExitCode) => {
  withOutputOptions(program.command('diff')
    .argument('<a>', 'old document: id, symbol, 78/237, L.11, or a file path (parsed on the fly if not in the corpus)')
    .argument('<b>', 'new document, same forms')
    .description('compare two documents paragraph by paragraph, with word-level changes (exit 0 identical, 1 different)')
    .option('--stat', 'print only the per-part summary (--json: the summary as one object)')
    .option('--format <format>', 'text (default), markdown, or html (a self-contained side-by-side page)')
    .option('--only <ops>', 'show only these operations: equal, changed, moved, added, removed (comma-separated)')
    .option('--context <words>', 'unchanged words kept around each change in text and markdown (default 8)'))
    .action(async (refA: string, refB: string, opts: DiffFlags) => {
      const { UsageError } = await import('../../errors.js');
      const { out, notice, writeJson, writeRecords, outputFormat } = await import('../../format/output.js');
      const data = outputFormat(opts);
      const render = await import('../../diff/render.js');
      const { intOption } = await import('../command.js');
      const format = opts.format ?? 'text';
      if (!(FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`--format takes ${FORMATS.join(', ')}, not '${format}'`);
      }
      if (data !== 'text' && opts.format) throw new UsageError('--format cannot be combined with --json, --jsonl, --csv or --tsv');
      if (opts.stat && data !== 'text' && data !== 'json') throw new UsageError('--stat prints a summary: with --json, not --jsonl, --csv or --tsv');
      if (opts.stat && opts.format && format !== 'text') throw new UsageError('--stat cannot be combined with --format');
      const only = opts.only !== undefined ? render.parseOnly(opts.only) : undefined;
      const context = await intOption(opts.context, '--context');

      const { loadRef } = await import('../load.js');
      const a = await loadRef(ctx, refA);
      if (a.note) notice(a.note);
      const b = await loadRef(ctx, refB);
      if (b.note) notice(b.note);
      const { diffDocuments } = await import('../../diff/index.js');
      const result = diffDocuments(a.doc, b.doc);
      setExitCode(result.identical ? 0 : 1);

      const pairs = only ? result.pairs.filter((p) => only.includes(p.op)) : result.pairs;
      if (data === 'json') {
        const { pairs: _all, ...summary } = result;
        return writeJson(opts.stat ? summary : { ...result, pairs });
      }
      if (data !== 'text') {
        // one row per aligned pair (docs/diff.md)
        const { diffRows, DIFF_ROW_KEYS } = await import('../../diff/index.js');
        writeRecords(data, diffRows({ ...result, pairs }), DIFF_ROW_KEYS.map((key) => ({ key, get: (r) => r[key] })));
        return;
      }
      if (opts.stat) return out(render.renderStat(result));
      const options = { ...(only ? { only } : {}), ...(context !== undefined ? { context } : {}) };
      if (format === 'markdown') return out(render.renderMarkdown(result, options));
      if (format === 'html') return out(render.renderHtml(result, options));
      const { useColor } = await import('../../format/terminal.js');
      const color = useColor();
      out(render.renderText(result, { ...options, color }));
    });
};
