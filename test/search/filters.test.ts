/**
 * Filters, ranking tie-break and counts on a small hand-built corpus written straight into the
 * store, so that they do not depend on the front-ends: every expected hit is read off the
 * documents below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, type Db } from '../../src/store/store.js';
import { Writer } from '../../src/store/write.js';
import { countBy, countMatches, kwic, resolveFilters, search, searchPage, type FilterArgs } from '../../src/query/search.js';
import { UsageError } from '../../src/errors.js';
import type { Document, Paragraph, Sponsor } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';

type P = Partial<Paragraph> & { text: string };

function doc(id: string, meta: Partial<Document>, paras: P[], sponsors: string[] = []): Document {
  return {
    id, symbol: id, aliases: [], kind: 'resolution', title: null, organ: 'A', committee: null, session: null,
    agenda_item: null, date: null, distribution: null, language: 'fr', original_languages: [],
    source_path: `/corpus/${id.replace(/\//g, '_')}.txt`, source_format: 'pdf-text', source_sha256: id, source_lines: 100,
    paragraphs: paras.map((p, i) => ({
      n: i + 1, kind: 'text', number: null, lead: null, section: null, footnotes: [], line: 10 * (i + 1), end_line: 10 * (i + 1) + 1, ...p,
    })),
    footnotes: [], citations: [], votes: [], parts: [], warnings: [],
    sponsors: sponsors.map((c): Sponsor => ({ country: c, name: c, as_written: c, role: 'sponsor' })),
    ...meta,
  };
}

const R77 = doc('A/RES/77/36', { session: 77, date: '2022-12-07' }, [
  { kind: 'preambular', lead: 'Rappelant', text: 'Rappelant ses résolutions sur la sécurité numérique,' },
  { kind: 'preambular', lead: 'Rappelant également', text: 'Rappelant également la sécurité de l’information,' },
  { kind: 'operative', number: '1', lead: 'Décide', text: 'Décide de créer un programme d’action sur la sécurité ;' },
  { kind: 'operative', number: '2', lead: 'Prie', text: 'Programme d’action.' },
], ['RUS']);
R77.footnotes = [{ marker: '1', text: 'Voir le cyberespace.', paragraph_n: 3, line: 95 }];
const R78 = doc('A/RES/78/16', { session: 78, date: '2023-12-04' }, [
  { kind: 'preambular', lead: 'Rappelant', text: 'Rappelant le programme d\'action sur la sécurité,' },
  { kind: 'operative', number: '1', lead: 'Se félicite', text: 'Se félicite du programme d\'action ;' },
  { kind: 'operative', number: '2', lead: 'Prie', text: 'Programme d\'action.' },
], ['FRA', 'EGY']);
R78.footnotes = [{ marker: '2', text: 'Résolution 76/19 sur le cyberespace, voir A/78/76.', paragraph_n: 1, line: 96 }];
const REPORT = doc('A/79/166', { kind: 'report', session: 79, date: '2024-05-21' }, [
  { kind: 'heading', text: 'I. Introduction' },
  { section: 'I. Introduction', text: 'Le programme d\'action est examiné par les États Membres.' },
]);
REPORT.parts = [
  doc('A/79/166/DEU', { kind: 'submission', author: 'DEU' }, [{ section: 'Réponses > Allemagne', text: 'L’Allemagne soutient le programme d’action.' }]),
  doc('A/79/166/AUS', { kind: 'submission', author: 'AUS' }, [
    { section: 'Réponses > Australie', text: 'L’Australie et la sécurité.' },
    { section: 'Réponses > Australie', text: 'Le cyberespace.' },
  ]),
];
// "cyberespace": in footnotes only, but for the Australian paragraph; the three footnotes of
// three words have the same bm25, so they are ordered by date, then paragraph (the one attached
// to no paragraph last in its document)
REPORT.footnotes = [
  { marker: '*', text: 'Note du cyberespace.', paragraph_n: null, line: 98 },
  { marker: '3', text: 'Voir le cyberespace.', paragraph_n: 2, line: 97 },
];

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  db = openStore(join(t.dir, 'corpus.db'));
  const w = new Writer(db);
  const stamp = { declared: '{}', parser: 'test', addedAt: '2024-01-01T00:00:00Z' };
  // inserted out of date order, so that insertion order cannot pass for the tie-break
  db.transaction(() => [REPORT, R78, R77].forEach((d) => w.insert(d, stamp)))();
});
afterAll(() => {
  db.close();
  cleanup();
});

async function hits(query: string, args: FilterArgs = {}): Promise<string[]> {
  const f = await resolveFilters(db, args);
  return [...search(db, query, f)].map((h) => `${h.document_id}#${h.paragraph_n}`).sort();
}

/** Every page searchPage gives (any offset, limit and tie margin) is that slice of `all`. */
function expectPagesOf(q: string, all: unknown[]): void {
  for (let offset = 0; offset <= all.length; offset++) {
    for (const limit of [1, 2, 3, 20]) {
      for (const tieMargin of [0, 1, 2, undefined]) {
        const page = searchPage(db, q, { offset, limit, ...(tieMargin === undefined ? {} : { tieMargin }) });
        expect(page.total).toBe(all.length);
        expect(page.hits).toEqual(all.slice(offset, offset + limit));
      }
    }
  }
}

