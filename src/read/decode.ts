import iconv from 'iconv-lite';
import { InputError } from '../errors.js';

/**
 * Bytes → string. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else Windows-1252.
 * Line endings become \n and the text is NFC-normalised.
 */
export function decode(bytes: Uint8Array, where?: string): string {
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
      // Node 20's TextDecoder treats windows-1252 as Latin-1 (0x80–0x9F become C1 controls
      // instead of € … œ ’ Ÿ), so the fallback goes through iconv-lite.
      text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'win1252');
    }
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') throw new InputError('empty file', where);
  return text;
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
