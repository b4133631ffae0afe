import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runShell, tempDir } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

/**
 * A fresh install: every `npx cybercorpus …` line of the README's shell blocks runs, in order,
 * against an empty data directory (a private XDG_DATA_HOME), through bash (so that redirections
 * and pipes are real), from a folder of its own that has no ../shared beside it, so the tour
 * needs nothing but the package. A line must exit with the code its comment states
 * ("(exit 1)"), else 0 (or 1 for diff, search and check, whose exit 1 is an answer).
 * Placeholder paths (`path/to/…`) are not run.
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
/** Each command with the exit code its comment states, if any. */
const commands = blocks.flatMap((b) => b.split('\n')
  .filter((l) => l.trim().startsWith('npx cybercorpus') && !l.includes('path/to/'))
  .map((l) => ({ command: l.replace(/\s+#.*$/, '').trim(), exit: /#.*\(exit (\d)\)/.exec(l)?.[1] })));

describe('README examples', () => {
  const home = tempDir('cybercorpus-readme-');
  const cwd = tempDir('cybercorpus-readme-cwd-');
  afterAll(() => {
    home.cleanup();
    cwd.cleanup();
  });

  it('runs where no ../shared exists', () => {
    expect(existsSync(join(cwd.dir, '../shared'))).toBe(false);
  });

  it('has the set-up commands first', () => {
    const setup = blocks[0]!.trim().split('\n');
    expect(setup).toEqual(['npm install', 'npx cybercorpus search "programme d\'action"', 'npm test']);
  });

  for (const { command, exit } of commands) {
    it(command, () => {
      const line = command.replace(/^npx cybercorpus/, `"${process.execPath}" "${BIN}"`);
      const r = runShell(line, { HOME: home.dir, XDG_DATA_HOME: home.dir }, cwd.dir);
      const mayDiffer = /^npx cybercorpus (diff|search|check)\b/.test(command);
      expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
      expect(exit !== undefined ? [Number(exit)] : mayDiffer ? [0, 1] : [0]).toContain(r.code);
      // commands that print data print some (add reports on stderr; a redirection takes stdout)
      if (!command.includes('>') && !/^npx cybercorpus (add|export --out) /.test(command)) expect(r.stdout.length).toBeGreaterThan(0);
    });
  }
});
