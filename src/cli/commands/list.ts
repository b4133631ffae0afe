import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';
import type { Column } from '../../format/output.js';
import type { DocumentSummary } from '../../query/documents.js';

export const registerList: RegisterCommand = (program, ctx) => {
  withOutputOptions(program.command('list')
    .description('list the documents in the corpus')
    .option('--parts', 'also list the parts (drafts in reports, replies of States)'))
    .action(async (opts: { parts?: boolean; json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords } = await import('../../format/output.js');
      const format = outputFormat(opts);
      const db = await ctx.open();
      const { listDocuments } = await import('../../query/documents.js');
      const rows = listDocuments(db, { parts: opts.parts });
      // the fields of DocumentSummary, in its order (docs/model.md)
      const columns: Column<DocumentSummary>[] = (['id', 'symbol', 'kind', 'session', 'date', 'paragraph_count', 'part_count',
        'parent_id', 'author', 'title', 'source_format', 'source_path'] as const).map((key) => ({ key, get: (r) => r[key] }));
      // the human view fits 80 columns with room for the title: a document by the name that finds
      // it (its symbol, else its id), ¶ its paragraphs; parts with --parts; the rest in --csv
      const text: Column<DocumentSummary>[] = [
        { key: 'document', get: (r) => r.symbol ?? r.id },
        { key: 'kind', get: (r) => r.kind },
        { key: 'date', get: (r) => r.date },
        { key: '¶', get: (r) => r.paragraph_count },
        ...(opts.parts ? [{ key: 'parts', get: (r: DocumentSummary) => r.part_count }] : []),
        { key: 'title', get: (r) => r.title },
      ];
      writeRecords(format, rows, format === 'text' ? text : columns);
    });
};
