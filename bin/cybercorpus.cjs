#!/usr/bin/env node
'use strict';
// Launcher. CommonJS, like the bundle it runs: an ES-module entry point would start Node's ES
// module loader, about 5 ms of every command. `--version` is answered before anything else is
// loaded, to keep it instant.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const argv = process.argv.slice(2);
const version = () => JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  printVersion();
} else {
  run();
}

async function run() {
  let cli;
  try {
    cli = load(join(__dirname, '..', 'dist', 'bundle', 'cli.cjs'));
  } catch (err) {
    if (err && err.code === 'ENOENT') {
      process.stderr.write('cybercorpus: not built; run `npm install` (or `npm run build`) in the project folder\n');
      process.exitCode = 2;
      return;
    }
    return fail(err);
  }
  try {
    process.exitCode = await cli.exports.main(argv, version());
  } catch (err) {
    return fail(err);
  }
  cli.saveCache();
}

/**
 * As every command writes stdout (src/format/output.ts): a closed pipe ends quietly with exit 0,
 * any other failure (a full disk) is one line and exit 2, not a stack trace (issue 18, item 11).
 */
function printVersion() {
  try {
    require('node:fs').writeSync(1, version() + '\n');
  } catch (err) {
    if (err.code === 'EPIPE') return;
    if (err.code === 'EAGAIN') return void process.stdout.write(version() + '\n');
    process.stderr.write(`cybercorpus: cannot write: ${String(err.message).replace(/^[A-Z]+: /, '').replace(/, write$/, '')} [${err.code}] (stdout)\n`);
    process.exitCode = 2;
  }
}

function fail(err) {
  process.stderr.write(`cybercorpus: internal error: ${err && err.message ? err.message : String(err)}\n`);
  if (argv.includes('--debug') && err && err.stack) process.stderr.write(err.stack + '\n');
  process.exitCode = 2;
}

/**
 * Run the CommonJS bundle `file` with V8's code cache: the bytecode of the functions a command
 * ran, saved beside the bundle, spares compiling them again, most of the start-up of a command.
 * One cache per V8 version and architecture and per build of the bundle (its size and time):
 * V8 checks only the length of the source, and a rebuilt bundle of the same length must not run
 * the old bytecode. A missing or rejected cache is made anew after the command; where the
 * folder is read-only it is not.
 */
function load(file) {
  const vm = require('node:vm');
  const Module = require('node:module');
  const { size, mtimeMs } = statSync(file);
  // the build writes the bundle in ASCII (scripts/bundle.mjs): read as one-byte text, faster
  const bytes = readFileSync(file);
  const source = require('node:buffer').isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = `${file}.${process.versions.v8}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, join(file, '..'));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    saveCache() {
      if (!stale) return;
      const { renameSync, rmSync, writeFileSync } = require('node:fs');
      const temporary = `${cacheFile}.${process.pid}`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}
