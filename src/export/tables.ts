/**
 * The exported tables: their columns (name, Frictionless type, SQL expression), keys, and the
 * row iterators. Rows stream from `stmt.iterate()` in raw (array) mode: nothing is collected, so
 * memory stays flat however large the corpus. docs/export.md is the user-facing description of
 * every column; keep the two in step.
 */
import { UsageError } from '../errors.js';
import { allCountries } from '../lexicon/countries.js';
import type { DocumentFilter } from '../query/filters.js';
import { filterSql, NO_FILTER, paragraphSql } from '../query/filters.js';
import type { Db } from '../store/store.js';
import { storedColumn, storedTable } from '../store/tables.js';
import type { FieldType } from '../store/tables.js';

/** Frictionless field types used by the export (`array`: a JSON array in CSV/TSV cells). */
export type { FieldType } from '../store/tables.js';

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
  /**
   * The rows without the documents join, for when no document filter needs it (tableRows): the
   * columns of `d` are then read once per document, as the rows come in the order of `key`.
   */
  unjoined?: { from: string; key: string };
}

const docFk = (field = 'document_id'): ForeignKey => ({ fields: [field], reference: { resource: 'documents', fields: ['id'] } });
const countryFk: ForeignKey = { fields: ['country'], reference: { resource: 'countries', fields: ['iso3'] } };

/**
 * An exported column from the definition of a stored column (src/store/tables.ts): its name, type,
 * description and whether it is required, unless `as` says otherwise (a joined column, a key).
 */
const stored = (alias: string, table: string, column: string, as: { name?: string; description?: string; required?: boolean } = {}): ColumnDef => {
  const def = storedColumn(table, column);
  const required = as.required ?? def.required;
  return { name: as.name ?? def.name, type: def.type, sql: `${alias}.${def.name}`, description: as.description ?? def.description, ...(required ? { required } : {}) };
};

/** Every exported column of a stored table, in the table's order (the database's own are not exported). */
const columnsOf = (alias: string, table: string, except: readonly string[] = []): ColumnDef[] =>
  storedTable(table).columns.filter((x) => !x.internal && !except.includes(x.name)).map((x) => stored(alias, table, x.name));

