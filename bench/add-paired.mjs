// `cybercorpus add` of a scaled corpus by this build and by another build (a checkout of an
// earlier commit), run in turn (this, other, this, other, …) into a fresh database each time:
// median wall and CPU time (user + system, from /usr/bin/time), peak RSS, ratio this ÷ other.
// CPU time is the fairer figure on a shared machine: wall time includes waiting for a core.
// Usage: node bench/add-paired.mjs --base /tmp/base-add [--runs 3] [scales…]   (default 200)
//   the other build: a worktree at an earlier commit, built (`git worktree add /tmp/base-add
//   <commit>`, `cp -al node_modules`, `npm run build`)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from './corpus.mjs';
import { BIN, median, fmt } from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv.splice(i, 2)[1] : undefined; };
const base = opt('--base');
const runs = Number(opt('--runs') ?? 3);
if (!base) throw new Error('usage: node bench/add-paired.mjs --base <other checkout> [--runs N] [scales…]');
const scales = argv.map(Number).filter(Boolean);
const work = mkdtempSync(join(tmpdir(), 'cybercorpus-paired-'));

/** One `add` into a fresh database: wall s, CPU s, peak RSS bytes (GNU time's %M, KiB). */
function addOnce(bin, dir) {
  const db = join(work, 'p.db');
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  const out = join(work, 'time.txt');
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-o', out, '-f', '%U %S %M', process.execPath, bin, '--db', db, 'add', dir], { stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${bin} add exited ${code}`));
      const [u, s, m] = readFileSync(out, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
      resolve({ wall, cpu: u + s, peak: m * 1024 });
    });
  });
}

const rows = [];
for (const scale of scales.length ? scales : [200]) {
  const corpus = buildCorpus(scale);
  const sides = { cur: [], base: [] };
  for (let i = 0; i < runs; i++) {
    for (const [side, bin] of [['cur', BIN], ['base', join(base, 'bin/cybercorpus.cjs')]]) {
      const r = await addOnce(bin, corpus.dir);
      sides[side].push(r);
      process.stderr.write(`×${scale} run ${i + 1} ${side}: ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, ${fmt.mib(r.peak)}\n`);
    }
  }
  const sum = (xs) => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)), peak: Math.max(...xs.map((x) => x.peak)) });
  rows.push({ scale, files: corpus.files.length, bytes: corpus.bytes, cur: sum(sides.cur), base: sum(sides.base) });
}
rmSync(work, { recursive: true, force: true });
console.log(`\n### add, this build against ${base} (median of ${runs} interleaved runs, ${new Date().toISOString().slice(0, 10)})\n`);
console.log('| corpus | files | MB | wall (this / other) | ratio | CPU (this / other) | ratio | peak RSS (this / other) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ×${r.scale} | ${r.files} | ${(r.bytes / 1e6).toFixed(1)} | ${fmt.s(r.cur.wall)} / ${fmt.s(r.base.wall)} | ${fmt.ratio(r.cur.wall, r.base.wall)} | ${fmt.s(r.cur.cpu)} / ${fmt.s(r.base.cpu)} | ${fmt.ratio(r.cur.cpu, r.base.cpu)} | ${fmt.mib(r.cur.peak)} / ${fmt.mib(r.base.peak)} |`);
}
