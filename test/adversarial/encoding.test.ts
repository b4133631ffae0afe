/**
 * Issue 18, item 17: a UTF-8 file with a few invalid bytes (six stray bytes, or half UTF-8 and
 * half Latin-1) was decoded as Windows-1252 as a whole, and every accent was stored wrong
 * ("AlgÃ©rie"). Mostly-UTF-8 files are now read as UTF-8 with a warning; a file with no valid
 * multi-byte character is still Windows-1252. Through the real CLI and the stored rows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithDb } from '../helpers/cli.js';
import { seed } from '../helpers/paths.js';
import { Database } from './corpus.js';

let c: ReturnType<typeof cliWithDb>;
beforeAll(() => {
  c = cliWithDb();
});
afterAll(() => c?.cleanup());

function rows(sql: string, ...params: unknown[]): unknown[] {
  const db = new Database(c.db, { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
}

/** Seed 001 (PDF text, UTF-8) with bytes spliced in after its first line. */
function spliced(name: string, bytes: number[]): string {
  const text = readFileSync(seed('001'));
  const cut = text.indexOf(0x0a) + 1;
  const path = join(c.db, '..', name);
  writeFileSync(path, Buffer.concat([text.subarray(0, cut), Buffer.from(bytes), text.subarray(cut)]));
  return path;
}

describe('a UTF-8 file with invalid bytes', () => {
  it('six stray bytes: read as UTF-8, accents intact, one warning with the line of the first', () => {
    const path = spliced('stray.txt', [0xff, 0xfe, 0xe9, 0x0a, 0x80, 0xc3, 0x28]);
    const r = c.run(['add', path]);
    expect(r.code, r.stderr).toBe(0);
    const [doc] = rows('SELECT id FROM documents WHERE source_path = ?', path) as { id: string }[];
    // seed 001 line 1 onwards holds "télécommunications" (read from the file)
    const text = (rows("SELECT group_concat(text, ' ') AS t FROM paragraphs WHERE document_id = ?", doc!.id)[0] as { t: string }).t;
    expect(text).toContain('télécommunications');
    expect(text).not.toContain('Ã©');
    const warnings = rows("SELECT message, line FROM warnings WHERE document_id = ? AND code = 'encoding-invalid-utf8'", doc!.id) as { message: string; line: number }[];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.line).toBe(2);
    expect(warnings[0]!.message).toMatch(/^\d+ byte sequences are not valid UTF-8 in a file that is otherwise UTF-8/);
  });

  it('half UTF-8, half Latin-1: the UTF-8 half is read right', () => {
    const utf8 = readFileSync(seed('001'), 'utf8');
    const half = utf8.length >> 1;
    const path = join(c.db, '..', 'half.txt');
    writeFileSync(path, Buffer.concat([Buffer.from(utf8.slice(0, half), 'utf8'), Buffer.from(utf8.slice(half), 'latin1')]));
    expect(c.run(['add', path]).code).toBe(0);
    const [doc] = rows('SELECT id FROM documents WHERE source_path = ?', path) as { id: string }[];
    const first = (rows('SELECT text FROM paragraphs WHERE document_id = ? ORDER BY n LIMIT 3', doc!.id) as { text: string }[]).map((p) => p.text).join(' ');
    expect(first).not.toMatch(/Ã/);
    expect(rows("SELECT 1 FROM warnings WHERE document_id = ? AND code = 'encoding-invalid-utf8'", doc!.id)).toHaveLength(1);
  });

  it('a Windows-1252 file (no valid multi-byte character) is still read as Windows-1252, without the warning', () => {
    const utf8 = readFileSync(seed('001'), 'utf8');
    const path = join(c.db, '..', 'cp1252.txt');
    writeFileSync(path, Buffer.from(utf8.replace(/[’œ]/g, "'"), 'latin1'));
    expect(c.run(['add', path]).code).toBe(0);
    const [doc] = rows('SELECT id FROM documents WHERE source_path = ?', path) as { id: string }[];
    const text = (rows("SELECT group_concat(text, ' ') AS t FROM paragraphs WHERE document_id = ?", doc!.id)[0] as { t: string }).t;
    expect(text).toContain('télécommunications');
    expect(rows("SELECT 1 FROM warnings WHERE document_id = ? AND code = 'encoding-invalid-utf8'", doc!.id)).toEqual([]);
  });
});
