// Hostile inputs against a budget per byte (issue 18, items 8–10): each generator writes an
// input at a base size and at 4× that size, `cybercorpus add` (or `search`) runs on both with the
// real CLI, and the script checks that time and peak memory grow no faster than the input:
// time per byte at 4× within 2.5× of that at 1× (so quadratic work, 16× the time for 4× the
// bytes, fails; the constant start-up cost only makes the ratio smaller), and peak memory
// within a fixed floor plus a budget per byte. Inputs beyond the parser's bounds are refused
// (exit 2) in constant work, which passes the same checks.
// Timings are not asserted in `npm test` (machines vary); this script is the standing check.
// Usage: node bench/adversarial.mjs [--base BYTES]   (npm run adversarial; exit 1 when a case fails)
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, median, runOnce, fmt } from './lib.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--base');
const BASE = at >= 0 ? Number(args[at + 1]) : 400_000;
if (!Number.isFinite(BASE) || BASE < 10_000) {
  process.stderr.write('bench/adversarial: --base takes a size in bytes, at least 10000\n');
  process.exit(2);
}
/** time per byte at 4× the input, at most this many times that at 1× */
const TIME_GROWTH = 2.5;
/** peak RSS at most FLOOR + PER_BYTE × input bytes */
const FLOOR = 200 * 1048576;
const PER_BYTE = 12;
const RUNS = 3;

/** Repeat `unit` until the text has about `bytes` bytes. */
const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));

/** Generators: bytes → { file content, command args after the file (default: add) }. */
const CASES = {
  'markdown: nested blockquotes, one line': (n) => fill('> ', n),
  'markdown: nested list markers, one line': (n) => fill('- ', n),
  'markdown: ordered list markers, one line': (n) => fill('1. ', n),
  'markdown: unclosed links': (n) => `# Titre\n\n${fill('[a](b', n)}\n`,
  'markdown: bracket runs': (n) => `# Titre\n\n${'['.repeat(n / 2)}${']'.repeat(n / 2)}\n`,
  'markdown: emphasis marks': (n) => `# Titre\n\n${fill('*a_', n)}\n`,
  'markdown: many short paragraphs': (n) => `# Titre\n\n${fill('*Rappelant* sa résolution 75/240 du 31 décembre 2020<sup>1</sup>,\n\n', n)}`,
  'pdf text: one very long line': (n) => `${fill('progrès de l’informatique ', n)}\n`,
  'pdf text: numbers and markers': (n) => fill('  1.   2021-202527 numérique4  \n\n', n),
  'pdf text: page furniture only': (n) => fill('A/RES/75/22\n\n3/12 20-16303\n\n__________________\n\n', n),
  'akn: deep nesting': (n) => {
    const depth = Math.floor(n / 30);
    return `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><mainBody>${'<paragraph><content>'.repeat(depth)}x${'</content></paragraph>'.repeat(depth)}</mainBody></statement></akomaNtoso>`;
  },
  'akn: many paragraphs': (n) => `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><mainBody>${fill('<paragraph><num>1.</num><content><p><i>Décide</i> de rester saisie de la question ;</p></content></paragraph>', n)}</mainBody></statement></akomaNtoso>`,
};

/** Search queries run against the bundled corpus: the text is the query itself. */
const QUERIES = {
  'search: nested parentheses': (n) => `${'('.repeat(n / 2)}x${')'.repeat(n / 2)}`,
  'search: many OR terms': (n) => fill('programme OR ', n) + 'action',
};

const work = mkdtempSync(join(tmpdir(), 'cybercorpus-adversarial-'));
let failed = 0;

async function measureCase(name, argsFor) {
  const rows = [];
  for (const scale of [1, 4]) {
    const times = [];
    let peak = 0;
    let code = 0;
    let bytes = 0;
    let clean = true;
    for (let i = 0; i < RUNS; i++) {
      const { args, size } = argsFor(scale * BASE, i);
      bytes = size;
      const r = await runOnce(process.execPath, [BIN, ...args], { env: { XDG_DATA_HOME: join(work, 'home') } });
      times.push(r.seconds);
      peak = Math.max(peak, r.peak);
      code = r.code;
      // a crash, or a foreseeable condition called a bug, is a failure whatever the time
      if (![0, 1, 2].includes(r.code) || /internal error|RangeError|heap out of memory/u.test(r.stderr)) clean = false;
    }
    rows.push({ bytes, seconds: median(times), peak, code, clean });
  }
  const [a, b] = rows;
  const growth = (b.seconds / b.bytes) / (a.seconds / a.bytes);
  const budget = FLOOR + PER_BYTE * b.bytes;
  const ok = growth <= TIME_GROWTH && b.peak <= budget && a.clean && b.clean;
  if (!ok) failed++;
  console.log(`| ${name} | ${(a.bytes / 1e6).toFixed(2)} MB → ${(b.bytes / 1e6).toFixed(2)} MB | exit ${a.code}/${b.code} | ${fmt.s(a.seconds)} → ${fmt.s(b.seconds)} | ${growth.toFixed(2)}× | ${fmt.mib(a.peak)} → ${fmt.mib(b.peak)} (budget ${fmt.mib(budget)}) | ${ok ? 'held' : '**FAILED**'} |`);
}

console.log(`\n### Hostile inputs: time and memory per byte (\`node bench/adversarial.mjs --base ${BASE}\`, ${new Date().toISOString().slice(0, 10)}, median of ${RUNS} whole-process runs)\n`);
console.log(`Held: time per byte at 4× within ${TIME_GROWTH}× of that at 1×, and peak RSS within ${fmt.mib(FLOOR)} + ${PER_BYTE} bytes per input byte.\n`);
console.log('| input | size | exit codes | wall time | time per byte, 4× ÷ 1× | peak RSS | verdict |');
console.log('|---|---|---|---|---|---|---|');
try {
  // one corpus to search: the bundled one, built once before timing
  const db = join(work, 'search.db');
  await runOnce(process.execPath, [BIN, '--db', db, 'add', join(BIN, '../../seeds')]);
  for (const [name, gen] of Object.entries(CASES)) {
    await measureCase(name, (n, i) => {
      const file = join(work, `in-${n}-${i}.txt`);
      writeFileSync(file, gen(n));
      // a fresh corpus each run: `add` of an unchanged file would do nothing
      return { args: ['--db', join(work, `c-${n}-${i}-${Math.random().toString(36).slice(2)}.db`), 'add', file], size: statSync(file).size };
    });
  }
  for (const [name, gen] of Object.entries(QUERIES)) {
    // an argument is bounded (10,000 characters, issue 18): the query sizes stay near that bound
    await measureCase(name, (n) => {
      const q = gen(Math.min(n / 160, 9_000));
      return { args: ['--db', db, 'search', q, '--count'], size: Buffer.byteLength(q) };
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed > 0) {
  console.log(`\n${failed} case(s) over budget`);
  process.exit(1);
}
