import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';

export const registerAdd: RegisterCommand = (program, ctx, setExitCode) => {
  withOutputOptions(program.command('add')
    .argument('<paths...>', 'files, folders or glob patterns (quote globs)')
    .description('add documents to the corpus (markdown, PDF text or Akoma Ntoso; detected from the content)')
    .option('-k, --keep-going', 'add the files that parse even when others fail (default: add nothing if one fails)')
    .option('--workers <n>', 'worker threads that parse besides the main thread (default: one per further core for large batches)'))
    .action(async (paths: string[], opts: { keepGoing?: boolean; workers?: string; json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords, writeJson, notice, isTerminal, stdStream } = await import('../../format/output.js');
      const { intOption } = await import('../command.js');
      const format = outputFormat(opts);
      const workers = await intOption(opts.workers, '--workers');
      const { expandInputs } = await import('../../ingest/files.js');
      const files = expandInputs(paths);
      const db = await ctx.open('create');
      const { ingest } = await import('../../ingest/ingest.js');
      const progress = isTerminal(2) && files.length > 1 ? await makeProgress(files.length, stdStream(2)) : undefined;
      const report = await ingest(db, files, { keepGoing: opts.keepGoing, workers, onProgress: progress?.update, wait: ctx.writeWait() });
      progress?.done();
      for (const n of report.notes) notice(n);
      for (const f of report.failed) notice(`${f.message} (${f.where ?? f.path})`);
      const summary = {
        added: report.added.length,
        replaced: report.replaced.length,
        unchanged: report.unchanged.length,
        failed: report.failed.length,
      };
      if (format === 'json') {
        writeJson({ ...summary, committed: report.committed, documents: { added: report.added, replaced: report.replaced, unchanged: report.unchanged }, failures: report.failed });
      } else if (format !== 'text') {
        const rows = [
          ...report.added.map((id) => ({ id, status: 'added', message: '' })),
          ...report.replaced.map((id) => ({ id, status: 'replaced', message: '' })),
          ...report.unchanged.map((id) => ({ id, status: 'unchanged', message: '' })),
          ...report.failed.map((f) => ({ id: f.path, status: 'failed', message: f.message })),
        ];
        writeRecords(format, rows, [
          { key: 'id', get: (r) => r.id },
          { key: 'status', get: (r) => r.status },
          { key: 'message', get: (r) => r.message },
        ]);
      }
      const line = `${summary.added} added, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.failed} failed`;
      if (!report.committed) {
        if (files.length > 1) notice(`nothing was added: a file failed (use --keep-going to add the others)`);
        setExitCode(2);
      } else {
        notice(line);
        if (report.failed.length > 0) setExitCode(2);
      }
    });
};

/** A progress bar on a terminal's stderr (cli-progress, loaded only when it is shown). */
async function makeProgress(total: number, stream: NodeJS.WriteStream): Promise<{ update: (done: number, total: number, path: string) => void; done: () => void }> {
  const { default: progress } = await import('cli-progress');
  const bar = new progress.SingleBar({
    stream,
    format: '{bar} {value}/{total} {file}',
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
