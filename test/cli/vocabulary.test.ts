/**
 * The field-name contract (issue 17): every machine output of every command — `--json`,
 * `--jsonl`, `--csv`, `--tsv`, the nested document JSON and each exported table — prints only
 * names that docs/model.md's "Field names" table defines. The list is read from the doc, so a
 * command that prints a new name fails here until the doc says what it means.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithDb } from '../helpers/cli.js';
import { ROOT, SEEDS } from '../helpers/paths.js';

interface Field {
  type: string;
  meaning: string;
}

/** The rows of the "Field names" table of docs/model.md: `name` | type | meaning. */
function vocabulary(): { fields: Map<string, Field>; rows: number } {
  const doc = readFileSync(join(ROOT, 'docs/model.md'), 'utf8');
  const start = doc.indexOf('\n## Field names');
  const end = doc.indexOf('\n## ', start + 1);
  expect(start).toBeGreaterThan(0);
  const fields = new Map<string, Field>();
  let rows = 0;
  for (const line of doc.slice(start, end < 0 ? undefined : end).split('\n')) {
    const m = /^\| `([a-z0-9_]+)` \| ([^|]+) \| (.+) \|$/.exec(line);
    if (!m) continue;
    rows++;
    fields.set(m[1]!, { type: m[2]!.trim(), meaning: m[3]!.trim() });
  }
  return { fields, rows };
}

const FORMATS = ['--json', '--jsonl', '--csv', '--tsv'] as const;

/** Every command that prints data, with the arguments that make it print something on the seeds. */
const COMMANDS: string[][] = [
  ['list'], ['list', '--parts'],
  ['show', 'A/75/394'], ['show', 'A/C.1/78/L.11'],
  ['stats'],
  ['check'], ['check', '003_83cf9bc9fb203afb'],
  ['votes'], ['votes', '--records'], ['votes', '--country', 'FRA'], ['votes', 'A/75/394'],
  ['votes', '--matrix', '--long'], ['votes', '--shift', '77/36', '78/237'],
  ['diff', '77/36', '78/237'],
  ['search', 'oeuvre'], ['search', 'programme d action', '--kind', 'footnote'], ['search', 'oeuvre', '--kwic'],
  ['search', 'oeuvre', '--count'], ['search', 'oeuvre', '--count', '--by', 'session'], ['search', 'oeuvre', '--count', '--by', 'year'],
  ['search', 'oeuvre', '--count', '--by', 'kind'], ['search', 'oeuvre', '--count', '--by', 'lead'],
  ['cites', 'A/C.1/78/L.11'], ['cites', 'A/75/394'], ['cited-by', '43/78'], ['cited-by', 'A/C.1/75/L.8'],
  ['history', '78/237'], ['history', '78/237', '--paragraph', 'OP2'],
  ['export', '--table', 'paragraphs'], ['export', '--table', 'documents'], ['export', '--table', 'parts'],
  ['export', '--table', 'aliases'], ['export', '--table', 'footnotes'], ['export', '--table', 'sponsors'],
  ['export', '--table', 'citations'], ['export', '--table', 'votes'], ['export', '--table', 'vote_records'],
  ['export', '--table', 'warnings'], ['export', '--table', 'countries'],
  ['add', SEEDS],
];

/** Commands with one machine format only (or a JSON value of their own). */
const JSON_ONLY: string[][] = [
  ['export', '--json'],
  ['diff', '77/36', '78/237', '--stat'],
  ['votes', '--matrix'],
];

/** The names of an output: the keys of every object at any depth (not the keys of a map), or the header of CSV/TSV. */
function namesIn(format: string, stdout: string, maps: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        names.add(k);
        if (maps.has(k) && x !== null && typeof x === 'object') Object.values(x).forEach(walk);
        else walk(x);
      }
    }
  };
  if (format === '--csv') for (const k of (parse(stdout, { to: 1 }) as string[][])[0] ?? []) names.add(k);
  else if (format === '--tsv') for (const k of stdout.split('\n')[0]!.split('\t')) names.add(k);
  else if (format === '--jsonl') stdout.trim().split('\n').filter((l) => l !== '').forEach((l) => walk(JSON.parse(l)));
  else walk(JSON.parse(stdout));
  return names;
}

describe('one vocabulary: every field a command prints is in docs/model.md', () => {
  const cli = cliWithDb();
  let fields: Map<string, Field>;
  let rows = 0;
  let maps: Set<string>;
  beforeAll(() => {
    expect(cli.run(['add', SEEDS]).code).toBe(0);
    ({ fields, rows } = vocabulary());
    maps = new Set([...fields].filter(([, f]) => f.type === 'map').map(([k]) => k));
  });
  afterAll(() => cli.cleanup());

  it('the list defines each name once, snake_case, with a type and a meaning', () => {
    expect(fields.size).toBeGreaterThan(100);
    for (const [name, f] of fields) {
      expect(name).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
      expect(f.type).toMatch(/^(?:string|integer|number|boolean|date|array|object|map)(?: \/ (?:string|integer|number|boolean))?$/);
      expect(f.meaning.length).toBeGreaterThan(5);
    }
    expect(rows).toBe(fields.size);
  });

  const runs = [...COMMANDS.flatMap((c) => FORMATS.map((f) => [...c, f])), ...JSON_ONLY.map((c) => [...c, '--json'])];
  it.each(runs.map((args) => [args.join(' ').replace(SEEDS, 'seeds'), args] as const))('%s', (_name, args) => {
    const r = cli.run(args);
    expect(r.code, r.stderr).toBeLessThan(2);
    const format = args.find((a) => (FORMATS as readonly string[]).includes(a))!;
    const printed = namesIn(format, r.stdout, maps);
    // the seeds have no warning rows: their names are checked in the CSV and TSV header
    if (!(args.includes('warnings') && (format === '--json' || format === '--jsonl'))) {
      expect(printed.size, `${args.join(' ')} printed no field`).toBeGreaterThan(0);
    }
    // the wide matrix names a column after each vote (78/237): values, not field names
    const unknown = [...printed].filter((k) => !fields.has(k) && !(args.includes('--matrix') && !args.includes('--long') && /\//.test(k)));
    expect(unknown, `not in docs/model.md: ${unknown.join(', ')}`).toEqual([]);
  });

  it('remove prints the same names', () => {
    for (const f of FORMATS) {
      const r = cli.run(['remove', 'A/RES/74/28', f]);
      expect(r.code).toBe(0);
      const unknown = [...namesIn(f, r.stdout, maps)].filter((k) => !fields.has(k));
      expect(unknown).toEqual([]);
      expect(cli.run(['add', SEEDS]).code).toBe(0);
    }
  });
});
