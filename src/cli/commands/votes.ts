import type { RegisterCommand } from '../command.js';
import { withFilterOptions, withOutputOptions } from '../command.js';
import type { FilterOptions } from '../../query/filters.js';
import type { Column, OutputFormat } from '../../format/output.js';
import type { CountryVoteRow, VoteRow } from '../../query/votes.js';
import type { Tally } from '../../types.js';

interface VotesOptions extends FilterOptions {
  country?: string;
  records?: boolean;
  matrix?: boolean;
  long?: boolean;
  shift?: string[];
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
  tsv?: boolean;
}

/** `cybercorpus votes [REF] [--country FRA] [--records] [--matrix [--long]] [--shift A B]`: recorded votes. */
export const registerVotes: RegisterCommand = (program, ctx, setExitCode) => {
  withFilterOptions(withOutputOptions(program.command('votes')
    .argument('[ref]', 'only the votes of this document: id, symbol, 78/237, or a file path')
    .option('--country <state>', "one State's votes: ISO3 code (FRA) or name (France)")
    .option('--records', 'one row per State and vote instead of one per vote')
    .option('--matrix', 'one row per State, one column per recorded vote: yes, no, abstain, absent (a Member State in no list)')
    .option('--long', 'with --matrix: one row per State and vote (country, name, vote, value), a tidy table')
    .option('--shift <votes...>', 'the States whose vote changed between two recorded votes (77/36 78/237), grouped by from → to')
    .description('list recorded votes: what was voted on, stated and counted tallies, how each State voted')))
    .action(async (ref: string | undefined, opts: VotesOptions) => {
      const { outputFormat, writeRecords, notice, out, visible } = await import('../../format/output.js');
      const format = outputFormat(opts);
      const db = await ctx.open();
      const q = await import('../../query/votes.js');
      const { UsageError } = await import('../../errors.js');
      if (opts.long && !opts.matrix) throw new UsageError('--long goes with --matrix');
      if ((opts.matrix || opts.shift) && (opts.country !== undefined || opts.records)) throw new UsageError('--matrix and --shift cannot be combined with --country or --records');
      if (opts.matrix && opts.shift) throw new UsageError('--matrix and --shift are two views: choose one');
      const filtered = opts.doc !== undefined || opts.kind !== undefined || opts.session !== undefined || opts.year !== undefined ||
        opts.sponsor !== undefined || opts.author !== undefined || opts.part === true;
      if (filtered && ref !== undefined) throw new UsageError('a document argument and the document filters (--doc, --kind …) cannot be combined');
      let votes: VoteRow[];
      if (filtered) {
        const f = await import('../../query/filters.js');
        const filter = f.resolveFilter(db, opts);
        votes = q.listVotes(db, f.documentIds(db, filter));
      } else if (ref !== undefined) {
        const { loadRef } = await import('../load.js');
        const { doc, note } = await loadRef(ctx, ref);
        if (note) notice(note);
        votes = q.votesOfDocument(doc);
      } else {
        votes = q.listVotes(db);
      }
      if (opts.matrix || opts.shift) {
        const view = await import('./votes-matrix.js');
        const n = opts.matrix ? await view.writeMatrix(votes, format, opts.long === true) : await view.writeShift(db, votes, opts.shift!, format);
        if (n === 0) setExitCode(1);
        return;
      }
      let n: number;
      if (opts.country !== undefined || opts.records) {
        // one row per State and vote: --country keeps one State's rows (the same columns)
        const iso3 = opts.country !== undefined ? await countryCode(opts.country) : null;
        const rows: CountryVoteRow[] = votes.flatMap((v) => {
          const { records, ...vote } = v;
          return records.filter((r) => iso3 === null || r.country === iso3).map((r) => ({ ...vote, country: r.country, name: r.name, vote: r.vote }));
        });
        n = writeRecords(format, rows, format === 'text' ? (iso3 === null ? recordTextColumns : countryTextColumns) : recordColumns);
      } else {
        n = writeRecords(format, votes, format === 'text' ? voteTextColumns : voteColumns(format));
        if (format === 'text') {
          // a vote's notes do not fit a table cell: after the table, each with its vote
          for (const v of votes) for (const t of v.notes) out(visible(`note (${v.symbol ?? v.document_id} ¶${v.paragraph_n ?? '–'}): ${t}`) + '\n');
        }
      }
      if (n === 0) setExitCode(1);
    });
};

