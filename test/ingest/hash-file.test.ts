import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFile } from '../../src/ingest/files.js';
import { InputError } from '../../src/errors.js';
import { seed } from '../helpers/paths.js';
import { tempDir } from '../helpers/cli.js';

/** hashFile reads a chunk of 1 MiB at a time: the digest must be the one of the whole bytes. */
describe('hashFile', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  const whole = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  it('gives the SHA-256 of the whole file, for a seed, an empty file and files around the chunk size', () => {
    expect(hashFile(seed('003'))).toBe(whole(readFileSync(seed('003'))));
    // the empty string's SHA-256 (FIPS 180-2)
    const empty = join(t.dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(hashFile(empty)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (const size of [1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 17]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 11)) & 0xff;
      const path = join(t.dir, `f${size}.bin`);
      writeFileSync(path, bytes);
      expect(hashFile(path), String(size)).toBe(whole(bytes));
    }
  });

  it('the same digest twice in a row (the buffer is reused)', () => {
    expect(hashFile(seed('000'))).toBe(hashFile(seed('000')));
    expect(hashFile(seed('000'))).not.toBe(hashFile(seed('001')));
  });

  it('refuses a file larger than add takes, and fails on a folder, as reading it whole did', () => {
    const dir = join(t.dir, 'folder');
    mkdirSync(dir);
    expect(() => hashFile(dir)).toThrow(/EISDIR/);
    // a sparse file one byte over the 64 MiB limit of src/parse.ts: refused before any read
    const big = join(t.dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 64 * 1024 * 1024 + 1);
    expect(() => hashFile(big)).toThrow(InputError);
    expect(() => hashFile(big)).toThrow(/file too large: 64\.0 MiB, at most 64 MiB per file/);
  });
});
