import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { declaredFor } from '../../src/ingest/declared.js';
import { parseText } from '../../src/parse.js';
import { documentLinks, isAdoptedSymbol, isDraftSymbol, linkAliases, linkLines } from '../../src/query/links.js';
import { resolveRef } from '../../src/query/refs.js';
import { openStore, type Db } from '../../src/store/store.js';
import { Writer } from '../../src/store/write.js';
import type { Document, DocumentKind } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';
import { akn, seed } from '../helpers/paths.js';

function doc(symbol: string | null, kind: DocumentKind, aliases: string[] = [], parts: Document[] = [], id = symbol ?? 'x'): Document {
  return {
    id, symbol, aliases, kind, title: null, organ: 'A', committee: null, session: null, agenda_item: null, date: null,
    distribution: null, language: 'fr', original_languages: [],
    source_path: `/tmp/${id.replace(/\//g, '_')}`, source_format: 'akn', source_sha256: id, source_lines: 1,
    paragraphs: [], footnotes: [], sponsors: [], citations: [], votes: [], parts, warnings: [],
  };
}

const stamp = { declared: '{}', parser: 't', addedAt: '2026-01-01T00:00:00Z' };

/** A new database for each test of the enclosing describe; `db()` is the current one. */
function freshStore(): { db: () => Db; add: (...docs: Document[]) => void; aliasesOf: (id: string) => string[] } {
  let db: Db | null = null;
  let cleanup = () => {};
  beforeEach(() => {
    const t = tempDir();
    cleanup = t.cleanup;
    db = openStore(join(t.dir, 'c.db'));
  });
  afterEach(() => {
    db?.close();
    cleanup();
  });
  const current = (): Db => {
    if (!db) throw new Error('no database outside a test');
    return db;
  };
  return {
    db: current,
    add: (...docs) => {
      const w = new Writer(current());
      for (const d of docs) w.insert(d, stamp);
    },
    aliasesOf: (id) => (current().prepare('SELECT symbol FROM aliases WHERE document_id = ? ORDER BY symbol').all(id) as { symbol: string }[]).map((r) => r.symbol),
  };
}

describe('links between drafts and resolutions', () => {
  const { db, add, aliasesOf } = freshStore();

  it('classifies symbols', () => {
    expect(['A/RES/78/237', 'A/DEC/72/512', 'A/C.1/78/L.11', 'A/C.1/75/L.8/Rev.1', 'A/78/404'].map((s) => [isAdoptedSymbol(s), isDraftSymbol(s)])).toEqual([
      [true, false], [true, false], [false, true], [false, true], [false, false],
    ]);
  });

  it('an AKN resolution naming its draft: both know each other once linked', () => {
    add(doc('A/C.1/78/L.11', 'draft-resolution'), doc('A/RES/78/237', 'resolution', ['A/C.1/78/L.11']));
    expect(aliasesOf('A/C.1/78/L.11')).toEqual([]);
    // documentLinks reads both directions even before linkAliases
    expect(documentLinks(db(), 'A/C.1/78/L.11')).toEqual({ adoptedAs: [{ symbol: 'A/RES/78/237', id: 'A/RES/78/237' }], adoptedFrom: [] });
    expect(linkAliases(db())).toBe(1);
    expect(linkAliases(db())).toBe(0);
    expect(aliasesOf('A/C.1/78/L.11')).toEqual(['A/RES/78/237']);
    expect(documentLinks(db(), 'A/RES/78/237')).toEqual({ adoptedAs: [], adoptedFrom: [{ symbol: 'A/C.1/78/L.11', id: 'A/C.1/78/L.11' }] });
    expect(linkLines(documentLinks(db(), 'A/C.1/78/L.11'))).toEqual(['adopted as: A/RES/78/237']);
    expect(linkLines(documentLinks(db(), 'A/RES/78/237'))).toEqual(['adopted from draft: A/C.1/78/L.11']);
    // 78/237 is the resolution itself when it is present
    expect(resolveRef(db(), '78/237')).toEqual({ kind: 'stored', id: 'A/RES/78/237' });
  });

  it('a resolution absent, its draft present with the alias: 78/237 resolves to the draft with a note', () => {
    add(doc('A/C.1/78/L.11', 'draft-resolution', ['A/RES/78/237']));
    expect(documentLinks(db(), 'A/C.1/78/L.11')).toEqual({ adoptedAs: [{ symbol: 'A/RES/78/237', id: null }], adoptedFrom: [] });
    expect(linkLines(documentLinks(db(), 'A/C.1/78/L.11'))).toEqual(['adopted as: A/RES/78/237 (not in the corpus)']);
    const r = resolveRef(db(), '78/237');
    expect(r).toMatchObject({ kind: 'stored', id: 'A/C.1/78/L.11' });
    expect(r.kind === 'stored' ? r.note : '').toMatch(/A\/RES\/78\/237 is not in the corpus/);
  });

  it('the draft added after the resolution learns the link too, and parts of a report are linked', () => {
    add(doc('A/RES/75/32', 'resolution', ['A/C.1/75/L.4']), doc('A/RES/75/240', 'resolution', ['A/C.1/75/L.8/Rev.1']));
    add(doc('A/75/394', 'report', [], [doc('A/C.1/75/L.4', 'draft-resolution', [], [], 'A/75/394#1'), doc('A/C.1/75/L.8/Rev.1', 'draft-resolution', [], [], 'A/75/394#2')]));
    expect(linkAliases(db())).toBe(2);
    expect(aliasesOf('A/75/394#1')).toEqual(['A/RES/75/32']);
    expect(aliasesOf('A/75/394#2')).toEqual(['A/RES/75/240']);
    expect(documentLinks(db(), 'A/75/394#2').adoptedAs).toEqual([{ symbol: 'A/RES/75/240', id: 'A/RES/75/240' }]);
    expect(documentLinks(db(), 'A/RES/75/32').adoptedFrom).toEqual([{ symbol: 'A/C.1/75/L.4', id: 'A/75/394#1' }]);
    expect(documentLinks(db(), 'A/75/394')).toEqual({ adoptedAs: [], adoptedFrom: [] });
  });

  it('an unknown id has no links', () => {
    expect(documentLinks(db(), 'nope')).toEqual({ adoptedAs: [], adoptedFrom: [] });
  });
});

