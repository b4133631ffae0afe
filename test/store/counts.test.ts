/**
 * `stats` and `list` read counts the writer keeps (issue 19): after every kind of change they
 * must say what counting the rows says. The oracle is the SQL `stats` and `list` ran before the
 * counts were kept (COUNT(*) over the tables), run here on the same database file.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/schema.js';
import { connect } from '../../src/store/store.js';
import { cliWithDb, runCli, tempDir } from '../helpers/cli.js';
import { SEEDS, SEEDS_AKN, seed } from '../helpers/paths.js';

type Table = 'documents' | 'parts' | 'paragraphs' | 'footnotes' | 'sponsors' | 'citations' | 'votes' | 'vote_records' | 'warnings';

interface Stats {
  counts: Record<Table, number>;
  documents_by_kind: Record<string, number>;
  documents_by_format: Record<string, number>;
  paragraphs_by_kind: Record<string, number>;
}

/** What `stats` must say, counted row by row. */
function countedStats(path: string): Stats {
  const db = new Database(path, { readonly: true });
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const group = (sql: string) => Object.fromEntries(db.prepare(sql).raw().all() as [string, number][]);
  const s = {
    counts: {
      documents: count('SELECT count(*) FROM documents WHERE parent_id IS NULL'),
      parts: count('SELECT count(*) FROM documents WHERE parent_id IS NOT NULL'),
      paragraphs: count('SELECT count(*) FROM paragraphs'),
      footnotes: count('SELECT count(*) FROM footnotes'),
      sponsors: count('SELECT count(*) FROM sponsors'),
      citations: count('SELECT count(*) FROM citations'),
      votes: count('SELECT count(*) FROM votes'),
      vote_records: count('SELECT count(*) FROM vote_records'),
      warnings: count('SELECT count(*) FROM warnings'),
    },
    documents_by_kind: group('SELECT kind, count(*) FROM documents GROUP BY kind ORDER BY kind'),
    documents_by_format: group('SELECT source_format, count(*) FROM documents WHERE parent_id IS NULL GROUP BY source_format ORDER BY 1'),
    paragraphs_by_kind: group('SELECT kind, count(*) FROM paragraphs GROUP BY kind ORDER BY kind'),
  };
  db.close();
  return s;
}

/** Each document's and part's paragraphs and parts, counted row by row. */
function countedList(path: string): Record<string, { paragraph_count: number; part_count: number }> {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare(`SELECT d.id, (SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id),
    (SELECT count(*) FROM documents c WHERE c.parent_id = d.id) FROM documents d`).raw().all() as [string, number, number][];
  db.close();
  return Object.fromEntries(rows.map(([id, paragraph_count, part_count]) => [id, { paragraph_count, part_count }]));
}

type Run = (args: string[]) => { code: number; stdout: string; stderr: string };

/** `stats --json` and `list --parts --json` of the real CLI against the counts of the rows. */
function expectCountsRight(run: Run, path: string): Stats {
  const stats = run(['stats', '--json']);
  expect(stats.code, stats.stderr).toBe(0);
  const s = JSON.parse(stats.stdout) as Stats & { database: string; schema_version: number };
  const expected = countedStats(path);
  // the maps' keys in the order of the SQL's ORDER BY too: JSON.stringify keeps it
  expect(JSON.stringify([s.counts, s.documents_by_kind, s.documents_by_format, s.paragraphs_by_kind]))
    .toBe(JSON.stringify([expected.counts, expected.documents_by_kind, expected.documents_by_format, expected.paragraphs_by_kind]));
  const list = run(['list', '--parts', '--json']);
  expect(list.code, list.stderr).toBe(0);
  const rows = JSON.parse(list.stdout) as { id: string; paragraph_count: number; part_count: number }[];
  const counted = countedList(path);
  expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(counted).sort());
  for (const r of rows) expect({ id: r.id, paragraph_count: r.paragraph_count, part_count: r.part_count }).toEqual({ id: r.id, ...counted[r.id] });
  return expected;
}

