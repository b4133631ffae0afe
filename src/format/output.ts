import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { formatError, outputError, UsageError } from '../errors.js';

/**
 * Printing data: one writer for every command, so that --json/--jsonl/--csv/--tsv mean the same
 * thing everywhere (docs/cli.md). Data goes to stdout; messages go to stderr (see notice()).
 */
export type OutputFormat = 'text' | 'json' | 'jsonl' | 'csv' | 'tsv';

export interface OutputFlags {
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
  tsv?: boolean;
}

export function outputFormat(flags: OutputFlags): OutputFormat {
  const chosen = (['json', 'jsonl', 'csv', 'tsv'] as const).filter((f) => flags[f]);
  if (chosen.length > 1) throw new UsageError(`choose one output format, not ${chosen.map((f) => `--${f}`).join(' and ')}`);
  return chosen[0] ?? 'text';
}

/** A column of tabular output: the key of the record and how to turn the value into a cell. */
export interface Column<T> {
  key: string;
  get: (row: T) => unknown;
}

/*
 * stdout and stderr are written on their file descriptors, synchronously (memory stays flat).
 * Creating process.stdout or process.stderr costs ~1.5 ms, and on a pipe or a terminal loads
 * Node's network stack: more than a query takes to print its page. A closed pipe (EPIPE) ends
 * the process quietly with exit 0; any other failure is an OutputError (one line, exit 2; on
 * stderr, where it cannot be told, exit 2 alone). A descriptor that another program left
 * non-blocking (EAGAIN) is written through the stream from then on, which waits for it.
 */

/** Write `data` whole on `fd`, synchronously. A failure is thrown with the bytes written before it as `written`. */
export function writeWhole(fd: number, data: Uint8Array): void {
  let off = 0;
  try {
    while (off < data.length) off += writeSync(fd, data, off);
  } catch (err) {
    (err as { written?: number }).written = off;
    throw err;
  }
}

/** stdout (1) or stderr (2) went through its stream since an EAGAIN */
const streamed = new Set<number>();

function writeStd(fd: 1 | 2, text: string): void {
  const data = Buffer.from(text, 'utf8');
  if (!streamed.has(fd)) {
    try {
      writeWhole(fd, data);
      return;
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { written: number };
      if (e.code === 'EPIPE') process.exit(0);
      if (e.code !== 'EAGAIN') {
        // a stderr that cannot be written leaves nowhere to say so: exit 2, as for any failed write
        if (fd === 2) process.exit(2);
        throw outputError('write', 'stdout', err);
      }
      streamed.add(fd);
      stdStream(fd).write(data.subarray(e.written));
      return;
    }
  }
  stdStream(fd).write(data);
}

let guarded = false;

/**
 * process.stdout or process.stderr, for what needs a stream (export to a pipe, the progress
 * bar), with the handler of their write errors, which Node reports as events: a closed pipe ends
 * quietly (exit 0), anything else is one line and exit 2.
 */
export function stdStream(fd: 1 | 2): NodeJS.WriteStream {
  if (!guarded) {
    guarded = true;
    const quit = (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      try {
        writeWhole(2, Buffer.from(`cybercorpus: ${formatError(outputError('write', 'stdout', err))}\n`));
      } finally {
        process.exit(2);
      }
    };
    process.stdout.on('error', quit);
    process.stderr.on('error', quit);
  }
  return fd === 1 ? process.stdout : process.stderr;
}

/**
 * Whether stdout (1) or stderr (2) is a terminal. node:tty, which loads the network stack, is
 * asked only about a character device other than /dev/null (`if cybercorpus search … >/dev/null`).
 */
export function isTerminal(fd: 1 | 2): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice() || st.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** Write to stdout. */
export function out(text: string): void {
  writeStd(1, text);
}

/** Write to stderr, as it is (see notice for messages). */
export function toStderr(text: string): void {
  writeStd(2, text);
}

/** A message for the user (not data): stderr. */
export function notice(text: string): void {
  writeStd(2, `cybercorpus: ${visible(text)}\n`);
}

/**
 * Text for a terminal with its control characters shown as `\x1b`: a file named with escape
 * sequences was printed raw by `list` and could recolour or rewrite the user's terminal (issue
 * 18, item 19). Newlines and tabs are kept. For the human views only: data formats (JSON, CSV,
 * TSV) carry the text as it is. `keepColour`: the colour sequences a view adds (`ESC [ 31 m`) pass.
 */
export function visible(text: string, keepColour = false): string {
  return text.replace(keepColour ? /\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g : /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g,
    (c) => (c.length > 1 ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** A CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF. */
export function csvField(value: unknown): string {
  const s = cell(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A TSV field: tab, newline and backslash escaped as \t, \n, \\ (the "linear TSV" convention). */
export function tsvField(value: unknown): string {
  return cell(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r?\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Scalars as text; arrays and objects as JSON; null as empty. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Stream records in a machine format. `text` is handled by the caller's renderer
 * (`renderText`), called once per record, or by a table when none is given.
 */
export function writeRecords<T>(
  format: OutputFormat,
  rows: Iterable<T>,
  columns: Column<T>[],
  renderText?: (row: T) => string,
): number {
  let n = 0;
  switch (format) {
    case 'json': {
      out('[');
      for (const row of rows) out((n++ === 0 ? '\n' : ',\n') + JSON.stringify(record(row, columns)));
      out(n === 0 ? ']\n' : '\n]\n');
      return n;
    }
    case 'jsonl':
      for (const row of rows) {
        out(JSON.stringify(record(row, columns)) + '\n');
        n++;
      }
      return n;
    case 'csv':
    case 'tsv': {
      const field = format === 'csv' ? csvField : tsvField;
      const sep = format === 'csv' ? ',' : '\t';
      const eol = format === 'csv' ? '\r\n' : '\n';
      out(columns.map((c) => field(c.key)).join(sep) + eol);
      for (const row of rows) {
        out(columns.map((c) => field(c.get(row))).join(sep) + eol);
        n++;
      }
      return n;
    }
    case 'text': {
      if (renderText) {
        for (const row of rows) {
          // a renderer may colour what it prints (SGR sequences): those are kept
          out(visible(renderText(row), true) + '\n');
          n++;
        }
        return n;
      }
      const all = [...rows];
      out(table(all.map((r) => columns.map((c) => cell(c.get(r)))), columns.map((c) => c.key)));
      return all.length;
    }
  }
}

function record<T>(row: T, columns: Column<T>[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const c of columns) o[c.key] = c.get(row) ?? null;
  return o;
}

/** Aligned columns for humans; long cells are cut with … to keep one line per row. */
export function table(rows: string[][], headers: string[], maxWidth = 60): string {
  const cut = (s: string) => (s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s);
  const cells = [headers, ...rows].map((r) => r.map((c) => cut(visible(c.replace(/\s+/g, ' ')))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd())
    .join('\n') + '\n';
}

/** Print one JSON value (show, stats, diff). */
export function writeJson(value: unknown): void {
  out(JSON.stringify(value, null, 2) + '\n');
}
