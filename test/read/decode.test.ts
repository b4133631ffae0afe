import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { InputError } from '../../src/errors.js';
import { seed } from '../helpers/paths.js';

const text = readFileSync(seed('000'), 'utf8');

function utf16(s: string, le: boolean): Buffer {
  const body = Buffer.from(s, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

describe('decode', () => {
  it('reads UTF-8 with and without a BOM to the same text', () => {
    const plain = decode(Buffer.from(text, 'utf8'));
    const bom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(bom).toBe(plain);
    expect(plain.startsWith('\n')).toBe(true);
    expect(plain).toContain('Azerbaïdjan, Bélarus, Burundi');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const expected = decode(Buffer.from(text, 'utf8'));
    expect(decode(utf16(text, true))).toBe(expected);
    expect(decode(utf16(text, false))).toBe(expected);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Réaffirmant … œuvre" in Windows-1252: é = 0xE9, œ = 0x9C, ’ = 0x92
    const bytes = Buffer.from([0x52, 0xe9, 0x61, 0x66, 0x66, 0x69, 0x72, 0x6d, 0x61, 0x6e, 0x74, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x6c, 0x92, 0x61]);
    expect(decode(bytes)).toBe('Réaffirmant œuvre l’a');
  });

  it('turns CRLF and CR into LF and normalises to NFC', () => {
    const nfd = 'Re\u0301affirmant\r\nque\rles États';
    const out = decode(Buffer.from(nfd, 'utf8'));
    expect(out).toBe('Réaffirmant\nque\nles États');
    expect(out.normalize('NFC')).toBe(out);
  });

  it('rejects empty, blank and binary input with an InputError', () => {
    expect(() => decode(Buffer.alloc(0), 'x.txt')).toThrow(InputError);
    expect(() => decode(Buffer.from('  \n\n\t '), 'x.txt')).toThrow(/empty file/);
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'x.png')).toThrow(/binary file/);
  });
});
