// `cybercorpus add` of scaled corpora against baselines measured in the same run:
// remark-parse alone over the markdown files, and a raw FTS5 load of the same text.
// Usage: node bench/add.mjs [scales…]   (default 20 200; BENCH_RUNS sets the runs per figure)
import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from './corpus.mjs';
import { BIN, ROOT, measure, measureInterleaved, fmt } from './lib.mjs';

const scales = process.argv.slice(2).map(Number).filter(Boolean);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'cybercorpus-bench-'));
const rows = [];
for (const scale of scales.length ? scales : [20, 200]) {
  const corpus = buildCorpus(scale);
  const db = join(work, `add-x${scale}.db`);
  const fresh = () => { for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true }); };
  // add and its two baselines interleaved (add, remark, FTS5, add, …)
  const [add, remark, fts, single] = await measureInterleaved([
    { cmd: process.execPath, args: [BIN, '--db', db, 'add', corpus.dir], before: fresh },
    { cmd: process.execPath, args: [join(ROOT, 'bench/baseline-remark.mjs'), corpus.dir] },
    { cmd: process.execPath, args: [join(ROOT, 'bench/baseline-fts.mjs'), corpus.dir, join(work, 'raw.db')] },
    // the main thread alone: the memory/speed trade-off of worker threads
    { cmd: process.execPath, args: [BIN, '--db', `${db}-single`, 'add', '--workers', '0', corpus.dir], before: () => { for (const s of ['', '-wal', '-shm']) rmSync(`${db}-single${s}`, { force: true }); } },
  ], runs);
  const unchanged = await measure(process.execPath, [BIN, '--db', db, 'add', corpus.dir], { runs });
  rows.push({ scale, files: corpus.files.length, bytes: corpus.bytes, add, remark, fts, single, unchanged });
}
rmSync(work, { recursive: true, force: true });

console.log(`\n### add (median of ${runs} whole-process runs, add and its baselines interleaved, ${new Date().toISOString().slice(0, 10)})\n`);
console.log('| corpus | files | MB | add | add MB/s | add peak RSS: max (each run) | remark alone | raw FTS5 load | add ÷ (remark + FTS5) | re-add unchanged | `add --workers 0` | its peak RSS |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ×${r.scale} | ${r.files} | ${(r.bytes / 1e6).toFixed(1)} | ${fmt.s(r.add.median)} | ${fmt.mbps(r.bytes, r.add.median)} | ${fmt.mib(r.add.peak)} (${r.add.peaks.map((p) => (p / 1048576).toFixed(0)).join(', ')}) | ${fmt.s(r.remark.median)} | ${fmt.s(r.fts.median)} | ${fmt.ratio(r.add.median, r.remark.median + r.fts.median)} | ${fmt.s(r.unchanged.median)} | ${fmt.s(r.single.median)} | ${fmt.mib(r.single.peak)} |`);
}
