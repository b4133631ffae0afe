import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';

export const registerStats: RegisterCommand = (program, ctx) => {
  withOutputOptions(program.command('stats').description('count what the corpus holds'))
    .action(async (opts: { json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords, writeJson, out } = await import('../../format/output.js');
      const format = outputFormat(opts);
      const db = await ctx.open();
      const { corpusStats } = await import('../../store/documents.js');
      const s = corpusStats(db);
      if (format === 'json') return writeJson({ database: ctx.dbPath().path, ...s });
      // flat rows: the scalar counts, then each breakdown as "group.key"
      const rows: { name: string; value: number }[] = [];
      for (const [k, v] of Object.entries(s)) {
        if (typeof v === 'number') rows.push({ name: k, value: v });
        else for (const [kk, vv] of Object.entries(v as Record<string, number>)) rows.push({ name: `${k}.${kk}`, value: vv });
      }
      if (format === 'text') {
        out(`database: ${ctx.dbPath().path}\n`);
      }
      writeRecords(format, rows, [
        { key: 'name', get: (r) => r.name },
        { key: 'value', get: (r) => r.value },
      ]);
    });
};
