/**
 * Rows to text in the export formats. CSV and TSV cells use the project's one writer
 * (format/output.ts: `csvField`, `tsvField`); CSV lines end in CRLF (RFC 4180), TSV in LF.
 * JSON and JSONL objects carry the columns under their names; `array` columns (stored as JSON
 * text) become real arrays.
 */
import { csvField, tsvField } from '../format/output.js';
import type { ColumnDef } from './tables.js';
import type { Sink } from './sink.js';

export type TableFormat = 'csv' | 'tsv' | 'json' | 'jsonl';

export const BOM = '\uFEFF';

/** A function that renders one row, and the header/footer around the rows. */
interface Renderer {
  head: string;
  row: (values: unknown[], index: number) => string;
  tail: (count: number) => string;
}

function renderer(format: TableFormat, columns: ColumnDef[]): Renderer {
  switch (format) {
    case 'csv':
    case 'tsv': {
      const field = format === 'csv' ? csvField : tsvField;
      const sep = format === 'csv' ? ',' : '\t';
      const eol = format === 'csv' ? '\r\n' : '\n';
      return {
        head: columns.map((c) => field(c.name)).join(sep) + eol,
        row: (v) => {
          let s = field(v[0]);
          for (let i = 1; i < v.length; i++) s += sep + field(v[i]);
          return s + eol;
        },
        tail: () => '',
      };
    }
    case 'jsonl':
    case 'json': {
      const keys = columns.map((c, i) => (i === 0 ? '{' : ',') + JSON.stringify(c.name) + ':');
      const raw = columns.map((c) => c.type === 'array');
      const object = (v: unknown[]) => {
        let s = '';
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          s += keys[i]! + (x === null || x === undefined ? 'null' : raw[i] ? String(x) : JSON.stringify(x));
        }
        return s + '}';
      };
      return format === 'jsonl'
        ? { head: '', row: (v) => object(v) + '\n', tail: () => '' }
        : { head: '[', row: (v, i) => (i === 0 ? '\n' : ',\n') + object(v), tail: (n) => (n === 0 ? ']\n' : '\n]\n') };
    }
  }
}

/** Write a table's rows to the sink; returns the number of rows. */
export async function writeTable(sink: Sink, format: TableFormat, columns: ColumnDef[], rows: Iterable<unknown[]>,
  options: { bom?: boolean } = {}): Promise<number> {
  const r = renderer(format, columns);
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
