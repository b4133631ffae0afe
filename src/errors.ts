/**
 * Typed errors (UsageError | InputError | StoreError | OutputError | InternalError). The library throws these; only src/cli/main.ts catches them and maps them to
 * exit codes and the one-line message `cybercorpus: <what> (<where>)`.
 */

export class CorpusError extends Error {
  /** where the problem is: a path, a path:line, an argument name */
  readonly where: string | undefined;
  readonly exitCode: number = 2;
  constructor(message: string, where?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.where = where;
  }
}

/** The user asked for something that does not make sense (bad flag, unknown reference). */
export class UsageError extends CorpusError {}

/** An input file cannot be read or understood (missing, empty, binary, malformed XML). */
export class InputError extends CorpusError {}

/** The database cannot be opened, migrated or written. */
export class StoreError extends CorpusError {}

/** Output cannot be written (unwritable folder, full disk, closed stream). */
export class OutputError extends CorpusError {}

/** An OutputError from a system error: "cannot write: no space left on device [ENOSPC]". */
export function outputError(what: string, where: string, err: unknown): OutputError {
  return new OutputError(`cannot ${what}: ${systemMessage(err)}`, where, { cause: err });
}

/** A system error in words: "ENOSPC: no space left on device, write" → "no space left on device [ENOSPC]". */
export function systemMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  const text = String(e?.message ?? err).replace(/^[A-Z]+: /, '').replace(/, (?:open|read|write|mkdir|rename|fsync|close|stat|scandir|unlink)\b.*$/, '');
  return `${text}${e?.code ? ` [${e.code}]` : ''}`;
}

/**
 * A value the user typed, quoted for a message: cut to `max` characters, so that an error about
 * a 100 KB option value is still one short line (issue 18, item 7).
 */
export function quoted(value: string, max = 60): string {
  return `'${value.length > max ? `${value.slice(0, max)}…' (${value.length} characters)` : `${value}'`}`;
}

/** A bug: something that should never happen. */
export class InternalError extends CorpusError {}

/** The one-line rendering used by the CLI. */
export function formatError(err: unknown): string {
  if (err instanceof CorpusError) {
    return err.where ? `${err.message} (${err.where})` : err.message;
  }
  if (err instanceof Error) return `internal error: ${err.message}`;
  return `internal error: ${String(err)}`;
}
