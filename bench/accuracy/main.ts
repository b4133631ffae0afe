/**
 * `npm run accuracy`: the accuracy harness of issue 14. For every AKN file of a folder (default
 * ../shared/akn-dev/), the truth is read from the XML (truth.ts), the file is rendered as UN-page
 * markdown and as PDF-extracted text (render.ts), the three are added with the real CLI into
 * three databases (one `add --keep-going` per format: the CLI's own workers parallelise), read
 * back with `export --json`, and scored paragraph by paragraph (compare.ts).
 *
 * Prints each metric's rate per format and the share of documents fully right per format; writes
 * the failing documents with their first difference to bench/out/accuracy-failures.txt and the
 * figures to bench/out/accuracy.json. See ACCURACY.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  FORMATS, METRICS, PER_ITEM, STRUCTURE, right, sameParagraphs, score,
  type Format, type Metric, type ParsedDocument, type Score,
} from './compare.js';
import { renderMarkdown, renderPdf } from './render.js';
import { readTruth, type Truth } from './truth.js';
import type { Page } from './page.js';

const USAGE = `usage: npm run accuracy -- [options]

  --dir DIR          the AKN files (default ../shared/akn-dev/)
  --limit N          the first N files (in name order)
  --sample N         N files spread evenly over the folder
  --files A,B        only these files (names in DIR)
  --formats LIST     akn,markdown,pdf (default: all three)
  --out FILE         failing documents and their first difference (default bench/out/accuracy-failures.txt)
  --json FILE        the figures as JSON (default bench/out/accuracy.json)
  --keep DIR         keep the renderings and databases in DIR (default: a temporary folder, removed)
  --workers N        passed to \`cybercorpus add\`
  --render FILE      print one file's rendering (with --formats markdown or pdf) and stop
  --cli PATH         the CLI launcher (default bin/cybercorpus.cjs of this checkout)`;

export interface Options {
  root: string;
  dir: string;
  files: string[];
  formats: Format[];
  out: string;
  json: string;
  keep: string | null;
  workers: string | null;
  cli: string;
  quiet?: boolean;
}

export interface FormatResult {
  format: Format;
  documents: number;
  /** documents the CLI failed to add */
  missing: number;
  rates: Record<Metric, [number, number]>;
  /** per metric: the documents where it fails (the breakdown that says where to aim) */
  documents_failing: Record<Metric, number>;
  fully_right: number;
  structure_right: number;
}

export interface Result {
  files: number;
  formats: FormatResult[];
  /** markdown and PDF renderings giving the same paragraphs: [same, compared] */
  same_paragraphs: [number, number] | null;
  failures: string[];
  seconds: number;
  /** wall time of each phase: read and render, then add + export per format, then scoring */
  phases: Record<string, number>;
}

function fail(message: string): never {
  process.stderr.write(`accuracy: ${message}\n`);
  process.exit(2);
}

const EXT: Record<Format, string> = { akn: 'xml', markdown: 'md', pdf: 'txt' };

export function renderAs(page: Page, format: Format, xml: () => string): string {
  return format === 'markdown' ? renderMarkdown(page) : format === 'pdf' ? renderPdf(page) : xml();
}

/** Run the CLI; its stderr goes to ours (the add summary), a failure stops the harness. */
function cli(o: Options, args: string[]): void {
  const r = spawnSync(process.execPath, [o.cli, ...args], { stdio: ['ignore', 'ignore', o.quiet ? 'pipe' : 'inherit'] });
  if (r.status !== 0) fail(`cybercorpus ${args.join(' ')} exited with ${r.status}${o.quiet ? `: ${r.stderr}` : ''}`);
}

