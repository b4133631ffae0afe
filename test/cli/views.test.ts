import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cliWithDb } from '../helpers/cli.js';
import { SEEDS } from '../helpers/paths.js';

/*
 * The human views fit the terminal (issue 17): COLUMNS stands for the terminal's width (a pipe
 * without it is 80 wide). Widths are counted in characters: the corpus's text is NFC Latin.
 */
const width = (line: string) => [...line].length;
// seed 002's title, as its first three lines print it
const TITLE_002 = 'Rapport du Groupe de travail à composition non limitée sur la sécurité du numérique et de son utilisation (2021-2025)';
const ESC = '\x1b[';

describe('views that fit the terminal', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', SEEDS]).code).toBe(0));
  afterAll(() => cli.cleanup());
  const at = (columns: number, args: string[], env: Record<string, string> = {}) => {
    const r = cli.run(args, { env: { COLUMNS: String(columns), ...env } });
    expect(r.code, r.stderr).toBe(0);
    return r.stdout.trimEnd().split('\n');
  };

  it('list: one line per document within 80 or 200 columns, a header row, numbers right-aligned', () => {
    for (const columns of [80, 200]) {
      const lines = at(columns, ['list']);
      expect(lines[0]).toMatch(/^document\s+kind\s+date\s+¶\s+title$/);
      expect(lines).toHaveLength(1 + 19);
      for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
      // the ¶ column ends at the same place on every line (right-aligned under its header)
      const end = lines[0]!.indexOf('¶') + 1;
      for (const line of lines.slice(1)) expect(line.slice(0, end), line).toMatch(/ \d+$/);
      const report = lines.find((l) => l.startsWith('002_18fdef1ad10e089c'))!;
      if (columns === 200) expect(report.endsWith(TITLE_002)).toBe(true);
      else expect(report).toMatch(/ Rapport du Groupe[^ ]* .*…$/);
    }
  });

  it('show: paragraphs wrapped under their gutter, at 80 and at 200 columns', () => {
    const doc = JSON.parse(cli.run(['show', 'A/C.1/78/L.11', '--json']).stdout) as { paragraphs: { kind: string; number: string | null; text: string }[] };
    const op7 = doc.paragraphs.find((p) => p.kind === 'operative' && p.number === '7')!;
    for (const columns of [80, 200]) {
      const lines = at(columns, ['show', 'A/C.1/78/L.11']);
      for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
      // OP7: `op 7    Invite les États …` then lines indented by the 8-column gutter
      const start = lines.findIndex((l) => l.startsWith('op 7    '));
      expect(start).toBeGreaterThan(0);
      let end = start + 1;
      while (lines[end]?.startsWith('        ')) end++;
      const block = lines.slice(start, end);
      expect(block.length).toBeGreaterThan(columns === 80 ? 3 : 1);
      expect(block.map((l) => l.slice(8)).join(' ')).toBe(op7.text);
      if (columns === 200) expect(Math.max(...block.map(width))).toBeGreaterThan(150);
    }
  });

  it('show --help explains the gutter codes', () => {
    const help = cli.run(['show', '--help']).stdout;
    for (const code of ['pp', 'op 3', 'sub a)', 'no 12', '#', 'T']) expect(help).toContain(`  ${code} `);
    expect(help).toContain('preambular paragraph');
  });

  it('votes and cited-by print a header row and fit the width', () => {
    for (const columns of [80, 200]) {
      const votes = at(columns, ['votes', '--country', 'fra']);
      expect(votes[0]).toMatch(/^document\s+¶\s+line\s+vote\s+subject$/);
      // A/75/394's first recorded vote is on draft A/C.1/75/L.4, France voting yes (seed 004)
      expect(votes.find((l) => l.startsWith('A/75/394 '))).toMatch(/^A\/75\/394\s+\d+\s+\d+\s+yes\s+projet de résolution A\/C\.1\/75\/L\.4$/);
      const cited = at(columns, ['cited-by', '75/240']);
      expect(cited[0]).toMatch(/^document\s+¶\s+line\s+as written\s+text$/);
      for (const line of [...votes, ...cited]) expect(width(line), line).toBeLessThanOrEqual(columns);
    }
    expect(at(80, ['votes'])[0]).toMatch(/^document\s+¶\s+line\s+yes-no-abstain\s+subject$/);
  });
});

describe('--color, FORCE_COLOR and NO_COLOR', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', SEEDS]).code).toBe(0));
  afterAll(() => cli.cleanup());
  const diff = (args: string[], env: Record<string, string>) => cli.run([...args, 'diff', '77/36', '78/237'], { env }).stdout;

  it('off in a pipe; --color=always or FORCE_COLOR turn it on; --color=never and NO_COLOR win', () => {
    expect(diff([], { NO_COLOR: '' })).not.toContain(ESC);
    expect(diff(['--color=always'], { NO_COLOR: '' })).toContain(ESC);
    expect(diff(['--color', 'always'], { NO_COLOR: '' })).toContain(ESC);
    expect(diff([], { NO_COLOR: '', FORCE_COLOR: '1' })).toContain(ESC);
    expect(diff([], { NO_COLOR: '', FORCE_COLOR: '0' })).not.toContain(ESC);
    expect(diff(['--color=never'], { NO_COLOR: '', FORCE_COLOR: '1' })).not.toContain(ESC);
    expect(diff(['--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' })).not.toContain(ESC);
    expect(diff([], { NO_COLOR: '1', FORCE_COLOR: '1' })).not.toContain(ESC);
    // the option after the command as well
    expect(cli.run(['history', '78/237', '--color=always'], { env: { NO_COLOR: '' } }).stdout).toContain(ESC);
    const bad = cli.run(['--color=sometimes', 'list']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cybercorpus: option '--color <when>' argument 'sometimes' is invalid/);
  });
});

// `script` (util-linux) runs the CLI on a pseudo-terminal, where the pager applies
const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('the pager', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', SEEDS]).code).toBe(0));
  afterAll(() => cli.cleanup());
  const onTerminal = (args: string, env: Record<string, string>) => {
    const r = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --db ${JSON.stringify(cli.db)} ${args}`, '/dev/null'], {
      input: '',
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', COLUMNS: '80', ...env },
    });
    return r.stdout.replace(/\r\n/g, '\n');
  };
  const PAGER = { CYBERCORPUS_PAGER: 'sed "s/^/paged: /"', LINES: '10' };

  it('pages output longer than the terminal through $CYBERCORPUS_PAGER, not with --no-pager', () => {
    const paged = onTerminal('list', PAGER).trimEnd().split('\n');
    expect(paged).toHaveLength(20);
    expect(paged.every((l) => l.startsWith('paged: '))).toBe(true);
    expect(onTerminal('--no-pager list', PAGER)).not.toContain('paged: ');
    expect(onTerminal('list --no-pager', PAGER)).not.toContain('paged: ');
    // PAGER when CYBERCORPUS_PAGER is unset; output that fits the screen is printed as it is
    expect(onTerminal('list', { PAGER: PAGER.CYBERCORPUS_PAGER, LINES: '10' })).toContain('paged: ');
    expect(onTerminal('list', { ...PAGER, LINES: '100' })).not.toContain('paged: ');
  });

  it('never pages a pipe', () => {
    const r = cli.run(['list'], { env: PAGER });
    expect(r.stdout).not.toContain('paged: ');
    expect(r.stdout.split('\n')[0]).toMatch(/^document/);
  });
});
