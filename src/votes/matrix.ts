/**
 * The States × recorded votes matrix of `votes --matrix` and the vote changes of `votes --shift`
 * (issue 16). A Member State in none of a vote's lists is "absent" (the UN's records list only
 * those who voted yes, no or abstained); a name the gazetteer cannot resolve keeps its row,
 * under the name as written.
 */
import type { VoteRow } from '../query/votes.js';
import type { Country } from '../lexicon/countries.js';

export type MatrixValue = 'yes' | 'no' | 'abstain' | 'absent';

export interface MatrixColumn {
  /** how the vote is named on the command line and in the CSV header: "78/237", "A/75/394#3" */
  key: string;
  vote: VoteRow;
}

export interface MatrixRow {
  /** ISO3 code, or null for a name the gazetteer does not know */
  country: string | null;
  name: string;
  values: MatrixValue[];
}

export interface VoteMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/** "78/237" for a resolution's plenary vote; the document's symbol (or id) with "#seq" when it reports several. */
export function voteKeys(votes: readonly VoteRow[]): MatrixColumn[] {
  const perDoc = new Map<string, number>();
  for (const v of votes) perDoc.set(v.document_id, (perDoc.get(v.document_id) ?? 0) + 1);
  return votes.map((vote) => {
    const base = vote.symbol ?? vote.document_id;
    const short = /^A\/RES\/(\d+\/\d+\s?[A-Z]?)$/u.exec(base)?.[1] ?? base;
    return { key: (perDoc.get(vote.document_id) ?? 0) > 1 ? `${short}#${vote.seq}` : short, vote };
  });
}

/** One row per Member State (gazetteer order: French name), then any other name in the lists. */
export function voteMatrix(votes: readonly VoteRow[], members: readonly Country[]): VoteMatrix {
  const columns = voteKeys(votes);
  const rows = new Map<string, MatrixRow>();
  const sorted = [...members].sort((a, b) => a.fr.localeCompare(b.fr, 'fr'));
  for (const m of sorted) rows.set(m.iso3, { country: m.iso3, name: m.fr, values: columns.map(() => 'absent') });
  columns.forEach((c, i) => {
    for (const r of c.vote.records) {
      const key = r.country ?? `?${r.name}`;
      let row = rows.get(key);
      if (!row) {
        row = { country: r.country, name: r.name, values: columns.map(() => 'absent') };
        rows.set(key, row);
      }
      row.values[i] = r.vote;
    }
  });
  return { columns, rows: [...rows.values()] };
}

export interface Shift {
  from: MatrixValue;
  to: MatrixValue;
  states: Array<{ country: string | null; name: string }>;
}

/** The States whose value differs between columns `a` and `b`, grouped by from → to. */
export function voteShifts(matrix: VoteMatrix, a: number, b: number): Shift[] {
  const groups = new Map<string, Shift>();
  for (const row of matrix.rows) {
    const from = row.values[a]!;
    const to = row.values[b]!;
    if (from === to) continue;
    const key = `${from}>${to}`;
    const g = groups.get(key) ?? { from, to, states: [] };
    g.states.push({ country: row.country, name: row.name });
    groups.set(key, g);
  }
  const rank: Record<MatrixValue, number> = { yes: 0, no: 1, abstain: 2, absent: 3 };
  return [...groups.values()].sort((x, y) => rank[x.from] - rank[y.from] || rank[x.to] - rank[y.to]);
}
