#!/usr/bin/env node
// Benchmark of `history` (issue 16): whole-process time (median) and peak memory.
//
//   npm run build && BENCH_RUNS=5 node bench/history.mjs     (npm run bench runs it too; its scales are ignored)
//
//  1. The ICT family as bundled (seeds/akn/): `history 78/237` (a lineage of eight texts) beside
//     `diff 77/36 78/237` and `node -e 0`, interleaved run by run.
//  2. A synthetic chain of 20 years of a long text: 20 AKN resolutions (sessions 60–79) of the
//     same title, each recalling the one before in its first preambular paragraph, each with the
//     Convention of 79/243's 269 numbered article paragraphs as operative paragraphs, every 7th one reworded
//     year by year and one paragraph dropped and one added each year. `history` of the last beside
//     `diff` of the last two.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, fmt, measureInterleaved, runOnce } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const dir = mkdtempSync(join(tmpdir(), 'cybercorpus-bench-history-'));
const cli = (db, ...args) => ({ cmd: process.execPath, args: [BIN, '--db', db, ...args] });

async function add(db, folder) {
  const r = await runOnce(process.execPath, [BIN, '--db', db, 'add', folder]);
  if (r.code !== 0) throw new Error(r.stderr);
}

function report(title, rows) {
  const base = rows.at(-1)[1];
  console.log(`\n${title} (median of ${runs} runs, interleaved)\n`);
  console.log('| command | wall | peak RSS | × last row |');
  console.log('|---|---|---|---|');
  for (const [name, m] of rows) console.log(`| \`${name}\` | ${fmt.s(m.median)} | ${fmt.mib(m.peak)} | ${fmt.ratio(m.median, base.median)} |`);
}

// 1. the family
const family = join(dir, 'family.db');
await add(family, join(ROOT, 'seeds/akn'));
{
  const [h, d, n] = await measureInterleaved([cli(family, 'history', '78/237'), cli(family, 'diff', '77/36', '78/237'), { cmd: process.execPath, args: ['-e', '0'] }], runs);
  report('history on the bundled ICT family', [['history 78/237', h], ['diff 77/36 78/237', d], ['node -e 0', n]]);
}

// 2. the synthetic chain
const xml = readFileSync(join(ROOT, 'seeds/akn/A_RES_79_243.fr.xml'), 'utf8');
const annex = xml.slice(xml.indexOf('<attachments>'));
const articles = [...annex.matchAll(/<num>\d+\.<\/num>\s*<content[^>]*>\s*<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const chain = join(dir, 'chain');
mkdirSync(chain);
let paragraphs = articles.slice();
for (let k = 0; k < 20; k++) {
  const session = 60 + k;
  const year = 1945 + session;
  if (k > 0) {
    paragraphs = paragraphs.map((t, i) => ((i + k) % 7 === 0 ? t.replace(/\b(\p{L}{6,})\b/u, `$1 ${k}`) : t));
    paragraphs.splice((k * 37) % paragraphs.length, 1);
    paragraphs.splice((k * 53) % paragraphs.length, 0, `Décide d’examiner à sa session ${session + 1} la question numéro ${k}.`);
  }
  const recall = k > 0 ? `<span class="italic">Rappelant</span> sa résolution ${session - 1}/1 du 1er décembre ${year - 1},` : '<span class="italic">Notant</span> les travaux menés,';
  const body = paragraphs.map((t, i) => `<paragraph eId="para_${i + 1}"><num>${i + 1}.</num><content><p><span class="italic">Décide</span> ${esc(t)}</p></content></paragraph>`).join('\n');
  writeFileSync(join(chain, `A_RES_${session}_1.fr.xml`), `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#DGACM"><FRBRWork><FRBRthis value="/akn/un/statement/deliberation/unga/${year}-12-01/${session}-1/!main/"></FRBRthis><FRBRdate date="${year}-12-01" name="adoption"></FRBRdate></FRBRWork></identification></meta>
<coverPage><p><docNumber refersTo="#symbol">A/RES/${session}/1</docNumber></p></coverPage>
<preface><p><docTitle>Texte long de la chaîne synthétique</docTitle></p></preface>
<preamble><formula name="enactingFormula"><p>L’Assemblée générale,</p></formula>
<container name="Rappelant"><p>${recall}</p></container>
<container name="Notant"><p><span class="italic">Notant</span> que la chaîne compte ${k + 1} textes,</p></container></preamble>
<mainBody>${body}</mainBody></statement></akomaNtoso>
`);
}
const chainDb = join(dir, 'chain.db');
await add(chainDb, chain);
{
  // the chain is what it should be: 20 texts in one line, 20 versions of a paragraph reworded each year
  const h = JSON.parse(spawnSync(process.execPath, [BIN, '--db', chainDb, 'history', '79/1', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  let depth = 0;
  for (let n = h.lineage; n; n = n.parents[0]) depth++;
  const longest = Math.max(...h.paragraphs.map((p) => p.versions.length));
  console.log(`\nsynthetic chain: lineage of ${depth} texts; ${h.paragraphs.length} paragraphs traced, the oldest through ${longest} texts; ${h.dropped.length} dropped along the way`);
}
{
  const [h, d, n] = await measureInterleaved([cli(chainDb, 'history', '79/1'), cli(chainDb, 'diff', '78/1', '79/1'), { cmd: process.execPath, args: ['-e', '0'] }], runs);
  report(`history on a synthetic chain of 20 years (${paragraphs.length} operative paragraphs each)`, [['history 79/1', h], ['diff 78/1 79/1', d], ['node -e 0', n]]);
}
rmSync(dir, { recursive: true, force: true });
