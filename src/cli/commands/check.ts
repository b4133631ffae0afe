import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';
import type { Column } from '../../format/output.js';
import type { Document, Warning } from '../../types.js';

interface Finding {
  document_id: string;
  source_path: string;
  w: Warning;
}

export const registerCheck: RegisterCommand = (program, ctx, setExitCode) => {
  withOutputOptions(program.command('check')
    .argument('[ref]', 'document: id, symbol, 78/237, or a file path; every document of the corpus when omitted')
    .description('quality report: numbering gaps and duplicates, footnotes without markers or text, paragraphs ending mid-sentence, unknown leads (exit 1 when there is something to report)'))
    .action(async (ref: string | undefined, opts: { json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords, notice } = await import('../../format/output.js');
      const { checkDocument } = await import('../../structure/check.js');
      const format = outputFormat(opts);
      const docs: Document[] = [];
      if (ref !== undefined) {
        const { loadRef } = await import('../load.js');
        const { doc, note } = await loadRef(ctx, ref);
        if (note) notice(note);
        docs.push(doc);
      } else {
        const db = await ctx.open();
        // the whole corpus: its pages first (a damaged one is an error, not a finding)
        const { checkIntact } = await import('../../store/store.js');
        checkIntact(db, ctx.dbPath().path);
        const { loadDocument } = await import('../../store/documents.js');
        const { listDocuments } = await import('../../query/documents.js');
        for (const row of listDocuments(db)) {
          const doc = loadDocument(db, row.id);
          if (doc) docs.push(doc);
        }
      }
      const findings: Finding[] = docs.flatMap((doc) =>
        checkDocument(doc).map((w) => ({ document_id: doc.id, source_path: doc.source_path, w })));
      const columns: Column<Finding>[] = [
        { key: 'document_id', get: (f) => f.w.part_id ?? f.document_id },
        { key: 'code', get: (f) => f.w.code },
        { key: 'message', get: (f) => f.w.message },
        { key: 'paragraph_n', get: (f) => f.w.paragraph_n ?? null },
        { key: 'source_path', get: (f) => f.source_path },
        { key: 'line', get: (f) => f.w.line ?? null },
      ];
      writeRecords(format, findings, columns, (f) =>
        `${f.source_path}${f.w.line !== undefined ? `:${f.w.line}` : ''}: ${f.w.part_id ?? f.document_id}: ${f.w.code}: ${f.w.message}`);
      if (findings.length > 0) setExitCode(1);
    });
};
