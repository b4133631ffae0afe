// Where the memory of `cybercorpus add` goes over a run (issue 19: `add` flat below 300 MiB).
// Runs one `add` of a bench corpus into a fresh database and samples, every second:
//   - /proc/<pid>/status: VmRSS, RssAnon, RssFile;
//   - /proc/<pid>/smaps: resident anonymous memory split into glibc's main arena ([heap], the
//     main thread's malloc: SQLite, Node's C++), the other threads' malloc arenas (64 MiB
//     reserved regions: the worker, libuv's pool) and the rest (V8's heaps, code, stacks);
//   - per thread (bench/add-memory-probe.mjs through `node --import`): V8 heap total and used,
//     external and ArrayBuffer memory.
// Usage: node bench/add-memory.mjs [--node-flag FLAG] [--env NAME=VALUE] [--bin OTHER/bin/cybercorpus.cjs] SCALE [add options…]
// Prints one line per tenth of the run (the highest RSS sample in it) and the peak (VmHWM); the raw samples go to bench/out/.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from './corpus.mjs';
import { BIN, ROOT } from './lib.mjs';

const argv = process.argv.slice(2);
const nodeFlags = [];
const env = {};
let bin = BIN;
while (['--node-flag', '--env', '--bin'].includes(argv[0])) {
  const opt = argv.shift();
  const value = argv.shift();
  if (opt === '--env') { const [k, ...v] = value.split('='); env[k] = v.join('='); } else if (opt === '--bin') bin = value; else nodeFlags.push(value);
}
const scale = Number(argv.shift());
const addArgs = argv;
const corpus = buildCorpus(scale);
const db = join(tmpdir(), `add-memory-x${scale}-${process.pid}.db`);
const outDir = join(ROOT, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const probe = join(outDir, `add-memory-x${scale}-${process.pid}.probe.jsonl`);
rmSync(probe, { force: true });

const MIB = 1048576;
const kb = (text, key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;

/** Resident anonymous memory by kind, from /proc/<pid>/smaps. */
function smapsSplit(pid) {
  const text = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  const maps = [];
  let cur = null;
  for (const line of text.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ (\d+)\s*(.*)$/.exec(line);
    if (head) {
      cur = { start: BigInt(`0x${head[1]}`), end: BigInt(`0x${head[2]}`), perms: head[3], inode: head[4], name: head[5], anon: 0 };
      maps.push(cur);
    } else if (cur && line.startsWith('Anonymous:')) cur.anon = kb(line, 'Anonymous');
  }
  const ARENA = 64n * BigInt(MIB);
  let heap = 0, arenas = 0, other = 0;
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i];
    if (!m.anon) continue;
    if (m.name === '[heap]') heap += m.anon;
    // a thread arena: a read-write start of a 64 MiB-aligned reservation, the rest PROT_NONE
    else if (m.inode === '0' && m.name === '' && m.start % ARENA === 0n && (maps[i + 1]?.perms === '---p' ? maps[i + 1].end - m.start === ARENA : m.end - m.start === ARENA)) arenas += m.anon;
    else other += m.anon;
  }
  return { heap, arenas, other };
}

for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
const t0 = Date.now();
const child = spawn(process.execPath, [...nodeFlags, '--import', join(ROOT, 'bench/add-memory-probe.mjs'), bin, '--db', db, 'add', '--quiet', ...addArgs, corpus.dir],
  { env: { ...process.env, ...env, ADD_MEMORY_PROBE: probe }, stdio: ['ignore', 'ignore', 'inherit'] });
const samples = [];
const timer = setInterval(() => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const cpu = (Number(stat[11]) + Number(stat[12])) / 100;
    let wal = 0;
    try { wal = statSync(`${db}-wal`).size; } catch { /* not yet */ }
    samples.push({ t: Date.now(), cpu, hwm: kb(status, 'VmHWM'), rss: kb(status, 'VmRSS'), anon: kb(status, 'RssAnon'), file: kb(status, 'RssFile'), wal, ...smapsSplit(child.pid) });
  } catch { /* exited */ }
}, 1000);
const code = await new Promise((resolve) => child.on('exit', resolve));
clearInterval(timer);
const seconds = (Date.now() - t0) / 1000;
for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
const probes = existsSync(probe) ? readFileSync(probe, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
writeFileSync(join(outDir, `add-memory-x${scale}-${process.pid}.samples.json`), JSON.stringify({ samples, probes }));

const f = (b) => (b / MIB).toFixed(0);
const threads = [...new Set(probes.map((p) => p.thread))].sort();
console.log(`add ×${scale} ${bin === BIN ? '' : `(${bin}) `}${[...nodeFlags, ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...addArgs].join(' ')}: exit ${code}, ${seconds.toFixed(0)} s wall, ${samples.at(-1)?.cpu.toFixed(1)} s CPU, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log(`| tenth | RSS max | anon | file | [heap] | arenas | other anon | ${threads.map((t) => `${t} heap total/used, external`).join(' | ')} | WAL MB |`);
for (let k = 0; k < 10; k++) {
  const a = t0 + (seconds * 1000 * k) / 10, b = t0 + (seconds * 1000 * (k + 1)) / 10;
  const part = samples.filter((s) => s.t >= a && s.t < b);
  if (!part.length) continue;
  const top = part.reduce((x, y) => (y.rss > x.rss ? y : x));
  const th = threads.map((t) => {
    const ps = probes.filter((p) => p.thread === t && p.t >= a && p.t < b);
    if (!ps.length) return '–';
    const live = ps.filter((p) => p.live);
    return `${f(Math.max(...ps.map((p) => p.heap_total)))}/${f(Math.max(...ps.map((p) => p.heap_used)))}, ${f(Math.max(...ps.map((p) => p.external)))}${live.length ? `, live ${(Math.max(...live.map((p) => p.heap_used)) / MIB).toFixed(1)}` : ''}`;
  });
  console.log(`| ${k + 1} | ${f(top.rss)} | ${f(top.anon)} | ${f(top.file)} | ${f(top.heap)} | ${f(top.arenas)} | ${f(top.other)} | ${th.join(' | ')} | ${f(top.wal)} |`);
}
console.log(`RSS: highest sample ${f(Math.max(...samples.map((s) => s.rss)))} MiB, high-water mark (VmHWM) at the last sample ${f(samples.at(-1)?.hwm ?? 0)} MiB`);
