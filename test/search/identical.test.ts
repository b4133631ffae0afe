/**
 * Issue 19 reworked how hits are read, ordered, counted and cut into concordance lines for speed;
 * the results must be those of the plain definitions. Each path is compared here with a reference
 * written the simplest way: one SQL statement per table (MATCH, every hit joined, ORDER BY in
 * SQL), every word folded whole, context flattened from the whole text before and after a match
 * (what the code did before), cut to the window as docs/search.md says. On the seeds and on a generated
 * corpus: three copies of each seed with the years shifted per copy (the bench corpora's
 * recipe), so that the same paragraph recurs with equal scores, as in the large bench corpora,
 * and pages end inside runs of ties.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Db } from '../../src/store/store.js';
import { countBy, countMatches, kwic, prepareQuery, search, searchPage, type PreparedQuery } from '../../src/query/search.js';
import { concordance } from '../../src/query/kwic.js';
import { cutContext, wholeSnippet } from './definitions.js';
import { WORD } from '../../src/query/search-query.js';
import { fold } from '../../src/text/fold.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { seedFiles } from '../helpers/paths.js';

const QUERIES = ["programme d'action", 'sécurité', 'sécurité AND numérique', 'communication dans les conflits', 'etatique*',
  'oeuvre', '"acteurs non étatiques" OR "souveraineté étatique"', 'cyber* NOT numérique', 'nationalcybersurvey'];

interface Ref { key: string; text: string; score: number }

/** Every hit, ranked by the plain definition: bm25, then corpus order (date, undated last; document; part; paragraph; footnote). */
function reference(db: Db, q: PreparedQuery, order: 'rank' | 'date'): Ref[] {
  const place = 't.date IS NULL AS u, t.date AS td, t.id AS ti, coalesce(d.part_index, 0) AS pi';
  const docs = (a: string) => `JOIN documents d ON d.id = ${a}.document_id JOIN documents t ON t.id = coalesce(d.parent_id, d.id)`;
  const rows = db.prepare(`SELECT * FROM (
      SELECT d.id || '#' || p.n AS key, p.text, bm25(paragraphs_fts) AS score, ${place}, p.n AS pos, 0 AS sub
        FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid ${docs('p')} WHERE paragraphs_fts MATCH ?
      UNION ALL
      SELECT d.id || '#f' || f.seq, f.text, bm25(footnotes_fts), ${place}, coalesce(f.paragraph_n, 2147483647), f.seq
        FROM footnotes_fts JOIN footnotes f ON f.id = footnotes_fts.rowid ${docs('f')} WHERE footnotes_fts MATCH ?)
    ORDER BY ${order === 'rank' ? 'score, ' : ''}u, td, ti, pi, pos, sub`).all(q.fts, q.fts) as Ref[];
  return rows;
}

/** A hit's key as the reference writes it (a footnote has no key of its own in a hit: text and place stand in). */
const hitKey = (h: { document_id: string; kind: string; paragraph_n: number | null; number: string | null; text: string }) =>
  h.kind === 'footnote' ? `${h.document_id}|${h.number}|${h.text}` : `${h.document_id}#${h.paragraph_n}`;

function refKeys(db: Db, refs: Ref[]): string[] {
  const fn = db.prepare('SELECT document_id || \'|\' || marker || \'|\' || text AS k FROM footnotes WHERE document_id = ? AND seq = ?').pluck();
  return refs.map((r) => {
    const m = /^(.*)#f(\d+)$/.exec(r.key);
    return m ? (fn.get(m[1], Number(m[2])) as string) : r.key;
  });
}

