import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';

export const registerStats: RegisterCommand = (program, ctx) => {
  withOutputOptions(program.command('stats').description('count what the corpus holds'))
    .action(async (opts: { json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords, writeJson, out } = await import('../../format/output.js');
      const format = outputFormat(opts);
      const db = await ctx.open();
      const { corpusStats } = await import('../../query/documents.js');
      const s = corpusStats(db);
      if (format === 'json') return writeJson({ database: ctx.dbPath().path, ...s });
      // flat rows: the counts by table name, then each breakdown as "group.key", the schema version last
      const rows: { statistic: string; value: number }[] = [];
      for (const [k, v] of Object.entries(s.counts)) rows.push({ statistic: k, value: v });
      for (const group of ['documents_by_kind', 'documents_by_format', 'paragraphs_by_kind'] as const) {
        for (const [k, v] of Object.entries(s[group])) rows.push({ statistic: `${group}.${k}`, value: v });
      }
      rows.push({ statistic: 'schema_version', value: s.schema_version });
      if (format === 'text') {
        out(`database: ${ctx.dbPath().path}\n`);
      }
      writeRecords(format, rows, [
        { key: 'statistic', get: (r) => r.statistic },
        { key: 'value', get: (r) => r.value },
      ]);
    });
};
