/**
 * A corpus for the export tests: the five seeds, plus the UN's AKN resolutions when ../shared
 * is present (they fill sponsors and votes). Built once per test file through the real CLI;
 * the expected rows are read straight from the database with the SQL below, written here
 * independently of src/export (it spells out the column contract of docs/export.md).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { cliWithDb } from '../helpers/cli.js';
import { ROOT, SEEDS } from '../helpers/paths.js';

const require = createRequire(import.meta.url);
export const Database = require('better-sqlite3') as typeof BetterSqlite3;

export interface Corpus {
  db: string;
  run: ReturnType<typeof cliWithDb>['run'];
  cleanup: () => void;
  open: () => BetterSqlite3.Database;
}

export function buildCorpus(): Corpus {
  const cli = cliWithDb();
  const inputs = [SEEDS];
  const r = cli.run(['add', ...inputs]);
  if (r.code !== 0) throw new Error(`add failed: ${r.stderr}`);
  return { ...cli, open: () => new Database(cli.db, { readonly: true }) };
}

/** The expected content of each exported table, straight from the database. */
export const EXPECTED_SQL: Record<string, string> = {
  documents: `SELECT id, parent_id, part_index, symbol, kind, title, organ, committee, session, agenda_item, date,
    distribution, language, original_languages, author, source_path, source_format, source_sha256, source_lines
    FROM documents ORDER BY id`,
  parts: `SELECT c.parent_id, c.part_index, c.id AS document_id, p.symbol AS parent_symbol, c.symbol, c.kind, c.title, c.author
    FROM documents c JOIN documents p ON p.id = c.parent_id ORDER BY c.parent_id, c.part_index`,
  aliases: 'SELECT document_id, symbol FROM aliases ORDER BY document_id, symbol',
  paragraphs: `SELECT p.document_id, d.symbol, d.session, p.n, p.kind, p.number, p.lead, p.text, p.section, p.parent_n,
    p.footnotes, p.line, p.end_line, d.source_path, p.text_folded
    FROM paragraphs p JOIN documents d ON d.id = p.document_id ORDER BY p.document_id, p.n`,
  footnotes: 'SELECT document_id, seq, marker, text, paragraph_n, line, text_folded FROM footnotes ORDER BY document_id, seq',
  sponsors: 'SELECT document_id, seq, country, name, as_written, role FROM sponsors ORDER BY document_id, seq',
  citations: 'SELECT document_id, seq, target, kind, as_written, paragraph_n, footnote, date, span_start, span_end FROM citations ORDER BY document_id, seq',
  votes: `SELECT document_id, seq, subject, target, paragraph_n, body, date, stated_yes, stated_no, stated_abstain,
    counted_yes, counted_no, counted_abstain, notes FROM votes ORDER BY document_id, seq`,
  vote_records: `SELECT v.document_id, v.seq AS vote_seq, r.seq, r.country, r.name, r.vote
    FROM vote_records r JOIN votes v ON v.id = r.vote_id ORDER BY v.document_id, v.seq, r.seq`,
  warnings: 'SELECT document_id, seq, code, message, line, paragraph_n FROM warnings ORDER BY document_id, seq',
};

/** Columns holding a JSON array (as text in the database and in CSV/TSV cells). */
export const ARRAY_COLUMNS = new Set(['original_languages', 'footnotes', 'notes']);

export const TABLE_NAMES = [...Object.keys(EXPECTED_SQL), 'countries'];

export function expectedRows(db: BetterSqlite3.Database, table: string): Record<string, unknown>[] {
  return db.prepare(EXPECTED_SQL[table]!).all() as Record<string, unknown>[];
}

/** A database row as CSV/TSV text cells: null → '', numbers → decimal text. */
export function asCells(row: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** A database row as a JSON export object: array columns parsed. */
export function asJson(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) =>
    [k, ARRAY_COLUMNS.has(k) && typeof v === 'string' ? JSON.parse(v) : v]));
}

/**
 * Another process writing to the corpus while a test exports it: in a loop, it inserts a
 * document `syn-<i>` of 300 paragraphs in one transaction, then removes `syn-<i-1>` in another.
 * A consistent snapshot therefore holds one or two synthetic documents, each with exactly 300
 * paragraphs. Resolves once the first document is in. One writer per corpus.
 */
export async function startWriter(db: string, dir: string): Promise<{ stop: () => void }> {
  const script = join(dir, 'writer.mjs');
  writeFileSync(script, `
    import { openStore } from ${JSON.stringify(join(ROOT, 'dist/store/store.js'))};
    import { Writer } from ${JSON.stringify(join(ROOT, 'dist/store/write.js'))};
    const db = openStore(process.argv[2]);
    const w = new Writer(db);
    const stamp = { declared: '{}', parser: 'test', addedAt: '2026-01-01T00:00:00Z' };
    const doc = (i) => ({ id: 'syn-' + i, symbol: null, aliases: [], kind: 'other', title: null, organ: null, committee: null,
      session: null, agenda_item: null, date: null, distribution: null, language: 'fr', original_languages: [],
      source_path: '/syn/' + i, source_format: 'markdown', source_sha256: String(i).padStart(64, '0'), source_lines: 300,
      paragraphs: Array.from({ length: 300 }, (_, k) => ({ n: k + 1, kind: 'text', number: null, lead: null,
        text: 'paragraphe synthétique ' + k, section: null, footnotes: [], line: k + 1, end_line: k + 1 })),
      footnotes: [], sponsors: [], citations: [], votes: [], parts: [], warnings: [] });
    for (let i = 0; ; i++) {
      db.transaction(() => w.insert(doc(i), stamp))();
      if (i === 0) process.stdout.write('ready\\n');
      db.transaction(() => w.delete('syn-' + (i - 1)))();
    }
  `);
  const child = spawn(process.execPath, [script, db], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`writer exited ${code}`)));
  });
  return { stop: () => child.kill() };
}
