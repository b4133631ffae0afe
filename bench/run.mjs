// npm run bench: every benchmark script in turn; each prints a markdown table for BENCHMARKS.md.
// Needs a build (npm install runs it). BENCH_SCALES="20 200" and BENCH_RUNS=N tune the size;
// `npm run bench -- --big` adds the ×2000 corpus (897 MB, built on demand in the git-ignored
// bench/corpus/; its `add` alone takes half an hour and more on two busy cores).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const scales = (process.env.BENCH_SCALES ?? '20 200').split(/\s+/).filter(Boolean);
if (process.argv.includes('--big') && !scales.includes('2000')) scales.push('2000');
for (const script of ['add.mjs', 'search.mjs', 'documents.mjs', 'diff.mjs', 'export.mjs', 'history.mjs']) {
  const path = join(ROOT, 'bench', script);
  if (!existsSync(path)) continue;
  process.stderr.write(`\n== bench/${script}\n`);
  const r = spawnSync(process.execPath, [path, ...scales], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
