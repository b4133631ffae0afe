// npm run bench: every benchmark script in turn; each prints a markdown table for BENCHMARKS.md.
// Needs a build (npm install runs it). BENCH_SCALES="20 200" and BENCH_RUNS=N tune the size.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const scales = (process.env.BENCH_SCALES ?? '20 200').split(/\s+/).filter(Boolean);
for (const script of ['add.mjs', 'search.mjs', 'diff.mjs', 'export.mjs', 'history.mjs']) {
  const path = join(ROOT, 'bench', script);
  if (!existsSync(path)) continue;
  process.stderr.write(`\n== bench/${script}\n`);
  const r = spawnSync(process.execPath, [path, ...scales], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
