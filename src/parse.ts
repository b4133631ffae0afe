import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { InputError } from './errors.js';
import { decode } from './read/decode.js';
import { detectFormat } from './read/detect.js';
import type { Document, DocumentMeta, FrontEndResult, SourceFormat, SourceInfo, Warning } from './types.js';

export interface ParseOptions {
  /** the path recorded in source.path (display/citation); defaults to "<input>" */
  path?: string;
  /** metadata declared by the user or the seeds manifest; wins over what is read */
  declared?: DocumentMeta;
}

/** Run the front-end of a format. Front-ends are loaded lazily: remark and the XML parser
 *  cost start-up time that commands which do not parse must not pay. */
export async function runFrontEnd(format: SourceFormat, text: string): Promise<FrontEndResult> {
  switch (format) {
    case 'markdown':
      return (await import('./frontends/markdown.js')).parseMarkdown(text);
    case 'pdf-text':
      return (await import('./frontends/pdf-text.js')).parsePdfText(text);
    case 'akn':
      return (await import('./frontends/akn.js')).parseAkn(text);
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The largest file cybercorpus reads (bytes). Parsing costs about nine times a file's size in
 * memory (300 MB of text took 2.7 GB; issue 18, item 9): 64 MiB stays under 600 MB, and the
 * largest UN document here (seed 003, a report of 80 pages) is 330 KB.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Throw when a file of `size` bytes is beyond MAX_FILE_BYTES. */
export function checkFileSize(size: number, where?: string): void {
  if (size > MAX_FILE_BYTES) {
    throw new InputError(`file too large: ${(size / 1048576).toFixed(1)} MiB, at most ${MAX_FILE_BYTES / 1048576} MiB per file (split it, or check that it is a UN document)`, where);
  }
}

/** Bytes of one file → Document (pure apart from lazy module loading). */
export async function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Promise<Document> {
  const path = options.path ?? '<input>';
  checkFileSize(bytes.length, path);
  const warnings: Warning[] = [];
  const text = decode(bytes, path, warnings);
  const doc = await parseText(text, { ...options, path }, sha256(bytes));
  doc.warnings.unshift(...warnings);
  return doc;
}

/** Decoded text → Document. */
export async function parseText(text: string, options: ParseOptions = {}, hash?: string): Promise<Document> {
  const path = options.path ?? '<input>';
  const format = detectFormat(text, path);
  const fe = await runFrontEnd(format, text);
  const source: SourceInfo = {
    source_path: path,
    source_format: format,
    source_sha256: hash ?? sha256(Buffer.from(text, 'utf8')),
    source_lines: countLines(text),
  };
  const { recognize } = await import('./structure/recognize.js');
  const doc = recognize(fe, { source, declared: options.declared ?? {}, fileName: basename(path) });
  const { extractAll } = await import('./extract/index.js');
  extractAll(doc, fe);
  return doc;
}

function countLines(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}
