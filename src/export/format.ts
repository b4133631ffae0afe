/**
 * Exported tables in the machine formats: the rows of a table, streamed to a sink, written by
 * the one record writer of every command (format/output.ts: recordRenderer). `array` columns
 * hold JSON text in the database: real arrays in JSON and JSONL, that text in CSV and TSV cells.
 */
import { recordRenderer, type RecordFormat } from '../format/output.js';
import type { ColumnDef } from './tables.js';
import type { Sink } from './sink.js';

export type TableFormat = RecordFormat;

export const BOM = '\uFEFF';

/** Rows are handed to the sink this many characters at a time: one UTF-8 encoding per batch, not per row. */
const BATCH = 8192;

/** Write a table's rows to the sink; returns the number of rows. */
export async function writeTable(sink: Sink, format: TableFormat, columns: ColumnDef[], rows: Iterable<unknown[]>,
  options: { bom?: boolean } = {}): Promise<number> {
  const r = recordRenderer(format, columns.map((c) => c.name), columns.map((c) => c.type === 'array'));
  let n = 0;
  let batch = (options.bom ? BOM : '') + r.head;
  for (const values of rows) {
    batch += r.row(values, n++);
    if (batch.length >= BATCH) {
      const wait = sink.write(batch);
      batch = '';
      if (wait) await wait;
    }
  }
  const ended = sink.write(batch + r.tail(n));
  if (ended) await ended;
  return n;
}
