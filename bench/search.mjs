// `cybercorpus search` on scaled corpora, paired in the same run against `node -e 0` (the floor
// of any Node CLI) and `rg -i "programme d.action"` over the same raw files (skipped with a
// notice when ripgrep is not installed). Whole-process wall-clock medians; the runs of the
// commands compared at one scale are interleaved so that load on the machine hits them alike.
// Outputs go to a regular file (not /dev/null, which lets ripgrep stop at the first match).
// Usage: node bench/search.mjs [scales…]   (default 1 20 200; BENCH_RUNS sets the runs per figure,
// default 11). The corpus DB of each scale is built once with `cybercorpus add` (untimed) in
// bench/corpus/search-x<N>.db and reused; `add` again is a no-op when nothing changed.
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildCorpus } from './corpus.mjs';
import { BIN, ROOT, median, runOnce, which, fmt } from './lib.mjs';

const scales = process.argv.slice(2).map(Number).filter(Boolean);
const runs = Number(process.env.BENCH_RUNS ?? 11);
const PHRASE = "programme d'action";
/** a rare phrase (one paragraph per copy of seed 001): the search no longer grows with the hits */
const RARE = 'communication dans les conflits';
const RARE_RG = 'communication dans les conflits';
const rg = which('rg');
if (!rg) process.stderr.write('bench/search: ripgrep (rg) is not installed: its column is skipped\n');

const work = mkdtempSync(join(tmpdir(), 'cybercorpus-bench-search-'));
const sink = join(work, 'out');

/** Median seconds of each command, runs interleaved (a, b, c, a, b, c, …). */
async function paired(commands) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, [cmd, args, ok = [0]]] of commands.entries()) {
      // a failed run is retried (twice at most): in a shared checkout, dist/ may be rebuilding
      for (let attempt = 0; ; attempt++) {
        const fd = openSync(sink, 'w');
        const r = await runOnce(cmd, args, { stdout: fd });
        closeSync(fd);
        if (ok.includes(r.code)) {
          times[k].push(r.seconds);
          break;
        }
        if (attempt === 2) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
        process.stderr.write(`bench/search: retrying (${r.stderr.trim().slice(0, 120)})\n`);
        await new Promise((done) => setTimeout(done, 2000));
      }
    }
  }
  return times.map(median);
}