describe('stats and list: the counts kept by add and remove', () => {
  const cli = cliWithDb();
  const tmp = tempDir();
  afterAll(() => {
    cli.cleanup();
    tmp.cleanup();
  });

  beforeAll(() => {
    const r = cli.run(['add', SEEDS]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('after add: the five seeds and the 14 AKN resolutions, every count as the rows say', () => {
    const s = expectCountsRight(cli.run, cli.db);
    const akn = readdirSync(SEEDS_AKN).filter((f) => f.endsWith('.xml')).length;
    expect(akn).toBe(14);
    expect(s.counts.documents).toBe(5 + akn);
    expect(s.documents_by_format.akn).toBe(akn);
    // what the seeds hold, so that the comparison above is not between empty tables
    for (const table of ['parts', 'paragraphs', 'footnotes', 'sponsors', 'citations', 'votes', 'vote_records'] as const) expect(s.counts[table], table).toBeGreaterThan(0);
  });

  it('after a file is replaced by a longer version of itself, and after remove', () => {
    const copy = join(tmp.dir, 'copy-003.txt');
    copyFileSync(seed('003'), copy);
    writeFileSync(copy.replace(/\.txt$/, '.txt.meta.json'), JSON.stringify({ symbol: 'X/TEST/3' }));
    expect(cli.run(['add', copy]).code).toBe(0);
    const before = expectCountsRight(cli.run, cli.db);
    writeFileSync(copy, readFileSync(copy, 'utf8') + '\n\n9. *Décide* de rester saisie de la question.\n');
    const r = cli.run(['add', copy]);
    expect(r.stderr).toContain('1 replaced');
    const after = expectCountsRight(cli.run, cli.db);
    expect(after.counts.paragraphs).toBe(before.counts.paragraphs + 1);
    // a report with parts (the replies of States of A/75/394): its parts go with it
    const removed = cli.run(['remove', 'A/75/394', 'X/TEST/3']);
    expect(removed.code, removed.stderr).toBe(0);
    const gone = expectCountsRight(cli.run, cli.db);
    expect(gone.counts.documents).toBe(after.counts.documents - 2);
    expect(gone.counts.parts).toBeLessThan(after.counts.parts);
  });

  it('a kind whose last rows are removed leaves the breakdown', () => {
    const db = join(tmp.dir, 'one.db');
    const run: Run = (args) => runCli(['--db', db, ...args]);
    expect(run(['add', seed('003')]).code).toBe(0);
    const s = expectCountsRight(run, db);
    expect(s.counts.documents).toBe(1);
    const [id] = Object.keys(countedList(db)).filter((k) => !k.includes('#'));
    expect(run(['remove', id!]).code).toBe(0);
    const empty = expectCountsRight(run, db);
    expect(empty.counts.paragraphs).toBe(0);
    expect(empty.paragraphs_by_kind).toEqual({});
    expect(empty.documents_by_kind).toEqual({});
  });
});

describe('stats and list on a corpus made before the counts were kept', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('the upgrade counts what the corpus holds', () => {
    const at = MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE counts'));
    expect(at).toBeGreaterThan(0);
    const path = join(tmp.dir, 'old.db');
    const old = connect(path);
    old.function('cybercorpus_fold', (s: unknown) => s);
    for (const m of MIGRATIONS.slice(0, at)) old.exec(m);
    old.pragma(`user_version = ${at}`);
    const doc = old.prepare(`INSERT INTO documents (id, parent_id, part_index, kind, source_path, source_format, source_sha256, source_lines, added_at)
      VALUES (?, ?, ?, ?, '/x', ?, '', 1, '')`);
    doc.run('A', null, null, 'report', 'markdown');
    doc.run('A#1', 'A', 1, 'submission', 'markdown');
    doc.run('A#2', 'A', 2, 'submission', 'markdown');
    doc.run('B', null, null, 'resolution', 'akn');
    doc.run('C', null, null, 'resolution', 'akn');
    const para = old.prepare("INSERT INTO paragraphs (document_id, n, kind, text, line, end_line) VALUES (?, ?, ?, 'x', 1, 1)");
    const paragraphs: [string, string[]][] = [['A', ['heading', 'text']], ['A#1', ['text', 'text', 'numbered']], ['B', ['preambular', 'operative', 'operative']]];
    for (const [id, kinds] of paragraphs) kinds.forEach((k, i) => para.run(id, i + 1, k));
    old.prepare("INSERT INTO footnotes (document_id, seq, marker, text) VALUES ('B', 1, '1', 'x')").run();
    old.close();

    const run: Run = (args) => runCli(['--db', path, ...args]);
    const s = expectCountsRight(run, path);
    // the rows inserted above
    expect(s.counts).toEqual({ documents: 3, parts: 2, paragraphs: 8, footnotes: 1, sponsors: 0, citations: 0, votes: 0, vote_records: 0, warnings: 0 });
    expect(s.documents_by_kind).toEqual({ report: 1, resolution: 2, submission: 2 });
    expect(s.documents_by_format).toEqual({ akn: 2, markdown: 1 });
    expect(s.paragraphs_by_kind).toEqual({ heading: 1, numbered: 1, operative: 2, preambular: 1, text: 3 });
    const list = JSON.parse(run(['list', '--parts', '--json']).stdout) as { id: string; paragraph_count: number; part_count: number }[];
    expect(list.map((r) => [r.id, r.paragraph_count, r.part_count])).toEqual(expect.arrayContaining([['A', 2, 2], ['A#1', 3, 0], ['A#2', 0, 0], ['B', 3, 0], ['C', 0, 0]]));
  });
});