async function parseFile(path: string): Promise<Document> {
  return parseText(readFileSync(path, 'utf8'), { path, declared: declaredFor(path) });
}

describe('links on the real files: seeds 000 and 004, A/RES/78/237, 75/32, 75/240', () => {
  // read in beforeAll: a skipped describe still runs its body while tests are collected
  let draft78: Document;
  let report75: Document;
  let resolutions: Document[];
  beforeAll(async () => {
    draft78 = await parseFile(seed('000'));
    report75 = await parseFile(seed('004'));
    resolutions = await Promise.all(['78/237', '75/32', '75/240'].map((r) => parseFile(akn(r))));
  });
  const { db, add: insert, aliasesOf } = freshStore();
  const add = (...docs: Document[]) => {
    insert(...docs);
    linkAliases(db());
  };
  const partId = (symbol: string) => report75.parts.find((p) => p.symbol === symbol)?.id ?? '?';

  it('seed 000 alone: 78/237 resolves to the draft, which says what it was adopted as', () => {
    add(draft78);
    const r = resolveRef(db(), '78/237');
    expect(r).toMatchObject({ kind: 'stored', id: 'A/C.1/78/L.11' });
    expect(linkLines(documentLinks(db(), 'A/C.1/78/L.11'))).toEqual(['adopted as: A/RES/78/237 (not in the corpus)']);
  });

  it('with the resolutions: each draft knows its resolution and each resolution its draft', () => {
    add(draft78, report75, ...resolutions);
    expect(resolveRef(db(), '78/237')).toEqual({ kind: 'stored', id: 'A/RES/78/237' });
    expect(documentLinks(db(), 'A/C.1/78/L.11').adoptedAs).toEqual([{ symbol: 'A/RES/78/237', id: 'A/RES/78/237' }]);
    expect(documentLinks(db(), 'A/RES/78/237').adoptedFrom).toEqual([{ symbol: 'A/C.1/78/L.11', id: 'A/C.1/78/L.11' }]);
    expect(documentLinks(db(), 'A/RES/75/32').adoptedFrom).toEqual([{ symbol: 'A/C.1/75/L.4', id: partId('A/C.1/75/L.4') }]);
    expect(documentLinks(db(), 'A/RES/75/240').adoptedFrom).toEqual([{ symbol: 'A/C.1/75/L.8/Rev.1', id: partId('A/C.1/75/L.8/Rev.1') }]);
    expect(documentLinks(db(), partId('A/C.1/75/L.4')).adoptedAs).toEqual([{ symbol: 'A/RES/75/32', id: 'A/RES/75/32' }]);
    expect(documentLinks(db(), partId('A/C.1/75/L.8/Rev.1')).adoptedAs).toEqual([{ symbol: 'A/RES/75/240', id: 'A/RES/75/240' }]);
    // the drafts' alias rows now name their resolutions
    expect(aliasesOf(partId('A/C.1/75/L.4'))).toEqual(['A/RES/75/32']);
    expect(aliasesOf(partId('A/C.1/75/L.8/Rev.1'))).toEqual(['A/RES/75/240']);
    // the report's draft decisions became no resolution here
    expect(documentLinks(db(), partId('A/C.1/75/L.47'))).toEqual({ adoptedAs: [], adoptedFrom: [] });
  });
});