/** `export --json` read one document per line (the export writes one per line): file stem → document. */
async function exported(o: Options, db: string): Promise<Map<string, ParsedDocument>> {
  const child = spawn(process.execPath, [o.cli, '--db', db, 'export', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const docs = new Map<string, ParsedDocument>();
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.trim().replace(/,$/u, '');
    if (line === '[' || line === ']' || line === '') continue;
    const doc = JSON.parse(line) as ParsedDocument & { source_path?: string; source?: { path: string } };
    const path = doc.source_path ?? doc.source?.path ?? '';
    docs.set(basename(path).replace(/\.[^.]+$/u, ''), doc);
  }
  const code: number = await new Promise((res) => child.on('close', res));
  if (code !== 0) fail(`cybercorpus export --json exited with ${code}`);
  return docs;
}

export async function run(o: Options): Promise<Result> {
  const started = Date.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const lap = (name: string): void => {
    const now = Date.now();
    phases[name] = (now - mark) / 1000;
    mark = now;
  };
  const work = o.keep ?? mkdtempSync(join(tmpdir(), 'cybercorpus-accuracy-'));
  const truths = new Map<string, Truth>();
  const broken: string[] = [];
  for (const f of FORMATS) mkdirSync(join(work, f), { recursive: true });
  for (const file of o.files) {
    const stem = file.replace(/\.[^.]+$/u, '');
    const path = join(o.dir, file);
    let read: ReturnType<typeof readTruth>;
    try {
      read = readTruth(path);
    } catch (e) {
      broken.push(`${file}: the truth reader failed: ${(e as Error).message}`);
      continue;
    }
    truths.set(stem, read.truth);
    for (const format of o.formats) {
      const target = join(work, format, `${stem}.${EXT[format]}`);
      if (format === 'akn') copyFileSync(path, target);
      else writeFileSync(target, renderAs(read.page, format, () => ''));
    }
  }

  lap('read_and_render');
  const parsed = new Map<Format, Map<string, ParsedDocument>>();
  for (const format of o.formats) {
    const db = join(work, `${format}.db`);
    rmSync(db, { force: true });
    if (!o.quiet) process.stderr.write(`accuracy: ${format}: adding ${truths.size} files\n`);
    cli(o, ['--db', db, 'add', join(work, format), '--keep-going', ...(o.workers ? ['--workers', o.workers] : [])]);
    parsed.set(format, await exported(o, db));
    lap(`cli_${format}`);
  }

  const failures: string[] = [...broken];
  const formats: FormatResult[] = [];
  const scores = new Map<Format, Map<string, Score>>();
  for (const format of o.formats) {
    const docs = parsed.get(format)!;
    const rates = Object.fromEntries(METRICS.map((m) => [m, [0, 0]])) as unknown as Record<Metric, [number, number]>;
    let fully = 0;
    let structure = 0;
    let missing = 0;
    const failing = Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>;
    const byFile = new Map<string, Score>();
    for (const [stem, truth] of truths) {
      const doc = docs.get(stem) ?? null;
      if (doc === null) missing++;
      const s = score(truth, doc, format);
      byFile.set(stem, s);
      for (const m of METRICS) {
        // paragraph-level metrics count items, the others count documents
        const [ok, all] = s.tally[m];
        if (PER_ITEM.has(m)) {
          rates[m][0] += ok;
          rates[m][1] += all;
        } else if (all > 0) {
          rates[m][0] += ok === all ? 1 : 0;
          rates[m][1] += 1;
        }
      }
      for (const m of METRICS) if (s.first[m] !== undefined) failing[m]++;
      if (right(s)) fully++;
      else {
        const wrong = METRICS.filter((m) => s.first[m] !== undefined);
        failures.push(`${format}\t${truth.file}\t${wrong.join(',')}\t${wrong[0]}: ${s.first[wrong[0]!]}`);
        // the first difference of each other failing metric, indented under the document
        for (const m of wrong.slice(1)) failures.push(`\t\t\t${m}: ${s.first[m]}`);
      }
      if (right(s, STRUCTURE)) structure++;
    }
    scores.set(format, byFile);
    formats.push({ format, documents: truths.size, missing, rates, documents_failing: failing, fully_right: fully, structure_right: structure });
  }

  let same: [number, number] | null = null;
  if (parsed.has('markdown') && parsed.has('pdf')) {
    same = [0, 0];
    for (const [stem, truth] of truths) {
      const diff = sameParagraphs(parsed.get('markdown')!.get(stem) ?? null, parsed.get('pdf')!.get(stem) ?? null);
      same[1]++;
      if (diff === null) same[0]++;
      else failures.push(`md≠pdf\t${truth.file}\tsame_paragraphs\t${diff}`);
    }
  }
  lap('score');
  if (o.keep === null) rmSync(work, { recursive: true, force: true });
  return { files: truths.size, formats, same_paragraphs: same, failures, seconds: (Date.now() - started) / 1000, phases };
}

const pct = ([ok, all]: [number, number]): string => (all === 0 ? '–' : `${((100 * ok) / all).toFixed(1)} %`);

/** The figures as a markdown table (printed, and copied into ACCURACY.md). */
export function table(r: Result): string {
  const head = `| metric | ${r.formats.map((f) => f.format).join(' | ')} |`;
  const rule = `|---|${r.formats.map(() => '---:').join('|')}|`;
  const rows = METRICS.map((m) => `| ${m}${PER_ITEM.has(m) ? ' ¹' : ''} | ${r.formats.map((f) => pct(f.rates[m])).join(' | ')} |`);
  const doc = (name: string, get: (f: FormatResult) => number): string =>
    `| **${name}** | ${r.formats.map((f) => `**${pct([get(f), f.documents])}**`).join(' | ')} |`;
  const lines = [
    head,
    rule,
    ...rows,
    doc('structure right ²', (f) => f.structure_right),
    doc('fully right', (f) => f.fully_right),
  ];
  // the breakdown: documents failing each metric, most first per format
  const breakdown = r.formats.map((f) => {
    const worst = METRICS.filter((m) => f.documents_failing[m] > 0).sort((a, b) => f.documents_failing[b] - f.documents_failing[a]);
    return `- ${f.format}: ${worst.map((m) => `${m} ${f.documents_failing[m]}`).join(', ') || 'none'}`;
  });
  const out = [lines.join('\n'), '', 'Documents failing each metric:', ...breakdown, '', `¹ share of paragraphs (leads: of the paragraphs that open in italics; footnote_text: of the footnotes); the other rows are shares of documents.`];
  out.push(`² counts, operative numbers, leads, footnote count and markers: the issue's "paragraph structure fully right".`);
  if (r.same_paragraphs) out.push(`markdown and PDF renderings giving the same paragraphs: ${pct(r.same_paragraphs)} of ${r.same_paragraphs[1]} documents.`);
  const missing = r.formats.filter((f) => f.missing > 0).map((f) => `${f.format} ${f.missing}`);
  if (missing.length > 0) out.push(`documents the CLI did not add: ${missing.join(', ')}.`);
  const phases = Object.entries(r.phases).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ');
  out.push(`${r.files} files, ${r.seconds.toFixed(0)} s wall time (${phases}).`);
  return out.join('\n');
}

/** The dist bundle is older than a source file: the CLI would not run the code under test. */
function stale(root: string): boolean {
  const bundle = join(root, 'dist', 'bundle');
  if (!existsSync(bundle)) return true;
  const newest = (dir: string): number => {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? newest(p) : statTime(p));
    }
    return t;
  };
  return newest(join(root, 'src')) > newest(bundle);
}

