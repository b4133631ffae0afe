import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { Context } from '../../src/cli/context.js';
import { commandOf } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';

describe('commands are registered by name', () => {
  it('each entry of COMMANDS registers the command of that name', () => {
    for (const [name, register] of Object.entries(COMMANDS)) {
      const program = new Command('cybercorpus');
      register(program, new Context({}), () => {});
      expect(program.commands.map((c) => c.name())).toEqual([name]);
    }
  });

  it('commandOf finds the command after the global options, and nothing for help or a typo', () => {
    expect(commandOf(['search', "programme d'action"])).toBe('search');
    expect(commandOf(['--db', 'corpus.db', 'diff', 'a', 'b'])).toBe('diff');
    expect(commandOf(['--db', 'search', 'list'])).toBe('list'); // `search` is the --db value here
    expect(commandOf(['--db=corpus.db', '--debug', 'cited-by', '78/237'])).toBe('cited-by');
    expect(commandOf(['--help'])).toBeUndefined();
    expect(commandOf(['help', 'search'])).toBeUndefined();
    expect(commandOf(['serch', 'x'])).toBeUndefined();
    expect(commandOf(['toString'])).toBeUndefined();
    expect(commandOf([])).toBeUndefined();
  });
});

describe('the real CLI with one command registered', () => {
  it('--help still lists every command', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('help of one command, and a typo still gets a suggestion', () => {
    const help = runCli(['search', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: cybercorpus search [options] <query...>');
    const typo = runCli(['serch', 'x']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown command 'serch'");
    expect(typo.stderr).toContain('Did you mean search?');
  });
});
