/**
 * Queries over the extracted rows: citations (cites, cited-by) and recorded votes (votes).
 * Plain SQL over the tables of docs/database.md; rows come back in the shapes the commands
 * print (camelCase, as in the document model).
 */
import { UsageError } from '../errors.js';
import { referenceTargets } from '../extract/citations.js';
import { partGlobs } from '../lexicon/symbols.js';
import type { Document, Tally, VoteValue } from '../types.js';
import { resolveRef } from './refs.js';
import type { Db } from './store.js';
import { withParts } from '../walk.js';

/* ------------------------------------------------------------ citations */

/** A paragraph (or footnote) that cites a text. */
export interface CitingRow {
  /** the citing document (or part) */
  id: string;
  symbol: string | null;
  target: string;
  kind: string;
  asWritten: string;
  paragraph: number | null;
  footnote: string | null;
  date: string | null;
  /** where the citation stands in its footnote's (when `footnote` is set) or paragraph's text */
  spanStart: number | null;
  spanEnd: number | null;
  /** the citing paragraph's text (null when the footnote is referenced from nowhere) */
  text: string | null;
  source: { path: string; line: number | null };
}

/**
 * Every citation of one of `targets`. A resolution without a part letter also matches its
 * parts ("A/RES/43/78" finds "A/RES/43/78H", "A/RES/217(III)" finds "A/RES/217A(III)").
 */
export function citedBy(db: Db, targets: readonly string[]): CitingRow[] {
  if (targets.length === 0) return [];
  const marks = targets.map(() => '?').join(', ');
  const parts = targets.flatMap(partGlobs);
  const glob = parts.map(() => 'c.target GLOB ?').join(' OR ');
  const rows = db.prepare(`
    SELECT c.document_id AS id, d.symbol, c.target, c.kind, c.as_written AS asWritten, c.paragraph_n AS paragraph,
           c.footnote, c.date, c.span_start AS spanStart, c.span_end AS spanEnd, p.text, d.source_path AS path, p.line
    FROM citations c
    JOIN documents d ON d.id = c.document_id
    LEFT JOIN documents top ON top.id = d.parent_id
    LEFT JOIN paragraphs p ON p.document_id = c.document_id AND p.n = c.paragraph_n
    WHERE c.target IN (${marks})${glob ? ` OR ${glob}` : ''}
    ORDER BY coalesce(top.session, d.session, 0), coalesce(top.date, d.date, ''), coalesce(d.parent_id, d.id),
             d.part_index IS NOT NULL, d.part_index, c.seq`).all(...targets, ...parts) as (Omit<CitingRow, 'source'> & { path: string; line: number | null })[];
  return rows.map(({ path, line, ...r }) => ({ ...r, source: { path, line } }));
}

/**
 * What `cited-by REF` looks for: the symbol REF names ("75/240" → "A/RES/75/240"), or the
 * symbol of the stored document REF designates; with `linked`, also the symbols the corpus
 * links to it (the draft a resolution came from, the resolution a draft became).
 */
export function citationTargets(db: Db, ref: string, options: { linked?: boolean } = {}): string[] {
  const targets = new Set<string>();
  const named = referenceTargets(ref);
  const symbol = named[0] ?? null;
  for (const s of named) targets.add(s);
  let stored: string | null = null;
  try {
    const r = resolveRef(db, ref, { allowFile: false });
    if (r.kind === 'stored') stored = r.id;
  } catch (err) {
    if (!symbol) throw err;
  }
  const linkedTo = (id: string): string[] => {
    const own = db.prepare('SELECT symbol FROM documents WHERE id = ?').get(id) as { symbol: string | null } | undefined;
    const aliases = db.prepare('SELECT symbol FROM aliases WHERE document_id = ?').all(id) as { symbol: string }[];
    return [own?.symbol ?? null, ...aliases.map((a) => a.symbol)].filter((x): x is string => x !== null);
  };
  if (stored && (!symbol || options.linked)) {
    const own = linkedTo(stored);
    for (const s of options.linked ? own : own.slice(0, 1)) targets.add(s);
  }
  if (symbol && options.linked) {
    const carriers = db.prepare('SELECT id FROM documents WHERE symbol = ? UNION SELECT document_id FROM aliases WHERE symbol = ?').all(symbol, symbol) as { id: string }[];
    for (const c of carriers) for (const s of linkedTo(c.id)) targets.add(s);
  }
  if (targets.size === 0) throw new UsageError(`'${ref}' is neither a document symbol nor a document of the corpus with a symbol`);
  return [...targets];
}

/** The stored documents that carry a symbol (as their own or as an alias), by symbol. */
export function documentsBySymbol(db: Db, symbols: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const own = db.prepare('SELECT id FROM documents WHERE symbol = ? ORDER BY parent_id IS NOT NULL, id LIMIT 1');
  const alias = db.prepare('SELECT document_id AS id FROM aliases WHERE symbol = ? ORDER BY document_id LIMIT 1');
  for (const s of new Set(symbols)) {
    const hit = (own.get(s) ?? alias.get(s)) as { id: string } | undefined;
    if (hit) out.set(s, hit.id);
  }
  return out;
}

/* ---------------------------------------------------------------- votes */

export interface VoteRecordRow {
  country: string | null;
  name: string;
  vote: VoteValue;
}

