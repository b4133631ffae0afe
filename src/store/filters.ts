/**
 * Document filters shared by the commands that select documents (`export`, `search`):
 * `--doc`, `--session`, `--kind`, `--sponsor`. One implementation: parse the option values
 * (`filterFromOptions`), resolve them against the corpus (`resolveFilter`), then turn them into
 * an SQL condition over a documents alias (`filterSql`).
 *
 * Semantics (docs/export.md, "Filters"): values of one option are alternatives (OR), options
 * combine (AND). `--doc` selects a document and its parts (the drafts a report recommends, the
 * replies of States); a part without a session of its own takes its parent's for `--session`;
 * `--sponsor` selects a document sponsored by the country, or a part of one; `--kind` is the
 * document's own kind.
 */
import { UsageError } from '../errors.js';
import { countryByCode, resolveCountry } from '../lexicon/countries.js';
import type { DocumentKind } from '../types.js';
import { resolveRef } from './refs.js';
import type { Db } from './store.js';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'draft-resolution', 'resolution', 'draft-decision', 'decision', 'report', 'submission', 'other',
];

/** What the user typed: each option may be repeated and may hold a comma-separated list. */
export interface FilterOptions {
  doc?: string[];
  session?: string[];
  kind?: string[];
  sponsor?: string[];
}

/** A filter resolved against the corpus. Empty lists mean "no condition". */
export interface DocumentFilter {
  /** document ids (a reference to a document also selects its parts) */
  ids: string[];
  sessions: number[];
  kinds: DocumentKind[];
  /** ISO 3166-1 alpha-3 codes ("EUU" for the European Union) */
  countries: string[];
}

export const NO_FILTER: DocumentFilter = { ids: [], sessions: [], kinds: [], countries: [] };

function values(list: string[] | undefined): string[] {
  return (list ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** Sessions: `78`, `75,78`, a range `75-78`. */
export function parseSessions(list: string[] | undefined): number[] {
  const out = new Set<number>();
  for (const v of values(list)) {
    const m = /^(\d{1,3})(?:\s*-\s*(\d{1,3}))?$/.exec(v);
    if (!m) throw new UsageError(`--session takes a session number or a range such as 75-78, not '${v}'`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) throw new UsageError(`--session range '${v}' is backwards`);
    for (let s = from; s <= to; s++) out.add(s);
  }
  return [...out];
}

export function parseKinds(list: string[] | undefined): DocumentKind[] {
  return values(list).map((v) => {
    const k = v.toLowerCase() as DocumentKind;
    if (!DOCUMENT_KINDS.includes(k)) throw new UsageError(`unknown document kind '${v}'; valid kinds: ${DOCUMENT_KINDS.join(', ')}`);
    return k;
  });
}

/** A country by ISO3 code or by name (French or English, as the gazetteer knows it). */
export function parseCountries(list: string[] | undefined): string[] {
  return values(list).map((v) => {
    const c = (/^[A-Za-z]{3}$/.test(v) ? countryByCode(v.toUpperCase()) : null) ?? resolveCountry(v);
    if (!c) throw new UsageError(`unknown country '${v}'; give an ISO 3166 alpha-3 code (FRA) or a name (France)`, '--sponsor');
    return c.iso3;
  });
}

/** Resolve the options against the corpus: document references become ids (UsageError if unknown). */
export function resolveFilter(db: Db, options: FilterOptions): DocumentFilter {
  const ids = values(options.doc).map((ref) => {
    const r = resolveRef(db, ref, { allowFile: true });
    if (r.kind !== 'stored') throw new UsageError(`'${ref}' is a file that is not in the corpus`, '--doc');
    return r.id;
  });
  return {
    ids: [...new Set(ids)],
    sessions: parseSessions(options.session),
    kinds: parseKinds(options.kind),
    countries: [...new Set(parseCountries(options.sponsor))],
  };
}

export function isEmptyFilter(f: DocumentFilter): boolean {
  return f.ids.length === 0 && f.sessions.length === 0 && f.kinds.length === 0 && f.countries.length === 0;
}

/**
 * The SQL condition selecting the rows of `documents AS <alias>` that pass the filter, with its
 * parameters (positional). `'1'` when the filter is empty.
 */
export function filterSql(f: DocumentFilter, alias = 'd'): { sql: string; params: (string | number)[] } {
  const conds: string[] = [];
  const params: (string | number)[] = [];
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  // `self or parent` for one criterion on the documents row `f`
  const selfOrParent = (cond: string) =>
    `EXISTS (SELECT 1 FROM documents f WHERE f.id IN (${alias}.id, ${alias}.parent_id) AND ${cond})`;
  if (f.ids.length > 0) {
    conds.push(`(${alias}.id IN (${marks(f.ids.length)}) OR ${alias}.parent_id IN (${marks(f.ids.length)}))`);
    params.push(...f.ids, ...f.ids);
  }
  if (f.sessions.length > 0) {
    conds.push(`coalesce(${alias}.session, (SELECT p.session FROM documents p WHERE p.id = ${alias}.parent_id)) IN (${marks(f.sessions.length)})`);
    params.push(...f.sessions);
  }
  if (f.kinds.length > 0) {
    conds.push(`${alias}.kind IN (${marks(f.kinds.length)})`);
    params.push(...f.kinds);
  }
  if (f.countries.length > 0) {
    conds.push(selfOrParent(`EXISTS (SELECT 1 FROM sponsors s WHERE s.document_id = f.id AND s.country IN (${marks(f.countries.length)}))`));
    params.push(...f.countries);
  }
  return conds.length === 0 ? { sql: '1', params } : { sql: conds.join(' AND '), params };
}
