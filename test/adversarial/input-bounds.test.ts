/**
 * Issue 18, items 8 and 9: markdown no UN document contains exhausted the parser (nested
 * containers on one line: out of stack after a minute; runs of brackets: quadratic, 25–40 s),
 * and a large file cost nine times its size in memory. Such inputs are refused in one line
 * before the parser sees them (src/frontends/markdown-bounds.ts, MAX_FILE_BYTES); inputs just
 * inside the bounds are read. No timing is asserted: a refused input is refused before parsing.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKDOWN_BOUNDS } from '../../src/frontends/markdown-bounds.js';
import { cliWithDb } from '../helpers/cli.js';
import { storedIds } from './corpus.js';

let c: ReturnType<typeof cliWithDb>;
beforeAll(() => {
  c = cliWithDb();
});
afterAll(() => c?.cleanup());

// a markdown heading, so that the content is detected as markdown
const HEAD = '# Projet de résolution\n\n*Notant* que [A/78/265](#) existe.\n\n';

function add(name: string, text: string): ReturnType<typeof c.run> {
  const path = join(c.db, '..', name);
  writeFileSync(path, text);
  return c.run(['add', path]);
}

describe('markdown beyond the bounds is refused in one line', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['quotes.md', `${HEAD}${'> '.repeat(10_000)}x\n`, /10000 containers nested on one line, at most 16 \(line 5\)/],
    ['bullets.md', `${HEAD}${'- '.repeat(10_000)}x\n`, /10000 containers nested on one line, at most 16/],
    ['ordered.md', `${HEAD}${'1. '.repeat(10_000)}x\n`, /10000 containers nested on one line, at most 16/],
    ['links.md', `${HEAD}${'[a](b'.repeat(100_000)}\n`, /more than 2000 brackets in one paragraph \(line 5\)/],
    ['brackets.md', `${HEAD}${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, /more than 2000 brackets in one paragraph/],
    ['emphasis.md', `${HEAD}${'*a'.repeat(100_000)}\n`, /more than 5000 emphasis or code marks in one paragraph/],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const r = add(name, text);
      expect(r.stderr).toMatch(new RegExp(`^cybercorpus: markdown beyond what a UN document holds: ${message.source}(?: \\(line 5\\))?; not read \\(.*${name}\\)\\n$`));
      expect(r.code).toBe(2);
      expect(storedIds(c.db)).toEqual([]);
    });
  }
});

describe('markdown inside the bounds is read', () => {
  it(`${MARKDOWN_BOUNDS.nesting} nested quotes, ${MARKDOWN_BOUNDS.brackets} brackets in a paragraph, long plain paragraphs`, () => {
    const text = `${HEAD}${'> '.repeat(MARKDOWN_BOUNDS.nesting)}Rappelant sa résolution.\n\n` +
      `${'[A/78/265](#) '.repeat(MARKDOWN_BOUNDS.brackets / 4)}\n\n${'Les États Membres '.repeat(20_000)}\n`;
    const r = add('inside.md', text);
    expect(r.code, r.stderr).toBe(0);
    expect(storedIds(c.db)).toHaveLength(1);
  });
});

describe('a file beyond 64 MiB', () => {
  it('is refused before it is read, in one line', () => {
    const path = join(c.db, '..', 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 64 * 1024 * 1024 + 1); // sparse: no disk used
    const r = c.run(['add', path]);
    expect(r.stderr).toBe(`cybercorpus: file too large: 64.0 MiB, at most 64 MiB per file (split it, or check that it is a UN document) (${path})\n`);
    expect(r.code).toBe(2);
  });
});
