import type { RegisterCommand } from '../command.js';

interface DiffFlags {
  json?: boolean;
  stat?: boolean;
  format?: string;
  only?: string;
  context?: string;
}

const FORMATS = ['text', 'markdown', 'html'] as const;

export const registerDiff: RegisterCommand = (program, ctx, setExitCode) => {
  program.command('diff')
    .argument('<a>', 'old document: id, symbol, 78/237, L.11, or a file path (parsed on the fly if not in the corpus)')
    .argument('<b>', 'new document, same forms')
    .description('compare two documents paragraph by paragraph, with word-level changes (exit 0 identical, 1 different)')
    .option('--json', 'print the diff as one JSON object (docs/diff.md)')
    .option('--stat', 'print only the per-part summary table')
    .option('--format <format>', 'text (default), markdown, or html (a self-contained side-by-side page)')
    .option('--only <ops>', 'show only these operations: equal, changed, moved, added, removed (comma-separated)')
    .option('--context <words>', 'unchanged words kept around each change in text and markdown (default 8)')
    .action(async (refA: string, refB: string, opts: DiffFlags) => {
      const { UsageError } = await import('../../errors.js');
      const { out, notice, writeJson } = await import('../../format/output.js');
      const render = await import('../../diff/render.js');
      const { intOption } = await import('../command.js');
      const format = opts.format ?? 'text';
      if (!(FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`--format takes ${FORMATS.join(', ')}, not '${format}'`);
      }
      if (opts.json && (opts.format || opts.stat)) throw new UsageError('--json cannot be combined with --format or --stat');
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

      if (opts.json) {
        return writeJson(only ? { ...result, pairs: result.pairs.filter((p) => only.includes(p.op)) } : result);
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
