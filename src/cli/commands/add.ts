import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';

export const registerAdd: RegisterCommand = (program, ctx, setExitCode) => {
  withOutputOptions(program.command('add')
    .argument('<paths...>', 'files, folders or glob patterns (quote globs)')
    .description('add documents to the corpus (markdown, PDF text or Akoma Ntoso; detected from the content)')
    .option('-k, --keep-going', 'add the files that parse even when others fail (default: add nothing if one fails)')
    .option('--workers <n>', 'parser threads (default: automatic)'))
    .action(async (paths: string[], opts: { keepGoing?: boolean; workers?: string; json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords, writeJson, notice } = await import('../../format/output.js');
      const { intOption } = await import('../command.js');
      const format = outputFormat(opts);
      const workers = await intOption(opts.workers, '--workers');
      const { expandInputs } = await import('../../ingest/files.js');
      const files = expandInputs(paths);
      const db = await ctx.open();
      const { ingest } = await import('../../ingest/ingest.js');
      const progress = process.stderr.isTTY ? makeProgress() : undefined;
      const report = await ingest(db, files, { keepGoing: opts.keepGoing, workers, onProgress: progress?.update });
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

/** A one-line progress counter on a terminal's stderr. */
function makeProgress(): { update: (done: number, total: number, path: string) => void; done: () => void } {
  let last = 0;
  return {
    update: (done, total, path) => {
      const now = Date.now();
      if (now - last < 80 && done < total) return;
      last = now;
      const name = path.length > 50 ? '…' + path.slice(-49) : path;
      process.stderr.write(`\r\x1b[2K${done}/${total} ${name}`);
    },
    done: () => process.stderr.write('\r\x1b[2K'),
  };
}
