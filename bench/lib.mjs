// Shared benchmark helpers: whole-process timings (medians) and peak memory.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin/cybercorpus.cjs');

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Peak resident memory of a running process, read from /proc (VmHWM). */
function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Run a command once: wall time in seconds and peak RSS in bytes (polled every 10 ms from
 * /proc, so a process shorter than that may report less than its true peak).
 */
export function runOnce(cmd, args, { env, stdout = 'ignore', cwd } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', stdout, 'pipe'], cwd });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setInterval(() => { peak = Math.max(peak, peakRss(child.pid)); }, 10);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      resolve({ seconds, peak, code, stderr });
    });
  });
}

/** Median wall time (s) and max peak RSS (bytes) over `runs` runs; `before` runs untimed before each. */
export async function measure(cmd, args, { runs = 5, env, before, okCodes = [0, 1] } = {}) {
  return (await measureInterleaved([{ cmd, args, env, before, okCodes }], runs))[0];
}

/**
 * Several commands measured in turn, run by run (a, b, c, a, b, c, …), so that a change in the
 * machine's speed hits them alike. For each: median wall time (s), max peak RSS (bytes) and the
 * peak of every run.
 */
export async function measureInterleaved(commands, runs) {
  const out = commands.map(() => ({ times: [], peaks: [] }));
  for (let i = 0; i < runs; i++) {
    for (const [k, { cmd, args, env, before, okCodes = [0, 1] }] of commands.entries()) {
      if (before) await before(i);
      const r = await runOnce(cmd, args, { env });
      if (!okCodes.includes(r.code)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 500)}`);
      out[k].times.push(r.seconds);
      out[k].peaks.push(r.peak);
    }
  }
  return out.map((o) => ({ median: median(o.times), peak: Math.max(...o.peaks), peaks: o.peaks, runs }));
}

export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

export const fmt = {
  s: (x) => `${x.toFixed(3)} s`,
  mib: (b) => `${(b / 1048576).toFixed(0)} MiB`,
  ratio: (a, b) => `${(a / b).toFixed(2)}×`,
  mbps: (bytes, s) => `${(bytes / 1e6 / s).toFixed(2)} MB/s`,
};
