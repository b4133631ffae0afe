// The SQLite side of `add` alone, at two page-cache sizes (issue 19: is SQLite's cache worth its
// memory during the one write transaction of an `add`?). Parses a bench corpus once, then
// stores its documents ROUNDS times over (ids suffixed per round and file) into a fresh database in one
// transaction, with `PRAGMA cache_size` A then B, run by run; prints the CPU time of each store
// (process.cpuUsage: this thread and SQLite, which runs on it) and the medians.
// Usage: node bench/add-store-cache.mjs [scale=20] [rounds=5] [runs=3] [cacheA=-16000] [cacheB=-4000]
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from './corpus.mjs';
import { median } from './lib.mjs';
import { ROOT } from './lib.mjs';

const [scale = 20, rounds = 5, runs = 3, cacheA = -16000, cacheB = -4000] = process.argv.slice(2).map(Number);
const { parseBytes } = await import(join(ROOT, 'dist/parse.js'));
const { openStore } = await import(join(ROOT, 'dist/store/store.js'));
const { Writer } = await import(join(ROOT, 'dist/store/write.js'));
const { withParts } = await import(join(ROOT, 'dist/walk.js'));

const corpus = buildCorpus(scale);
const docs = [];
for (const path of corpus.files) docs.push(await parseBytes(readFileSync(path), { path }));
const stamp = { declared: '{}', parser: 'bench', addedAt: new Date().toISOString() };

function storeAll(cache) {
  const db = join(tmpdir(), `add-store-cache-${process.pid}.db`);
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  const conn = openStore(db);
  conn.pragma(`cache_size = ${cache}`);
  const writer = new Writer(conn);
  const t0 = process.cpuUsage();
  conn.exec('BEGIN IMMEDIATE');
  for (let r = 0; r < rounds; r++) {
    for (const [k, doc] of docs.entries()) {
      const copy = structuredClone(doc);
      for (const d of withParts(copy)) d.id = `${d.id}~r${r}f${k}`;
      writer.insert(copy, stamp);
    }
  }
  conn.exec('COMMIT');
  const u = process.cpuUsage(t0);
  conn.close();
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  return (u.user + u.system) / 1e6;
}

const times = { a: [], b: [] };
for (let i = 0; i < runs; i++) {
  times.a.push(storeAll(cacheA));
  times.b.push(storeAll(cacheB));
  console.error(`run ${i + 1}: cache ${cacheA}: ${times.a.at(-1).toFixed(2)} s CPU, cache ${cacheB}: ${times.b.at(-1).toFixed(2)} s CPU`);
}
console.log(`×${scale} stored ${rounds}× (${docs.length * rounds} files), median CPU: cache ${cacheA} ${median(times.a).toFixed(2)} s, cache ${cacheB} ${median(times.b).toFixed(2)} s, ratio ${(median(times.b) / median(times.a)).toFixed(3)}; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
