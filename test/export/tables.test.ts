import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCountries } from '../../src/lexicon/countries.js';
import { ARRAY_COLUMNS, asCells, asJson, buildCorpus, type Corpus, EXPECTED_SQL, expectedRows, TABLE_NAMES } from './fixture.js';
import { ROOT } from '../helpers/paths.js';
import { TABLES } from '../../src/export/tables.js';

let c: Corpus;
beforeAll(() => {
  c = buildCorpus();
});
afterAll(() => c?.cleanup());

const csvRecords = (text: string) => parse(text, { columns: true, record_delimiter: '\r\n', bom: true }) as Record<string, string>[];

/** Linear TSV back to cells: \t \n \r \\ unescaped. */
function tsvRecords(text: string): Record<string, string>[] {
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  const unescape = (s: string) => s.replace(/\\(.)/g, (_m, ch: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' }[ch] ?? `\\${ch}`));
  const [head, ...rows] = lines.map((l) => l.split('\t').map(unescape));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

describe('export --csv (paragraphs, the default table)', () => {
  it('prints every paragraph with its document, as RFC 4180 CSV that a CSV parser reads back to the database rows', () => {
    const r = c.run(['export', '--csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const db = c.open();
    const expected = expectedRows(db, 'paragraphs');
    db.close();
    expect(expected.length).toBeGreaterThan(100);
    expect(r.stdout.split('\r\n')[0]).toBe(Object.keys(expected[0]!).join(','));
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    expect(csvRecords(r.stdout)).toEqual(expected.map(asCells));
  });

  it('is also what `export` prints with no format flag', () => {
    expect(c.run(['export']).stdout).toBe(c.run(['export', '--csv']).stdout);
  });

  it("carries seed 000 (A/C.1/78/L.11): its nine operative paragraphs, numbered 1 to 9, with their leads", () => {
    const rows = csvRecords(c.run(['export', '--csv', '--doc', 'A/C.1/78/L.11']).stdout);
    const operative = rows.filter((p) => p.kind === 'operative');
    expect(new Set(rows.map((p) => p.symbol))).toEqual(new Set(['A/C.1/78/L.11']));
    expect(operative.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(operative.map((p) => p.lead)).toEqual(['Appuie', 'Demande', 'Se félicite', 'Se félicite également',
      'Recommande', 'Encourage', 'Invite', 'Invite', 'Décide']);
    expect(operative[8]!.text).toContain('soixante-dix-neuvième session');
    expect(operative.every((p) => p.session === '78' && p.source_path!.endsWith('000_8767a694edae5b5e.txt'))).toBe(true);
    expect(Number(operative[0]!.line)).toBe(66);
  });

  it('quotes embedded quotes, commas and newlines (RFC 4180) and starts with a BOM on --bom', () => {
    const r = c.run(['export', '--csv', '--bom', '--table', 'documents', '--columns', 'id,title']);
    expect(r.stdout.startsWith('\uFEFFid,title\r\n')).toBe(true);
    const withComma = c.run(['export', '--csv', '--columns', 'text']).stdout.split('\r\n').find((l) => l.includes(','));
    expect(withComma).toMatch(/^".*"$/);
    const db = c.open();
    const titles = db.prepare('SELECT id, title FROM documents ORDER BY id').all();
    db.close();
    expect(csvRecords(r.stdout)).toEqual(titles.map((t) => asCells(t as Record<string, unknown>)));
  });
});

describe('every table in every format', () => {
  it.each(Object.keys(EXPECTED_SQL))('%s: --csv, --tsv, --jsonl and --json give the database rows', (table) => {
    const db = c.open();
    const expected = expectedRows(db, table);
    db.close();

    const csv = c.run(['export', '--csv', '--table', table]);
    expect(csv.code).toBe(0);
    expect(csvRecords(csv.stdout)).toEqual(expected.map(asCells));
    const header = csv.stdout.split('\r\n')[0]!.split(',');
    expect(header).toEqual(expected.length > 0 ? Object.keys(expected[0]!) : header);

    const tsv = c.run(['export', '--tsv', '--table', table]);
    expect(tsvRecords(tsv.stdout)).toEqual(expected.map(asCells));

    const jsonl = c.run(['export', '--jsonl', '--table', table]);
    const lines = jsonl.stdout === '' ? [] : jsonl.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(expected.map(asJson));

    const json = c.run(['export', '--json', '--table', table]);
    expect(JSON.parse(json.stdout)).toEqual(expected.map(asJson));
  });

  it('countries: the whole gazetteer, sorted by code, and every sponsor and voter code is in it', () => {
    const rows = csvRecords(c.run(['export', '--csv', '--table', 'countries']).stdout);
    const codes = rows.map((r) => r.iso3);
    expect(codes.length).toBe(allCountries().length);
    expect(codes).toEqual([...codes].sort());
    expect(rows.find((r) => r.iso3 === 'FRA')).toEqual({ iso3: 'FRA', name_fr: 'France', name_en: 'France', kind: 'member' });
    expect(rows.find((r) => r.iso3 === 'EUU')?.kind).toBe('organisation');
    const db = c.open();
    const used = db.prepare(`SELECT country FROM sponsors WHERE country IS NOT NULL
      UNION SELECT country FROM vote_records WHERE country IS NOT NULL`).pluck().all() as string[];
    db.close();
    for (const code of used) expect(codes).toContain(code);
  });

  it('sponsors and vote records are filled from the AKN resolutions (A/RES/78/237)', () => {
    const sponsors = csvRecords(c.run(['export', '--csv', '--table', 'sponsors', '--doc', '78/237']).stdout);
    expect(sponsors.length).toBeGreaterThan(10);
    expect(sponsors.every((s) => s.document_id === 'A/RES/78/237')).toBe(true);
    const records = csvRecords(c.run(['export', '--csv', '--table', 'vote_records', '--doc', '78/237']).stdout);
    expect(records.length).toBeGreaterThan(150);
    expect(new Set(records.map((r) => r.vote))).toEqual(new Set(['yes', 'no', 'abstain']));
  });
});

/*
 * The bytes, not only the values (issue 19 made the export faster: paragraphs are read without
 * the documents join, rows are batched): written here from the database rows by the rules of
 * docs/export.md, independently of src/format.
 */
const quoteCsv = (v: unknown) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const escapeTsv = (v: unknown) => (v === null ? '' : String(v)).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r?\n/g, '\\n').replace(/\r/g, '\\r');
const bytes = {
  csv: (names: string[], rows: Record<string, unknown>[]) =>
    [names, ...rows.map((r) => names.map((n) => r[n]))].map((cells) => cells.map(quoteCsv).join(',') + '\r\n').join(''),
  tsv: (names: string[], rows: Record<string, unknown>[]) =>
    [names, ...rows.map((r) => names.map((n) => r[n]))].map((cells) => cells.map(escapeTsv).join('\t') + '\n').join(''),
  jsonl: (names: string[], rows: Record<string, unknown>[]) => rows.map((r) => '{' + names.map((n) =>
    `${JSON.stringify(n)}:${r[n] === null ? 'null' : ARRAY_COLUMNS.has(n) ? String(r[n]) : JSON.stringify(r[n])}`).join(',') + '}\n').join(''),
};

describe('the bytes of the export', () => {
  it.each(Object.keys(EXPECTED_SQL))('%s: --csv byte for byte', (table) => {
    const db = c.open();
    const expected = expectedRows(db, table);
    db.close();
    const names = TABLES.find((t) => t.name === table)!.columns.map((x) => x.name);
    expect(c.run(['export', '--csv', '--table', table]).stdout).toBe(bytes.csv(names, expected));
  });

  it('paragraphs: --tsv and --jsonl, some columns in another order, a paragraph kind', () => {
    const db = c.open();
    const all = expectedRows(db, 'paragraphs');
    db.close();
    expect(all.length).toBeGreaterThan(1000);
    const names = Object.keys(all[0]!);
    expect(c.run(['export', '--tsv']).stdout).toBe(bytes.tsv(names, all));
    expect(c.run(['export', '--jsonl']).stdout).toBe(bytes.jsonl(names, all));
    const some = ['source_path', 'n', 'symbol', 'text', 'session'];
    expect(c.run(['export', '--csv', '--columns', some.join(',')]).stdout).toBe(bytes.csv(some, all));
    expect(c.run(['export', '--csv', '--columns', 'symbol']).stdout).toBe(bytes.csv(['symbol'], all));
    const operative = all.filter((r) => r.kind === 'operative');
    expect(operative.length).toBeGreaterThan(10);
    expect(c.run(['export', '--csv', '--kind', 'operative']).stdout).toBe(bytes.csv(names, operative));
  });
});

describe('--columns and mistakes', () => {
  it('prints only the named columns, in the order given', () => {
    const r = c.run(['export', '--jsonl', '--table', 'paragraphs', '--columns', 'text,n,document_id']);
    const first = JSON.parse(r.stdout.split('\n')[0]!) as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(['text', 'n', 'document_id']);
  });

  it('an unknown column is one line, exit 2, listing the valid columns', () => {
    const r = c.run(['export', '--csv', '--columns', 'text,nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("no column 'nope'");
    expect(r.stderr).toContain('document_id, symbol, session, n, kind');
  });

  it('a column named twice is an error', () => {
    const r = c.run(['export', '--jsonl', '--columns', 'n,text,n']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("cybercorpus: column 'n' is named twice (--columns)\n");
  });

  it('an unknown table is one line, exit 2, listing the tables', () => {
    const r = c.run(['export', '--table', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    for (const t of TABLE_NAMES) expect(r.stderr).toContain(t);
  });

  it('two formats, or --bom with JSON, are usage errors', () => {
    expect(c.run(['export', '--csv', '--tsv']).code).toBe(2);
    expect(c.run(['export', '--jsonl', '--bom']).code).toBe(2);
    expect(c.run(['export', '--out', '/tmp/x', '--table', 'votes']).code).toBe(2);
  });
});

describe('docs/export.md', () => {
  it('documents every table with every column, its type and the keys, in table order', () => {
    const doc = readFileSync(join(ROOT, 'docs/export.md'), 'utf8');
    expect(TABLES.map((t) => t.name)).toEqual(TABLE_NAMES);
    for (const t of TABLES) {
      const start = doc.indexOf(`\n### ${t.name}\n`);
      expect(start, t.name).toBeGreaterThan(0);
      const end = doc.indexOf('\n### ', start + 1);
      const section = doc.slice(start, end === -1 ? undefined : end);
      const documented = [...section.matchAll(/^\| `([a-z_0-9]+)` \| (\w+) \|/gm)].map((m) => `${m[1]}:${m[2]}`);
      expect(documented, t.name).toEqual(t.columns.map((c) => `${c.name}:${c.type}`));
      expect(section, t.name).toContain(`Primary key: ${t.primaryKey.map((k) => `\`${k}\``).join(', ')}.`);
    }
  });
});
