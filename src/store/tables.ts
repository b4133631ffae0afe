/**
 * One definition of each stored table: its columns in the order of the database, their types and
 * what they mean (issue 17: the names were written by hand in schema.ts, write.ts, documents.ts
 * and export/tables.ts, and drifted). From it come the INSERT statements of the writer
 * (`insertSql`), the columns the reader selects (`selectSql`) and the columns, types and
 * descriptions of the export (src/export/tables.ts). The migrations of schema.ts stay as shipped;
 * test/store/tables.test.ts checks this definition against `PRAGMA table_info` of a new corpus.
 */

/** A column's type: its Frictionless type in the export; `array` is a JSON array stored as TEXT. */
export type FieldType = 'string' | 'integer' | 'date' | 'array';

export interface StoredColumn {
  name: string;
  type: FieldType;
  description: string;
  /** NOT NULL in the database (a key column is required too) */
  required: boolean;
  /** the database's own: a rowid, or what `add` records about a file; never exported */
  internal: boolean;
  /** the rowid alias (INTEGER PRIMARY KEY): given by SQLite, never inserted */
  rowid: boolean;
}

export interface StoredTable {
  name: string;
  columns: readonly StoredColumn[];
}

interface ColumnOptions {
  required?: boolean;
  internal?: boolean;
  rowid?: boolean;
}

const c = (name: string, type: FieldType, description: string, options: ColumnOptions = {}): StoredColumn => ({
  name, type, description, required: options.required ?? false, internal: options.internal ?? false, rowid: options.rowid ?? false,
});
const REQUIRED = { required: true };

const DOCUMENTS: StoredTable = {
  name: 'documents',
  columns: [
    c('id', 'string', 'stable id: the symbol when known, else derived from the file name', REQUIRED),
    c('parent_id', 'string', 'for a part: the id of the document it sits in; empty for a top-level document'),
    c('part_index', 'integer', "for a part: its 1-based position in the parent's parts"),
    c('symbol', 'string', 'UN document symbol, e.g. A/C.1/78/L.11, A/RES/78/237'),
    c('kind', 'string', 'draft-resolution, resolution, draft-decision, decision, report, submission or other', REQUIRED),
    c('title', 'string', 'title as printed'),
    c('organ', 'string', 'organ: A (General Assembly)'),
    c('committee', 'string', 'committee, e.g. C.1 (First Committee)'),
    c('session', 'integer', 'General Assembly session number'),
    c('agenda_item', 'string', 'agenda item number as printed'),
    c('date', 'date', 'date of the document (ISO 8601)'),
    c('distribution', 'string', 'distribution as printed (générale, limitée)'),
    c('language', 'string', 'language of the text (fr)'),
    c('original_languages', 'array', 'original languages, a JSON array', REQUIRED),
    c('author', 'string', 'submissions: ISO3 code of the State that wrote it'),
    c('source_path', 'string', 'path of the source file when it was added', REQUIRED),
    c('source_format', 'string', 'markdown, pdf-text or akn', REQUIRED),
    c('source_sha256', 'string', 'SHA-256 of the source file bytes', REQUIRED),
    c('source_lines', 'integer', 'number of lines of the source file', REQUIRED),
    c('declared', 'string', 'the declared metadata the file was added with (JSON)', { required: true, internal: true }),
    c('parser', 'string', 'the parser revision that made the rows', { required: true, internal: true }),
    c('added_at', 'string', 'when the file was added', { required: true, internal: true }),
  ],
};

const ALIASES: StoredTable = {
  name: 'aliases',
  columns: [
    c('document_id', 'string', 'the document', REQUIRED),
    c('symbol', 'string', 'another symbol for it', REQUIRED),
  ],
};

const PARAGRAPHS: StoredTable = {
  name: 'paragraphs',
  columns: [
    c('id', 'integer', 'rowid of the paragraph (the rowid of paragraphs_fts)', { internal: true, rowid: true }),
    c('document_id', 'string', 'the document (or part) the paragraph belongs to', REQUIRED),
    c('n', 'integer', '1-based position in the document, in reading order', REQUIRED),
    c('kind', 'string', 'preambular, operative, subparagraph, numbered, heading, list-item, formula, title or text', REQUIRED),
    c('number', 'string', 'number as printed: 1, a), ii), I.'),
    c('lead', 'string', 'lead phrase: Rappelant, Se félicite également …'),
    c('text', 'string', 'clean joined text as written, without footnote markers', REQUIRED),
    c('section', 'string', 'heading path, e.g. II. Contexte > A. Participation'),
    c('parent_n', 'integer', 'subparagraphs: n of the paragraph they belong to'),
    c('footnotes', 'array', 'markers of the footnotes referenced, a JSON array', REQUIRED),
    c('line', 'integer', 'first source line (1-based)', REQUIRED),
    c('end_line', 'integer', 'last source line', REQUIRED),
    c('text_folded', 'string', "the text as search matches it: lower case, no accents, ' for every apostrophe, oe for œ, plain spaces and hyphens (for LIKE, grepl, str.contains)", REQUIRED),
  ],
};

