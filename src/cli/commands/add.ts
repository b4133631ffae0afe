import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';
import type { IngestNote } from '../../ingest/ingest.js';

export const registerAdd: RegisterCommand = (program, ctx, setExitCode) => {
  withOutputOptions(program.command('add')
    .argument('<paths...>', 'files, folders or glob patterns (quote globs)')
    .description('add documents to the corpus (markdown, PDF text or Akoma Ntoso; detected from the content)')
    .option('-k, --keep-going', 'add the files that parse even when others fail (default: add nothing if one fails)')
    .option('--workers <n>', 'worker threads that parse besides the main thread (default: one per further core for large batches)')
    .option('-q, --quiet', 'print only errors on stderr (no notes, progress or summary line)')
    .option('-v, --verbose', 'print every note (ids renamed, files with the content of another), not a count per kind'))
    .action(async (paths: string[], opts: { keepGoing?: boolean; workers?: string; quiet?: boolean; verbose?: boolean; json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords, writeJson, notice, isTerminal, stdStream } = await import('../../format/output.js');
      const { intOption } = await import('../command.js');
      const format = outputFormat(opts);
      const workers = await intOption(opts.workers, '--workers');
      const { expandInputs } = await import('../../ingest/files.js');
      const files = expandInputs(paths);
      const db = await ctx.open('create');
      const { ingest } = await import('../../ingest/ingest.js');
      const progress = !opts.quiet && isTerminal(2) && files.length > 1 ? await makeProgress(files.length, stdStream(2)) : undefined;
      const report = await ingest(db, files, { keepGoing: opts.keepGoing, workers, onProgress: progress?.update, wait: ctx.writeWait() });
      progress?.done();
      if (!opts.quiet) for (const line of noteLines(report.notes, opts.verbose ?? false)) notice(line);
      for (const f of report.failed) notice(`${f.message} (${f.where ?? f.path})`);
      const summary = {
        added: report.added.length,
        replaced: report.replaced.length,
        unchanged: report.unchanged.length,
        failed: report.failed.length,
      };
      if (format !== 'text') {
        // one row per document or failed file; --json: the counts and these rows as `results`
        const { getDocumentRow } = await import('../../store/documents.js');
        const stored = (id: string, outcome: string): AddRow => ({ document_id: id, outcome, source_path: getDocumentRow(db, id)?.source_path ?? null, message: null });
        const rows: AddRow[] = [
          ...report.added.map((id) => stored(id, 'added')),
          ...report.replaced.map((id) => stored(id, 'replaced')),
          ...report.unchanged.map((id) => stored(id, 'unchanged')),
          ...report.failed.map((f) => ({ document_id: null, outcome: 'failed', source_path: f.path, message: f.message })),
        ];
        if (format === 'json') writeJson({ ...summary, committed: report.committed, results: rows });
        else writeRecords(format, rows, (['document_id', 'outcome', 'source_path', 'message'] as const).map((key) => ({ key, get: (r: AddRow) => r[key] })));
      }
      const line = `${summary.added} added, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.failed} failed`;
      if (!report.committed) {
        if (files.length > 1) {
          const n = report.failed.length;
          notice(`nothing was added: ${n === 1 ? 'a file' : `${n} files`} failed (use --keep-going to add the others)`);
        }
        setExitCode(2);
      } else {
        if (!opts.quiet) notice(line);
        if (report.failed.length > 0) setExitCode(2);
      }
    });
};

/** A row of `add --jsonl`/`--csv` (docs/model.md). */
interface AddRow {
  document_id: string | null;
  /** added, replaced, unchanged or failed */
  outcome: string;
  source_path: string | null;
  message: string | null;
}

/** How many notes of one kind are printed one by one before they become one line and a count. */
const NOTES_SHOWN = 3;

const NOTE_SUMMARY: Record<IngestNote['kind'], (n: number) => string> = {
  renamed: (n) => `${n} ids renamed (already in the corpus from another file): see --verbose`,
  'same-content': (n) => `${n} files not added again (the same content as a file in the corpus): see --verbose`,
};

/**
 * The notes for stderr: each one when there are few of a kind (or --verbose), else one line per
 * kind with the count. Adding a folder of 295 copies printed 295 lines (issue 17).
 */
export function noteLines(notes: IngestNote[], verbose: boolean): string[] {
  const lines: string[] = [];
  for (const kind of Object.keys(NOTE_SUMMARY) as IngestNote['kind'][]) {
    const these = notes.filter((n) => n.kind === kind);
    if (verbose || these.length <= NOTES_SHOWN) lines.push(...these.map((n) => n.message));
    else lines.push(NOTE_SUMMARY[kind](these.length));
  }
  return lines;
}

/** A progress bar on a terminal's stderr (cli-progress, loaded only when it is shown). */
async function makeProgress(total: number, stream: NodeJS.WriteStream): Promise<{ update: (done: number, total: number, path: string) => void; done: () => void }> {
  const { default: progress } = await import('cli-progress');
  const bar = new progress.SingleBar({
    stream,
    // the percentage and the time left, as cli-progress estimates it from the rate so far
    format: '{bar} {percentage}% {value}/{total} {eta_formatted} left  {file}',
    etaBuffer: 50,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
    fps: 10,
  }, progress.Presets.shades_classic);
  bar.start(total, 0, { file: '' });
  return {
    update: (done, _total, path) => bar.update(done, { file: path.length > 50 ? '…' + path.slice(-49) : path }),
    done: () => bar.stop(),
  };
}
