import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { formatError, outputError, UsageError } from '../errors.js';
// terminal.ts imports this module too: both use the other's functions only when called
import { terminalWidth } from './terminal.js';

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

function writeStd(fd: 1 | 2, text: string | Uint8Array): void {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  // bytes passed in may be a buffer the caller fills again: a stream, which writes later, gets a copy
  const kept = (bytes: Uint8Array) => (typeof text === 'string' ? bytes : Buffer.from(bytes));
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
      stdStream(fd).write(kept(data.subarray(e.written)));
      return;
    }
  }
  stdStream(fd).write(kept(data));
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

/** stdout held for the pager (src/format/terminal.ts), or null when it is written at once */
let held: string[] | null = null;

/** Write to stdout. */
export function out(text: string | Uint8Array): void {
  if (held) held.push(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
  else writeStd(1, text);
}

/** Hold what is printed on stdout until releaseStdout() (for the pager). */
export function captureStdout(): void {
  held ??= [];
}

/** What was held since captureStdout(), and stdout written at once again; null if nothing was held. */
export function releaseStdout(): string | null {
  const text = held?.join('') ?? null;
  held = null;
  return text;
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
  // a number never needs quotes (the integer columns of every export)
  if (typeof value === 'number') return String(value);
  const s = cell(value);
  return /[",\r\n]/.test(s) ? `"${s.includes('"') ? s.replace(/"/g, '""') : s}"` : s;
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

/** The machine formats: one JSON array, JSON lines, CSV (RFC 4180), TSV (linear). */
export type RecordFormat = Exclude<OutputFormat, 'text'>;

/** How one machine format writes records: the text before them, one record, the text after. */
export interface RecordRenderer {
  head: string;
  row: (values: readonly unknown[], index: number) => string;
  tail: (count: number) => string;
}

/**
 * The one writer of records in the machine formats, for every command and the export (issue 17:
 * the commands and the export had one each). `names` are the fields in order; `values` of a
 * record come in the same order. `jsonText[i]`: the values of field i are JSON text already (an
 * array column read from the database), written as they are in JSON and JSONL. JSON: an array
 * with one record per line; JSONL: one record per line; CSV: header row, CRLF; TSV: header row,
 * LF, tab, newline, carriage return and backslash escaped. A missing value is null (empty cell).
 */
export function recordRenderer(format: RecordFormat, names: readonly string[], jsonText: readonly boolean[] = []): RecordRenderer {
  switch (format) {
    case 'csv':
    case 'tsv': {
      const field = format === 'csv' ? csvField : tsvField;
      const sep = format === 'csv' ? ',' : '\t';
      const eol = format === 'csv' ? '\r\n' : '\n';
      return {
        head: names.map((n) => field(n)).join(sep) + eol,
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
      const keys = names.map((n, i) => (i === 0 ? '{' : ',') + JSON.stringify(n) + ':');
      // a field's text is kept while the next records repeat it (the document, symbol and path
      // of every concordance line of a paragraph, issue 19): not encoded again
      const lastText: unknown[] = names.map(() => undefined);
      const lastJson: string[] = names.map(() => '');
      const object = (v: readonly unknown[]) => {
        let s = '';
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (typeof x === 'string') {
            if (x !== lastText[i]) {
              lastText[i] = x;
              lastJson[i] = jsonText[i] ? x : JSON.stringify(x);
            }
            s += keys[i]! + lastJson[i]!;
          } else s += keys[i]! + (x === null || x === undefined ? 'null' : jsonText[i] ? String(x) : JSON.stringify(x));
        }
        return (s || '{') + '}';
      };
      return format === 'jsonl'
        ? { head: '', row: (v) => object(v) + '\n', tail: () => '' }
        : { head: '[', row: (v, i) => (i === 0 ? '\n' : ',\n') + object(v), tail: (n) => (n === 0 ? ']\n' : '\n]\n') };
    }
  }
}

/**
 * Print records on stdout in a machine format (recordRenderer), or in the text view: the
 * caller's renderer (`renderText`), called once per record, or a table when none is given.
 */
export function writeRecords<T>(
  format: OutputFormat,
  rows: Iterable<T>,
  columns: Column<T>[],
  renderText?: (row: T) => string,
): number {
  let n = 0;
  if (format !== 'text') {
    const r = recordRenderer(format, columns.map((c) => c.key));
    const batch = outputBatch();
    batch.add(r.head);
    // one array of values for every record: the renderer makes its text of it at once
    const values: unknown[] = columns.map(() => null);
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++) values[i] = columns[i]!.get(row);
      batch.add(r.row(values, n++));
    }
    batch.add(r.tail(n));
    batch.flush();
    return n;
  }
  if (renderText) {
    const batch = outputBatch();
    for (const row of rows) {
      // a renderer may colour what it prints (SGR sequences): those are kept
      batch.add(visible(renderText(row), true) + '\n');
      n++;
    }
    batch.flush();
    return n;
  }
  const all = [...rows];
  out(table(all.map((r) => columns.map((c) => cell(c.get(r)))), columns.map((c) => c.key)));
  return all.length;
}

/**
 * Characters that take one column each and never join into a cluster of another width: ASCII,
 * Latin-1 and the Latin Extended letters, and the punctuation of French text (’ « » – — …).
 * Not © and ®, which string-width counts as emoji (2 columns), nor the soft hyphen (0).
 * test/format/width.test.ts checks every one of them against string-width.
 */
const NARROW = /^[\x20-\x7e\xa0-\xa8\xaa-\xac\xaf-\u02ff\u2010-\u2027]*$/;

/**
 * The columns `text` takes on a terminal: string-width's count, without it for text of NARROW
 * characters, one column each (issue 19: string-width segments every cell into graphemes, 60 %
 * of `list`'s time at x200, 1,000 rows).
 */
export function textWidth(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

/** Bytes of records written to stdout at once (outputBatch). */
export const OUT_BATCH = 1 << 16;

/**
 * Text for stdout, written in batches of about OUT_BATCH bytes rather than one write each (issue
 * 19: a write per hit was a sixth of `search --jsonl`'s time), each piece encoded into one
 * buffer as it comes (encoding a joined batch cost twice as much: the joined string is copied
 * flat first). Memory stays bounded by the batch. `flush` writes what is left.
 */
export function outputBatch(): { add: (text: string) => void; flush: () => void } {
  const buf = Buffer.allocUnsafe(OUT_BATCH);
  let used = 0;
  const flush = () => {
    if (used > 0) out(buf.subarray(0, used));
    used = 0;
  };
  return {
    add(text) {
      // a UTF-16 unit takes 3 bytes of UTF-8 at most
      if (used + 3 * text.length > buf.length) {
        flush();
        if (3 * text.length > buf.length) {
          out(text);
          return;
        }
      }
      used += buf.write(text, used);
    },
    flush,
  };
}

/** The narrowest the last column of a table is made before the others are cut. */
const FREE_TEXT = 20;

/** A cell that is a number (`78`, `-3`, `12.5`, `40 %`): right-aligned in its column. */
const NUMBER = /^[-+]?\d[\d\s.,]*%?$/;

/**
 * Aligned columns for humans, fitted to `width` (the terminal's: src/format/terminal.ts): when
 * the natural widths do not fit, the last column (free text) is narrowed first, then the widest
 * columns to a common limit, their cells cut with …; numeric columns are kept whole. Columns whose cells are all numbers are
 * right-aligned. One line per row.
 */
export function table(rows: string[][], headers: string[], width = terminalWidth()): string {
  const cells = [headers, ...rows].map((r) => headers.map((_, i) => visible((r[i] ?? '').replace(/\s+/g, ' ').trim())));
  const numeric = headers.map((_, i) => rows.some((r) => (r[i] ?? '') !== '') && rows.every((r) => (r[i] ?? '') === '' || NUMBER.test(r[i]!)));
  // each cell measured once; a loop, not Math.max(...): spreading 125,000 rows overflows the stack
  const widthOf = cellWidths();
  const sizes = cells.map((r) => r.map(widthOf));
  const natural = headers.map(() => 0);
  for (const r of sizes) for (const [i, w] of r.entries()) if (w > natural[i]!) natural[i] = w;
  const gaps = 2 * (headers.length - 1);
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, gaps);
  // first the last column, the free text of most tables (a title, a subject), down to FREE_TEXT
  const last = headers.length - 1;
  const natural2 = natural.slice();
  if (!numeric[last] && sum(natural2) > width) {
    natural2[last] = Math.max(Math.min(natural[last]!, FREE_TEXT), natural[last]! - (sum(natural2) - width));
  }
  // then every text column above a common limit is cut to it; numeric and short ones are not cut
  const fitted = (limit: number) => natural2.map((w, i) => (numeric[i] ? w : Math.min(w, Math.max(limit, Math.min(w, 6)))));
  let lo = 1;
  let hi = Math.max(1, ...natural2);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sum(fitted(mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  const widths = fitted(lo);
  return cells
    .map((r, j) => r.map((c, i) => {
      const w = widths[i]!;
      const size = sizes[j]![i]!;
      const cut = size > w ? cutTo(c, w) : c;
      const pad = ' '.repeat(w - (cut === c ? size : widthOf(cut)));
      return numeric[i] ? pad + cut : i === r.length - 1 ? cut : cut + pad;
    }).join('  ').trimEnd())
    .join('\n') + '\n';
}

/**
 * textWidth for every cell of a table: string-width's count is kept per distinct text (the — of
 * every empty cell). `search --count` of 38,000 documents spent two thirds of its time in
 * string-width (issue 19).
 */
function cellWidths(): (text: string) => number {
  const known = new Map<string, number>();
  return (text) => {
    if (NARROW.test(text)) return text.length;
    let w = known.get(text);
    if (w === undefined) {
      w = stringWidth(text);
      if (known.size < 10_000) known.set(text, w);
    }
    return w;
  };
}

/** `text` wrapped at spaces to `width` columns (a longer word is cut), every line but the first after `indent`. */
export function hanging(text: string, indent: string, width: number): string {
  return wrapAnsi(text, Math.max(20, width - indent.length), { hard: true, trim: true }).split('\n').join('\n' + indent);
}

/** `text` cut to `width` columns, … included. */
export function cutTo(text: string, width: number): string {
  if (width <= 1) return width === 1 ? '…' : '';
  const line = NARROW.test(text) ? narrowFirstLine(text, width - 1)
    : wrapAnsi(text, width - 1, { hard: true, trim: false, wordWrap: false }).split('\n')[0]!;
  return line.trimEnd() + '…';
}

/**
 * wrap-ansi's first line of `text` (options hard, trim: false, wordWrap: false, as cutTo asks)
 * when every character takes one column (NARROW), step by step as wrap-ansi 9 makes it, without
 * measuring each word and character with string-width: that was most of `list`'s time (issue
 * 19). test/format/width.test.ts compares the two on French text and random strings.
 */
function narrowFirstLine(text: string, columns: number): string {
  let row = '';
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i > 0) {
      // a full line: the space starts the next one
      if (row.length >= columns) return row;
      row += ' ';
    }
    const room = columns - row.length;
    // a word longer than a line starts on the next one when that spares a break
    if (word.length > columns && Math.floor((word.length - 1) / columns) < 1 + Math.floor((word.length - room - 1) / columns)) return row;
    // else a word that does not fit is cut where the line is full
    if (row.length + word.length > columns) return row + word.slice(0, room);
    row += word;
  }
  return row;
}

/** Print one JSON value (show, stats, diff). */
export function writeJson(value: unknown): void {
  out(JSON.stringify(value, null, 2) + '\n');
}