const FOOTNOTES: StoredTable = {
  name: 'footnotes',
  columns: [
    c('id', 'integer', 'rowid of the footnote (the rowid of footnotes_fts)', { internal: true, rowid: true }),
    c('document_id', 'string', 'the document', REQUIRED),
    c('seq', 'integer', '1-based order in the document', REQUIRED),
    c('marker', 'string', 'the marker as printed: 1, 27, *', REQUIRED),
    c('text', 'string', 'the footnote text as written', REQUIRED),
    c('paragraph_n', 'integer', 'n of the paragraph that references it'),
    c('line', 'integer', 'source line'),
    c('text_folded', 'string', 'the text as search matches it (see paragraphs.text_folded)', REQUIRED),
  ],
};

const SPONSORS: StoredTable = {
  name: 'sponsors',
  columns: [
    c('document_id', 'string', 'the document', REQUIRED),
    c('seq', 'integer', '1-based order as listed', REQUIRED),
    c('country', 'string', 'ISO 3166-1 alpha-3 (EUU: European Union); empty when the name is not recognised'),
    c('name', 'string', 'canonical French short name (as written when unrecognised)', REQUIRED),
    c('as_written', 'string', 'the name as the document writes it', REQUIRED),
    c('role', 'string', 'sponsor (in the draft) or additional (joined later)', REQUIRED),
  ],
};

const CITATIONS: StoredTable = {
  name: 'citations',
  columns: [
    c('document_id', 'string', 'the citing document', REQUIRED),
    c('seq', 'integer', '1-based order in the document', REQUIRED),
    c('target', 'string', 'normalised symbol of the cited text: A/RES/75/240', REQUIRED),
    c('kind', 'string', 'resolution, decision, ecosoc-resolution, security-council-resolution, hrc-resolution, presidential-statement, document, meeting-record, draft or report', REQUIRED),
    c('as_written', 'string', 'the citation as written', REQUIRED),
    c('paragraph_n', 'integer', 'n of the paragraph it occurs in (empty: in a footnote only)'),
    c('footnote', 'string', 'marker of the footnote it occurs in'),
    c('date', 'date', 'date stated next to it (ISO 8601)'),
    c('span_start', 'integer', 'where it starts in its footnote (if any) or paragraph text: 0-based offset in characters'),
    c('span_end', 'integer', 'where it ends there (exclusive): the text between is as_written'),
  ],
};

const VOTES: StoredTable = {
  name: 'votes',
  columns: [
    c('id', 'integer', 'rowid of the vote (vote_records.vote_id)', { internal: true, rowid: true }),
    c('document_id', 'string', 'the document that reports the vote', REQUIRED),
    c('seq', 'integer', '1-based order in the document', REQUIRED),
    c('subject', 'string', 'what was voted on, as stated', REQUIRED),
    c('target', 'string', 'symbol of the text voted on'),
    c('paragraph_n', 'integer', 'n of the paragraph that reports the vote'),
    c('body', 'string', 'the organ that voted: C.1 or plenary'),
    c('date', 'date', 'date of the vote (ISO 8601)'),
    c('stated_yes', 'integer', 'votes in favour, as stated in the text'),
    c('stated_no', 'integer', 'votes against, as stated'),
    c('stated_abstain', 'integer', 'abstentions, as stated'),
    c('counted_yes', 'integer', 'votes in favour, counted from the records', REQUIRED),
    c('counted_no', 'integer', 'votes against, counted', REQUIRED),
    c('counted_abstain', 'integer', 'abstentions, counted', REQUIRED),
    c('notes', 'array', 'notes attached to the vote, a JSON array', REQUIRED),
  ],
};

const VOTE_RECORDS: StoredTable = {
  name: 'vote_records',
  columns: [
    c('vote_id', 'integer', 'the vote (votes.id)', { required: true, internal: true }),
    c('seq', 'integer', '1-based order in the voting list', REQUIRED),
    c('country', 'string', 'ISO 3166-1 alpha-3; empty when the name is not recognised'),
    c('name', 'string', 'the name as listed', REQUIRED),
    c('vote', 'string', 'yes, no or abstain', REQUIRED),
  ],
};

