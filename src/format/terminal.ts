import { createRequire } from 'node:module';
import { captureStdout, isTerminal, releaseStdout, writeWhole } from './output.js';

/**
 * What the human views know of the terminal (issue 17): its width and height, whether to colour,
 * and the pager. Data formats (JSON, CSV, TSV) never depend on any of it.
 */

/** `--color`: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces), always, never. */
export type ColorChoice = 'auto' | 'always' | 'never';

let colorChoice: ColorChoice = 'auto';

export function setColorChoice(choice: ColorChoice): void {
  colorChoice = choice;
}

/**
 * Whether the human view on stdout is coloured. `--color=always|never` wins; else NO_COLOR (any
 * non-empty value, no-color.org) turns colour off, FORCE_COLOR (chalk's convention: 0 or false
 * off, anything else on) forces it, and otherwise stdout must be a terminal.
 */
export function useColor(env: NodeJS.ProcessEnv = process.env): boolean {
  if (colorChoice !== 'auto') return colorChoice === 'always';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  return isTerminal(1);
}

/** A positive whole number from the environment (COLUMNS, LINES), else undefined. */
function envSize(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * The width the human views fit: COLUMNS when set (as shells export it, and handy in scripts and
 * tests), else the terminal's, else 80 (a pipe or a file).
 */
export function terminalWidth(env: NodeJS.ProcessEnv = process.env): number {
  return envSize(env.COLUMNS) ?? (isTerminal(1) ? process.stdout.columns || 80 : 80);
}

/** The terminal's height: LINES when set, else the terminal's, else 24. */
function terminalRows(env: NodeJS.ProcessEnv): number {
  return envSize(env.LINES) ?? (isTerminal(1) ? process.stdout.rows || 24 : 24);
}

/**
 * The pager, as git chooses it: CYBERCORPUS_PAGER, else PAGER, else `less`; with LESS=FRX when
 * LESS is unset (quit if one screen, keep colours, leave the text on the screen). An empty value
 * or `cat` means none.
 */
function pagerCommand(env: NodeJS.ProcessEnv): string | null {
  const cmd = (env.CYBERCORPUS_PAGER ?? env.PAGER ?? 'less').trim();
  return cmd === '' || cmd === 'cat' ? null : cmd;
}

let paging: { command: string; env: NodeJS.ProcessEnv } | null = null;

/**
 * Hold what the command prints on stdout for the pager, when stdout is a terminal and `--no-pager`
 * was not given (a pipe or a file is never paged). endPager() shows it.
 */
export function startPager(enabled: boolean, env: NodeJS.ProcessEnv = process.env): void {
  if (!enabled || !isTerminal(1)) return;
  const command = pagerCommand(env);
  if (command === null) return;
  paging = { command, env };
  captureStdout();
}

/**
 * Show what was held: on the terminal as it is when it fits the screen, else through the pager
 * (run by the shell, as git runs it). A pager that cannot be started leaves the text printed.
 */
export function endPager(): void {
  if (paging === null) return;
  const { command, env } = paging;
  paging = null;
  const text = releaseStdout() ?? '';
  if (text === '') return;
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines < terminalRows(env)) return writeWhole(1, Buffer.from(text));
  // node:child_process only here: its load is a cost every command would pay (scripts/bundle.mjs)
  const { spawnSync } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  const r = spawnSync(command, {
    shell: true,
    input: text,
    stdio: ['pipe', 'inherit', 'inherit'],
    env: { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' },
  });
  // 127: the shell found no such command
  if (r.error || r.status === 127) writeWhole(1, Buffer.from(text));
}