/** One recorded vote, where it is stated, and its lists. */
export interface VoteRow {
  /** the document (or part) that reports the vote */
  document_id: string;
  symbol: string | null;
  /** 1-based position of the vote in its document */
  seq: number;
  subject: string;
  target: string | null;
  paragraph_n: number | null;
  body: string | null;
  date: string | null;
  stated: Tally | null;
  counted: Tally;
  /** stated and counted differ */
  mismatch: boolean;
  notes: string[];
  records: VoteRecordRow[];
  /** the source file and the line of the paragraph that reports the vote */
  source_path: string;
  line: number | null;
}

/** Where a vote is and what it is about: the columns shared by every vote row. */
type VoteHead = Pick<VoteRow, 'document_id' | 'symbol' | 'seq' | 'subject' | 'target' | 'paragraph_n' | 'body' | 'date'>;

interface VoteSqlRow extends VoteHead {
  vid: number;
  stated_yes: number | null;
  stated_no: number | null;
  stated_abstain: number | null;
  counted_yes: number;
  counted_no: number;
  counted_abstain: number;
  notes: string;
  source_path: string;
  line: number | null;
}

function mismatch(stated: Tally | null, counted: Tally): boolean {
  return stated !== null && (stated.yes !== counted.yes || stated.no !== counted.no || stated.abstain !== counted.abstain);
}

/** The vote query; `extra` adds columns, `join` adds a join (before the paragraph join). */
function voteSelect(extra = '', join = ''): string {
  return `
  SELECT ${extra}v.id AS vid, v.document_id, d.symbol, v.seq, v.subject, v.target, v.paragraph_n, v.body,
         v.date, v.stated_yes, v.stated_no, v.stated_abstain, v.counted_yes, v.counted_no, v.counted_abstain, v.notes,
         d.source_path, p.line
  FROM votes v
  JOIN documents d ON d.id = v.document_id ${join}
  LEFT JOIN documents top ON top.id = d.parent_id
  LEFT JOIN paragraphs p ON p.document_id = v.document_id AND p.n = v.paragraph_n`;
}
const VOTE_ORDER = `
  ORDER BY coalesce(top.session, d.session, 0), coalesce(top.date, d.date, ''), coalesce(d.parent_id, d.id),
           d.part_index IS NOT NULL, d.part_index, v.seq`;

function voteRow(r: VoteSqlRow, records: VoteRecordRow[]): VoteRow {
  const stated = r.stated_yes === null ? null : { yes: r.stated_yes, no: r.stated_no ?? 0, abstain: r.stated_abstain ?? 0 };
  const counted = { yes: r.counted_yes, no: r.counted_no, abstain: r.counted_abstain };
  return {
    document_id: r.document_id,
    symbol: r.symbol,
    seq: r.seq,
    subject: r.subject,
    target: r.target,
    paragraph_n: r.paragraph_n,
    body: r.body,
    date: r.date,
    stated,
    counted,
    mismatch: mismatch(stated, counted),
    notes: JSON.parse(r.notes) as string[],
    records,
    source_path: r.source_path,
    line: r.line,
  };
}

/** The recorded votes of the corpus, or of the given documents, in corpus order. */
export function listVotes(db: Db, documentIds?: readonly string[]): VoteRow[] {
  const where = documentIds ? `WHERE v.document_id IN (${documentIds.map(() => '?').join(', ') || 'NULL'})` : '';
  const rows = db.prepare(`${voteSelect()} ${where} ${VOTE_ORDER}`).all(...(documentIds ?? [])) as VoteSqlRow[];
  const records = db.prepare('SELECT country, name, vote FROM vote_records WHERE vote_id = ? ORDER BY seq');
  return rows.map((r) => voteRow(r, records.all(r.vid) as VoteRecordRow[]));
}

/** How one State voted: one row per recorded vote in which it appears. */
export interface CountryVoteRow extends Omit<VoteRow, 'records'> {
  country: string | null;
  name: string;
  vote: VoteValue;
}

export function votesOfCountry(db: Db, iso3: string): CountryVoteRow[] {
  const sql = `${voteSelect('r.country, r.name, r.vote, ', 'JOIN vote_records r ON r.vote_id = v.id')} WHERE r.country = ? ${VOTE_ORDER}`;
  const rows = db.prepare(sql).all(iso3) as (VoteSqlRow & { country: string; name: string; vote: VoteValue })[];
  return rows.map((r) => {
    const { records: _records, ...vote } = voteRow(r, []);
    return { ...vote, country: r.country, name: r.name, vote: r.vote };
  });
}

/** The same rows from a document that is not stored (a file parsed on the fly). */
export function votesOfDocument(doc: Document): VoteRow[] {
  return withParts(doc).flatMap((d) =>
    d.votes.map((v, i): VoteRow => {
      const line = d.paragraphs.find((p) => p.n === v.paragraph_n)?.line ?? null;
      return {
        document_id: d.id,
        symbol: d.symbol,
        seq: i + 1,
        subject: v.subject,
        target: v.target,
        paragraph_n: v.paragraph_n,
        body: v.body ?? null,
        date: v.date ?? null,
        stated: v.stated,
        counted: v.counted,
        mismatch: mismatch(v.stated, v.counted),
        notes: v.notes ?? [],
        records: v.records.map((r) => ({ country: r.country, name: r.name, vote: r.vote })),
        source_path: d.source_path,
        line,
      };
    }));
}
