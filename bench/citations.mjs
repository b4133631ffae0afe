// Citation accuracy against the UN's own links (issue 15).
//
// For each AKN file of a folder (default ../shared/akn-dev/): the truth is the set of UN
// symbols its XML links (bench/citations-links.mjs, a reader of its own); the files are added
// with the real CLI into a temporary database and the citations read back with
// `export --table citations`. Printed per rendering: recall of the linked symbols (all, and GA
// resolutions only), the share of documents with every link found, and the count of extracted
// targets the UN did not link. Written for review into bench/out/:
//   citations-missed-<rendering>.tsv    linked symbols not extracted (file, symbol, link text)
//   citations-unlinked-<rendering>.tsv  extracted targets not linked (file, target, kind, as written)
//
// Renderings: the AKN files themselves, and their UN-page markdown and PDF-text renderings made
// by the structure harness's renderers (bench/accuracy/render.ts, imported, not rewritten).
//
// Usage: npm run accuracy:citations [-- FOLDER] [--limit N] [--every K] [--formats akn,markdown,pdf]
//   --limit N   only the first N files (sorted by name); --every K: every K-th file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, ROOT } from './lib.mjs';
import { isGaResolutionKey, jointKeys, linkedSymbols, symbolKey, wholeKey } from './citations-links.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const limit = Number(opt('--limit') ?? Infinity);
const every = Number(opt('--every') ?? 1);
const formats = (opt('--formats') ?? 'akn,markdown,pdf').split(',');
const folder = resolve(args[0] ?? join(ROOT, '../shared/akn-dev'));

let files;
try {
  files = readdirSync(folder).filter((f) => f.endsWith('.xml')).sort();
} catch {
  process.stderr.write(`bench/citations: no folder ${folder}\n`);
  process.exit(2);
}
files = files.filter((_, i) => i % every === 0).slice(0, limit).map((f) => join(folder, f));

/**
 * The renderings measured: each turns the AKN files into files to add, and says which AKN
 * file each added file came from.
 */
const { readPage, renderMarkdown, renderPdf } = await loadRenderers();
const rendered = (ext, render) => (xmlFiles, dir) => xmlFiles.map((f) => {
  const path = join(dir, `${basename(f, '.xml')}.${ext}`);
  writeFileSync(path, render(readPage(readFileSync(f, 'utf8'), basename(f))));
  return { path, source: f };
});
const ALL_RENDERINGS = [
  { name: 'akn', render: (xmlFiles) => xmlFiles.map((f) => ({ path: f, source: f })) },
  { name: 'markdown', render: rendered('md', renderMarkdown) },
  { name: 'pdf', render: rendered('txt', renderPdf) },
];
const renderings = ALL_RENDERINGS.filter((r) => formats.includes(r.name));

