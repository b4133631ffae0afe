// `cybercorpus search` per kind of query (issue 19) on scaled corpora, each paired in the same run
// with the ripgrep command that does the nearest thing over the same raw files, plus `stats` and
// `list` beside `node -e 0`. Whole-process wall-clock medians and peak RSS (max over the runs) for
// both sides; the runs of every command of a scale are interleaved so that load on the machine
// hits them alike: on a shared machine the times move from run to run, the ratios of one run are
// what counts. ripgrep comes from the system (`apt-get install ripgrep`); without it its columns
// are skipped, and the output says so. Outputs go to a regular file (not /dev/null, which lets
// ripgrep stop at the first match).
// Usage: node bench/search.mjs [scales…] [--big]   (default 20 200; --big adds ×2000, 897 MB;
// BENCH_RUNS sets the runs per figure, default 5). Each scale's database is made once (untimed)
// by bench/corpus.mjs and reused.
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { corpusDb, scalesFrom } from './corpus.mjs';
import { BIN, ROOT, median, runOnce, which, fmt } from './lib.mjs';
import { KINDS } from './search-kinds.mjs';

const scales = scalesFrom(process.argv.slice(2), [20, 200]);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const rg = which('rg');
const rgNote = rg
  ? `ripgrep: ${spawnSync(rg, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]} (${rg})`
  : 'ripgrep (rg) is not installed: its columns are skipped (apt-get install ripgrep)';
process.stderr.write(`bench/search: ${rgNote}\n`);


const work = mkdtempSync(join(tmpdir(), 'cybercorpus-bench-search-'));
const sink = join(work, 'out');

/** Per command: median seconds and max peak RSS, runs interleaved (a, b, c, a, b, c, …). */
async function paired(commands) {
  const res = commands.map(() => ({ times: [], peak: 0 }));
  for (let i = 0; i < runs; i++) {
    for (const [k, [cmd, args]] of commands.entries()) {
      // a failed run is retried (twice at most): in a shared checkout, dist/ may be rebuilding
      for (let attempt = 0; ; attempt++) {
        const fd = openSync(sink, 'w');
        const r = await runOnce(cmd, args, { stdout: fd });
        closeSync(fd);
        if (r.code === 0 || r.code === 1) {
          res[k].times.push(r.seconds);
          res[k].peak = Math.max(res[k].peak, r.peak);
          break;
        }
        if (attempt === 2) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
        process.stderr.write(`bench/search: retrying (${r.stderr.trim().slice(0, 120)})\n`);
        await new Promise((done) => setTimeout(done, 2000));
      }
    }
  }
  return res.map((r) => ({ seconds: median(r.times), peak: r.peak }));
}

const node = process.execPath;
const rows = [];
for (const scale of scales) {
  const corpus = corpusDb(scale, 'bench/search');
  const db = corpus.db;
  const paragraphs = Number(spawnSync(node, ['-e', `const D=require(${JSON.stringify(join(ROOT, 'node_modules/better-sqlite3'))});console.log(new D(${JSON.stringify(db)},{readonly:true}).prepare('select count(*) n from paragraphs').get().n)`], { encoding: 'utf8' }).stdout);
  const cc = (...args) => [node, [BIN, '--db', db, ...args]];
  const commands = [[node, ['-e', '0']], cc('stats'), cc('list')];
  for (const k of KINDS) commands.push(cc('search', ...k.args), ...(rg ? [[rg, [...k.rg, corpus.dir]]] : []));
  process.stderr.write(`bench/search: ×${scale}: ${commands.length} commands × ${runs} runs\n`);
  const m = await paired(commands);
  const [floor, stats, list] = m;
  const kinds = KINDS.map((k, i) => ({ ...k, cc: m[3 + i * (rg ? 2 : 1)], rgm: rg ? m[4 + i * 2] : undefined }));
  rows.push({ scale, files: corpus.files.length, bytes: corpus.bytes, paragraphs, floor, stats, list, kinds });
}
rmSync(work, { recursive: true, force: true });

const date = new Date().toISOString().slice(0, 10);
const mb = (r) => (r.bytes / 1e6).toFixed(1);
console.log(`\n### search per kind of query (median of ${runs} interleaved whole-process runs, peak RSS = max over the runs, ${date}, \`node bench/search.mjs ${process.argv.slice(2).join(' ')}\`)\n`);
console.log(`${rgNote}. On a shared machine the times move from run to run; the ratio of each line (both sides measured in the same runs) is what counts.\n`);
console.log('| query | corpus | MB | cybercorpus | peak RSS | rg | rg peak RSS | ÷ rg |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [i, k] of KINDS.entries()) {
  for (const r of rows) {
    const x = r.kinds[i];
    console.log(`| ${k.kind}: \`${['search', ...k.args].join(' ')}\` vs \`rg ${k.rg.join(' ')}\` | ×${r.scale} | ${mb(r)} | ${fmt.s(x.cc.seconds)} | ${fmt.mib(x.cc.peak)} | `
      + `${x.rgm ? fmt.s(x.rgm.seconds) : 'n/a'} | ${x.rgm ? fmt.mib(x.rgm.peak) : 'n/a'} | ${x.rgm ? fmt.ratio(x.cc.seconds, x.rgm.seconds) : 'n/a'} |`);
  }
}

console.log('\nWhere cybercorpus passes ripgrep (first scale measured from which it is as fast or faster; else a straight line through the two largest):\n');
for (const [i, k] of KINDS.entries()) {
  if (!rg) break;
  const cc = (r) => r.kinds[i].cc.seconds;
  const rgOf = (r) => r.kinds[i].rgm.seconds;
  const from = rows.findIndex((_, j) => rows.slice(j).every((r) => cc(r) <= rgOf(r)));
  if (from >= 0) {
    console.log(`- ${k.kind}: from ×${rows[from].scale} (${mb(rows[from])} MB) on.`);
    continue;
  }
  const [a, b] = rows.slice(-2);
  if (!a || !b || b.bytes === a.bytes) {
    console.log(`- ${k.kind}: slower than rg at ×${rows[0].scale}.`);
    continue;
  }
  const gain = (rgOf(b) - rgOf(a) - (cc(b) - cc(a))) / (b.bytes - a.bytes);
  const cross = gain > 0 ? b.bytes + (cc(b) - rgOf(b)) / gain : Infinity;
  console.log(`- ${k.kind}: slower at every scale measured; ${Number.isFinite(cross)
    ? `a straight line through the two largest crosses at about ${(cross / 1e6).toFixed(0)} MB (×${Math.round(cross / (b.bytes / b.scale))})`
    : 'its time grows at least as fast as rg\'s (it grows with the hits), so they do not cross'}.`);
}

console.log('\n`stats` and `list` beside `node -e 0` (the floor of any Node command):\n');
console.log('| corpus | MB | paragraphs | `node -e 0` | `stats` | peak RSS | ÷ node | `list` | peak RSS | ÷ node |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ×${r.scale} | ${mb(r)} | ${r.paragraphs} | ${fmt.s(r.floor.seconds)} | ${fmt.s(r.stats.seconds)} | ${fmt.mib(r.stats.peak)} | ${fmt.ratio(r.stats.seconds, r.floor.seconds)} | `
    + `${fmt.s(r.list.seconds)} | ${fmt.mib(r.list.peak)} | ${fmt.ratio(r.list.seconds, r.floor.seconds)} |`);
}