/** An ISO3 code or a State's name → ISO3; unknown → UsageError. */
async function countryCode(value: string): Promise<string> {
  const { countryByCodeOrName } = await import('../../lexicon/countries.js');
  const c = countryByCodeOrName(value);
  if (!c) {
    const { UsageError, quoted } = await import('../../errors.js');
    throw new UsageError(`--country: ${quoted(value)} is not a State the gazetteer knows (use an ISO3 code such as FRA, or a name)`);
  }
  return c.iso3;
}

const tally = (t: Tally | null): string => (t ? `${t.yes}-${t.no}-${t.abstain}` : '?');

/** The columns that say which vote a row is about; `seq` is the vote's (`vote_seq` in a row of one State's vote). */
function headColumns<T extends CountryVoteRow | VoteRow>(seq: 'seq' | 'vote_seq'): Column<T>[] {
  return (['document_id', 'symbol', 'seq', 'subject', 'target', 'paragraph_n', 'body', 'date'] as const)
    .map((key) => ({ key: key === 'seq' ? seq : key, get: (r: T) => r[key] }));
}

/** Where the vote is stated: the same two columns in every format. */
const sourceColumns = <T extends CountryVoteRow | VoteRow>(): Column<T>[] =>
  [{ key: 'source_path', get: (r) => r.source_path }, { key: 'line', get: (r) => r.line }];

/**
 * One row per vote: the columns of the votes table (docs/model.md), flat in every format; JSON
 * and JSONL add each State's vote as `records`.
 */
function voteColumns(format: OutputFormat): Column<VoteRow>[] {
  const nested = format === 'json' || format === 'jsonl';
  return [
    ...headColumns<VoteRow>('seq'),
    { key: 'stated_yes', get: (r) => r.stated?.yes ?? null },
    { key: 'stated_no', get: (r) => r.stated?.no ?? null },
    { key: 'stated_abstain', get: (r) => r.stated?.abstain ?? null },
    { key: 'counted_yes', get: (r) => r.counted.yes },
    { key: 'counted_no', get: (r) => r.counted.no },
    { key: 'counted_abstain', get: (r) => r.counted.abstain },
    { key: 'mismatch', get: (r) => r.mismatch },
    { key: 'notes', get: (r) => r.notes },
    ...(nested ? [{ key: 'records', get: (r: VoteRow) => r.records }] : []),
    ...sourceColumns<VoteRow>(),
  ];
}

/** One row per State and vote (`--records`, `--country`): the same columns for both. */
const recordColumns: Column<CountryVoteRow>[] = [
  ...headColumns<CountryVoteRow>('vote_seq'),
  { key: 'country', get: (r) => r.country },
  { key: 'name', get: (r) => r.name },
  { key: 'vote', get: (r) => r.vote },
  ...sourceColumns<CountryVoteRow>(),
];

/** The human views: tables with a header row, fitted to the terminal (src/format/output.ts). */
const whereColumns = <T extends CountryVoteRow | VoteRow>(): Column<T>[] => [
  { key: 'document', get: (r) => r.symbol ?? r.document_id },
  { key: '¶', get: (r) => r.paragraph_n },
  { key: 'line', get: (r) => r.line },
];
const subject = (r: CountryVoteRow | VoteRow): string => r.subject + (r.target && !r.subject.includes(r.target) ? ` (${r.target})` : '');

/** `A/75/394  9  812  57-31-63  motion visant à … (A/C.1/75/L.8/Rev.1)`, and the count of the lists when it differs. */
const voteTextColumns: Column<VoteRow>[] = [
  ...whereColumns<VoteRow>(),
  { key: 'yes-no-abstain', get: (r) => tally(r.stated ?? r.counted) },
  { key: 'subject', get: (r) => subject(r) + (r.mismatch ? `  (lists count ${tally(r.counted)})` : '') },
];

const recordTextColumns: Column<CountryVoteRow>[] = [
  ...whereColumns<CountryVoteRow>(),
  { key: 'country', get: (r) => r.country },
  { key: 'vote', get: (r) => r.vote },
  { key: 'subject', get: (r) => subject(r) },
];

const countryTextColumns: Column<CountryVoteRow>[] = [
  ...whereColumns<CountryVoteRow>(),
  { key: 'vote', get: (r) => r.vote },
  { key: 'subject', get: (r) => subject(r) },
];