describe('search filters (combined with AND)', () => {
  it('no filter', async () => {
    expect(await hits('sécurité')).toEqual(['A/79/166/AUS#1', 'A/RES/77/36#1', 'A/RES/77/36#2', 'A/RES/77/36#3', 'A/RES/78/16#1']);
  });
  it('--kind (comma list = either)', async () => {
    expect(await hits('sécurité', { kind: ['preambular'] })).toEqual(['A/RES/77/36#1', 'A/RES/77/36#2', 'A/RES/78/16#1']);
    expect(await hits('sécurité', { kind: ['operative,text'] })).toEqual(['A/79/166/AUS#1', 'A/RES/77/36#3']);
    await expect(hits('sécurité', { kind: ['preamble'] })).rejects.toThrow(/unknown kind 'preamble'/);
    // document kinds too, as in export
    expect(await hits("programme d'action", { kind: ['report'] })).toEqual(['A/79/166#2']);
    expect(await hits("programme d'action", { kind: ['submission'] })).toEqual(['A/79/166/DEU#1']);
    expect(await hits("programme d'action", { kind: ['report,operative'] })).toEqual([]);
    expect(await hits("programme d'action", { kind: ['resolution', 'text'] })).toEqual([]);
  });
  it('--lead: folded, matches the lead and its longer forms', async () => {
    expect(await hits('sécurité', { lead: 'Rappelant' })).toEqual(['A/RES/77/36#1', 'A/RES/77/36#2', 'A/RES/78/16#1']);
    expect(await hits('sécurité', { lead: 'rappelant EGALEMENT' })).toEqual(['A/RES/77/36#2']);
    expect(await hits('programme', { lead: 'se felicite' })).toEqual(['A/RES/78/16#2']);
    expect(await hits('sécurité', { lead: 'Rappel' })).toEqual([]);
  });
  it('--session: one, a range, open ranges; parts take their parent\'s session', async () => {
    expect(await hits('sécurité', { session: '78' })).toEqual(['A/RES/78/16#1']);
    expect(await hits('sécurité', { session: '77..78' })).toEqual(['A/RES/77/36#1', 'A/RES/77/36#2', 'A/RES/77/36#3', 'A/RES/78/16#1']);
    expect(await hits('sécurité', { session: '79' })).toEqual(['A/79/166/AUS#1']);
    expect(await hits('sécurité', { session: '78..' })).toEqual(['A/79/166/AUS#1', 'A/RES/78/16#1']);
    expect(await hits('sécurité', { session: '77,79' })).toEqual(['A/79/166/AUS#1', 'A/RES/77/36#1', 'A/RES/77/36#2', 'A/RES/77/36#3']);
    await expect(hits('sécurité', { session: 'soixante' })).rejects.toThrow(/--session takes a number or a range/);
    await expect(hits('sécurité', { session: '79..75' })).rejects.toThrow(UsageError);
  });
  it('--year', async () => {
    expect(await hits('sécurité', { year: '2024' })).toEqual(['A/79/166/AUS#1']);
    expect(await hits('sécurité', { year: '2022..2023' })).toEqual(['A/RES/77/36#1', 'A/RES/77/36#2', 'A/RES/77/36#3', 'A/RES/78/16#1']);
  });
  it('--sponsor: ISO3 or name', async () => {
    expect(await hits('sécurité', { sponsor: ['RUS,FRA'] })).toEqual(['A/RES/77/36#1', 'A/RES/77/36#2', 'A/RES/77/36#3', 'A/RES/78/16#1']);
    expect(await hits('sécurité', { sponsor: ['RUS'] })).toEqual(['A/RES/77/36#1', 'A/RES/77/36#2', 'A/RES/77/36#3']);
    expect(await hits('sécurité', { sponsor: ['France'] })).toEqual(['A/RES/78/16#1']);
    expect(await hits('sécurité', { sponsor: ['Égypte'] })).toEqual(['A/RES/78/16#1']);
    await expect(hits('sécurité', { sponsor: ['Atlantide'] })).rejects.toThrow(/--sponsor: unknown country 'Atlantide'/);
  });
  it('--author: submissions by a country', async () => {
    expect(await hits("programme d'action", { author: 'DEU' })).toEqual(['A/79/166/DEU#1']);
    expect(await hits('sécurité', { author: 'Australie' })).toEqual(['A/79/166/AUS#1']);
    expect(await hits('sécurité', { author: 'DEU' })).toEqual([]);
  });
  it('--doc (a document includes its parts), --part, --section', async () => {
    expect(await hits("programme d'action", { doc: ['A/79/166'] })).toEqual(['A/79/166#2', 'A/79/166/DEU#1']);
    expect(await hits("programme d'action", { doc: ['78/16', 'A/79/166/DEU'] })).toEqual(['A/79/166/DEU#1', 'A/RES/78/16#1', 'A/RES/78/16#2', 'A/RES/78/16#3']);
    expect(await hits("programme d'action", { part: true })).toEqual(['A/79/166/DEU#1']);
    expect(await hits("programme d'action", { section: 'allemagne' })).toEqual(['A/79/166/DEU#1']);
    expect(await hits("programme d'action", { section: 'introduction' })).toEqual(['A/79/166#2']);
    await expect(hits('x', { doc: ['99/999'] })).rejects.toThrow(UsageError);
  });
  it('filters combine with AND', async () => {
    expect(await hits("programme d'action", { kind: ['operative'], session: '77..78', lead: 'prie' })).toEqual(['A/RES/77/36#4', 'A/RES/78/16#3']);
    expect(await hits("programme d'action", { kind: ['operative'], sponsor: ['FRA'], lead: 'prie' })).toEqual(['A/RES/78/16#3']);
  });
});

