import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import type { Warning } from '../types.js';

/**
 * Bytes → string. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else Windows-1252.
 * Line endings become \n and the text is NFC-normalised.
 *
 * A file that is not valid UTF-8 throughout is read as UTF-8 all the same when it is mostly
 * UTF-8 (at least as many valid multi-byte characters as invalid bytes): each invalid byte
 * becomes U+FFFD and a warning (`encoding-invalid-utf8`, pushed on `warnings`) says how many
 * and where the first is. Six stray bytes in a UTF-8 file made the whole file Windows-1252 and
 * stored every accent wrong ("AlgÃ©rie"; issue 18, item 17). A file with no valid multi-byte
 * character (Latin-1, Windows-1252) is read as Windows-1252, as before. The rule is in
 * RELIABILITY.md (input).
 */
export function decode(bytes: Uint8Array, where?: string, warnings?: Warning[]): string {
  if (bytes.length === 0) throw new InputError('empty file', where);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    if (looksBinary(body)) throw new InputError('binary file, not a text document', where);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = mostlyUtf8(body, warnings)
        // Node 20's TextDecoder treats windows-1252 as Latin-1 (0x80–0x9F become C1 controls
        // instead of € … œ ’ Ÿ), so the fallback goes through iconv-lite.
        ?? iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'win1252');
    }
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') throw new InputError('empty file', where);
  return text;
}

/** The text decoded as UTF-8 with replacements, when valid multi-byte characters outnumber invalid bytes; else null. */
function mostlyUtf8(body: Uint8Array, warnings: Warning[] | undefined): string | null {
  const text = new TextDecoder('utf-8').decode(body);
  let valid = 0;
  let invalid = 0;
  let firstLine = 0;
  let line = 1;
  // a U+FFFD written in the file (EF BF BD) is valid; those made by the decoder are not
  const written = countWrittenReplacements(body);
  for (const ch of text) {
    if (ch === '\n') line++;
    else if (ch === '\uFFFD') {
      invalid++;
      if (firstLine === 0) firstLine = line;
    } else if (ch.codePointAt(0)! > 0x7f) valid++;
  }
  invalid -= written;
  valid += written;
  if (valid === 0 || valid < invalid) return null;
  warnings?.push({
    code: 'encoding-invalid-utf8',
    message: `${invalid} byte sequence${invalid === 1 ? ' is' : 's are'} not valid UTF-8 in a file that is otherwise UTF-8 (${valid} valid accented or other non-ASCII characters); each is read as U+FFFD`,
    line: firstLine,
  });
  return text;
}

function countWrittenReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

/** NUL bytes or a high share of control characters in the first 8 KiB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}
