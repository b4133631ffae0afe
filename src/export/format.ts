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

/** Write a table's rows to the sink; returns the number of rows. */
export async function writeTable(sink: Sink, format: TableFormat, columns: ColumnDef[], rows: Iterable<unknown[]>,
  options: { bom?: boolean } = {}): Promise<number> {
  const r = recordRenderer(format, columns.map((c) => c.name), columns.map((c) => c.type === 'array'));
  let n = 0;
  const started = sink.write((options.bom ? BOM : '') + r.head);
  if (started) await started;
  for (const values of rows) {
    const wait = sink.write(r.row(values, n++));
    if (wait) await wait;
  }
  const ended = sink.write(r.tail(n));
  if (ended) await ended;
  return n;
}