const WARNINGS: StoredTable = {
  name: 'warnings',
  columns: [
    c('document_id', 'string', 'the document', REQUIRED),
    c('seq', 'integer', '1-based order', REQUIRED),
    c('code', 'string', 'stable machine code, e.g. lead-unknown', REQUIRED),
    c('message', 'string', 'explanation', REQUIRED),
    c('line', 'integer', 'source line'),
    c('paragraph_n', 'integer', 'n of the paragraph it concerns'),
  ],
};

const COUNTRIES: StoredTable = {
  name: 'countries',
  columns: [
    c('iso3', 'string', 'ISO 3166-1 alpha-3; EUU for the European Union', REQUIRED),
    c('name_fr', 'string', 'canonical French short name as UN documents write it', REQUIRED),
    c('name_en', 'string', 'English short name', REQUIRED),
    c('kind', 'string', 'member, observer or organisation', REQUIRED),
  ],
};

const META: StoredTable = {
  name: 'meta',
  columns: [
    c('key', 'string', 'what the value is about (parser version, creation date …)', { required: true, internal: true }),
    c('value', 'string', 'the value', { required: true, internal: true }),
  ],
};

/** The rows of each table and of each breakdown, kept by the writer for `stats` (issue 19). */
const COUNTS: StoredTable = {
  name: 'counts',
  columns: [
    c('name', 'string', "what is counted: a table (documents: top-level only; parts) or a breakdown (documents_by_kind, documents_by_format, paragraphs_by_kind)", { required: true, internal: true }),
    c('key', 'string', "the kind or format a breakdown's row counts; '' for a table", { required: true, internal: true }),
    c('n', 'integer', 'the number of rows', { required: true, internal: true }),
  ],
};

/** The tables whose rows `counts` holds (name, key ''), in the order `stats` prints them. */
export const COUNTED_TABLES = ['documents', 'parts', 'paragraphs', 'footnotes', 'sponsors', 'citations', 'votes', 'vote_records', 'warnings'] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];

/** The breakdowns `counts` holds (name, key = the kind or format of the rows counted). */
export type CountedBreakdown = 'documents_by_kind' | 'documents_by_format' | 'paragraphs_by_kind';

/** The paragraphs of each document and part, kept by the writer for `list`, and where their ids are, for `search --count` (issue 19). */
const PARAGRAPH_COUNTS: StoredTable = {
  name: 'paragraph_counts',
  columns: [
    c('document_id', 'string', 'the document or part', { required: true, internal: true }),
    c('n', 'integer', 'its paragraphs', { required: true, internal: true }),
    c('first_paragraph_id', 'integer', 'the first of its paragraphs\' ids, which are one run (NULL: none, or not one run)', { internal: true }),
    c('last_paragraph_id', 'integer', 'the last of its paragraphs\' ids', { internal: true }),
    c('first_footnote_id', 'integer', 'the first of its footnotes\' ids, which are one run (NULL: none, or not one run)', { internal: true }),
    c('last_footnote_id', 'integer', 'the last of its footnotes\' ids', { internal: true }),
  ],
};

/** Every table of the database but the full-text indexes, in the order of the schema. */
export const STORED_TABLES: readonly StoredTable[] = [
  DOCUMENTS, ALIASES, PARAGRAPHS, FOOTNOTES, SPONSORS, CITATIONS, VOTES, VOTE_RECORDS, WARNINGS, COUNTRIES, META,
  COUNTS, PARAGRAPH_COUNTS,
];

export function storedTable(name: string): StoredTable {
  const t = STORED_TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`no stored table ${name}`);
  return t;
}

export function storedColumn(table: string, name: string): StoredColumn {
  const col = storedTable(table).columns.find((x) => x.name === name);
  if (!col) throw new Error(`no column ${table}.${name}`);
  return col;
}

/** `INSERT INTO t (a, b, …) VALUES (@a, @b, …)` over every column but the rowid: bind an object keyed by column name. */
export function insertSql(table: string, verb = 'INSERT'): string {
  const cols = storedTable(table).columns.filter((x) => !x.rowid).map((x) => x.name);
  return `${verb} INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((n) => `@${n}`).join(', ')})`;
}

/** The columns a reader selects (those not internal, unless asked for), with a table alias. */
export function selectList(table: string, alias = '', options: { internal?: boolean } = {}): string {
  const prefix = alias ? `${alias}.` : '';
  return storedTable(table).columns.filter((x) => options.internal || !x.internal).map((x) => prefix + x.name).join(', ');
}
