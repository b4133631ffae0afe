// `cybercorpus export` on scaled corpora: peak memory (RSS) and throughput of `export --csv`
// (paragraphs, the default table) against the sqlite3 shell running the very same SELECT in CSV
// mode (`sqlite3 -csv -header`), in the same run, runs interleaved so that machine load hits
// both alike. Also `export --jsonl` and `export --out DIR` (every table + datapackage.json).
// Outputs go to a regular file. The sqlite3 column is skipped with a notice when the shell is
// absent. Usage: node bench/export.mjs [scales…] [--big] (default 20 200; --big adds ×2000;
// BENCH_RUNS sets the runs per figure, default 5). Each scale's corpus DB is made once (untimed)
// by bench/corpus.mjs (shared with bench/search.mjs) and reused.
import { closeSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { corpusDb, scalesFrom } from './corpus.mjs';
import { BIN, ROOT, median, runOnce, which, fmt } from './lib.mjs';

const scales = scalesFrom(process.argv.slice(2), [20, 200]);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sqlite3 = which('sqlite3');
if (!sqlite3) process.stderr.write('bench/export: the sqlite3 shell is not installed: its column is skipped\n');

const { TABLES, tableSql } = await import(join(ROOT, 'dist/export/tables.js'));
const paragraphs = TABLES.find((t) => t.name === 'paragraphs');
const { sql: SQL } = tableSql(paragraphs, paragraphs.columns);

const work = mkdtempSync(join(tmpdir(), 'cybercorpus-bench-export-'));
const sink = join(work, 'out');

/** Per command: median seconds, max peak RSS, output bytes; runs interleaved (a, b, c, a, b, c…). */
async function paired(commands) {
  const res = commands.map(() => ({ times: [], peak: 0, bytes: 0 }));
  for (let i = 0; i < runs; i++) {
    for (const [k, { cmd, args, before, bytes }] of commands.entries()) {
      before?.();
      const fd = openSync(sink, 'w');
      const r = await runOnce(cmd, args, { stdout: fd });
      closeSync(fd);
      if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
      res[k].times.push(r.seconds);
      res[k].peak = Math.max(res[k].peak, r.peak);
      res[k].bytes = bytes ? bytes() : statSync(sink).size;
    }
  }
  return res.map((r) => ({ seconds: median(r.times), peak: r.peak, bytes: r.bytes }));
}

const node = process.execPath;
const rows = [];
for (const scale of scales) {
  const corpus = corpusDb(scale, 'bench/export');
  const { db } = corpus;
  const count = spawnSync(node, ['-e', `const D=require(${JSON.stringify(join(ROOT, 'node_modules/better-sqlite3'))});const d=new D(${JSON.stringify(db)},{readonly:true});console.log(d.prepare('select count(*) n from paragraphs').get().n)`], { encoding: 'utf8' });
  const paragraphCount = Number(count.stdout);
  const outDir = join(work, `pkg-${scale}`);
  const cc = (...args) => ({ cmd: node, args: [BIN, '--db', db, 'export', ...args] });
  const commands = [
    cc('--csv', '--table', 'aliases'),
    cc('--csv'),
    ...(sqlite3 ? [{ cmd: sqlite3, args: ['-csv', '-header', db, SQL] }] : []),
    cc('--jsonl'),
    {
      ...cc('--out', outDir),
      before: () => rmSync(outDir, { recursive: true, force: true }),
      bytes: () => TABLES.reduce((s, t) => s + statSync(join(outDir, `${t.name}.csv`)).size, 0),
    },
  ];
  const measured = await paired(commands);
  const [floor, csv, sq, jsonl, pkg] = sqlite3 ? measured : [measured[0], measured[1], undefined, measured[2], measured[3]];
  rows.push({ scale, files: corpus.files.length, dbBytes: statSync(db).size, paragraphs: paragraphCount, floor, csv, sq, jsonl, pkg });
}
rmSync(work, { recursive: true, force: true });

const date = new Date().toISOString().slice(0, 10);
const mbps = (m) => fmt.mbps(m.bytes, m.seconds);
console.log(`\n### export (median of ${runs} interleaved whole-process runs, peak RSS = max over the runs, ${date}, \`node bench/export.mjs ${process.argv.slice(2).join(' ')}\`)\n`);
console.log('`export --csv`: the paragraphs table (default). sqlite3: `sqlite3 -csv -header <db> "<the same SELECT>"`, the floor for');
console.log('the same bytes. `--out`: every table as CSV + datapackage.json. Output to a regular file. Throughput = output bytes ÷');
console.log('whole-process wall time; "net" subtracts the start-up floor, `export --csv --table aliases` (a few rows).\n');
console.log('| corpus | files | DB MB | paragraphs | floor | `export --csv` | MB/s | net MB/s | peak RSS | `sqlite3 -csv` | MB/s | peak RSS | export ÷ sqlite3 (whole / net) | `export --jsonl` | peak RSS | `export --out` (all tables) | peak RSS |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const net = r.csv.bytes / 1e6 / Math.max(1e-3, r.csv.seconds - r.floor.seconds);
  const sqRate = r.sq ? r.sq.bytes / 1e6 / r.sq.seconds : undefined;
  const ratio = sqRate === undefined ? 'n/a' : `${(r.csv.bytes / 1e6 / r.csv.seconds / sqRate).toFixed(2)} / ${(net / sqRate).toFixed(2)}`;
  console.log(`| ×${r.scale} | ${r.files} | ${(r.dbBytes / 1e6).toFixed(1)} | ${r.paragraphs} | ${fmt.s(r.floor.seconds)} | ${fmt.s(r.csv.seconds)} | ${mbps(r.csv)} | ${net.toFixed(2)} MB/s | ${fmt.mib(r.csv.peak)} | `
    + `${r.sq ? fmt.s(r.sq.seconds) : 'n/a'} | ${r.sq ? mbps(r.sq) : 'n/a'} | ${r.sq ? fmt.mib(r.sq.peak) : 'n/a'} | ${ratio} | `
    + `${fmt.s(r.jsonl.seconds)} | ${fmt.mib(r.jsonl.peak)} | ${fmt.s(r.pkg.seconds)} | ${fmt.mib(r.pkg.peak)} |`);
}
if (rows.length >= 2) {
  const [a, b] = [rows[0], rows.at(-1)];
  console.log(`\nPeak RSS of \`export --csv\` from ×${a.scale} to ×${b.scale} (${(b.paragraphs / a.paragraphs).toFixed(1)}× the paragraphs): ${fmt.mib(a.csv.peak)} → ${fmt.mib(b.csv.peak)}.`);
}
for (const r of rows) {
  if (r.sq && r.csv.bytes !== r.sq.bytes) console.log(`\nNote ×${r.scale}: output sizes differ (export ${r.csv.bytes} B, sqlite3 ${r.sq.bytes} B).`);
}
