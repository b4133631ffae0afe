import type { Command } from 'commander';
import type { Context } from './context.js';

/**
 * A command module registers itself on the program. Keep the module's top level light (types
 * and commander only): load what the action needs with `await import()` inside the action, so
 * that `cybercorpus --version` and unrelated commands start fast. Each `import()` costs about a
 * millisecond in Node's module loader, so a command on a hot path loads one module that holds its
 * whole action (search: search-run.ts).
 */
export type RegisterCommand = (program: Command, ctx: Context, setExitCode: (code: number) => void) => void;

/** The shared data-output flags (docs/cli.md). */
export function withOutputOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'print one JSON value')
    .option('--jsonl', 'print one JSON object per line')
    .option('--csv', 'print CSV (RFC 4180, header row)')
    .option('--tsv', 'print TSV (header row; tab, newline, backslash escaped)');
}

/** Parse a positive integer option value, or throw a UsageError naming the option. */
export async function intOption(value: string | undefined, name: string, min = 0): Promise<number | undefined> {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    const { UsageError, quoted } = await import('../errors.js');
    throw new UsageError(`${name} takes a whole number${min > 0 ? ` from ${min}` : ''}, not ${quoted(value)}`);
  }
  return n;
}

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * The document filters shared by search and export (one meaning, src/query/filters.ts):
 * --doc, --kind, --session, --year, --sponsor, --author, --part.
 */
export function withFilterOptions(cmd: Command): Command {
  return cmd
    .option('--doc <ref>', 'only this document and its parts (symbol, 78/237, id or file); repeat for several', collect)
    .option('--kind <kind>', 'only paragraphs of this kind (preambular, operative, …; search: footnote) or of documents of this kind (resolution, report, …); comma-separated or repeated: any', collect)
    .option('--session <n>', 'only documents of this session or range (78, 75..78, 75..; comma-separated: any)')
    .option('--year <y>', 'only documents dated this year or range (2023, 2021..2023; comma-separated: any)')
    .option('--sponsor <country>', 'only documents sponsored by this country (RUS or a name); comma-separated or repeated: any', collect)
    .option('--author <country>', 'only submissions written by this country (DEU or a name)')
    .option('--part', 'only embedded parts (drafts in a report, replies in an SG report)');
}
