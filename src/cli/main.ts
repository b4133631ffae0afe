import { Command, CommanderError, Option } from 'commander';
import { CorpusError, formatError, quoted, UsageError } from '../errors.js';
import { out, toStderr, visible } from '../format/output.js';
import { endPager, setColorChoice, startPager, type ColorChoice } from '../format/terminal.js';
import { Context } from './context.js';
import { COMMANDS } from './commands/index.js';

/**
 * The only place that catches errors and decides exit codes (docs/cli.md):
 * 0 success, 1 nothing found / differences, 2 error. Errors are one line on stderr;
 * --debug adds the stack.
 */
export async function main(argv: string[], version: string): Promise<number> {
  const debug = argv.includes('--debug');
  const program = new Command('cybercorpus');
  const ctx = new Context({}, version);
  let exitCode = 0;
  program
    .description('Corpus toolkit for UN General Assembly documents on ICT and international security')
    .version(version, '-V, --version')
    .option('--db <path>', 'corpus database (default: $CYBERCORPUS_DB, else the per-user data directory)')
    .option('--debug', 'show stack traces on errors')
    .addOption(new Option('--color <when>', 'colour the human views: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it), always, never').choices(['auto', 'always', 'never']))
    .option('--no-color', 'the same as --color=never')
    .option('--no-pager', 'print long output on a terminal as it is, not through $CYBERCORPUS_PAGER, $PAGER or less -FRX')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: out,
      writeErr: toStderr,
      outputError: (s, write) => write(`cybercorpus: ${s.replace(/^error: /, '').trim()}\n`),
    })
    .exitOverride()
    .hook('preAction', (_cmd, action) => {
      const opts = program.opts<{ color?: ColorChoice | false; pager?: boolean }>();
      Object.assign(ctx.options, opts);
      setColorChoice(opts.color === false ? 'never' : opts.color ?? 'auto');
      startPager(opts.pager !== false);
      void action;
    });

  // a command line that names one of the commands needs only that one (each registration builds
  // its options: a few milliseconds for all of them); --help, `help` or a typo needs them all
  const only = commandOf(argv);
  for (const [name, register] of Object.entries(COMMANDS)) {
    if (only !== undefined && name !== only) continue;
    register(program, ctx, (code) => {
      exitCode = code;
    });
  }

  try {
    checkLengths(argv);
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    // what was printed comes before the error
    endPager();
    if (err instanceof CommanderError) {
      // help and version exit 0; usage mistakes were already printed by commander
      return err.exitCode === 0 ? 0 : 2;
    }
    const explained = ctx.explain(err);
    reportError(explained, debug);
    return explained instanceof CorpusError ? explained.exitCode : 2;
  } finally {
    endPager();
    ctx.close();
  }
}

/** The global options that take a value as the next argument, and those that take none. */
const GLOBAL_WITH_VALUE = new Set(['--db', '--color']);
const GLOBAL_FLAGS = new Set(['--debug', '--no-color', '--no-pager']);

/** The command `argv` runs when it names one of ours, after the global options (--db PATH, --color WHEN, --debug…). */
export function commandOf(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (GLOBAL_WITH_VALUE.has(arg)) i++;
    else if (!GLOBAL_FLAGS.has(arg) && !/^--(db|color)=/.test(arg)) return Object.hasOwn(COMMANDS, arg) ? arg : undefined;
  }
  return undefined;
}

/**
 * The longest argument (characters): a path (4,096 at most on Linux), a reference, a search
 * query or an option value. Longer ones are refused before any of them reaches a pattern, SQL
 * LIKE (which refuses patterns of 50,000 bytes) or FTS5 (issue 18, items 7, 10 and 15).
 */
export const MAX_ARGUMENT = 10_000;

function checkLengths(argv: string[]): void {
  argv.forEach((arg, i) => {
    if (arg.length > MAX_ARGUMENT) {
      throw new UsageError(`argument ${i + 1} is too long: ${arg.length} characters, at most ${MAX_ARGUMENT} (${quoted(arg, 30)})`);
    }
  });
}

function reportError(err: unknown, debug: boolean): void {
  const line = visible(formatError(err).replace(/\s*\n\s*/g, ' '));
  toStderr(`cybercorpus: ${line}\n`);
  if (debug && err instanceof Error && err.stack) toStderr(err.stack + '\n');
  else if (!(err instanceof CorpusError)) toStderr('cybercorpus: this is a bug; run with --debug for details and report it\n');
}

export { UsageError };
