/**
 * Issue 18, item 19: temporary copies left by an `export --sqlite` killed with `kill -9` stayed
 * beside the target for good (up to 448 MB each), and `list` printed the escape sequences of a
 * file name raw to the terminal.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { seed } from '../helpers/paths.js';
import { type Cli, smallCorpus } from './corpus.js';

let c: Cli;
let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  c = smallCorpus();
  tmp = tempDir('cybercorpus-adv-leftovers-');
});
afterAll(() => {
  c?.cleanup();
  tmp?.cleanup();
});

describe('export --sqlite after an export was killed', () => {
  it('removes the temporary copies of processes that are gone, keeps those of live ones and other files', () => {
    const target = join(tmp.dir, 'copy.db');
    // beyond Linux's largest process id (2^22): no such process
    const gone = 2 ** 22 + 7;
    const leftovers = [`copy.db.tmp-${gone}`, `copy.db.tmp-${gone}-journal`];
    const kept = [`copy.db.tmp-${process.pid}`, 'copy.db.tmp-notes', 'other.db.tmp-1'];
    for (const name of [...leftovers, ...kept]) writeFileSync(join(tmp.dir, name), 'x'.repeat(4096));
    const r = c.run(['export', '--sqlite', target]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(tmp.dir).sort()).toEqual(['copy.db', ...kept].sort());
    for (const name of leftovers) expect(existsSync(join(tmp.dir, name))).toBe(false);
  });
});

describe('control characters in what the human views print', () => {
  it('a file name with escape sequences is shown escaped by list, and kept as it is in JSON', () => {
    const name = '\u001b[31mrouge\u0007.txt';
    const path = join(tmp.dir, name);
    // a text of its own (the same bytes as a stored file are not added again)
    writeFileSync(path, `${readFileSync(seed('001'), 'utf8')}\n\nCopie.\n`);
    expect(c.run(['add', path]).code).toBe(0);
    const text = c.run(['list']);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.stdout).toContain('\\x1b[31mrouge\\x07');
    const json = JSON.parse(c.run(['list', '--json']).stdout) as { id: string; source_path: string }[];
    expect(json.map((d) => d.source_path)).toContain(path);
    // an error naming the document shows it escaped too
    const r = c.run(['show', `${'\u001b'}[2J`]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('\\x1b[2J');
  });
});
