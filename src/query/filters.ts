/**
 * Document filters for the commands that select documents (`export`; the same flags and
 * meanings as `search`): `--doc`, `--kind`, `--session`, `--year`, `--sponsor`, `--author`,
 * `--part`. Parse and resolve them (`resolveFilter`), then turn them into an SQL condition over
 * a documents alias (`filterSql`) and, for paragraph kinds, over a paragraphs alias
 * (`paragraphSql`).
 *
 * Semantics (docs/export.md, "Filters"; as in src/query/search.ts): options combine with AND,
 * the values of a repeated option with OR. `--doc` selects a document and its parts (the drafts
 * a report recommends, the replies of States); a part takes its parent's session and date when
 * it has none; `--sponsor` selects a document sponsored by the country, or a part of one;
 * `--kind` takes document kinds (resolution, report…) and paragraph kinds (operative…); search
 * also takes `footnote`.
 */
import { quoted, UsageError } from '../errors.js';
import { countryByCodeOrName } from '../lexicon/countries.js';
import type { DocumentKind, ParagraphKind } from '../types.js';
import { resolveRef } from './refs.js';
import type { Db } from '../store/store.js';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'draft-resolution', 'resolution', 'draft-decision', 'decision', 'report', 'submission', 'other',
];

export const PARAGRAPH_KINDS: readonly ParagraphKind[] = [
  'preambular', 'operative', 'subparagraph', 'numbered', 'heading', 'list-item', 'formula', 'title', 'text',
];

/** What the user typed (commander option values). */
export interface FilterOptions {
  doc?: string[];
  kind?: string[];
  session?: string;
  year?: string;
  sponsor?: string[];
  author?: string;
  part?: boolean;
}

/** A filter resolved against the corpus. Empty lists and nulls mean "no condition". */
export interface DocumentFilter {
  /** document ids (a reference to a document also selects its parts) */
  ids: string[];
  kinds: DocumentKind[];
  paragraphKinds: ParagraphKind[];
  /** `--kind footnote` (search only): footnotes are selected */
  footnotes: boolean;
  /** inclusive ranges, any of them */
  sessions: [number, number][];
  years: [number, number][];
  /** sponsors: ISO 3166-1 alpha-3 codes ("EUU" for the European Union), any of them */
  countries: string[];
  author: string | null;
  partsOnly: boolean;
}

export const NO_FILTER: DocumentFilter = {
  ids: [], kinds: [], paragraphKinds: [], footnotes: false, sessions: [], years: [], countries: [], author: null, partsOnly: false,
};

