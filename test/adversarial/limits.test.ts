/**
 * Issue 18, items 7, 10, 11 and 15: hostile values on the command line. Option values that made
 * a pattern backtrack for minutes, echoes of a 100 KB value, a 50,000-character reference that
 * SQL LIKE refused as "internal error", 2,000 nested parentheses and 100,000 OR terms in a
 * search, and --version to a closed pipe. Each gets one short line and exit 2, without delay.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { type Cli, smallCorpus, storedIds } from './corpus.js';

let c: Cli;
beforeAll(() => {
  c = smallCorpus();
});
afterAll(() => c?.cleanup());

/** One line on stderr, exit 2, no stack and no "bug", and not the whole value echoed. */
function oneLine(args: string[], message: RegExp): void {
  const r = c.run(args);
  expect(r.stderr, args.join(' ').slice(0, 80)).toMatch(message);
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr.length).toBeLessThan(600);
  expect(r.stderr).not.toMatch(/bug|internal error|Maximum call stack/);
  expect(r.code).toBe(2);
}

describe('option values', () => {
  it('--session and --year: spaces then a letter are refused at once, the value cut in the message', () => {
    for (const flag of ['--session', '--year']) {
      oneLine(['search', 'x', flag, `${' '.repeat(9000)}x`], new RegExp(`^cybercorpus: ${flag} takes a number or a range such as 75\\.\\.78, not ' {60}…' \\(9001 characters\\)\\n$`));
    }
  });

  it('every argument is bounded: 10,000 characters', () => {
    const long = 'a'.repeat(100_000);
    for (const args of [['votes', '--country', long], ['search', 'x', '--sponsor', long], ['search', long], ['show', long], ['add', long]]) {
      oneLine(args, /^cybercorpus: argument \d is too long: 100000 characters, at most 10000 \('a{30}…' \(100000 characters\)\)\n$/);
    }
  });

  it('a country of 9,000 characters and a reference of 9,000 characters: not found, in a short line', () => {
    oneLine(['votes', '--country', 'Fr'.repeat(4500)], /^cybercorpus: --country: '(?:Fr){30}…' \(9000 characters\) is not a State the gazetteer knows/);
    oneLine(['show', 'é'.repeat(9000)], /^cybercorpus: no document matches 'é{60}…' \(9000 characters\); see 'cybercorpus list'\n$/);
  });

  it('a reference of 50,000 characters (SQL LIKE refuses 50,000 bytes) is refused before SQL', () => {
    oneLine(['remove', '%'.repeat(50_000)], /^cybercorpus: argument \d is too long: 50000 characters/);
  });
});

describe('search queries', () => {
  it('2,000 nested parentheses', () => {
    oneLine(['search', `${'('.repeat(2000)}x${')'.repeat(2000)}`], /^cybercorpus: the search query nests more than 32 parentheses \(query: \({200}…\)\n$/);
  });

  it('1,000 words joined by OR, and 300 words', () => {
    oneLine(['search', Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' OR ')], /^cybercorpus: the search query has 1000 words; at most 200 /);
    oneLine(['search', Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ')], /^cybercorpus: the search query has 300 words; at most 200 /);
  });

  it('a query within the bounds still runs (20 nested parentheses, 150 OR terms)', () => {
    const r = c.run(['search', '--json', `${'('.repeat(20)}télécommunications${')'.repeat(20)}`]);
    expect(r.code, r.stderr).toBe(0);
    const terms = ['télécommunications', ...Array.from({ length: 149 }, (_, i) => `absent${i}`)].join(' OR ');
    const many = c.run(['search', '--json', terms]);
    expect(many.code, many.stderr).toBe(0);
    expect(storedIds(c.db).length).toBeGreaterThan(0);
  });
});

describe('--version', () => {
  it('to a closed pipe ends quietly with exit 0', async () => {
    for (const flag of ['--version', '-V']) {
      const child = spawn(process.execPath, [BIN, flag], { stdio: ['ignore', 'pipe', 'pipe'] });
      // the reading end is closed before the launcher can write
      child.stdout.destroy();
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
  });
});