export const TABLES: readonly TableDef[] = [
  {
    name: 'documents',
    description: 'Every document: top-level documents (parent_id empty) and their parts (parent_id set).',
    from: 'documents d',
    order: 'd.id',
    primaryKey: ['id'],
    foreignKeys: [docFk('parent_id')],
    columns: columnsOf('d', 'documents'),
  },
  {
    name: 'parts',
    description: 'Which document contains which: the drafts a committee report recommends, the replies of States in a report of the Secretary-General.',
    from: 'documents d JOIN documents parent ON parent.id = d.parent_id',
    order: 'd.parent_id, d.part_index',
    primaryKey: ['parent_id', 'part_index'],
    foreignKeys: [docFk('parent_id'), docFk('document_id')],
    columns: [
      stored('d', 'documents', 'parent_id', { description: 'id of the containing document', required: true }),
      stored('d', 'documents', 'part_index', { description: '1-based position of the part in its parent', required: true }),
      stored('d', 'documents', 'id', { name: 'document_id', description: 'id of the part (a row of documents)' }),
      stored('parent', 'documents', 'symbol', { name: 'parent_symbol', description: 'symbol of the containing document' }),
      stored('d', 'documents', 'symbol', { description: 'symbol of the part, when it has one' }),
      stored('d', 'documents', 'kind', { description: 'kind of the part' }),
      stored('d', 'documents', 'title', { description: 'title of the part' }),
      stored('d', 'documents', 'author'),
    ],
  },
  {
    name: 'aliases',
    description: 'Other symbols of the same text, e.g. the resolution a draft became.',
    from: 'aliases a JOIN documents d ON d.id = a.document_id',
    order: 'a.document_id, a.symbol',
    primaryKey: ['document_id', 'symbol'],
    foreignKeys: [docFk()],
    columns: columnsOf('a', 'aliases'),
  },
  {
    name: 'paragraphs',
    description: 'Every paragraph of every document and part, in reading order.',
    from: 'paragraphs p JOIN documents d ON d.id = p.document_id',
    order: 'p.document_id, p.n',
    // joined, a paragraph cost a lookup of its document: a quarter of reading the table (issue 19)
    unjoined: { from: 'paragraphs p', key: 'p.document_id' },
    primaryKey: ['document_id', 'n'],
    foreignKeys: [docFk()],
    // the document's symbol and session joined in, its source path after the line span (to cite
    // path:line); text_folded, added later, at the end
    columns: [
      stored('p', 'paragraphs', 'document_id'),
      stored('d', 'documents', 'symbol', { description: "the document's symbol" }),
      stored('d', 'documents', 'session', { description: "the document's session" }),
      ...columnsOf('p', 'paragraphs', ['document_id', 'text_folded']),
      stored('d', 'documents', 'source_path', { description: 'the source file, for citing path:line' }),
      stored('p', 'paragraphs', 'text_folded'),
    ],
  },
  {
    name: 'footnotes',
    description: 'Footnotes of every document and part.',
    from: 'footnotes x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk()],
    columns: columnsOf('x', 'footnotes'),
  },
  {
    name: 'sponsors',
    description: 'Sponsors of draft resolutions and resolutions.',
    from: 'sponsors x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk(), countryFk],
    columns: columnsOf('x', 'sponsors'),
  },
  {
    name: 'citations',
    description: 'Documents cited by each document (resolutions, decisions, reports, meeting records).',
    from: 'citations x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk()],
    columns: columnsOf('x', 'citations'),
  },
  {
    name: 'votes',
    description: 'Recorded votes reported by a document (committee or plenary).',
    from: 'votes x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk()],
    columns: columnsOf('x', 'votes'),
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
    // keyed by the vote's document and seq rather than the database's internal vote id
    columns: [
      stored('x', 'votes', 'document_id'),
      stored('x', 'votes', 'seq', { name: 'vote_seq', description: 'seq of the vote in votes' }),
      ...columnsOf('r', 'vote_records'),
    ],
  },
  {
    name: 'warnings',
    description: 'What the parser could not recognise with confidence, per document.',
    from: 'warnings x JOIN documents d ON d.id = x.document_id',
    order: 'x.document_id, x.seq',
    primaryKey: ['document_id', 'seq'],
    foreignKeys: [docFk()],
    columns: columnsOf('x', 'warnings'),
  },
  {
    name: 'countries',
    description: 'The country gazetteer: Member States, observer States and the European Union (not filtered).',
    from: null,
    order: '',
    primaryKey: ['iso3'],
    foreignKeys: [],
    columns: columnsOf('', 'countries').map((x) => ({ ...x, sql: '' })),
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
  if (table.unjoined && filterSql(options.filter ?? NO_FILTER, 'd').sql === '1' && columns.some(fromDocument)) {
    return unjoinedRows(db, table, table.unjoined, columns, options.filter ?? NO_FILTER);
  }
  const { sql, params } = tableSql(table, columns, options);
  return db.prepare(sql).raw(true).iterate(...params) as Iterable<unknown[]>;
}

const fromDocument = (c: ColumnDef): boolean => c.sql.startsWith('d.');

/**
 * The rows of tableSql without its documents join: the table's own columns in one statement,
 * in the same order, and the columns of `d` looked up when the document changes. Both
 * statements read in the one read transaction the streaming statement holds open.
 */
function* unjoinedRows(db: Db, table: TableDef, unjoined: { from: string; key: string }, columns: ColumnDef[],
  filter: DocumentFilter): Iterable<unknown[]> {
  const own = columns.filter((c) => !fromDocument(c));
  const docs = columns.filter(fromDocument);
  const kinds = table.name === 'paragraphs' ? paragraphSql(filter, 'p') : { sql: '1', params: [] };
  const rows = db.prepare(`SELECT ${[unjoined.key, ...own.map((c) => c.sql)].join(', ')} FROM ${unjoined.from}
    WHERE ${kinds.sql} ORDER BY ${table.order}`).raw(true);
  const documentOf = db.prepare(`SELECT ${docs.map((c) => c.sql).join(', ')} FROM documents d WHERE d.id = ?`).raw(true);
  // where each column's value is: 1 + its index in a row of `rows`, or -(1 + its index in documentOf's)
  const at = columns.map((c) => (fromDocument(c) ? -1 - docs.indexOf(c) : 1 + own.indexOf(c)));
  let key: unknown;
  let doc: unknown[] = [];
  for (const row of rows.iterate(...kinds.params) as Iterable<unknown[]>) {
    if (row[0] !== key) {
      key = row[0];
      doc = documentOf.get(key) as unknown[];
    }
    yield at.map((i) => (i > 0 ? row[i] : doc[-1 - i]));
  }
}

function* builtinRows(table: TableDef, columns: ColumnDef[]): Iterable<unknown[]> {
  if (table.name !== 'countries') throw new UsageError(`table ${table.name} has no rows`);
  const get: Record<string, (c: ReturnType<typeof allCountries>[number]) => string> = {
    iso3: (c) => c.iso3, name_fr: (c) => c.fr, name_en: (c) => c.en, kind: (c) => c.kind,
  };
  const sorted = [...allCountries()].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  for (const c of sorted) yield columns.map((k) => get[k.name]!(c));
}
