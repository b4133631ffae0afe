import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';

export const registerRemove: RegisterCommand = (program, ctx) => {
  withOutputOptions(program.command('remove')
    .argument('<refs...>', 'documents to remove (id, symbol, 78/237, or file path)')
    .description('remove documents (and their parts) from the corpus'))
    .action(async (refs: string[], opts: { json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { notice, outputFormat, writeJson, writeRecords } = await import('../../format/output.js');
      const format = outputFormat(opts);
      const db = await ctx.open('write');
      const { resolveRef } = await import('../../query/refs.js');
      const { UsageError, quoted } = await import('../../errors.js');
      const { Writer } = await import('../../store/write.js');
      const { writeTransaction } = await import('../../store/store.js');
      const { getDocumentRow } = await import('../../store/documents.js');
      // the references are resolved inside the write transaction: a deferred one read first and
      // then could not be upgraded while another process wrote (issue 18, item 12)
      const removed = writeTransaction(db, () => {
        const found = refs.map((ref) => {
          const r = resolveRef(db, ref);
          if (r.kind !== 'stored') throw new UsageError(`${quoted(ref)} is not in the corpus`);
          const row = getDocumentRow(db, r.id)!;
          if (row.parent_id) throw new UsageError(`'${r.id}' is a part of ${row.parent_id}; remove the whole document`);
          return { document_id: r.id, symbol: row.symbol, source_path: row.source_path };
        });
        const writer = new Writer(db);
        for (const d of found) writer.delete(d.document_id);
        writer.tidyIndexes();
        return found;
      }, ctx.writeWait());
      // --json: the count and the documents; --jsonl/--csv/--tsv: one row per document
      if (format === 'json') writeJson({ removed: removed.length, results: removed });
      else if (format !== 'text') writeRecords(format, removed, (['document_id', 'symbol', 'source_path'] as const).map((key) => ({ key, get: (r: typeof removed[number]) => r[key] })));
      notice(`${removed.length} removed`);
    });
};
