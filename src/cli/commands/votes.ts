import type { RegisterCommand } from '../command.js';
import { withFilterOptions, withOutputOptions } from '../command.js';
import type { FilterOptions } from '../../store/filters.js';
import type { Column, OutputFormat } from '../../format/output.js';
import type { CountryVoteRow, VoteRow } from '../../store/queries-extract.js';
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
      const q = await import('../../store/queries-extract.js');
      const { UsageError } = await import('../../errors.js');
      if (opts.long && !opts.matrix) throw new UsageError('--long goes with --matrix');
      if ((opts.matrix || opts.shift) && (opts.country !== undefined || opts.records)) throw new UsageError('--matrix and --shift cannot be combined with --country or --records');
      if (opts.matrix && opts.shift) throw new UsageError('--matrix and --shift are two views: choose one');
      const filtered = opts.doc !== undefined || opts.kind !== undefined || opts.session !== undefined || opts.year !== undefined ||
        opts.sponsor !== undefined || opts.author !== undefined || opts.part === true;
      if (filtered && ref !== undefined) throw new UsageError('a document argument and the document filters (--doc, --kind …) cannot be combined');
      let votes: VoteRow[];
      if (filtered) {
        const f = await import('../../store/filters.js');
        const filter = f.resolveFilter(db, opts);
        const { sql, params } = f.filterSql(filter, 'd');
        const ids = (db.prepare(`SELECT d.id FROM documents d WHERE ${sql}`).all(...params) as { id: string }[]).map((r) => r.id);
        votes = q.listVotes(db, ids);
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
      if (opts.country !== undefined) {
        const iso3 = await countryCode(opts.country);
        const rows: CountryVoteRow[] = votes.flatMap((v) => {
          const { records, ...vote } = v;
          return records.filter((r) => r.country === iso3).map((r) => ({ ...vote, country: iso3, name: r.name, vote: r.vote }));
        });
        n = writeRecords(format, rows, format === 'text' ? countryTextColumns : countryColumns(format));
      } else if (opts.records) {
        const rows = votes.flatMap((v) => v.records.map((r) => ({ v, r })));
        n = writeRecords(format, rows, [
          { key: 'id', get: (x) => x.v.id },
          { key: 'symbol', get: (x) => x.v.symbol },
          { key: 'seq', get: (x) => x.v.seq },
          { key: 'subject', get: (x) => x.v.subject },
          { key: 'target', get: (x) => x.v.target },
          { key: 'country', get: (x) => x.r.country },
          { key: 'name', get: (x) => x.r.name },
          { key: 'vote', get: (x) => x.r.vote },
        ]);
      } else {
        n = writeRecords(format, votes, format === 'text' ? voteTextColumns : voteColumns(format));
        if (format === 'text') {
          // a vote's notes do not fit a table cell: after the table, each with its vote
          for (const v of votes) for (const t of v.notes) out(visible(`note (${v.symbol ?? v.id} ¶${v.paragraph ?? '–'}): ${t}`) + '\n');
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

function sourceColumns<T extends { source: { path: string; line: number | null } }>(format: OutputFormat): Column<T>[] {
  return format === 'json' || format === 'jsonl'
    ? [{ key: 'source', get: (r) => r.source }]
    : [{ key: 'path', get: (r) => r.source.path }, { key: 'line', get: (r) => r.source.line }];
}

/** The columns that say which vote a row is about (vote rows and one State's votes alike). */
function headColumns<T extends CountryVoteRow | VoteRow>(): Column<T>[] {
  return (['id', 'symbol', 'seq', 'subject', 'target', 'paragraph', 'body', 'date'] as const).map((key) => ({ key, get: (r: T) => r[key] }));
}

function voteColumns(format: OutputFormat): Column<VoteRow>[] {
  const nested = format === 'json' || format === 'jsonl';
  const head = headColumns<VoteRow>();
  const counts: Column<VoteRow>[] = nested
    ? [{ key: 'stated', get: (r) => r.stated }, { key: 'counted', get: (r) => r.counted }]
    : [
        { key: 'statedYes', get: (r) => r.stated?.yes ?? null },
        { key: 'statedNo', get: (r) => r.stated?.no ?? null },
        { key: 'statedAbstain', get: (r) => r.stated?.abstain ?? null },
        { key: 'countedYes', get: (r) => r.counted.yes },
        { key: 'countedNo', get: (r) => r.counted.no },
        { key: 'countedAbstain', get: (r) => r.counted.abstain },
      ];
  const tail: Column<VoteRow>[] = [
    { key: 'mismatch', get: (r) => r.mismatch },
    { key: 'notes', get: (r) => (nested ? r.notes : r.notes.join(' | ')) },
    ...(nested ? [{ key: 'records', get: (r: VoteRow) => r.records }] : []),
  ];
  return [...head, ...counts, ...tail, ...sourceColumns<VoteRow>(format)];
}

function countryColumns(format: OutputFormat): Column<CountryVoteRow>[] {
  return [
    ...headColumns<CountryVoteRow>(),
    { key: 'country', get: (r) => r.country },
    { key: 'name', get: (r) => r.name },
    { key: 'vote', get: (r) => r.vote },
    ...sourceColumns<CountryVoteRow>(format),
  ];
}

/** The human views: tables with a header row, fitted to the terminal (src/format/output.ts). */
const whereColumns = <T extends CountryVoteRow | VoteRow>(): Column<T>[] => [
  { key: 'document', get: (r) => r.symbol ?? r.id },
  { key: '¶', get: (r) => r.paragraph },
  { key: 'line', get: (r) => r.source.line },
];
const subject = (r: CountryVoteRow | VoteRow): string => r.subject + (r.target && !r.subject.includes(r.target) ? ` (${r.target})` : '');

/** `A/75/394  9  812  57-31-63  motion visant à … (A/C.1/75/L.8/Rev.1)`, and the count of the lists when it differs. */
const voteTextColumns: Column<VoteRow>[] = [
  ...whereColumns<VoteRow>(),
  { key: 'yes-no-abstain', get: (r) => tally(r.stated ?? r.counted) },
  { key: 'subject', get: (r) => subject(r) + (r.mismatch ? `  (lists count ${tally(r.counted)})` : '') },
];

const countryTextColumns: Column<CountryVoteRow>[] = [
  ...whereColumns<CountryVoteRow>(),
  { key: 'vote', get: (r) => r.vote },
  { key: 'subject', get: (r) => subject(r) },
];