const node = process.execPath;
// first every corpus and its database, then every command of every scale in one interleaved
// loop: node -e 0 and rg are measured under the same load as the searches they are compared with
const setups = [];
for (const scale of scales.length ? scales : [1, 20, 200]) {
  const corpus = buildCorpus(scale);
  const db = join(ROOT, 'bench', 'corpus', `search-x${scale}.db`);
  process.stderr.write(`bench/search: ×${scale}: cybercorpus add (untimed) → ${db}\n`);
  const add = spawnSync(node, [BIN, '--db', db, 'add', corpus.dir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (add.status !== 0) throw new Error(`add failed: ${add.stderr}`);
  const cc = (...args) => [node, [BIN, '--db', db, 'search', ...args], [0]];
  const count = spawnSync(node, [BIN, '--db', db, 'search', PHRASE, '--count', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const hits = JSON.parse(count.stdout).reduce((a, r) => a + r.hits, 0);
  const paragraphs = Number(spawnSync(node, ['-e', `const D=require(${JSON.stringify(join(ROOT, 'node_modules/better-sqlite3'))});console.log(new D(${JSON.stringify(db)},{readonly:true}).prepare('select count(*) n from paragraphs').get().n)`], { encoding: 'utf8' }).stdout);
  const commands = [
    cc(PHRASE),
    cc(PHRASE, '--count'),
    cc(PHRASE, '--jsonl'),
    cc(RARE),
    ...(rg ? [[rg, ['-i', 'programme d.action', corpus.dir]], [rg, ['-i', RARE_RG, corpus.dir]]] : []),
  ];
  setups.push({ scale, files: corpus.files.length, bytes: corpus.bytes, paragraphs, hits, commands });
}
const baselines = [[node, ['-e', '0']], [node, [BIN, '--version']]];
const times = await paired([...baselines, ...setups.flatMap((s) => s.commands)]);
const [floor, version] = times;
let at = baselines.length;
const rows = setups.map(({ commands, ...s }) => {
  const [page, counted, all, rare, rgTime, rgRare] = times.slice(at, (at += commands.length));
  return { ...s, floor, version, page, counted, all, rare, rg: rgTime, rgRare };
});
rmSync(work, { recursive: true, force: true });

const date = new Date().toISOString().slice(0, 10);
console.log(`\n### search (median of ${runs} interleaved whole-process runs, ${date}, \`node bench/search.mjs ${process.argv.slice(2).join(' ')}\`)\n`);
console.log(`Query: \`cybercorpus search "${PHRASE}"\` — text view: bm25 ranking of every hit, first 20 hits with snippets, total on stderr.`);
console.log('`--jsonl` streams every hit with its snippet. ripgrep: `rg -i "programme d.action" <folder>` (line matches only).\n');
console.log('| corpus | files | MB | paragraphs | hits | `node -e 0` | `--version` | ÷ node | search (page of 20) | ÷ node | `--count` | `--jsonl` (all hits) | rg -i | search ÷ rg |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ×${r.scale} | ${r.files} | ${(r.bytes / 1e6).toFixed(1)} | ${r.paragraphs} | ${r.hits} | ${fmt.s(r.floor)} | ${fmt.s(r.version)} | ${fmt.ratio(r.version, r.floor)} | ${fmt.s(r.page)} | ${fmt.ratio(r.page, r.floor)} | ${fmt.s(r.counted)} | ${fmt.s(r.all)} | ${r.rg === undefined ? 'n/a' : fmt.s(r.rg)} | ${r.rg === undefined ? 'n/a' : fmt.ratio(r.page, r.rg)} |`);
}

console.log(`\nA rare phrase: \`cybercorpus search "${RARE}"\` (one paragraph per copy of seed 001) vs \`rg -i "${RARE_RG}"\`.\n`);
console.log('| corpus | MB | search | rg -i | search ÷ rg |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ×${r.scale} | ${(r.bytes / 1e6).toFixed(1)} | ${fmt.s(r.rare)} | ${r.rgRare === undefined ? 'n/a' : fmt.s(r.rgRare)} | ${r.rgRare === undefined ? 'n/a' : fmt.ratio(r.rare, r.rgRare)} |`);

if (rg) {
  for (const [label, cc, rgOf] of [['"' + PHRASE + '"', (r) => r.page, (r) => r.rg], ['the rare phrase', (r) => r.rare, (r) => r.rgRare]]) {
    const faster = rows.find((r) => cc(r) < rgOf(r));
    if (faster) {
      console.log(`\n${label}: cybercorpus search is faster than rg from ×${faster.scale} (${(faster.bytes / 1e6).toFixed(1)} MB) on.`);
      continue;
    }
    // straight lines through the two largest scales: where would they cross?
    const [a, b] = rows.slice(-2);
    if (!a || !b || b.bytes === a.bytes) continue;
    const slope = (f) => (f(b) - f(a)) / (b.bytes - a.bytes);
    const gain = slope(rgOf) - slope(cc);
    const cross = gain > 0 ? b.bytes + (cc(b) - rgOf(b)) / gain : Infinity;
    console.log(`\n${label}: rg is faster at every scale measured; ${Number.isFinite(cross)
      ? `extrapolating the two largest linearly, cybercorpus would pass rg at about ${(cross / 1e6).toFixed(0)} MB (×${Math.round(cross / (rows[0].bytes / rows[0].scale))})`
      : 'the search time grows at least as fast as rg\'s here (its hits grow with the corpus), so they do not cross'}.`);
  }
}
