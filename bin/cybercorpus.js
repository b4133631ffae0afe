#!/usr/bin/env node
// Launcher. `--version` is answered before anything else is loaded, to keep it instant.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const version = () => JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(version() + '\n');
} else {
  try {
    const { main } = await import('../dist/bundle/main.js');
    process.exitCode = await main(argv, version());
  } catch (err) {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/bundle/main.js')) {
      process.stderr.write('cybercorpus: not built; run `npm install` (or `npm run build`) in the project folder\n');
    } else {
      process.stderr.write(`cybercorpus: internal error: ${err && err.message ? err.message : String(err)}\n`);
      if (argv.includes('--debug') && err && err.stack) process.stderr.write(err.stack + '\n');
    }
    process.exitCode = 2;
  }
}
