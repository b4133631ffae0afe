// npm run accuracy: bundles the harness (TypeScript, bench/accuracy/*.ts) with esbuild into
// bench/out/ and runs it. Options: npm run accuracy -- --help; see ACCURACY.md.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = join(root, 'bench', 'out', 'accuracy.mjs');
await build({
  entryPoints: [join(root, 'bench', 'accuracy', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
await main(process.argv.slice(2), root);
