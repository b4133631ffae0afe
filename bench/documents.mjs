// `cybercorpus stats` and `list` on scaled corpora (issue 19: near-constant time), beside the
// floor of any Node command (`node -e 0`) and the sqlite3 shell reading the same rows: for
// `list`, the very SELECT of `list` (src/query/documents.ts: listSql) in CSV mode; for `stats`,
// the counts table it reads. Runs interleaved (a, b, c, a, b, c…) so that machine load hits all
// alike; medians of wall time and of CPU time (user + system, GNU time: the fairer figure on a
// shared machine), peak RSS the highest of the runs. Output to a regular file.
// Usage: node bench/documents.mjs [scales…] [--big] (default 20 200; BENCH_RUNS, default 5).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { corpusDb, scalesFrom } from './corpus.mjs';
import { BIN, ROOT, median, which, fmt } from './lib.mjs';

const scales = scalesFrom(process.argv.slice(2), [20, 200]);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sqlite3 = which('sqlite3');
if (!sqlite3) process.stderr.write('bench/documents: the sqlite3 shell is not installed: its columns are skipped\n');
const time = which('time') ?? '/usr/bin/time';

const { listSql } = await import(join(ROOT, 'dist/query/documents.js'));
const work = mkdtempSync(join(tmpdir(), 'cybercorpus-bench-documents-'));
const sink = join(work, 'out');
const timing = join(work, 'time');

/** One run under GNU time: wall s, CPU s, peak RSS bytes, output bytes. */
function once(cmd, args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('sh', ['-c', '"$@" > "$OUT"', 'sh', time, '-o', timing, '-f', '%U %S %M', cmd, ...args],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', OUT: sink } });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 300)}`));
      const [user, sys, kib] = readFileSync(timing, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      resolve({ seconds, cpu: user + sys, peak: kib * 1024, bytes: statSync(sink).size });
    });
  });
}

async function interleaved(commands) {
  const res = commands.map(() => ({ wall: [], cpu: [], peak: 0, bytes: 0 }));
  for (let i = 0; i < runs; i++) {
    for (const [k, [cmd, args]] of commands.entries()) {
      const r = await once(cmd, args);
      res[k].wall.push(r.seconds);
      res[k].cpu.push(r.cpu);
      res[k].peak = Math.max(res[k].peak, r.peak);
      res[k].bytes = r.bytes;
    }
  }
  return res.map((r) => ({ wall: median(r.wall), cpu: median(r.cpu), peak: r.peak, bytes: r.bytes }));
}

const node = process.execPath;
const rows = [];
for (const scale of scales) {
  const { db } = corpusDb(scale, 'bench/documents');
  const cc = (...args) => [node, [BIN, '--db', db, ...args]];
  const sq = (sql) => [sqlite3, ['-csv', '-header', db, sql]];
  const commands = {
    floor: [node, ['-e', '0']],
    stats: cc('stats'),
    list: cc('list'),
    listCsv: cc('list', '--csv'),
    parts: cc('list', '--parts'),
    ...(sqlite3 ? { sqList: sq(listSql()), sqParts: sq(listSql({ parts: true })) } : {}),
  };
  process.stderr.write(`bench/documents: ×${scale}: ${Object.keys(commands).length} commands × ${runs} runs\n`);
  const measured = await interleaved(Object.values(commands));
  const m = Object.fromEntries(Object.keys(commands).map((k, i) => [k, measured[i]]));
  const count = (sql) => Number(readSqlite(db, sql));
  rows.push({ scale, documents: count('SELECT count(*) FROM documents WHERE parent_id IS NULL'), all: count('SELECT count(*) FROM documents'),
    paragraphs: count("SELECT n FROM counts WHERE name = 'paragraphs' AND key = ''"), ...m });
}
rmSync(work, { recursive: true, force: true });

function readSqlite(db, sql) {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).pluck().get();
  } finally {
    d.close();
  }
}

const date = new Date().toISOString().slice(0, 10);
const t = (x) => `${x.wall.toFixed(3)} / ${x.cpu.toFixed(2)}`;
const r2 = (a, b) => `${(a.wall / b.wall).toFixed(2)}× / ${(a.cpu / b.cpu).toFixed(2)}×`;
// what a command costs beyond starting Node, against sqlite3's whole run (wall: sqlite3's CPU is
// below GNU time's 10 ms resolution on the small corpora)
const net = (a, floor, sq) => (sq ? `${((a.wall - floor.wall) / sq.wall).toFixed(2)}×` : 'n/a');
console.log(`\n### stats and list (median of ${runs} interleaved whole-process runs, wall s / CPU s, peak RSS = max over the runs, ${date}, \`node bench/documents.mjs ${process.argv.slice(2).join(' ')}\`)\n`);
console.log('sqlite3: `sqlite3 -csv -header DB "<list\'s SELECT>"` (the same rows, CSV); net = (cybercorpus − `node -e 0`) ÷ sqlite3, wall.\n');
console.log('| corpus | paragraphs | documents (with parts) | `node -e 0` | `stats` | ÷ node | `list` | ÷ node | `list --csv` | sqlite3 | list net ÷ sqlite3 | `list --parts` | ÷ node | sqlite3 (with parts) | net ÷ sqlite3 | peak RSS (stats / list / --parts) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ×${r.scale} | ${r.paragraphs} | ${r.documents} (${r.all}) | ${t(r.floor)} | ${t(r.stats)} | ${r2(r.stats, r.floor)} | ${t(r.list)} | ${r2(r.list, r.floor)} | ${t(r.listCsv)} | `
    + `${r.sqList ? t(r.sqList) : 'n/a'} | ${net(r.list, r.floor, r.sqList)} | ${t(r.parts)} | ${r2(r.parts, r.floor)} | ${r.sqParts ? t(r.sqParts) : 'n/a'} | ${net(r.parts, r.floor, r.sqParts)} | `
    + `${fmt.mib(r.stats.peak)} / ${fmt.mib(r.list.peak)} / ${fmt.mib(r.parts.peak)} |`);
}
