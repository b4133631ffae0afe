#!/usr/bin/env node
// Benchmark of `diff`: seed 003 (the longest seed: an SG report with 23 embedded replies,
// 799 paragraphs, ~45,000 words) against a reworded copy of itself.
//
//   npm run build && node bench/diff.mjs [runs]
//
// The copy: every 7th paragraph reworded (a word replaced, one inserted, one deleted), in each
// document of 10+ paragraphs its 2nd paragraph moved to the end, one paragraph deleted and one
// added per document. Prints the median wall and CPU time of diffDocuments (parsing excluded) and the
// summary, then the same for the paragraphs concatenated 2×, 4× and 8× (distinct copies), to
// show how the cost grows.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const { parseBytes } = await import(join(root, 'dist/parse.js'));
const { diffDocuments } = await import(join(root, 'dist/diff/index.js'));

const runs = Number(process.argv[2] ?? 15);
const file = join(root, 'seeds', readdirSync(join(root, 'seeds')).find((f) => f.startsWith('003_')));
const doc = await parseBytes(readFileSync(file), { path: file });

function reword(text, k) {
  const words = text.split(' ');
  if (words.length < 4) return `${text} (modifié)`;
  const i = 1 + (k % (words.length - 2));
  words[i] = `${words[i]}s`; // replaced
  words.splice(Math.min(i + 2, words.length), 0, 'notamment'); // inserted
  words.splice(Math.max(1, i - 1), 1); // deleted
  return words.join(' ');
}

let counter = 0;
function rewordDoc(d) {
  const ps = d.paragraphs.map((p) => ({ ...p, text: counter++ % 7 === 0 ? reword(p.text, counter) : p.text }));
  if (ps.length >= 10) {
    const [moved] = ps.splice(1, 1);
    ps.push(moved);
    ps.splice(5, 1); // deleted
    const n = Math.max(...ps.map((p) => p.n)) + 1; // a new paragraph; n is kept as the id that parent refers to
    ps.splice(3, 0, { ...ps[3], n, parent_n: null, text: `Paragraphe ajouté ${counter} : la Commission prend note des propositions nouvelles.` });
  }
  return { ...d, paragraphs: ps, parts: d.parts.map(rewordDoc) };
}

function flatten(d, copy) {
  const own = d.paragraphs.map((p) => ({ ...p, kind: 'text', number: null, text: copy ? `${p.text} [copie ${copy}]` : p.text }));
  return [...own, ...d.parts.flatMap((x) => flatten(x, copy))];
}

function time(a, b) {
  diffDocuments(a, b); // warm-up
  const ts = [];
  const cpu = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = diffDocuments(a, b);
    ts.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  // wall time suffers from other processes on a shared machine; CPU time of this process less so
  return { ms: median(ts), cpuMs: median(cpu), result };
}

const count = (d) => d.paragraphs.length + d.parts.reduce((n, x) => n + count(x), 0);
const words = (d) => d.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0) + d.parts.reduce((n, x) => n + words(x), 0);

const copy = rewordDoc(doc);
const { ms, cpuMs, result } = time(doc, copy);
console.log(`seed 003 vs reworded copy: ${count(doc)} paragraphs, ${words(doc)} words; median of ${runs}: ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU`);
console.log('  summary', JSON.stringify(result.summary));

for (const k of [1, 2, 4, 8]) {
  const big = { ...doc, parts: [], paragraphs: Array.from({ length: k }, (_, c) => flatten(doc, c)).flat().map((p, i) => ({ ...p, n: i + 1 })) };
  const bigCopy = rewordDoc({ ...big, parts: [] });
  const w = words(big);
  const r = time(big, bigCopy);
  console.log(`  one flat document ×${k}: ${big.paragraphs.length} paragraphs, ${w} words: ${r.ms.toFixed(1)} ms wall, ${r.cpuMs.toFixed(1)} ms CPU (${((r.cpuMs * 1000) / w).toFixed(2)} µs CPU/word)`);
}
