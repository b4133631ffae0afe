// Loaded with `node --import` into `cybercorpus add` by bench/add-memory.mjs (worker threads
// inherit it): every second, each thread appends its V8 heap and external memory to
// $ADD_MEMORY_PROBE as one JSON line (with `--expose-gc`, every fifth after a full collection). Not part of the CLI.
import { appendFileSync } from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';
import v8 from 'node:v8';

const out = process.env.ADD_MEMORY_PROBE;
if (out) {
  // with --expose-gc, every fifth sample follows a full collection: the live heap
  let n = 0;
  const sample = () => {
    const live = typeof globalThis.gc === 'function' && n++ % 5 === 0;
    if (live) globalThis.gc();
    const m = process.memoryUsage();
    const h = v8.getHeapStatistics();
    appendFileSync(out, JSON.stringify({
      t: Date.now(), live, thread: isMainThread ? 'main' : `worker${threadId}`,
      heap_total: m.heapTotal, heap_used: m.heapUsed, external: m.external, array_buffers: m.arrayBuffers,
      malloced: h.malloced_memory, peak_malloced: h.peak_malloced_memory,
    }) + '\n');
  };
  setInterval(sample, 1000).unref();
}
