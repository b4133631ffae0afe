import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { ARRAY_COLUMNS, asCells, buildCorpus, type Corpus, expectedRows, startWriter, TABLE_NAMES } from './fixture.js';

interface Field { name: string; type: string; constraints?: { required?: boolean } }
interface Resource {
  name: string; path: string; format: string; encoding: string; bytes: number; hash: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}
interface Descriptor { profile: string; resources: Resource[] }

let c: Corpus;
let out: { dir: string; cleanup: () => void };
beforeAll(() => {
  c = buildCorpus();
  out = tempDir('cybercorpus-export-');
});
afterAll(() => {
  c?.cleanup();
  out?.cleanup();
});

function readPackage(dir: string): { descriptor: Descriptor; tables: Map<string, { header: string[]; rows: Record<string, string>[] }> } {
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
  const tables = new Map<string, { header: string[]; rows: Record<string, string>[] }>();
  for (const r of descriptor.resources) {
    const text = readFileSync(join(dir, r.path), 'utf8');
    const [header, ...rows] = parse(text, { record_delimiter: '\r\n', bom: true }) as string[][];
    tables.set(r.name, { header: header!, rows: rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!]))) });
  }
  return { descriptor, tables };
}

/** Check the descriptor against the files: fields, types, required, keys. Returns the row counts. */
function checkPackage(dir: string): Map<string, number> {
  const { descriptor, tables } = readPackage(dir);
  expect(descriptor.profile).toBe('tabular-data-package');
  const counts = new Map<string, number>();
  for (const r of descriptor.resources) {
    const { header, rows } = tables.get(r.name)!;
    expect(header, r.name).toEqual(r.schema.fields.map((f) => f.name));
    expect(r.bytes).toBe(readFileSync(join(dir, r.path)).length);
    counts.set(r.name, rows.length);
    for (const f of r.schema.fields) {
      for (const row of rows) {
        const v = row[f.name]!;
        if (v === '') {
          expect(f.constraints?.required ?? false, `${r.name}.${f.name} is required but empty`).toBe(false);
          continue;
        }
        if (f.type === 'integer') expect(v, `${r.name}.${f.name}`).toMatch(/^-?\d+$/);
        if (f.type === 'date') expect(v, `${r.name}.${f.name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (f.type === 'array') expect(Array.isArray(JSON.parse(v)), `${r.name}.${f.name}`).toBe(true);
      }
      expect(['string', 'integer', 'date', 'array']).toContain(f.type);
    }
    const key = (row: Record<string, string>, fields: string[]) => JSON.stringify(fields.map((k) => row[k]));
    const pk = rows.map((row) => key(row, r.schema.primaryKey));
    expect(new Set(pk).size, `${r.name} primary key is unique`).toBe(rows.length);
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? r.name : fk.reference.resource;
      const targets = new Set(tables.get(target)!.rows.map((row) => key(row, fk.reference.fields)));
      for (const row of rows) {
        if (fk.fields.some((k) => row[k] === '')) continue;
        expect(targets.has(key(row, fk.fields)), `${r.name}(${fk.fields}) → ${target}: ${key(row, fk.fields)}`).toBe(true);
      }
    }
  }
  return counts;
}

describe('export --out DIR (Frictionless data package)', () => {
  it('writes every table as CSV and a descriptor consistent with the files and the database', () => {
    const dir = join(out.dir, 'all');
    const r = c.run(['export', '--out', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/wrote 11 tables \(\d+ rows\) and datapackage.json/);
    expect(readdirSync(dir).sort()).toEqual([...TABLE_NAMES.map((t) => `${t}.csv`), 'datapackage.json'].sort());
    const counts = checkPackage(dir);
    const db = c.open();
    for (const t of TABLE_NAMES.filter((x) => x !== 'countries')) expect(counts.get(t), t).toBe(expectedRows(db, t).length);
    // the rows themselves, for the table people open first
    const { tables } = readPackage(dir);
    expect(tables.get('paragraphs')!.rows).toEqual(expectedRows(db, 'paragraphs').map(asCells));
    expect(tables.get('documents')!.rows).toEqual(expectedRows(db, 'documents').map(asCells));
    db.close();
  });

  it('declares the array, integer and date columns and the links between tables', () => {
    const { descriptor } = readPackage(join(out.dir, 'all'));
    const res = (n: string) => descriptor.resources.find((r) => r.name === n)!;
    const type = (n: string, f: string) => res(n).schema.fields.find((x) => x.name === f)?.type;
    for (const [t, f] of [['paragraphs', 'footnotes'], ['votes', 'notes'], ['documents', 'original_languages']] as const) {
      expect(ARRAY_COLUMNS.has(f)).toBe(true);
      expect(type(t, f)).toBe('array');
    }
    expect(type('paragraphs', 'n')).toBe('integer');
    expect(type('documents', 'date')).toBe('date');
    expect(res('paragraphs').schema.primaryKey).toEqual(['document_id', 'n']);
    expect(res('vote_records').schema.foreignKeys).toContainEqual({ fields: ['document_id', 'vote_seq'], reference: { resource: 'votes', fields: ['document_id', 'seq'] } });
    expect(res('sponsors').schema.foreignKeys).toContainEqual({ fields: ['country'], reference: { resource: 'countries', fields: ['iso3'] } });
    expect(res('documents').schema.foreignKeys).toContainEqual({ fields: ['parent_id'], reference: { resource: '', fields: ['id'] } });
    expect(res('paragraphs').format).toBe('csv');
    expect(res('paragraphs').hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('a filtered package holds the selection, the parents of selected parts, and still resolves every key', () => {
    const dir = join(out.dir, 'drafts');
    expect(c.run(['export', '--out', dir, '--kind', 'draft-resolution', '--bom']).code).toBe(0);
    expect(readFileSync(join(dir, 'documents.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
    checkPackage(dir);
    const { tables } = readPackage(dir);
    const db = c.open();
    const drafts = db.prepare("SELECT id FROM documents WHERE kind = 'draft-resolution' ORDER BY id").pluck().all() as string[];
    const parents = db.prepare("SELECT DISTINCT parent_id FROM documents WHERE kind = 'draft-resolution' AND parent_id IS NOT NULL").pluck().all() as string[];
    db.close();
    expect(drafts.length).toBeGreaterThan(0);
    expect(tables.get('documents')!.rows.map((d) => d.id).sort()).toEqual([...new Set([...drafts, ...parents])].sort());
    expect(new Set(tables.get('paragraphs')!.rows.map((p) => p.document_id))).toEqual(new Set(drafts));
  });

  it('an unwritable folder is one line, exit 2', () => {
    const file = join(out.dir, 'a-file');
    writeFileSync(file, 'x');
    const r = c.run(['export', '--out', join(file, 'sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^cybercorpus: cannot create the output folder: .*\[ENOTDIR\]/);
  });

  it('a write that fails leaves no half-written file under a final name and no temporary file', () => {
    const dir = join(out.dir, 'blocked');
    mkdirSync(join(dir, 'paragraphs.csv'), { recursive: true }); // the final name is taken by a folder
    const r = c.run(['export', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('paragraphs.csv');
    expect(existsSync(join(dir, 'datapackage.json'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('is one snapshot of the corpus while another process adds and removes documents (run last: it changes the corpus)', async () => {
    const writer = await startWriter(c.db, out.dir);
    try {
      for (let k = 0; k < 3; k++) {
        const dir = join(out.dir, `snap-${k}`);
        const r = c.run(['export', '--out', dir]);
        expect(r.code, r.stderr).toBe(0);
        checkPackage(dir);
        const { tables } = readPackage(dir);
        const synthetic = tables.get('documents')!.rows.filter((d) => d.id!.startsWith('syn-')).map((d) => d.id!);
        expect(synthetic.length).toBeGreaterThanOrEqual(1);
        expect(synthetic.length).toBeLessThanOrEqual(2);
        const paragraphs = tables.get('paragraphs')!.rows.filter((p) => p.document_id!.startsWith('syn-'));
        for (const id of synthetic) expect(paragraphs.filter((p) => p.document_id === id).length, id).toBe(300);
        expect(paragraphs.length).toBe(300 * synthetic.length);
      }
    } finally {
      writer.stop();
    }
  });
});