describe('ranking', () => {
  it('equal scores fall back to date, document, paragraph order', () => {
    const ranked = [...search(db, "programme d'action")];
    const a = ranked.findIndex((h) => h.document_id === 'A/RES/77/36' && h.paragraph_n === 4);
    const b = ranked.findIndex((h) => h.document_id === 'A/RES/78/16' && h.paragraph_n === 3);
    expect(ranked[a]!.score).toBe(ranked[b]!.score);
    expect(a).toBeLessThan(b);
    expect(a).toBe(0); // the shortest paragraphs rank first
    const scores = ranked.map((h) => h.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });
  it('limit and offset page through the same order', () => {
    const all = [...search(db, "programme d'action")].map((h) => `${h.document_id}#${h.paragraph_n}`);
    const page = [...search(db, "programme d'action", { offset: 2, limit: 3 })].map((h) => `${h.document_id}#${h.paragraph_n}`);
    expect(page).toEqual(all.slice(2, 5));
    expect(countMatches(db, "programme d'action")).toBe(all.length);
    expect(all).toHaveLength(7);
  });
  it('a page read off the index alone is the same page, ties included', async () => {
    for (const q of ["programme d'action", 'sécurité', 'programme OR rappelant']) {
      const all = [...search(db, q)];
      expectPagesOf(q, all);
    }
    const filtered = searchPage(db, 'sécurité', { ...(await resolveFilters(db, { kind: ['preambular'] })), limit: 1 });
    expect(filtered.total).toBe(3);
    expect(filtered.hits).toHaveLength(1);
  });
});

describe('footnotes', () => {
  const where = (h: { document_id: string; paragraph_n: number | null; kind: string; number: string | null }) =>
    h.kind === 'footnote' ? `${h.document_id}#${h.paragraph_n}:fn${h.number}` : `${h.document_id}#${h.paragraph_n}`;
  async function found(query: string, args: FilterArgs = {}): Promise<string[]> {
    return [...search(db, query, await resolveFilters(db, args))].map(where);
  }
  const FOOTNOTES = ['A/RES/77/36#3:fn1', 'A/RES/78/16#1:fn2', 'A/79/166#2:fn3', 'A/79/166#null:fn*'];

  it('are hits like paragraphs, with their marker as number and the section of their paragraph', () => {
    const hits = [...search(db, 'cyberespace')];
    expect(hits.map(where).sort()).toEqual([...FOOTNOTES, 'A/79/166/AUS#2'].sort());
    const fn3 = hits.find((h) => h.kind === 'footnote' && h.number === '3')!;
    expect({ ...fn3, score: 0 }).toEqual({
      document_id: 'A/79/166', symbol: 'A/79/166', kind: 'footnote', paragraph_n: 2, number: '3', lead: null, section: 'I. Introduction',
      text: 'Voir le cyberespace.', matches: [[8, 19]], snippet: 'Voir le cyberespace.', score: 0, source_path: '/corpus/A_79_166.txt', line: 97,
    });
    expect(hits.find((h) => h.number === '*')).toMatchObject({ paragraph_n: null, section: null, line: 98 });
    expect(countMatches(db, 'cyberespace')).toBe(5);
  });
  it('equal scores: date, document, paragraph, footnote order (unattached last)', () => {
    // the three footnotes of three words tie; the longer one ranks after them
    const ranked = [...search(db, 'cyberespace')].filter((h) => h.kind === 'footnote');
    expect(ranked.map(where)).toEqual(['A/RES/77/36#3:fn1', 'A/79/166#2:fn3', 'A/79/166#null:fn*', 'A/RES/78/16#1:fn2']);
  });
  it('--kind footnote selects them; paragraph kinds and --lead leave them out; other filters apply through their document', async () => {
    expect(await found('cyberespace', { kind: ['footnote'] })).toEqual(expect.arrayContaining(FOOTNOTES));
    expect(await found('cyberespace', { kind: ['footnote'] })).toHaveLength(4);
    expect(await found('cyberespace', { kind: ['text'] })).toEqual(['A/79/166/AUS#2']);
    expect((await found('cyberespace', { kind: ['text,footnote'] })).sort()).toEqual([...FOOTNOTES, 'A/79/166/AUS#2'].sort());
    expect(await found('cyberespace', { kind: ['operative'] })).toEqual([]);
    expect(await found('cyberespace', { lead: 'Décide' })).toEqual([]);
    expect(await found('cyberespace', { kind: ['footnote'], lead: 'Décide' })).toEqual([]); // nothing left to search
    expect(countBy(db, 'cyberespace', 'kind', await resolveFilters(db, { kind: ['footnote'], lead: 'x' }))).toEqual([]);
    expect(searchPage(db, 'cyberespace', { ...(await resolveFilters(db, { kind: ['footnote'], lead: 'x' })), limit: 5 })).toEqual({ total: 0, hits: [] });
    expect(await found('cyberespace', { kind: ['resolution', 'footnote'] })).toEqual(['A/RES/77/36#3:fn1', 'A/RES/78/16#1:fn2']);
    expect((await found('cyberespace', { kind: ['report'] })).sort()).toEqual(['A/79/166#2:fn3', 'A/79/166#null:fn*']);
    expect(await found('cyberespace', { session: '77' })).toEqual(['A/RES/77/36#3:fn1']);
    expect(await found('cyberespace', { year: '2023' })).toEqual(['A/RES/78/16#1:fn2']);
    expect(await found('cyberespace', { sponsor: ['FRA'] })).toEqual(['A/RES/78/16#1:fn2']);
    expect(await found('cyberespace', { author: 'AUS' })).toEqual(['A/79/166/AUS#2']);
    expect(await found('cyberespace', { part: true })).toEqual(['A/79/166/AUS#2']);
    expect((await found('cyberespace', { doc: ['A/79/166'] })).sort()).toEqual(['A/79/166#2:fn3', 'A/79/166#null:fn*', 'A/79/166/AUS#2']);
    expect(await found('cyberespace', { section: 'introduction' })).toEqual(['A/79/166#2:fn3']);
    expect(countMatches(db, 'cyberespace', await resolveFilters(db, { kind: ['footnote'] }))).toBe(4);
  });
  it('a page read off the two indexes alone is the same page, ties included', () => {
    for (const q of ['cyberespace', 'cyberespace OR programme', 'voir OR rappelant OR sécurité', 'cyberespace OR sécurité']) {
      const all = [...search(db, q)];
      expect(all.some((h) => h.kind === 'footnote')).toBe(true);
      expectPagesOf(q, all);
    }
  });
  it('are counted and in the concordance (after their paragraph, in corpus order)', async () => {
    expect(countBy(db, 'cyberespace', 'document').map((r) => [r.key, r.hits])).toEqual([
      ['A/RES/77/36', 1], ['A/RES/78/16', 1], ['A/79/166', 2], ['A/79/166/AUS', 1],
    ]);
    expect(countBy(db, 'cyberespace', 'session').map((r) => [r.key, r.hits])).toEqual([[77, 1], [78, 1], [79, 3]]);
    expect(countBy(db, 'cyberespace', 'kind').map((r) => [r.key, r.hits])).toEqual([['footnote', 4], ['text', 1]]);
    expect(countBy(db, 'cyberespace', 'lead').map((r) => [r.key, r.hits])).toEqual([[null, 5]]);
    const footnotes = await resolveFilters(db, { kind: ['footnote'] });
    expect(countBy(db, 'cyberespace', 'year', footnotes).map((r) => [r.key, r.hits])).toEqual([[2022, 1], [2023, 1], [2024, 2]]);
    expect([...kwic(db, 'cyberespace OR "voir le"')].map((l) => `${where(l)}:${l.match}`)).toEqual([
      'A/RES/77/36#3:fn1:Voir le', 'A/RES/77/36#3:fn1:cyberespace', 'A/RES/78/16#1:fn2:cyberespace',
      'A/79/166#2:fn3:Voir le', 'A/79/166#2:fn3:cyberespace', 'A/79/166#null:fn*:cyberespace', 'A/79/166/AUS#2:cyberespace',
    ]);
    expect([...kwic(db, 'cyberespace', await resolveFilters(db, { kind: ['text'] }))].map(where)).toEqual(['A/79/166/AUS#2']);
  });
});

describe('counts and concordance', () => {
  it('--count per document, session, kind, lead', () => {
    expect(countBy(db, "programme d'action", 'document').map((r) => [r.key, r.hits])).toEqual([
      ['A/RES/77/36', 2], ['A/RES/78/16', 3], ['A/79/166', 1], ['A/79/166/DEU', 1],
    ]);
    expect(countBy(db, "programme d'action", 'session').map((r) => [r.key, r.hits])).toEqual([[77, 2], [78, 3], [79, 2]]);
    expect(countBy(db, "programme d'action", 'year').map((r) => [r.key, r.hits])).toEqual([[2022, 2], [2023, 3], [2024, 2]]);
    expect(countBy(db, "programme d'action", 'kind').map((r) => [r.key, r.hits])).toEqual([['operative', 4], ['text', 2], ['preambular', 1]]);
    expect(countBy(db, "programme d'action", 'lead').map((r) => [r.key, r.hits])).toEqual([
      ['Prie', 2], ['Décide', 1], ['Rappelant', 1], ['Se félicite', 1], [null, 2],
    ]);
  });
  it('--count with filters', async () => {
    const operative = await resolveFilters(db, { kind: ['operative'] });
    expect(countBy(db, "programme d'action", 'document', operative).map((r) => [r.key, r.hits])).toEqual([['A/RES/77/36', 2], ['A/RES/78/16', 2]]);
    expect(countBy(db, "programme d'action", 'session', operative).map((r) => [r.key, r.hits])).toEqual([[77, 2], [78, 2]]);
    expect(countBy(db, "programme d'action", 'lead', operative).map((r) => [r.key, r.hits])).toEqual([['Prie', 2], ['Décide', 1], ['Se félicite', 1]]);
  });
  it('--kwic: one line per occurrence in corpus order, matches as written', () => {
    const lines = [...kwic(db, "programme d'action")];
    expect(lines.map((l) => `${l.document_id}#${l.paragraph_n}:${l.match}`)).toEqual([
      'A/RES/77/36#3:programme d’action', 'A/RES/77/36#4:Programme d’action',
      "A/RES/78/16#1:programme d'action", "A/RES/78/16#2:programme d'action", "A/RES/78/16#3:Programme d'action",
      "A/79/166#2:programme d'action", 'A/79/166/DEU#1:programme d’action',
    ]);
  });
});

describe('the footnote index follows inserts and deletes', () => {
  it('a deleted document leaves no footnote in the index', () => {
    const w = new Writer(db);
    const stamp = { declared: '{}', parser: 'test', addedAt: '2024-01-01T00:00:00Z' };
    const extra = doc('A/RES/79/1', { session: 79 }, [{ text: 'Un paragraphe.' }]);
    extra.footnotes = [{ marker: '1', text: 'Une note sur la téléphonie.', paragraph_n: 1, line: 5 }];
    extra.parts = [doc('A/RES/79/1/P', {}, [{ text: 'Une partie.' }])];
    extra.parts[0]!.footnotes = [{ marker: 'a', text: 'Téléphonie encore.', paragraph_n: null, line: 7 }];
    db.transaction(() => w.insert(extra, stamp))();
    expect([...search(db, 'telephonie')].map((h) => `${h.document_id}:${h.number}`).sort()).toEqual(['A/RES/79/1/P:a', 'A/RES/79/1:1']);
    db.transaction(() => w.delete('A/RES/79/1'))();
    expect([...search(db, 'telephonie')]).toEqual([]);
    expect(countMatches(db, 'telephonie')).toBe(0);
    // the external-content index agrees with the footnotes table
    expect(() => db.prepare("INSERT INTO footnotes_fts (footnotes_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    expect(countMatches(db, 'cyberespace')).toBe(5);
  });
});
