import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runShell, tempDir } from './helpers/cli.js';
import { ROOT, sharedAvailable } from './helpers/paths.js';

/**
 * Every `npx cybercorpus …` line of the README's shell blocks runs, in order, against a fresh
 * default database (a private XDG_DATA_HOME), from the project folder, through bash (so that
 * redirections and pipes are real). A line must exit 0, or 1 where the README says that exit 1
 * is the answer (diff found differences, search found nothing). Placeholder paths
 * (`path/to/…`) are not run; the AKN block runs only where ../shared/akn exists.
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
/** Each command with whether its block reads ../shared (later lines of that block need what it added). */
const commands = blocks.flatMap((b) => b.split('\n')
  .map((l) => l.replace(/\s+#.*$/, '').trim())
  .filter((l) => l.startsWith('npx cybercorpus') && !l.includes('path/to/'))
  .map((command) => ({ command, needsShared: b.includes('../shared/') })));

describe('README examples', () => {
  const home = tempDir('cybercorpus-readme-');
  afterAll(() => {
    home.cleanup();
    rmSync(join(ROOT, 'paragraphs.csv'), { force: true });
    rmSync(join(ROOT, 'corpus-data'), { recursive: true, force: true });
  });

  it('has the set-up commands first', () => {
    const setup = blocks[0]!.trim().split('\n');
    expect(setup).toEqual(['npm install', 'npx cybercorpus search "programme d\'action"', 'npm test']);
  });

  for (const { command, needsShared } of commands) {
    it.skipIf(needsShared && !sharedAvailable())(command, () => {
      const line = command.replace(/^npx cybercorpus/, `"${process.execPath}" "${BIN}"`);
      const r = runShell(line, { HOME: home.dir, XDG_DATA_HOME: home.dir });
      const mayDiffer = /^npx cybercorpus (diff|search|check)\b/.test(command);
      expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
      expect(mayDiffer ? [0, 1] : [0]).toContain(r.code);
      // commands that print data print some (add reports on stderr; a redirection takes stdout)
      if (!command.includes('>') && !/^npx cybercorpus (add|export --out) /.test(command)) expect(r.stdout.length).toBeGreaterThan(0);
    });
  }
});
