import { spawnSync } from 'node:child_process';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cliWithDb, runShell, tempDir } from '../helpers/cli.js';
import { seedFiles, seed } from '../helpers/paths.js';

describe('output contract', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', ...seedFiles()]).code).toBe(0));
  afterAll(() => cli.cleanup());

  it('list: --json is one array, --jsonl one object per line, --csv/--tsv have a header row', () => {
    const json = JSON.parse(cli.run(['list', '--json']).stdout) as { id: string }[];
    expect(json.map((d) => d.id)).toContain('A/C.1/78/L.11');
    const jsonl = cli.run(['list', '--jsonl']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string });
    expect(jsonl).toEqual(json);
    const csv = parseCsv(cli.run(['list', '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r.id)).toEqual(json.map((d) => d.id));
    const tsv = cli.run(['list', '--tsv']).stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(tsv[0]![0]).toBe('id');
    expect(tsv.slice(1).map((r) => r[0])).toEqual(json.map((d) => d.id));
  });

  it('show --json prints the document model of one document', () => {
    const doc = JSON.parse(cli.run(['show', 'A/C.1/78/L.11', '--json']).stdout) as Record<string, unknown>;
    for (const key of ['id', 'symbol', 'aliases', 'kind', 'title', 'organ', 'committee', 'session', 'agenda_item', 'date',
      'distribution', 'language', 'original_languages', 'source_path', 'source_format', 'source_sha256', 'source_lines', 'paragraphs', 'footnotes', 'sponsors', 'citations', 'votes', 'parts']) {
      expect(doc).toHaveProperty(key);
    }
    expect(doc.symbol).toBe('A/C.1/78/L.11');
    expect(doc.aliases).toEqual(['A/RES/78/237']);
    expect(doc.source_format).toBe('markdown');
  });

  it('show accepts the short form of the resolution a draft became, with a note', () => {
    const r = cli.run(['show', '78/237', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }).id).toBe('A/C.1/78/L.11');
    expect(r.stderr).toContain('A/RES/78/237 is not in the corpus; using A/C.1/78/L.11');
  });

  it('choosing two output formats, an unknown command or option: one line, exit 2', () => {
    const two = cli.run(['list', '--json', '--csv']);
    expect(two.code).toBe(2);
    expect(two.stderr.trim()).toBe('cybercorpus: choose one output format, not --json and --csv');
    const unknown = cli.run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toMatch(/^cybercorpus: unknown command 'frobnicate'/);
    const opt = cli.run(['list', '--nope']);
    expect(opt.code).toBe(2);
    expect(opt.stderr.split('\n')[0]).toMatch(/^cybercorpus: unknown option '--nope'/);
    const ref = cli.run(['show', 'A/RES/1/1']);
    expect(ref.code).toBe(2);
    expect(ref.stderr.trim()).toBe("cybercorpus: no document matches 'A/RES/1/1'; see 'cybercorpus list'");
  });

  it('show FILE parses a file that is not in the corpus without storing it', () => {
    const before = cli.run(['stats', '--json']).stdout;
    const r = cli.run(['show', 'test/fixtures/cli/resolution.txt', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { symbol: string; source_format: string };
    expect(doc.symbol).toBe('A/RES/99/1');
    expect(doc.source_format).toBe('akn');
    expect(cli.run(['stats', '--json']).stdout).toBe(before);
  });

  it('an ambiguous reference lists the candidates', () => {
    const tmp = tempDir();
    for (const [name, symbol] of [['a.txt', 'A/C.1/98/L.3'], ['b.txt', 'A/C.1/99/L.3']]) {
      copyFileSync(seed('001'), join(tmp.dir, name!));
      writeFileSync(join(tmp.dir, `${name}.meta.json`), JSON.stringify({ symbol }));
    }
    expect(cli.run(['add', tmp.dir]).code).toBe(0);
    const amb = cli.run(['show', 'L.3']);
    expect(amb.code).toBe(2);
    expect(amb.stderr.trim()).toBe("cybercorpus: 'L.3' is ambiguous: A/C.1/98/L.3, A/C.1/99/L.3");
    expect(cli.run(['show', '99/L.3', '--json']).code).toBe(0);
    const near = cli.run(['show', 'L.']);
    expect(near.code).toBe(2);
    expect(near.stderr).toMatch(/^cybercorpus: no document matches 'L\.'; did you mean .*A\/C\.1\/98\/L\.3.*\?$/m);
    expect(cli.run(['remove', 'A/C.1/98/L.3', 'A/C.1/99/L.3']).code).toBe(0);
    expect(cli.run(['show', 'L.3']).code).toBe(2);
    tmp.cleanup();
  });

  it('a reference not found suggests the nearest ones by edit distance, in the form typed', () => {
    // A/C.1/78/L.11 is declared to have become A/RES/78/237 (seeds/cybercorpus.json): 78/273
    // swaps two digits (two edits), L.12 is one edit from L.11
    const swapped = cli.run(['show', '78/273']);
    expect(swapped.code).toBe(2);
    expect(swapped.stderr).toMatch(/^cybercorpus: no document matches '78\/273'; did you mean (.*, )?78\/237(, .*)?\?$/m);
    expect(cli.run(['show', 'A/RES/78/273']).stderr).toMatch(/did you mean (.*, )?A\/RES\/78\/237(, .*)?\?$/m);
    expect(cli.run(['cites', 'A/C.1/78/L.12']).stderr).toMatch(/did you mean A\/C\.1\/78\/L\.11\?$/m);
    expect(cli.run(['show', 'zzzz']).stderr.trim()).toBe("cybercorpus: no document matches 'zzzz'; see 'cybercorpus list'");
  });

  it('--version prints the package version and --help exits 0', () => {
    const v = cli.run(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(cli.run(['--help']).code).toBe(0);
  });

  it('a closed pipe ends quietly', () => {
    const r = runShell(`"${process.execPath}" "${BIN}" --db "${cli.db}" show A/75/394 --jsonl | head -c 10 >/dev/null`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('write errors', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', seed('000')]).code).toBe(0));
  afterAll(() => cli.cleanup());

  it('a full disk is one error line and exit 2, not a stack trace', () => {
    const r = runShell(`"${process.execPath}" "${BIN}" --db "${cli.db}" show A/C.1/78/L.11 > /dev/full`);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('cybercorpus: cannot write: no space left on device [ENOSPC] (stdout)');
  });
});

describe('stdout and stderr are written on their descriptors', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', ...seedFiles()]).code).toBe(0));
  afterAll(() => cli.cleanup());
  const cc = `"${process.execPath}" "${BIN}" --db "${cli.db}"`;

  it('search: a closed pipe ends quietly, a full disk is one line and exit 2', () => {
    const closed = runShell(`${cc} search "programme d'action" --jsonl | head -c 10 >/dev/null`);
    expect(closed.stderr).toBe('');
    expect(closed.code).toBe(0);
    const full = runShell(`${cc} search "programme d'action" > /dev/full`);
    expect(full.code).toBe(2);
    expect(full.stderr).toBe('cybercorpus: cannot write: no space left on device [ENOSPC] (stdout)\n');
    // a full stderr (the "N more hits" note) leaves nowhere to report: exit 2 all the same
    const noStderr = runShell(`${cc} search "programme d'action" 2> /dev/full`);
    expect(noStderr.code).toBe(2);
    expect(noStderr.stdout).toContain('⟦Programme d');
  });

  // a descriptor left non-blocking by another program: writes beyond the pipe's buffer fail with
  // EAGAIN, and the rest goes through Node's stream, which waits for the reader
  const python = spawnSync('python3', ['--version']).status === 0;
  if (!python) console.warn('test/cli/output: python3 is not installed: the non-blocking pipe test is skipped');
  it.skipIf(!python)('all of the output arrives through a non-blocking pipe with a slow reader', () => {
    const args = ['--db', cli.db, 'search', "programme d'action", '--jsonl'];
    const expected = cli.run(args.slice(2));
    expect(expected.stdout.length).toBeGreaterThan(150_000); // more than twice a pipe's 64 KiB buffer
    const reader = `
import fcntl, os, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
p = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
time.sleep(0.5)
chunks = []
while True:
    b = os.read(r, 65536)
    if not b: break
    chunks.append(b)
sys.stdout.buffer.write(b''.join(chunks))
sys.exit(p.wait())
`;
    const r = spawnSync('python3', ['-c', reader, process.execPath, BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });

  // a terminal is told from a file by node:tty: checked through a pseudo-terminal (util-linux's
  // script), skipped with a notice without it
  const script = spawnSync('script', ['--version']).status === 0;
  if (!script) console.warn('test/cli/output: `script` (util-linux) is not installed: the terminal test is skipped');
  it.skipIf(!script)('on a terminal, matches are in colour unless NO_COLOR is set; in a file, never', () => {
    const onTerminal = (env: string) => spawnSync('script', ['-qec', `${env} ${cc} search "programme d'action" --limit 1`, '/dev/null'],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TERM: 'xterm' } });
    const colour = onTerminal('');
    expect(colour.status).toBe(0);
    expect(colour.stdout).toMatch(/\u001b\[1m\u001b\[31m[Pp]rogramme d/); // the match in bold red
    const plain = onTerminal('NO_COLOR=1');
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toMatch(/⟦[Pp]rogramme d/);
    const file = runShell(`env -u NO_COLOR ${cc} search "programme d'action" --limit 1`);
    expect(file.stdout).not.toContain('\u001b[');
  });

  it('a query written to a file or /dev/null loads neither the stdio streams nor the network stack', () => {
    const { dir, cleanup } = tempDir();
    const preload = join(dir, 'modules.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES, JSON.stringify(process.moduleLoadList)));");
    const list = join(dir, 'modules.json');
    for (const target of [join(dir, 'out'), '/dev/null']) {
      // colour is possible (no NO_COLOR): the terminal check runs
      const r = runShell(`"${process.execPath}" -r "${preload}" "${BIN}" --db "${cli.db}" search "programme d'action" > "${target}" 2> "${join(dir, 'err')}"`,
        { NO_COLOR: undefined, MODULES: list });
      expect(r.code).toBe(0);
      const loaded = JSON.parse(readFileSync(list, 'utf8')) as string[];
      expect(loaded).toContain('NativeModule vm'); // the list is the real one
      expect(loaded).not.toContain('NativeModule net');
      expect(loaded).not.toContain('NativeModule tty');
      expect(loaded).not.toContain('NativeModule internal/fs/sync_write_stream');
      expect(readFileSync(join(dir, 'err'), 'utf8')).toMatch(/^cybercorpus: \d+ more hits/);
    }
    cleanup();
  });
});
