// What SQLite alone takes for each kind of query of issue 19, beside ripgrep and cybercorpus in
// the same runs: the sqlite3 shell runs the least the engine must do for the output (the FTS5
// query and the rows it must read, bench/search-kinds.mjs `engine`), with no JavaScript at all.
// Where that alone is slower than ripgrep's whole run, no work in cybercorpus's own code can bring
// that kind of query to 1.0× while the corpus lives in SQLite and FTS5. A second floor, "Node":
// the same statement through better-sqlite3 in Node, each row written as one JSON line and
// nothing else (no matching, no snippet, no ranking of our own): the least a Node command on
// better-sqlite3 pays for that output.
// Usage: node bench/engine-floor.mjs [scale] [runs]   (default 2000 3; needs the sqlite3 shell,
// ripgrep and the database bench/corpus/db-xSCALE.db, made by bench/search.mjs). Runs are
// interleaved (rg, sqlite3, Node, cybercorpus, rg, …); medians of wall time and of CPU (user + sys,
// from /usr/bin/time); outputs go to a regular file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, median, which } from './lib.mjs';
import { KINDS } from './search-kinds.mjs';

const scale = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 3);
const db = join(ROOT, 'bench', 'corpus', `db-x${scale}.db`);
const files = join(ROOT, 'bench', 'corpus', `x${scale}`);
const rg = which('rg');
const sqlite3 = which('sqlite3');
const time = '/usr/bin/time';
for (const [what, ok] of [[db, existsSync(db)], ['rg', rg], ['sqlite3', sqlite3], [time, existsSync(time)]]) {
  if (!ok) {
    process.stderr.write(`bench/engine-floor: ${what} is missing; nothing measured\n`);
    process.exit(0);
  }
}
const work = mkdtempSync(join(tmpdir(), 'cybercorpus-floor-'));
const out = join(work, 'out');
const timing = join(work, 'time');

/** One run: wall and CPU seconds, from /usr/bin/time, stdout to a regular file. */
function once(cmd, args) {
  const r = spawnSync('bash', ['-c', `exec "$0" -f '%e %U %S' -o '${timing}' "$@" > '${out}'`, time, cmd, ...args],
    { env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  const [wall, user, sys] = readFileSync(timing, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys };
}

/** The Node floor: the statement's rows as JSON lines, written in 1 MiB chunks. */
const NODE_FLOOR = `const D = require(${JSON.stringify(join(ROOT, 'node_modules/better-sqlite3'))});
const { writeSync } = require('node:fs');
const db = new D(process.argv[1], { readonly: true });
let s = '';
for (const row of db.prepare(process.argv[2]).raw().iterate()) {
  s += JSON.stringify(row) + '\\n';
  if (s.length > 1 << 20) { writeSync(1, s); s = ''; }
}
writeSync(1, s);`;

const load = [loadavg()[0]];
const node = process.execPath;
const rows = KINDS.map((k) => ({
  k,
  commands: [[rg, [...k.rg, files]], [sqlite3, ['-readonly', db, k.engine]], [node, ['-e', NODE_FLOOR, db, k.engine]], [node, [BIN, '--db', db, 'search', ...k.args]]],
  times: [[], [], [], []],
}));
for (let i = 0; i < runs; i++) {
  for (const row of rows) row.commands.forEach(([cmd, args], j) => row.times[j].push(once(cmd, args)));
}
load.push(loadavg()[0]);
rmSync(work, { recursive: true, force: true });

const m = (xs, f) => median(xs.map(f));
console.log(`\n### What SQLite alone takes (×${scale}, median of ${runs} interleaved runs, ${new Date().toISOString().slice(0, 16)} UTC, load average ${load.map((x) => x.toFixed(1)).join(' → ')}, \`node bench/engine-floor.mjs ${process.argv.slice(2).join(' ')}\`)\n`);
console.log('| query | rg wall (CPU) | sqlite3 shell: the engine alone | ÷ rg | Node + better-sqlite3, rows as JSON lines | ÷ rg | cybercorpus | ÷ rg |');
console.log('|---|---|---|---|---|---|---|---|');
for (const { k, times: [r, s, n, c] } of rows) {
  const rgw = m(r, (t) => t.wall);
  const cell = (t) => `${m(t, (x) => x.wall).toFixed(3)} s (${m(t, (x) => x.cpu).toFixed(2)} s)`;
  console.log(`| ${k.kind} | ${cell(r)} | ${cell(s)} | ${(m(s, (t) => t.wall) / rgw).toFixed(2)}× | ${cell(n)} | ${(m(n, (t) => t.wall) / rgw).toFixed(2)}× | ${cell(c)} | ${(m(c, (t) => t.wall) / rgw).toFixed(2)}× |`);
}
