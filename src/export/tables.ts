/**
 * The exported tables: their columns (name, Frictionless type, SQL expression), keys, and the
 * row iterators. Rows stream from `stmt.iterate()` in raw (array) mode: nothing is collected, so
 * memory stays flat however large the corpus. docs/export.md is the user-facing description of
 * every column; keep the two in step.
 */
import { UsageError } from '../errors.js';
import { allCountries } from '../lexicon/countries.js';
import type { DocumentFilter } from '../store/filters.js';
import { filterSql, NO_FILTER, paragraphSql } from '../store/filters.js';
import type { Db } from '../store/store.js';

/** Frictionless field types used by the export (`array`: a JSON array in CSV/TSV cells). */
export type FieldType = 'string' | 'integer' | 'date' | 'array';

export interface ColumnDef {
  name: string;
  type: FieldType;
  /** the SQL expression that yields the value (aliases: d = the row's document, see `from`) */
  sql: string;
  description: string;
  required?: boolean;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableDef {
  name: string;
  description: string;
  columns: ColumnDef[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** FROM … (with `documents d` joined: filters apply to d), or null for a built-in table */
  from: string | null;
  order: string;
}

const docFk = (field = 'document_id'): ForeignKey => ({ fields: [field], reference: { resource: 'documents', fields: ['id'] } });
const countryFk: ForeignKey = { fields: ['country'], reference: { resource: 'countries', fields: ['iso3'] } };

const col = (name: string, type: FieldType, sql: string, description: string, required = false): ColumnDef =>
  ({ name, type, sql, description, ...(required ? { required } : {}) });

export const TABLES: readonly TableDef[] = [
  {
    name: 'documents',
    description: 'Every document: top-level documents (parent_id empty) and their parts (parent_id set).',
    from: 'documents d',
    order: 'd.id',
    primaryKey: ['id'],
    foreignKeys: [docFk('parent_id')],
    columns: [
      col('id', 'string', 'd.id', 'stable id: the symbol when known, else derived from the file name', true),
      col('parent_id', 'string', 'd.parent_id', 'for a part: the id of the document it sits in; empty for a top-level document'),
      col('part_index', 'integer', 'd.part_index', "for a part: its 1-based position in the parent's parts"),
      col('symbol', 'string', 'd.symbol', 'UN document symbol, e.g. A/C.1/78/L.11, A/RES/78/237'),
      col('kind', 'string', 'd.kind', 'draft-resolution, resolution, draft-decision, decision, report, submission or other', true),
      col('title', 'string', 'd.title', 'title as printed'),
      col('organ', 'string', 'd.organ', 'organ: A (General Assembly)'),
      col('committee', 'string', 'd.committee', 'committee, e.g. C.1 (First Committee)'),
      col('session', 'integer', 'd.session', 'General Assembly session number'),
      col('agenda_item', 'string', 'd.agenda_item', 'agenda item number as printed'),
      col('date', 'date', 'd.date', 'date of the document (ISO 8601)'),
      col('distribution', 'string', 'd.distribution', 'distribution as printed (générale, limitée)'),
      col('language', 'string', 'd.language', 'language of the text (fr)'),
      col('original_languages', 'array', 'd.original_languages', 'original languages, a JSON array', true),
      col('author', 'string', 'd.author', 'submissions: ISO3 code of the State that wrote it'),
      col('source_path', 'string', 'd.source_path', 'path of the source file when it was added', true),
      col('source_format', 'string', 'd.source_format', 'markdown, pdf-text or akn', true),
      col('source_sha256', 'string', 'd.source_sha256', 'SHA-256 of the source file bytes', true),
      col('source_lines', 'integer', 'd.source_lines', 'number of lines of the source file', true),
    ],
  },
  {
    name: 'parts',
    description: 'Which document contains which: the drafts a committee report recommends, the replies of States in a report of the Secretary-General.',
    from: 'documents d JOIN documents parent ON parent.id = d.parent_id',
    order: 'd.parent_id, d.part_index',
    primaryKey: ['parent_id', 'part_index'],
    foreignKeys: [docFk('parent_id'), docFk('document_id')],
    columns: [
      col('parent_id', 'string', 'd.parent_id', 'id of the containing document', true),
      col('part_index', 'integer', 'd.part_index', '1-based position of the part in its parent', true),
      col('document_id', 'string', 'd.id', 'id of the part (a row of documents)', true),
      col('parent_symbol', 'string', 'parent.symbol', 'symbol of the containing document'),
      col('symbol', 'string', 'd.symbol', 'symbol of the part, when it has one'),
      col('kind', 'string', 'd.kind', 'kind of the part', true),
      col('title', 'string', 'd.title', 'title of the part'),
      col('author', 'string', 'd.author', 'submissions: ISO3 code of the State that wrote it'),
    ],
  },
  {
    name: 'aliases',
    description: 'Other symbols of the same text, e.g. the resolution a draft became.',
    from: 'aliases a JOIN documents d ON d.id = a.document_id',
    order: 'a.document_id, a.symbol',
    primaryKey: ['document_id', 'symbol'],
    foreignKeys: [docFk()],
    columns: [
      col('document_id', 'string', 'a.document_id', 'the document', true),
      col('symbol', 'string', 'a.symbol', 'another symbol for it', true),
    ],
  },
  {
    name: 'paragraphs',
    description: 'Every paragraph of every document and part, in reading order.',
    from: 'paragraphs p JOIN documents d ON d.id = p.document_id',
    order: 'p.document_id, p.n',
    primaryKey: ['document_id', 'n'],
    foreignKeys: [docFk()],
    columns: [
      col('document_id', 'string', 'p.document_id', 'the document (or part) the paragraph belongs to', true),
      col('symbol', 'string', 'd.symbol', "the document's symbol"),
      col('session', 'integer', 'd.session', "the document's session"),
      col('n', 'integer', 'p.n', '1-based position in the document, in reading order', true),
      col('kind', 'string', 'p.kind', 'preambular, operative, subparagraph, numbered, heading, list-item, formula, title or text', true),
      col('number', 'string', 'p.number', 'number as printed: 1, a), ii), I.'),
      col('lead', 'string', 'p.lead', 'lead phrase: Rappelant, Se félicite également …'),
      col('text', 'string', 'p.text', 'clean joined text, without footnote markers', true),
      col('section', 'string', 'p.section', 'heading path, e.g. II. Contexte > A. Participation'),
      col('parent_n', 'integer', 'p.parent_n', 'subparagraphs: n of the paragraph they belong to'),
      col('footnotes', 'array', 'p.footnotes', 'markers of the footnotes referenced, a JSON array', true),
      col('line', 'integer', 'p.line', 'first source line (1-based)', true),
      col('end_line', 'integer', 'p.end_line', 'last source line', true),
      col('source_path', 'string', 'd.source_path', 'the source file, for citing path:line', true),
    ],
  },
  {
    name: 'footnotes',
    description: 'Footnotes of every document and part.',
    from: 'footnotes x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk()],
    columns: [
      col('document_id', 'string', 'x.document_id', 'the document', true),
      col('seq', 'integer', 'x.seq', '1-based order in the document', true),
      col('marker', 'string', 'x.marker', 'the marker as printed: 1, 27, *', true),
      col('text', 'string', 'x.text', 'the footnote text', true),
      col('paragraph_n', 'integer', 'x.paragraph_n', 'n of the paragraph that references it'),
      col('line', 'integer', 'x.line', 'source line'),
    ],
  },
  {
    name: 'sponsors',
    description: 'Sponsors of draft resolutions and resolutions.',
    from: 'sponsors x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk(), countryFk],
    columns: [
      col('document_id', 'string', 'x.document_id', 'the document', true),
      col('seq', 'integer', 'x.seq', '1-based order as listed', true),
      col('country', 'string', 'x.country', 'ISO 3166-1 alpha-3 (EUU: European Union); empty when the name is not recognised'),
      col('name', 'string', 'x.name', 'canonical French short name (as written when unrecognised)', true),
      col('as_written', 'string', 'x.as_written', 'the name as the document writes it', true),
      col('role', 'string', 'x.role', 'sponsor (in the draft) or additional (joined later)', true),
    ],
  },
  {
    name: 'citations',
    description: 'Documents cited by each document (resolutions, decisions, reports, meeting records).',
    from: 'citations x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk()],
    columns: [
      col('document_id', 'string', 'x.document_id', 'the citing document', true),
      col('seq', 'integer', 'x.seq', '1-based order in the document', true),
      col('target', 'string', 'x.target', 'normalised symbol of the cited text: A/RES/75/240', true),
      col('kind', 'string', 'x.kind', 'resolution, decision, ecosoc-resolution, security-council-resolution, hrc-resolution, presidential-statement, document, meeting-record, draft or report', true),
      col('as_written', 'string', 'x.as_written', 'the citation as written', true),
      col('paragraph_n', 'integer', 'x.paragraph_n', 'n of the paragraph it occurs in (empty: in a footnote only)'),
      col('footnote', 'string', 'x.footnote', 'marker of the footnote it occurs in'),
      col('date', 'date', 'x.date', 'date stated next to it (ISO 8601)'),
      col('span_start', 'integer', 'x.span_start', 'where it starts in its footnote (if any) or paragraph text: 0-based offset in characters'),
      col('span_end', 'integer', 'x.span_end', 'where it ends there (exclusive): the text between is as_written'),
    ],
  },
  {
    name: 'votes',
    description: 'Recorded votes reported by a document (committee or plenary).',
    from: 'votes x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk()],
    columns: [
      col('document_id', 'string', 'x.document_id', 'the document that reports the vote', true),
      col('seq', 'integer', 'x.seq', '1-based order in the document', true),
      col('subject', 'string', 'x.subject', 'what was voted on, as stated', true),
      col('target', 'string', 'x.target', 'symbol of the text voted on'),
      col('paragraph_n', 'integer', 'x.paragraph_n', 'n of the paragraph that reports the vote'),
      col('body', 'string', 'x.body', 'the organ that voted: C.1 or plenary'),
      col('date', 'date', 'x.date', 'date of the vote (ISO 8601)'),
      col('stated_yes', 'integer', 'x.stated_yes', 'votes in favour, as stated in the text'),
      col('stated_no', 'integer', 'x.stated_no', 'votes against, as stated'),
      col('stated_abstain', 'integer', 'x.stated_abstain', 'abstentions, as stated'),
      col('counted_yes', 'integer', 'x.counted_yes', 'votes in favour, counted from the records', true),
      col('counted_no', 'integer', 'x.counted_no', 'votes against, counted', true),
      col('counted_abstain', 'integer', 'x.counted_abstain', 'abstentions, counted', true),
      col('notes', 'array', 'x.notes', 'notes attached to the vote, a JSON array', true),
    ],
  },
  {
    name: 'vote_records',
    description: "Each State's vote in each recorded vote.",
    from: 'vote_records r JOIN votes x ON x.id = r.vote_id JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq, r.seq',
    primaryKey: ['document_id', 'vote_seq', 'seq'],
    foreignKeys: [
      docFk(),
      { fields: ['document_id', 'vote_seq'], reference: { resource: 'votes', fields: ['document_id', 'seq'] } },
      countryFk,
    ],
    columns: [
      col('document_id', 'string', 'x.document_id', 'the document that reports the vote', true),
      col('vote_seq', 'integer', 'x.seq', 'seq of the vote in votes', true),
      col('seq', 'integer', 'r.seq', '1-based order in the voting list', true),
      col('country', 'string', 'r.country', 'ISO 3166-1 alpha-3; empty when the name is not recognised'),
      col('name', 'string', 'r.name', 'the name as listed', true),
      col('vote', 'string', 'r.vote', 'yes, no or abstain', true),
    ],
  },
  {
    name: 'warnings',
    description: 'What the parser could not recognise with confidence, per document.',
    from: 'warnings x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk()],
    columns: [
      col('document_id', 'string', 'x.document_id', 'the document', true),
      col('seq', 'integer', 'x.seq', '1-based order', true),
      col('code', 'string', 'x.code', 'stable machine code, e.g. lead-unknown', true),
      col('message', 'string', 'x.message', 'explanation', true),
      col('line', 'integer', 'x.line', 'source line'),
      col('paragraph_n', 'integer', 'x.paragraph_n', 'n of the paragraph it concerns'),
    ],
  },
  {
    name: 'countries',
    description: 'The country gazetteer: Member States, observer States and the European Union (not filtered).',
    from: null,
    order: '',
    primaryKey: ['iso3'],
    foreignKeys: [],
    columns: [
      col('iso3', 'string', '', 'ISO 3166-1 alpha-3; EUU for the European Union', true),
      col('name_fr', 'string', '', 'canonical French short name as UN documents write it', true),
      col('name_en', 'string', '', 'English short name', true),
      col('status', 'string', '', 'member, observer or organisation', true),
    ],
  },
];

export const TABLE_NAMES: readonly string[] = TABLES.map((t) => t.name);

export function tableDef(name: string): TableDef {
  const t = TABLES.find((x) => x.name === name.toLowerCase());
  if (!t) throw new UsageError(`unknown table '${name}'; tables: ${TABLE_NAMES.join(', ')}`, '--table');
  return t;
}

/** The columns to export: all, or those named (in the order given). */
export function pickColumns(table: TableDef, names: string[] | undefined): ColumnDef[] {
  if (!names || names.length === 0) return table.columns;
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new UsageError(`column '${twice}' is named twice`, '--columns');
  return names.map((n) => {
    const c = table.columns.find((x) => x.name === n);
    if (!c) throw new UsageError(`table ${table.name} has no column '${n}'; columns: ${table.columns.map((x) => x.name).join(', ')}`, '--columns');
    return c;
  });
}

export interface RowOptions {
  filter?: DocumentFilter;
  /**
   * rows for a data package: the documents table also holds the parents of the selected parts,
   * so that every foreign key of a filtered package resolves; paragraph kinds filter the
   * paragraphs table only
   */
  package?: boolean;
}

/** The SELECT statement of a table (exposed for the benchmark and the tests). */
export function tableSql(table: TableDef, columns: ColumnDef[], options: RowOptions = {}): { sql: string; params: (string | number)[] } {
  if (!table.from) throw new UsageError(`table ${table.name} is not stored in the database`);
  const filter = options.filter ?? NO_FILTER;
  if (filter.paragraphKinds.length > 0 && table.name !== 'paragraphs' && !options.package) {
    throw new UsageError(`paragraph kinds (--kind ${filter.paragraphKinds.join(',')}) select paragraphs; the ${table.name} table has none`);
  }
  const f = filterSql(filter, 'd');
  const conds = [f.sql];
  const params = [...f.params];
  if (table.name === 'documents' && options.package && f.sql !== '1') {
    const inner = filterSql(filter, 'c');
    conds[0] = `(${f.sql}) OR d.id IN (SELECT c.parent_id FROM documents c WHERE c.parent_id IS NOT NULL AND ${inner.sql})`;
    params.push(...inner.params);
  }
  if (table.name === 'paragraphs') {
    const k = paragraphSql(filter, 'p');
    conds.push(k.sql);
    params.push(...k.params);
  }
  const where = conds.filter((c) => c !== '1').map((c) => `(${c})`).join(' AND ') || '1';
  const sql = `SELECT ${columns.map((c) => c.sql).join(', ')} FROM ${table.from} WHERE ${where} ORDER BY ${table.order}`;
  return { sql, params };
}

/** The rows of a table, as arrays in the order of `columns`, streamed from the database. */
export function tableRows(db: Db, table: TableDef, columns: ColumnDef[], options: RowOptions = {}): Iterable<unknown[]> {
  if (!table.from) return builtinRows(table, columns);
  const { sql, params } = tableSql(table, columns, options);
  return db.prepare(sql).raw(true).iterate(...params) as Iterable<unknown[]>;
}

function* builtinRows(table: TableDef, columns: ColumnDef[]): Iterable<unknown[]> {
  if (table.name !== 'countries') throw new UsageError(`table ${table.name} has no rows`);
  const get: Record<string, (c: ReturnType<typeof allCountries>[number]) => string> = {
    iso3: (c) => c.iso3, name_fr: (c) => c.fr, name_en: (c) => c.en, status: (c) => c.kind,
  };
  const sorted = [...allCountries()].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  for (const c of sorted) yield columns.map((k) => get[k.name]!(c));
}
