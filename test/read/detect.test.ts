import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/read/detect.js';
import { decode } from '../../src/read/decode.js';
import { FIXTURES, seed } from '../helpers/paths.js';
import { join } from 'node:path';

const read = (p: string) => decode(readFileSync(p));

describe('format detection by content (all seeds end in .txt)', () => {
  it('recognises the two markdown seeds', () => {
    expect(detectFormat(read(seed('000')))).toBe('markdown');
    expect(detectFormat(read(seed('003')))).toBe('markdown');
  });

  it('recognises the three PDF-text seeds', () => {
    expect(detectFormat(read(seed('001')))).toBe('pdf-text');
    expect(detectFormat(read(seed('002')))).toBe('pdf-text');
    expect(detectFormat(read(seed('004')))).toBe('pdf-text');
  });

  it('recognises Akoma Ntoso whatever the extension', () => {
    expect(detectFormat(read(join(FIXTURES, 'cli/resolution.txt')))).toBe('akn');
  });
});
