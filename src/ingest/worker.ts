import { parentPort } from 'node:worker_threads';
import { CorpusError } from '../errors.js';
import { parseBytes } from '../parse.js';
import type { DocumentMeta } from '../types.js';

/** A parse job: the bytes are transferred, not copied. */
export interface ParseJob {
  seq: number;
  path: string;
  bytes: Uint8Array;
  declared: DocumentMeta;
}

export type ParseReply =
  | { seq: number; ok: true; doc: import('../types.js').Document }
  | { seq: number; ok: false; error: { name: string; message: string; where?: string; stack?: string } };

parentPort?.on('message', (job: ParseJob) => {
  parseBytes(job.bytes, { path: job.path, declared: job.declared }).then(
    (doc) => parentPort!.postMessage({ seq: job.seq, ok: true, doc } satisfies ParseReply),
    (err: unknown) => {
      const e = err as Error;
      parentPort!.postMessage({
        seq: job.seq,
        ok: false,
        error: { name: e?.name ?? 'Error', message: e?.message ?? String(err), where: err instanceof CorpusError ? err.where : undefined, stack: e?.stack },
      } satisfies ParseReply);
    },
  );
});
