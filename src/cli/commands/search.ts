import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';

export const registerSearch: RegisterCommand = (program, ctx, setExitCode) => {
  withOutputOptions(program.command('search')
    .argument('<query>', 'words or a phrase, e.g. "programme d\'action"')
    .description('full-text search over paragraphs (exit 1 when nothing matches)')
    .option('--limit <n>', 'at most n hits')
    .option('--offset <n>', 'skip the first n hits'))
    .action(async (query: string, opts: { limit?: string; offset?: string; json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords } = await import('../../format/output.js');
      const { intOption } = await import('../command.js');
      const format = outputFormat(opts);
      const limit = await intOption(opts.limit, '--limit', 1);
      const offset = await intOption(opts.offset, '--offset');
      const db = await ctx.open();
      const { search } = await import('../../store/search.js');
      const color = format === 'text' && process.stdout.isTTY && !process.env.NO_COLOR;
      const chalk = color ? (await import('chalk')).default : null;
      const hits = search(db, query, {
        limit, offset,
        ...(chalk ? { open: '\u0001', close: '\u0002' } : {}),
      });
      const paint = (s: string) => (chalk ? s.replace(/\u0001([^\u0002]*)\u0002/g, (_m, w: string) => chalk.bold.red(w)) : s);
      const n = writeRecords(format, hits, [
        { key: 'id', get: (h) => h.id },
        { key: 'symbol', get: (h) => h.symbol },
        { key: 'kind', get: (h) => h.kind },
        { key: 'number', get: (h) => h.number },
        { key: 'lead', get: (h) => h.lead },
        { key: 'text', get: (h) => h.text },
        { key: 'snippet', get: (h) => h.snippet },
        { key: 'score', get: (h) => Number(h.score.toFixed(4)) },
        { key: 'source', get: (h) => (format === 'csv' || format === 'tsv' ? `${h.source.path}:${h.source.line}` : h.source) },
      ], (h) => `${h.symbol ?? h.id}  ${h.kind}${h.number ? ' ' + h.number : ''}  ${paint(h.snippet.replace(/\s+/g, ' '))}`);
      if (n === 0) setExitCode(1);
    });
};
