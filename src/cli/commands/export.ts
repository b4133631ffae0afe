import type { RegisterCommand } from '../command.js';
import { withFilterOptions, withOutputOptions } from '../command.js';
import type { FilterOptions } from '../../query/filters.js';

interface ExportOptions extends FilterOptions {
  table?: string;
  columns?: string;
  out?: string;
  sqlite?: string;
  graph?: string;
  bom?: boolean;
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
  tsv?: boolean;
}

export const registerExport: RegisterCommand = (program, ctx) => {
  withOutputOptions(withFilterOptions(program.command('export')
    .description('export the corpus: a table as CSV/TSV/JSONL, documents as nested JSON, a data package, or a copy of the database')
    .option('--table <name>', 'the table to print (default: paragraphs; documents nested with --json)')
    .option('--columns <list>', 'only these columns, in this order (comma-separated)')
    .option('--out <dir>', 'write every table as CSV plus datapackage.json (Frictionless) into dir')
    .option('--sqlite <file>', 'write a consistent copy of the corpus database to file')
    .option('--graph <format>', 'print the citation graph of the selected documents (format: graphml)')
    .option('--bom', 'start CSV/TSV with a byte-order mark (for spreadsheet software)')))
    .addHelpText('after', '\nTables: documents, parts, aliases, paragraphs, footnotes, sponsors, citations, votes, vote_records, warnings, countries.\nColumns and conventions: docs/export.md.')
    .action(async (opts: ExportOptions) => {
      const { UsageError } = await import('../../errors.js');
      const { outputFormat, notice } = await import('../../format/output.js');
      const chosen = outputFormat(opts);
      const filtering = [opts.doc, opts.kind, opts.session, opts.year, opts.sponsor, opts.author, opts.part].some((v) => v !== undefined);

      if (opts.sqlite !== undefined) {
        if (chosen !== 'text' || opts.out !== undefined || opts.table !== undefined || opts.columns !== undefined || filtering || opts.bom) {
          throw new UsageError('--sqlite copies the whole database; it takes no format, table, column or filter option');
        }
        const db = await ctx.open();
        const { copySqlite } = await import('../../export/sqlite.js');
        const r = copySqlite(db, opts.sqlite, ctx.dbPath().path);
        notice(`copied ${r.documents} documents and ${r.paragraphs} paragraphs to ${r.path}`);
        return;
      }

      const { resolveFilter } = await import('../../query/filters.js');
      if (opts.graph !== undefined) {
        if (opts.graph !== 'graphml') throw new UsageError(`unknown graph format '${opts.graph}'; the one format is graphml`);
        if (chosen !== 'text' || opts.out !== undefined || opts.table !== undefined || opts.columns !== undefined || opts.bom) {
          throw new UsageError('--graph prints GraphML; it takes no format, table or column option (filters select the documents)');
        }
        const db = await ctx.open();
        const filter = resolveFilter(db, opts);
        if (filter.paragraphKinds.length > 0) throw new UsageError('paragraph kinds select paragraphs; the citation graph takes document filters');
        const { stdoutSink } = await import('../../export/sink.js');
        const { writeGraphml } = await import('../../export/graphml.js');
        const sink = stdoutSink();
        await writeGraphml(db, sink, filter);
        await sink.end();
        return;
      }
      if (opts.out !== undefined) {
        if (chosen !== 'text' && chosen !== 'csv') throw new UsageError('--out writes CSV files and datapackage.json; use --table with --tsv/--json/--jsonl to print one table');
        if (opts.table !== undefined || opts.columns !== undefined) throw new UsageError('--out writes every table with all its columns; --table and --columns print one table');
        const db = await ctx.open();
        const filter = resolveFilter(db, opts);
        const { writePackage } = await import('../../export/package.js');
        const version = ctx.version;
        const written = await writePackage(db, opts.out, { filter, bom: opts.bom, version });
        const rows = written.reduce((s, r) => s + r.rows, 0);
        notice(`wrote ${written.length} tables (${rows} rows) and datapackage.json to ${opts.out}`);
        return;
      }

      const format = chosen === 'text' ? 'csv' : chosen;
      if (opts.bom && format !== 'csv' && format !== 'tsv') throw new UsageError('--bom applies to --csv and --tsv');
      const db = await ctx.open();
      const filter = resolveFilter(db, opts);
      const { stdoutSink } = await import('../../export/sink.js');
      const sink = stdoutSink();
      if (format === 'json' && opts.table === undefined) {
        if (opts.columns !== undefined) throw new UsageError('--columns applies to a table; nested documents (--json) have every field');
        if (filter.paragraphKinds.length > 0) throw new UsageError('paragraph kinds select paragraphs: use --table paragraphs with --json, or a document kind');
        const { writeDocuments } = await import('../../export/documents.js');
        await writeDocuments(db, sink, filter);
        await sink.end();
        return;
      }
      const { tableDef, pickColumns, tableRows } = await import('../../export/tables.js');
      const { writeTable } = await import('../../export/format.js');
      const table = tableDef(opts.table ?? 'paragraphs');
      const columns = pickColumns(table, opts.columns?.split(',').map((c) => c.trim()).filter((c) => c !== ''));
      await writeTable(sink, format, columns, tableRows(db, table, columns, { filter }), { bom: opts.bom });
      await sink.end();
    });
};