/** The structure harness's renderers (TypeScript), bundled with esbuild into bench/out/. */
async function loadRenderers() {
  const { build } = await import('esbuild');
  const outfile = join(ROOT, 'bench/out/citations-render.mjs');
  await build({ entryPoints: [join(ROOT, 'bench/citations-render.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}

function cli(db, ...argv) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`cybercorpus ${argv.slice(0, 4).join(" ")}${argv.length > 4 ? " …" : ""} exited ${r.status}: ${r.stderr.slice(0, 1000)}`);
  return r.stdout;
}

const jsonl = (text) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Truth per AKN file: Map key → { symbol, text } (first link of each symbol). */
const truth = new Map();
for (const f of files) {
  const links = new Map();
  for (const l of linkedSymbols(readFileSync(f, 'utf8'))) {
    const key = symbolKey(l.symbol);
    if (!links.has(key)) links.set(key, l);
  }
  truth.set(f, links);
}

// two decimals: 98.97 % must not read as the 99 % aim
const pct = (a, b) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(2)} %`);
const outDir = join(ROOT, 'bench/out');
mkdirSync(outDir, { recursive: true });
const results = [];

for (const rendering of renderings) {
  const work = mkdtempSync(join(tmpdir(), `cybercorpus-citations-${rendering.name}-`));
  try {
    const added = rendering.render(files, work);
    const sourceOf = new Map(added.map((a) => [resolve(a.path), a.source]));
    const db = join(work, 'corpus.db');
    cli(db, 'add', '--keep-going', ...added.map((a) => a.path));
    const docs = jsonl(cli(db, 'export', '--table', 'documents', '--jsonl', '--columns', 'id,parent_id,source_path'));
    const fileOf = new Map(docs.map((d) => [d.id, sourceOf.get(resolve(d.source_path)) ?? null]));
    /** extracted per AKN file: Map key → citation row */
    const extracted = new Map(files.map((f) => [f, new Map()]));
    for (const c of jsonl(cli(db, 'export', '--table', 'citations', '--jsonl'))) {
      const f = fileOf.get(c.document_id);
      if (!f) continue;
      const key = symbolKey(c.target);
      if (!extracted.get(f).has(key)) extracted.get(f).set(key, c);
    }

    // the text each file's documents hold, to tell a symbol the grammar missed from one whose
    // text the parser lost before extraction (a structure fault, measured by npm run accuracy)
    const stored = new Map(files.map((f) => [f, []]));
    for (const table of ['paragraphs', 'footnotes']) {
      for (const r of jsonl(cli(db, 'export', '--table', table, '--jsonl', '--columns', 'document_id,text'))) {
        const f = fileOf.get(r.document_id);
        if (f) stored.get(f).push(r.text);
      }
    }
    const squash = (t) => t.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, '').replace(/[\u2010\u2011]/g, '-');

    let linked = 0, found = 0, gaLinked = 0, gaFound = 0, docsWithLinks = 0, docsAllFound = 0, unlinkedCount = 0, extractedCount = 0, lost = 0;
    const missed = [];
    const unlinked = [];
    for (const f of files) {
      const links = truth.get(f);
      const got = extracted.get(f);
      const gotWhole = new Set([...got.keys()].flatMap((k) => [k, wholeKey(k)]));
      const linkWhole = new Set([...links.keys()].flatMap((k) => [k, wholeKey(k)]));
      let all = true;
      let joined = null;
      const text = () => (joined ??= squash(stored.get(f).join(' ')));
      for (const [key, l] of links) {
        const joint = jointKeys(key);
        const ok = gotWhole.has(key) || gotWhole.has(wholeKey(key)) || (joint.length > 0 && joint.every((k) => gotWhole.has(k)));
        linked++;
        if (ok) found++;
        else {
          all = false;
          const inText = text().includes(squash(l.text));
          if (!inText) lost++;
          missed.push([rel(f), l.symbol, l.text, inText ? 'grammar' : 'text lost']);
        }
        if (isGaResolutionKey(key)) {
          gaLinked++;
          if (ok) gaFound++;
        }
      }
      if (links.size > 0) {
        docsWithLinks++;
        if (all) docsAllFound++;
      }
      for (const [key, c] of got) {
        extractedCount++;
        if (linkWhole.has(key) || linkWhole.has(wholeKey(key))) continue;
        unlinkedCount++;
        unlinked.push([rel(f), c.target, c.kind, c.as_written]);
      }
    }
    const tsv = (rows) => rows.map((r) => r.map((x) => String(x ?? '').replace(/[\t\n]/g, ' ')).join('\t')).join('\n') + '\n';
    writeFileSync(join(outDir, `citations-missed-${rendering.name}.tsv`), 'file\tsymbol\tlink_text\twhy\n' + tsv(missed));
    writeFileSync(join(outDir, `citations-unlinked-${rendering.name}.tsv`), 'file\ttarget\tkind\tas_written\n' + tsv(unlinked));
    results.push({ name: rendering.name, lost, linked, found, gaLinked, gaFound, docsWithLinks, docsAllFound, extractedCount, unlinkedCount });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function rel(f) {
  return f.slice(folder.length + 1);
}

process.stdout.write(`Citations against the UN's links: ${files.length} files of ${folder}\n\n`);
process.stdout.write('| rendering | linked symbols found | GA resolutions found | documents with every link found | found, where the parser kept the text | extracted, not linked |\n|---|---|---|---|---|---|\n');
for (const r of results) {
  process.stdout.write(`| ${r.name} | ${pct(r.found, r.linked)} (${r.found}/${r.linked}) | ${pct(r.gaFound, r.gaLinked)} (${r.gaFound}/${r.gaLinked}) | ${pct(r.docsAllFound, r.docsWithLinks)} (${r.docsAllFound}/${r.docsWithLinks}) | ${pct(r.found, r.linked - r.lost)} (${r.lost} lost) | ${r.unlinkedCount} of ${r.extractedCount} |\n`);
}
process.stdout.write(`\nLists for review: bench/out/citations-missed-<rendering>.tsv, bench/out/citations-unlinked-<rendering>.tsv\n`);
