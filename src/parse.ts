import { createHash } from 'node:crypto';
import { basename } from 'node:path';
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

/** Bytes of one file → Document (pure apart from lazy module loading). */
export async function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Promise<Document> {
  const path = options.path ?? '<input>';
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
    path,
    format,
    sha256: hash ?? sha256(Buffer.from(text, 'utf8')),
    lines: countLines(text),
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