function values(list: string[] | undefined): string[] {
  return (list ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** `78`, `75..78` (or `75-78`), open `75..` / `..78`, several separated by commas → inclusive ranges. */
export function parseRanges(value: string, name: string): [number, number][] {
  return value.split(',').map((part) => {
    // trimmed first and one run of spaces per gap: `\s*(\d*)\s*` backtracked over every split of a
    // run of spaces (5,000 spaces then `x` took 18 s; issue 18, item 7)
    const m = /^(\d*)(?:\s*(\.\.|-)\s*(\d*))?$/.exec(part.trim());
    if (!m || (m[1] === '' && (m[3] ?? '') === '')) throw new UsageError(`${name} takes a number or a range such as 75..78, not ${quoted(value)}`);
    const lo = m[1] === '' ? 0 : Number(m[1]);
    const hi = m[2] === undefined ? lo : m[3] === '' ? Number.MAX_SAFE_INTEGER : Number(m[3]);
    if (lo > hi) throw new UsageError(`${name}: the range ${part.trim()} is empty (${lo} > ${hi})`);
    return [lo, hi];
  });
}

/** `--kind footnote`: footnotes, which `search` reads beside paragraphs (not a paragraph kind). */
export const FOOTNOTE_KIND = 'footnote';

/**
 * Kinds: each value is a document kind or a paragraph kind (the two sets do not overlap), or,
 * when `footnote` is allowed (search), `footnote`.
 */
export function parseKinds(list: string[] | undefined, allowFootnote = false): { kinds: DocumentKind[]; paragraphKinds: ParagraphKind[]; footnotes: boolean } {
  const kinds: DocumentKind[] = [];
  const paragraphKinds: ParagraphKind[] = [];
  let footnotes = false;
  for (const v of values(list)) {
    const k = v.toLowerCase();
    if ((DOCUMENT_KINDS as readonly string[]).includes(k)) kinds.push(k as DocumentKind);
    else if ((PARAGRAPH_KINDS as readonly string[]).includes(k)) paragraphKinds.push(k as ParagraphKind);
    else if (allowFootnote && k === FOOTNOTE_KIND) footnotes = true;
    else throw new UsageError(`--kind: unknown kind ${quoted(v)}; document kinds: ${DOCUMENT_KINDS.join(', ')}; paragraph kinds: ${PARAGRAPH_KINDS.join(', ')}${allowFootnote ? `; or ${FOOTNOTE_KIND}` : ''}`);
  }
  return { kinds, paragraphKinds, footnotes };
}

/** A country by ISO3 code or by name (French or English, as the gazetteer knows it). */
export function parseCountry(value: string, flag: string): string {
  const c = countryByCodeOrName(value);
  if (!c) throw new UsageError(`${flag}: unknown country ${quoted(value)} (an ISO 3166 code such as RUS, or a name such as 'Fédération de Russie')`);
  return c.iso3;
}

/** Countries (repeated or comma-separated), each by code or name; UsageErrors name `--sponsor`. */
export function parseCountries(list: string[] | undefined): string[] {
  return [...new Set(values(list).map((v) => parseCountry(v, '--sponsor')))];
}

/**
 * Resolve the options against the corpus: document references become ids (UsageError if
 * unknown). `allowFootnote`: `--kind footnote` is accepted (search).
 */
export function resolveFilter(db: Db, options: FilterOptions, allowFootnote = false): DocumentFilter {
  const ids = values(options.doc).map((ref) => {
    const r = resolveRef(db, ref);
    if (r.kind !== 'stored') throw new UsageError("--doc: the file is not in the corpus; add it first with 'cybercorpus add'", r.path);
    return r.id;
  });
  return {
    ids: [...new Set(ids)],
    ...parseKinds(options.kind, allowFootnote),
    sessions: options.session !== undefined ? parseRanges(options.session, '--session') : [],
    years: options.year !== undefined ? parseRanges(options.year, '--year') : [],
    countries: parseCountries(options.sponsor),
    author: options.author !== undefined ? parseCountry(options.author, '--author') : null,
    partsOnly: options.part === true,
  };
}

/** True when the filter selects every document (paragraph kinds aside). */
export function selectsAllDocuments(f: DocumentFilter): boolean {
  return f.ids.length === 0 && f.kinds.length === 0 && f.sessions.length === 0 && f.years.length === 0
    && f.countries.length === 0 && f.author === null && !f.partsOnly;
}

type Params = (string | number)[];

/**
 * The SQL condition selecting the rows of `documents AS <alias>` that pass the filter (paragraph
 * kinds aside), with its positional parameters. `'1'` when nothing is filtered.
 */
export function filterSql(f: DocumentFilter, alias = 'd'): { sql: string; params: Params } {
  const conds: string[] = [];
  const params: Params = [];
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  const inherited = (column: string) =>
    `coalesce(${alias}.${column}, (SELECT up.${column} FROM documents up WHERE up.id = ${alias}.parent_id))`;
  if (f.ids.length > 0) {
    conds.push(`(${alias}.id IN (${marks(f.ids.length)}) OR ${alias}.parent_id IN (${marks(f.ids.length)}))`);
    params.push(...f.ids, ...f.ids);
  }
  if (f.kinds.length > 0) {
    conds.push(`${alias}.kind IN (${marks(f.kinds.length)})`);
    params.push(...f.kinds);
  }
  const ranges = (expr: string, list: [number, number][]) => {
    conds.push(`(${list.map(() => `${expr} BETWEEN ? AND ?`).join(' OR ')})`);
    for (const r of list) params.push(...r);
  };
  if (f.sessions.length > 0) ranges(inherited('session'), f.sessions);
  if (f.years.length > 0) ranges(`CAST(substr(${inherited('date')}, 1, 4) AS INTEGER)`, f.years);
  if (f.countries.length > 0) {
    conds.push(`EXISTS (SELECT 1 FROM sponsors s WHERE s.document_id IN (${alias}.id, ${alias}.parent_id) AND s.country IN (${marks(f.countries.length)}))`);
    params.push(...f.countries);
  }
  if (f.author) {
    conds.push(`${alias}.author = ?`);
    params.push(f.author);
  }
  if (f.partsOnly) conds.push(`${alias}.parent_id IS NOT NULL`);
  return conds.length === 0 ? { sql: '1', params } : { sql: conds.join(' AND '), params };
}

/** The condition on `paragraphs AS <alias>` for the paragraph kinds; `'1'` when there are none. */
export function paragraphSql(f: DocumentFilter, alias = 'p'): { sql: string; params: Params } {
  if (f.paragraphKinds.length === 0) return { sql: '1', params: [] };
  return { sql: `${alias}.kind IN (${f.paragraphKinds.map(() => '?').join(', ')})`, params: [...f.paragraphKinds] };
}

/** The ids of the documents (and parts) a filter selects (for the questions that take ids: votes). */
export function documentIds(db: Db, filter: DocumentFilter): string[] {
  const { sql, params } = filterSql(filter, 'd');
  return db.prepare(`SELECT d.id FROM documents d WHERE ${sql}`).pluck().all(...params) as string[];
}