/** The concordance as first written: every word folded, context flattened from the whole text. */
function naiveConcordance(text: string, q: PreparedQuery, window = 40) {
  const ws = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: fold(m[0]) }));
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i < ws.length; i++) {
    let best = -1;
    for (const ph of q.phrases) {
      if (ph.length === 0 || i + ph.length > ws.length) continue;
      if (ph.every((t, k) => (t.prefix ? ws[i + k]!.key.startsWith(t.text) : ws[i + k]!.key === t.text))) best = Math.max(best, i + ph.length - 1);
    }
    if (best >= 0) found.push({ start: ws[i]!.start, end: ws[best]!.end });
  }
  const spans: { start: number; end: number }[] = [];
  for (const s of found) {
    const last = spans[spans.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else spans.push({ ...s });
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return spans.map((s) => ({
    // the whole text before and after the match, flattened, then cut
    ...cutContext(flat(text.slice(0, s.start)).trimEnd(), flat(text.slice(s.end)).trimStart(), window),
    match: flat(text.slice(s.start, s.end)), start: s.start, end: s.end,
  }));
}

function corpus(name: string, files: () => string[]) {
  describe(`results are those of the plain definitions: ${name}`, () => {
    const t = tempDir();
    let db: Db;
    beforeAll(() => {
      const path = join(t.dir, 'c.db');
      const r = runCli(['--db', path, 'add', ...files()]);
      if (r.code !== 0) throw new Error(r.stderr);
      db = openStore(path);
    }, 300_000);
    afterAll(() => {
      db?.close();
      t.cleanup();
    });

    it('hits: the same set in every order; rank and date orders, pages and counts as defined', () => {
      let total = 0;
      for (const text of QUERIES) {
        const q = prepareQuery(text);
        const ranked = refKeys(db, reference(db, q, 'rank'));
        const dated = refKeys(db, reference(db, q, 'date'));
        total += ranked.length;
        expect([...search(db, q)].map(hitKey)).toEqual(ranked);
        expect([...search(db, q, { sort: 'date' })].map(hitKey)).toEqual(dated);
        expect([...search(db, q, { sort: 'doc' })].map(hitKey).sort()).toEqual([...ranked].sort());
        expect(countMatches(db, q)).toBe(ranked.length);
        expect(countBy(db, q, 'document').reduce((a, r) => a + r.hits, 0)).toBe(ranked.length);
        // each hit's document found by the ranges of ids (count-ranges.test.ts) or by the join of every hit: the same rows
        for (const by of ['document', 'session', 'year'] as const) expect(countBy(db, q, by, {}, { ranges: true, chunk: 64 })).toEqual(countBy(db, q, by, {}, { by: 'sql' }));
        // per document: the plain join of every hit to its row (countBy reads an index instead)
        const perDocument = db.prepare(`SELECT document_id AS key, count(*) AS hits FROM (
            SELECT p.document_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid WHERE paragraphs_fts MATCH ?
            UNION ALL SELECT f.document_id FROM footnotes_fts JOIN footnotes f ON f.id = footnotes_fts.rowid WHERE footnotes_fts MATCH ?)
          GROUP BY document_id ORDER BY document_id`).all(q.fts, q.fts);
        expect(countBy(db, q, 'document').map(({ key, hits }) => ({ key, hits })).sort((a, b) => String(a.key).localeCompare(String(b.key))))
          .toEqual([...perDocument].sort((a, b) => String((a as { key: string }).key).localeCompare(String((b as { key: string }).key))));
        // pages of the ranking, with a margin small enough that pages end inside runs of ties
        for (const [offset, limit] of [[0, 20], [7, 5], [20, 20], [ranked.length - 3, 10]] as const) {
          if (offset < 0) continue;
          const page = searchPage(db, q, { offset, limit, tieMargin: 2 });
          expect(page.total).toBe(ranked.length);
          expect(page.hits.map(hitKey)).toEqual(ranked.slice(offset, offset + limit));
        }
        const docs = [...search(db, q, { sort: 'doc' })].map(hitKey);
        // every hit's matches are the naive spans, in code points
        const cp = (text: string, i: number) => [...text.slice(0, i)].length;
        for (const h of search(db, q, { sort: 'doc' })) {
          const naive = naiveConcordance(h.text, q);
          expect(h.matches).toEqual(naive.map((c) => [cp(h.text, c.start), cp(h.text, c.end)]));
          // and its snippet is the one cut from the words of the whole text
          expect(h.snippet).toBe(wholeSnippet(h.text, naive, '', '', 32));
        }
        expect([...search(db, q, { sort: 'doc', offset: 3, limit: 4 })].map(hitKey)).toEqual(docs.slice(3, 7));
      }
      expect(total).toBeGreaterThan(50); // the queries do find things
    });

    it('kwic: the lines of the first implementation, in corpus order (and the same lines in document order)', () => {
      for (const text of QUERIES) {
        const q = prepareQuery(text);
        for (const window of [40, 12]) {
          const want = reference(db, q, 'date').flatMap((r) => naiveConcordance(r.text, q, window).map((c) => `${c.left}|${c.match}|${c.right}|${c.start}`));
          const got = [...kwic(db, q, { window })].map((l) => `${l.left}|${l.match}|${l.right}|${l.start}`);
          expect(got).toEqual(want);
          expect([...kwic(db, q, { window, sort: 'doc' })].map((l) => `${l.left}|${l.match}|${l.right}|${l.start}`).sort()).toEqual([...want].sort());
          // the concordance of one text is the naive one's, also where a match repeats many times
          for (const r of reference(db, q, 'date').slice(0, 30)) expect(concordance(r.text, q.phrases, window)).toEqual(naiveConcordance(r.text, q, window));
        }
      }
    });
  });
}

corpus('the seeds', seedFiles);

const generated = tempDir();
afterAll(() => generated.cleanup());

corpus('three copies of each seed, years shifted', () => {
  const dir = join(generated.dir, 'generated');
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const path of seedFiles()) {
    const text = readFileSync(path, 'utf8');
    for (let k = 0; k < 3; k++) {
      const shifted = k === 0 ? text : text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) + k));
      const file = join(dir, `${path.split('/').pop()!.replace(/\.txt$/, '')}_c${k}.txt`);
      writeFileSync(file, shifted);
      out.push(file);
    }
  }
  return out;
});