const statTime = (p: string): number => statSync(p).mtimeMs;

export async function main(argv: string[], root: string): Promise<void> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        dir: { type: 'string' }, limit: { type: 'string' }, sample: { type: 'string' }, files: { type: 'string' },
        formats: { type: 'string' }, out: { type: 'string' }, json: { type: 'string' }, keep: { type: 'string' },
        workers: { type: 'string' }, render: { type: 'string' }, cli: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const dir = resolve(root, args.dir ?? '../shared/akn-dev');
  if (!existsSync(dir)) fail(`no folder ${dir} (../shared is not available here; give --dir)`);
  const formats = (args.formats ?? FORMATS.join(',')).split(',').map((f) => f.trim()) as Format[];
  for (const f of formats) if (!FORMATS.includes(f)) fail(`unknown format ${f} (akn, markdown, pdf)`);
  if (args.render) {
    if (!existsSync(join(dir, args.render))) fail(`no file ${args.render} in ${dir}`);
    if (formats.length !== 1) fail('--render takes one format: --formats markdown, pdf or akn');
    const { page } = readTruth(join(dir, args.render));
    process.stdout.write(renderAs(page, formats[0]!, () => readFileSync(join(dir, args.render!), 'utf8')));
    return;
  }
  let files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
  if (args.files) {
    const wanted = args.files.split(',').map((f) => f.trim());
    for (const f of wanted) if (!files.includes(f)) fail(`no file ${f} in ${dir}`);
    files = wanted;
  }
  if (args.sample) {
    const n = Number(args.sample);
    if (!(n > 0)) fail(`--sample takes a number`);
    const step = files.length / Math.min(n, files.length);
    files = Array.from({ length: Math.min(n, files.length) }, (_, i) => files[Math.floor(i * step)]!);
  }
  if (args.limit) files = files.slice(0, Number(args.limit));
  if (files.length === 0) fail(`no .xml file in ${dir}`);
  const cliPath = resolve(root, args.cli ?? 'bin/cybercorpus.cjs');
  if (!args.cli && stale(root)) {
    process.stderr.write('accuracy: dist/ is older than src/ (or missing): running npm run build first\n');
    const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) fail('npm run build failed');
  }
  const out = resolve(root, args.out ?? 'bench/out/accuracy-failures.txt');
  const json = resolve(root, args.json ?? 'bench/out/accuracy.json');
  const result = await run({
    root, dir, files, formats, out, json, keep: args.keep ? resolve(args.keep) : null, workers: args.workers ?? null, cli: cliPath,
  });
  mkdirSync(dirname(out), { recursive: true });
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(out, `${['format\tfile\tfailing metrics\tfirst difference', ...result.failures].join('\n')}\n`);
  writeFileSync(json, `${JSON.stringify({ dir, ...result, failures: undefined }, null, 1)}\n`);
  process.stdout.write(`${table(result)}\n\nfailing documents: ${out}\n`);
}
