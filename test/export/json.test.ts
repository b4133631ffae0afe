import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../src/export/documents.js';
import { openStore } from '../../src/store/store.js';
import type { Document } from '../../src/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { buildCorpus, type Corpus, EXPECTED_SQL } from './fixture.js';

let c: Corpus;
let tmp: { dir: string; cleanup: () => void };
let exported: string;
beforeAll(() => {
  c = buildCorpus();
  tmp = tempDir('cybercorpus-export-json-');
  const r = c.run(['export', '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  exported = r.stdout;
});
afterAll(() => {
  c?.cleanup();
  tmp?.cleanup();
});

describe('export --json: documents nested per the contract', () => {
  it('is one JSON array with one top-level document per line, parts nested, counts as in the database', () => {
    const docs = JSON.parse(exported) as Document[];
    const lines = exported.trimEnd().split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-1)).toBe(']');
    expect(lines.length).toBe(docs.length + 2);
    const db = c.open();
    const top = db.prepare('SELECT id FROM documents WHERE parent_id IS NULL').pluck().all() as string[];
    expect(docs.map((d) => d.id).sort()).toEqual([...top].sort());
    const count = (table: string, id: string) => (db.prepare(`SELECT count(*) FROM ${table} WHERE document_id = ?`).pluck().get(id) as number);
    const visit = (d: Document) => {
      expect(d.paragraphs.length, d.id).toBe(count('paragraphs', d.id));
      expect(d.footnotes.length, d.id).toBe(count('footnotes', d.id));
      expect(d.sponsors.length, d.id).toBe(count('sponsors', d.id));
      expect(d.citations.length, d.id).toBe(count('citations', d.id));
      expect(d.votes.length, d.id).toBe(count('votes', d.id));
      const parts = db.prepare('SELECT id FROM documents WHERE parent_id = ? ORDER BY part_index').pluck().all(d.id) as string[];
      expect(d.parts.map((p) => p.id), d.id).toEqual(parts);
      d.parts.forEach(visit);
    };
    docs.forEach(visit);
    db.close();
  });

  it('carries the contract fields of seed 000 (A/C.1/78/L.11), snake_case', () => {
    const doc = (JSON.parse(exported) as Document[]).find((d) => d.symbol === 'A/C.1/78/L.11')!;
    expect(doc).toBeDefined();
    expect(doc.kind).toBe('draft-resolution');
    expect(doc.aliases).toContain('A/RES/78/237');
    expect(doc.session).toBe(78);
    expect(doc.source_format).toBe('markdown');
    expect(doc.source_sha256).toMatch(/^[0-9a-f]{64}$/);
    const op = doc.paragraphs.filter((p) => p.kind === 'operative');
    expect(op.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(Object.keys(op[0]!)).toEqual(expect.arrayContaining(['n', 'kind', 'number', 'lead', 'text', 'section', 'footnotes', 'line', 'end_line']));
  });

  it('filters select documents; a part selected on its own comes out as a document', () => {
    const resolutions = JSON.parse(c.run(['export', '--json', '--kind', 'draft-resolution']).stdout) as Document[];
    const db = c.open();
    const drafts = db.prepare("SELECT id FROM documents WHERE kind = 'draft-resolution' ORDER BY id").pluck().all() as string[];
    db.close();
    expect(resolutions.map((d) => d.id).sort()).toEqual(drafts);
    expect(c.run(['export', '--json', '--session', '1']).stdout).toBe('[]\n');
  });
});

describe('round trip: export --json, import into a new corpus', () => {
  it('gives the same documents and the same rows in every table', async () => {
    const file = join(tmp.dir, 'corpus.json');
    writeFileSync(file, exported);
    const copyPath = join(tmp.dir, 'copy.db');
    const db = openStore(copyPath);
    const report = await importDocuments(db, file);
    const again = await importDocuments(db, file);
    db.close();
    const top = (JSON.parse(exported) as Document[]).map((d) => d.id);
    expect(report.added).toEqual(top);
    expect(again).toEqual({ added: [], skipped: top });

    const copy = (args: string[]) => runCli(['--db', copyPath, ...args]);
    expect(JSON.parse(copy(['export', '--json']).stdout)).toEqual(JSON.parse(exported));
    for (const table of Object.keys(EXPECTED_SQL)) {
      expect(copy(['export', '--csv', '--table', table]).stdout, table).toBe(c.run(['export', '--csv', '--table', table]).stdout);
    }
  });

  it('reads a pretty-printed export too, and refuses what is not an export without storing anything', async () => {
    const docs = JSON.parse(exported) as Document[];
    const pretty = join(tmp.dir, 'pretty.json');
    writeFileSync(pretty, JSON.stringify(docs.slice(0, 2), null, 2));
    const db = openStore(join(tmp.dir, 'pretty.db'));
    expect((await importDocuments(db, pretty)).added).toEqual(docs.slice(0, 2).map((d) => d.id));
    const bad = join(tmp.dir, 'bad.json');
    writeFileSync(bad, `[\n${JSON.stringify(docs[2])},\n{"id":"x","symbol":null}\n]\n`);
    await expect(importDocuments(db, bad)).rejects.toThrow(/not a cybercorpus document/);
    expect(db.prepare('SELECT count(*) FROM documents WHERE id = ?').pluck().get(docs[2]!.id)).toBe(0);
    db.close();
  });
});
