// The CLI bundle (npm run bundle, part of npm run build): what bin/cybercorpus.cjs runs.
//
//  - dist/bundle/cli.cjs: the whole CLI in one CommonJS file. The launcher compiles it with a V8
//    code cache kept beside it (see bin/cybercorpus.cjs): an ES-module entry point would start
//    Node's ES module loader, about 5 ms of every command, and V8 cannot cache ES modules' code
//    in Node 20.
//  - dist/bundle/worker.js: the parser worker of `add` (an ES module, loaded by worker_threads).
//
// Then the code cache is made by a search (see the end of this file).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, 'dist', 'bundle');
rmSync(OUT, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: ROOT };

/**
 * commander requires child_process at start-up, for external subcommands (cybercorpus has none):
 * 2 ms of every command, with the net and dgram modules it brings. In the bundle it is loaded
 * on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};
/**
 * string-width makes an Intl.Segmenter when it is loaded (13-25 ms, ICU's break rules) and
 * src/format/output.ts, which every command loads, imports it and wrap-ansi for the human tables
 * only: in the bundle they are loaded on first use (`export`, `--jsonl`, `--json` never load
 * them; issue 19). The stub's require() of the real file is bundled as a lazy initialiser.
 */
const lazyTerminalText = {
  name: 'lazy-terminal-text',
  setup(b) {
    b.onResolve({ filter: /^(string-width|wrap-ansi)$/ }, async (args) => {
      if (!/[\\/]src[\\/]format[\\/]output\.ts$/.test(args.importer)) return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-default' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-default' }, (args) => ({
      contents: `let real; export default function lazy(...args) { return (real ??= require(${JSON.stringify(args.path)}).default)(...args); }`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: join(OUT, 'cli.cjs'),
  format: 'cjs',
  // no comments or indentation: a quarter smaller to read at every start (identifiers are kept)
  minifyWhitespace: true,
  // import.meta.url (the seeds folder, the worker, the SQLite addon) is the bundle's own URL
  define: { 'import.meta.url': '__cybercorpusUrl' },
  banner: { js: "const __cybercorpusUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyChildProcess, lazyTerminalText],
});
await build({
  ...common,
  entryPoints: ['src/ingest/worker.ts'],
  outfile: join(OUT, 'worker.js'),
  format: 'esm',
  // CommonJS dependencies bundled into an ES module still call require()
  banner: { js: "import { createRequire as __cybercorpusRequire } from 'node:module'; const require = __cybercorpusRequire(import.meta.url);" },
});

// the launcher runs the bundle as a classic script: a dynamic import() left in it would fail
const cliFile = join(OUT, 'cli.cjs');
let cli = readFileSync(cliFile, 'utf8');
const left = /(?<![\w$.])import\s*\(/.exec(cli);
if (left) {
  console.error(`bundle: dist/bundle/cli.cjs still has a dynamic import(): ${cli.slice(left.index, left.index + 80)}`);
  process.exit(1);
}
// An ASCII source is read as one-byte text: ~1 ms less at every start than decoding UTF-8.
// esbuild escapes non-ASCII characters in strings but not in regular expression literals
// (evanw/esbuild#4205); each UTF-16 code unit left is written \uXXXX, which means the same in
// a regular expression, with or without the u flag (a surrogate pair stays one code point), as
// in a string. Not after a backslash, where it would mean something else: that stops the build.
cli = cli.replace(/(\\*)([^\x00-\x7f])/g, (_m, slashes, c) => {
  if (slashes.length % 2 === 1) {
    console.error(`bundle: a non-ASCII character after a backslash in dist/bundle/cli.cjs: \\${c}`);
    process.exit(1);
  }
  return `${slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
});
writeFileSync(cliFile, cli);

// The code cache: made by a search with hits, so that it holds what a query runs (ranking,
// snippets, printing). The corpus is one seed, added first; the cache that `add` left behind
// (with the parser's code, of no use to a query) is removed before the search.
const warm = mkdtempSync(join(tmpdir(), 'cybercorpus-bundle-'));
try {
  const cc = (...args) => spawnSync(process.execPath, [join(ROOT, 'bin', 'cybercorpus.cjs'), '--db', join(warm, 'warm.db'), ...args], { encoding: 'utf8' });
  const seed = readdirSync(join(ROOT, 'seeds')).find((n) => n.startsWith('002_'));
  for (const [args, expected] of [[['add', join(ROOT, 'seeds', seed)], 0], [['search', "programme d'action"], 0]]) {
    for (const n of readdirSync(OUT)) if (n.endsWith('.cache')) rmSync(join(OUT, n));
    const r = cc(...args);
    if (r.status !== expected) {
      console.error(`bundle: the warm-up \`${args[0]}\` failed (exit ${r.status}): ${r.stderr}`);
      process.exit(1);
    }
  }
} finally {
  rmSync(warm, { recursive: true, force: true });
}
