/**
 * The vote questions (votes, --records, --country, --matrix): plain SQL over the votes and
 * vote_records tables, rows with the field names of docs/model.md.
 */
import type { Document, Tally, VoteValue } from '../types.js';
import type { Db } from '../store/store.js';
import { withParts } from '../walk.js';

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
