/**
 * The views of `votes --matrix` and `votes --shift` (src/votes/matrix.ts holds the logic):
 * loaded only when asked for.
 */
import { UsageError } from '../../errors.js';
import { out, writeJson, writeRecords, type OutputFormat } from '../../format/output.js';
import { allCountries } from '../../lexicon/countries.js';
import { resolveRef } from '../../query/refs.js';
import type { Db } from '../../store/store.js';
import type { VoteRow } from '../../query/votes.js';
import { voteKeys, voteMatrix, voteShifts, type MatrixValue, type VoteMatrix } from '../../votes/matrix.js';

const members = () => allCountries().filter((c) => c.kind === 'member');
const SHORT: Record<MatrixValue, string> = { yes: 'Y', no: 'N', abstain: 'A', absent: '·' };

/** The matrix, wide (one row per State) or `long` (one row per State and vote). Returns the rows written. */
export async function writeMatrix(votes: VoteRow[], format: OutputFormat, long: boolean): Promise<number> {
  const m = voteMatrix(votes, members());
  if (m.columns.length === 0) return 0;
  if (long) {
    const rows = m.rows.flatMap((r) => m.columns.map((c, i) => ({ country: r.country, name: r.name, vote: c.key, value: r.values[i]! })));
    return writeRecords(format, rows, (['country', 'name', 'vote', 'value'] as const).map((key) => ({ key, get: (r: typeof rows[number]) => r[key] })),
      (r) => `${(r.country ?? '?').padEnd(4)} ${r.vote.padEnd(12)} ${r.value.padEnd(8)} ${r.name}`);
  }
  if (format === 'text') {
    out(renderMatrix(m));
    return m.rows.length;
  }
  if (format === 'json' || format === 'jsonl') {
    return writeRecords(format, m.rows, [
      { key: 'country', get: (r) => r.country },
      { key: 'name', get: (r) => r.name },
      { key: 'values', get: (r) => Object.fromEntries(m.columns.map((c, i) => [c.key, r.values[i]])) },
    ]);
  }
  return writeRecords(format, m.rows, [
    { key: 'country', get: (r) => r.country },
    { key: 'name', get: (r) => r.name },
    ...m.columns.map((c, i) => ({ key: c.key, get: (r: VoteMatrix['rows'][number]) => r.values[i] })),
  ]);
}

/** Y N A · per State, the votes as columns; the legend and each column's subject below. */
function renderMatrix(m: VoteMatrix): string {
  const widths = m.columns.map((c) => Math.max(c.key.length, 1));
  const head = `${'ISO'.padEnd(4)} ${m.columns.map((c, i) => c.key.padEnd(widths[i]!)).join('  ')}  State`;
  const lines = m.rows.map((r) => `${(r.country ?? '?').padEnd(4)} ${r.values.map((v, i) => SHORT[v].padEnd(widths[i]!)).join('  ')}  ${r.name}`);
  const legend = ['', 'Y yes, N no, A abstain, · absent (a Member State in no list)', ...m.columns.map((c) => `${c.key}: ${c.vote.subject}${c.vote.date ? ` (${c.vote.date})` : ''}`)];
  return `${[head, ...lines, ...legend].join('\n')}\n`;
}

/** Which column a command-line name means: its key ("78/237", "A/75/394#3"), or a document with one vote. */
function columnOf(db: Db, votes: VoteRow[], name: string): number {
  const keys = voteKeys(votes);
  const exact = keys.findIndex((k) => k.key === name);
  if (exact >= 0) return exact;
  let id: string;
  try {
    const r = resolveRef(db, name, { allowFile: false });
    if (r.kind !== 'stored') throw new UsageError(`'${name}' is not a recorded vote`, '--shift');
    id = r.id;
  } catch (err) {
    if (err instanceof UsageError && /--shift/.test(err.message)) throw err;
    throw new UsageError(`'${name}' is not a recorded vote of the corpus (${keys.slice(0, 4).map((k) => k.key).join(', ')} …)`, '--shift');
  }
  const mine = keys.map((k, i) => [k, i] as const).filter(([k]) => k.vote.document_id === id);
  if (mine.length === 1) return mine[0]![1];
  if (mine.length === 0) throw new UsageError(`${name} has no recorded vote`, '--shift');
  throw new UsageError(`${name} reports ${mine.length} votes: name one of ${mine.map(([k]) => k.key).join(', ')}`, '--shift');
}

export async function writeShift(db: Db, votes: VoteRow[], names: string[], format: OutputFormat): Promise<number> {
  if (names.length !== 2) throw new UsageError(`--shift takes two recorded votes (77/36 78/237), not ${names.length}`);
  const a = columnOf(db, votes, names[0]!);
  const b = columnOf(db, votes, names[1]!);
  const m = voteMatrix(votes, members());
  const shifts = voteShifts(m, a, b);
  const [ka, kb] = [m.columns[a]!.key, m.columns[b]!.key];
  if (format === 'json') {
    writeJson({ a: ka, b: kb, shifts: shifts.map((s) => ({ from: s.from, to: s.to, count: s.states.length, states: s.states })) });
    return shifts.length;
  }
  if (format === 'text') {
    const lines = [`${ka} → ${kb}: ${shifts.reduce((n, s) => n + s.states.length, 0)} States changed`];
    for (const s of shifts) lines.push('', `${s.from} → ${s.to} (${s.states.length})`, `    ${s.states.map((x) => x.name).join(', ')}`);
    out(`${lines.join('\n')}\n`);
    return shifts.length;
  }
  const rows = shifts.flatMap((s) => s.states.map((x) => ({ from: s.from, to: s.to, country: x.country, name: x.name })));
  writeRecords(format, rows, (['from', 'to', 'country', 'name'] as const).map((key) => ({ key, get: (r: typeof rows[number]) => r[key] })));
  return shifts.length;
}
