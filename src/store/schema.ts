/**
 * The SQLite schema. Tables mirror the document model (docs/database.md); names are plain so
 * that analysts can open the file with the sqlite3 shell or Datasette.
 *
 * Each migration moves the database from version i to i+1 (PRAGMA user_version). Never edit a
 * shipped migration: append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: the document model */ `
  CREATE TABLE documents (
    id                 TEXT PRIMARY KEY,
    parent_id          TEXT REFERENCES documents(id) ON DELETE CASCADE,
    part_index         INTEGER,
    symbol             TEXT,
    kind               TEXT NOT NULL,
    title              TEXT,
    organ              TEXT,
    committee          TEXT,
    session            INTEGER,
    agenda_item        TEXT,
    date               TEXT,
    distribution       TEXT,
    language           TEXT,
    original_languages TEXT NOT NULL DEFAULT '[]',
    author             TEXT,
    source_path        TEXT NOT NULL,
    source_format      TEXT NOT NULL,
    source_sha256      TEXT NOT NULL,
    source_lines       INTEGER NOT NULL,
    declared           TEXT NOT NULL DEFAULT '{}',
    parser             TEXT NOT NULL DEFAULT '',
    added_at           TEXT NOT NULL
  );
  CREATE INDEX documents_parent ON documents(parent_id);
  CREATE INDEX documents_symbol ON documents(symbol);
  CREATE INDEX documents_sha ON documents(source_sha256);
  CREATE INDEX documents_path ON documents(source_path);

  CREATE TABLE aliases (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    symbol      TEXT NOT NULL,
    PRIMARY KEY (document_id, symbol)
  );
  CREATE INDEX aliases_symbol ON aliases(symbol);

  CREATE TABLE paragraphs (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    number      TEXT,
    lead        TEXT,
    text        TEXT NOT NULL,
    section     TEXT,
    parent_n    INTEGER,
    footnotes   TEXT NOT NULL DEFAULT '[]',
    line        INTEGER NOT NULL,
    end_line    INTEGER NOT NULL,
    UNIQUE (document_id, n)
  );

  -- id: the rowid of footnotes_fts (an alias of the rowid, so that VACUUM keeps it)
  CREATE TABLE footnotes (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    marker      TEXT NOT NULL,
    text        TEXT NOT NULL,
    paragraph_n INTEGER,
    line        INTEGER,
    UNIQUE (document_id, seq)
  );

  CREATE TABLE sponsors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    country     TEXT,
    name        TEXT NOT NULL,
    as_written  TEXT NOT NULL,
    role        TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
  );
  CREATE INDEX sponsors_country ON sponsors(country);

  CREATE TABLE citations (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    target      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    as_written  TEXT NOT NULL,
    paragraph_n INTEGER,
    footnote    TEXT,
    date        TEXT,
    PRIMARY KEY (document_id, seq)
  );
  CREATE INDEX citations_target ON citations(target);

  CREATE TABLE votes (
    id             INTEGER PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    subject        TEXT NOT NULL,
    target         TEXT,
    paragraph_n    INTEGER,
    body           TEXT,
    date           TEXT,
    stated_yes     INTEGER,
    stated_no      INTEGER,
    stated_abstain INTEGER,
    counted_yes    INTEGER NOT NULL,
    counted_no     INTEGER NOT NULL,
    counted_abstain INTEGER NOT NULL,
    notes          TEXT NOT NULL DEFAULT '[]',
    UNIQUE (document_id, seq)
  );

  CREATE TABLE vote_records (
    vote_id  INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    country  TEXT,
    name     TEXT NOT NULL,
    vote     TEXT NOT NULL,
    PRIMARY KEY (vote_id, seq)
  );
  CREATE INDEX vote_records_country ON vote_records(country);

  CREATE TABLE warnings (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    line        INTEGER,
    paragraph_n INTEGER,
    PRIMARY KEY (document_id, seq)
  );

  CREATE TABLE countries (
    iso3    TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    kind    TEXT NOT NULL
  );

  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  -- Full-text index over paragraphs.text (external content). What is indexed is the matching
  -- form of the text (src/store/fts.ts: ligatures expanded, every apostrophe a separator), and
  -- unicode61 folds case and accents.
  CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    text,
    tokenize = 'unicode61 remove_diacritics 2',
    content = 'paragraphs',
    content_rowid = 'id'
  );

  -- The same over footnotes.text: footnotes are searched too (docs/search.md).
  CREATE VIRTUAL TABLE footnotes_fts USING fts5(
    text,
    tokenize = 'unicode61 remove_diacritics 2',
    content = 'footnotes',
    content_rowid = 'id'
  );
  `,

  /* the FTS tables declared with content="…", the form sqlite-utils and Datasette look for (their
   * detect_fts: `content="paragraphs"` or `content=[paragraphs]`); `content = 'paragraphs'` read
   * as "full-text search not configured" (issue 17). The options mean the same; the index is
   * rebuilt from the tables, in the indexed form of src/store/fts.ts (ftsText) written in SQL:
   * œ/æ as oe/ae, U+02BC as an apostrophe. */ `
  DROP TABLE paragraphs_fts;
  CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    text,
    tokenize = 'unicode61 remove_diacritics 2',
    content="paragraphs",
    content_rowid="id"
  );
  INSERT INTO paragraphs_fts (rowid, text)
    SELECT id, replace(replace(replace(replace(replace(text, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), char(700), '''')
    FROM paragraphs;

  DROP TABLE footnotes_fts;
  CREATE VIRTUAL TABLE footnotes_fts USING fts5(
    text,
    tokenize = 'unicode61 remove_diacritics 2',
    content="footnotes",
    content_rowid="id"
  );
  INSERT INTO footnotes_fts (rowid, text)
    SELECT id, replace(replace(replace(replace(replace(text, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), char(700), '''')
    FROM footnotes;
  `,

  /* citation spans (issue 15): where each citation stands in its paragraph's or footnote's
     text, as character offsets (code points, 0-based, end exclusive) so that
     substr(text, span_start + 1, span_end - span_start) is its as_written; NULL in rows
     written before this migration (add the file again to fill them) */ `
  ALTER TABLE citations ADD COLUMN span_start INTEGER;
  ALTER TABLE citations ADD COLUMN span_end INTEGER;
  `,

  /* paragraphs by kind: `stats` counted them by reading the whole paragraphs table (0.87 s on
     the x2000 bench corpus, issue 19); the index answers from its own small pages */ `
  CREATE INDEX paragraphs_kind ON paragraphs(kind);
  `,

  /* text_folded: the text in the form search matches it (src/text/fold.ts: lower case, no
   * accents, one apostrophe, œ as oe, non-breaking spaces and hyphen variants plain), so that
   * `LIKE '%programme d''action%'`, R's grepl and pandas' str.contains find a phrase whatever
   * apostrophe the source typed: the seeds write ', the UN's AKN ’ (issue 17: LIKE found 174
   * paragraphs with one, 17 with the other, search 191). cybercorpus_fold is registered on the
   * connection by migrate() (src/store/store.ts). */ `
  ALTER TABLE paragraphs ADD COLUMN text_folded TEXT NOT NULL DEFAULT '';
  UPDATE paragraphs SET text_folded = cybercorpus_fold(text);
  ALTER TABLE footnotes ADD COLUMN text_folded TEXT NOT NULL DEFAULT '';
  UPDATE footnotes SET text_folded = cybercorpus_fold(text);
  `,

  /* the document of a paragraph from its id alone: `search --count` looks up every hit's
     document, and the table's rows (text and folded text) spread 356,000 hits of the x2000
     bench corpus over as many pages; this index packs (id, document_id) densely: the count per
     document is twice as fast (issue 19; src/query/search.ts countBy names it) */ `
  CREATE INDEX paragraphs_document_of ON paragraphs(id, document_id);
  `,

  /* counts kept as the corpus changes, so that `stats` and `list` read a few rows (issue 19:
   * at x2000 `stats` counted 2.2 million paragraphs by kind, 20x the start of node, and `list`
   * each document's paragraphs, 9.9x). counts: one row per table (key '') and per value of a
   * breakdown (name 'documents_by_kind', 'documents_by_format', 'paragraphs_by_kind'; a value
   * whose rows are gone stays at 0). paragraph_counts: each document's and part's paragraphs.
   * The writer keeps both (src/store/write.ts), per document: triggers on the tables would
   * have cost more than twice the SQL of `add`, as a statement with a trigger makes FTS5 write
   * out its pending terms at every row. */ `
  CREATE TABLE counts (
    name TEXT NOT NULL,
    key  TEXT NOT NULL,
    n    INTEGER NOT NULL,
    PRIMARY KEY (name, key)
  ) WITHOUT ROWID;
  INSERT INTO counts (name, key, n)
    SELECT 'documents', '', count(*) FROM documents WHERE parent_id IS NULL
    UNION ALL SELECT 'parts', '', count(*) FROM documents WHERE parent_id IS NOT NULL
    UNION ALL SELECT 'paragraphs', '', count(*) FROM paragraphs
    UNION ALL SELECT 'footnotes', '', count(*) FROM footnotes
    UNION ALL SELECT 'sponsors', '', count(*) FROM sponsors
    UNION ALL SELECT 'citations', '', count(*) FROM citations
    UNION ALL SELECT 'votes', '', count(*) FROM votes
    UNION ALL SELECT 'vote_records', '', count(*) FROM vote_records
    UNION ALL SELECT 'warnings', '', count(*) FROM warnings
    UNION ALL SELECT 'documents_by_kind', kind, count(*) FROM documents GROUP BY kind
    UNION ALL SELECT 'documents_by_format', source_format, count(*) FROM documents WHERE parent_id IS NULL GROUP BY source_format
    UNION ALL SELECT 'paragraphs_by_kind', kind, count(*) FROM paragraphs GROUP BY kind;

  CREATE TABLE paragraph_counts (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    n           INTEGER NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO paragraph_counts (document_id, n)
    SELECT d.id, (SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id) FROM documents d;
  `,

  /* where each document's (and part's) paragraphs and footnotes are: the Writer inserts them in
   * one go, so their ids form one range per document, kept here (first and last id; NULL when
   * the document has none, or when its ids are not one range). `search --count` walks the hits'
   * ids against these ranges instead of looking up each hit's document (x2000: 352,000 lookups
   * were 0.46 s of a 0.66 s count, issue 19; src/query/document-hits.ts). Filled here for the
   * rows already written, a range kept only where the ids are verified to be one (count = last -
   * first + 1): a document whose ids are not one range is counted the old way. */ `
  ALTER TABLE paragraph_counts ADD COLUMN first_paragraph_id INTEGER;
  ALTER TABLE paragraph_counts ADD COLUMN last_paragraph_id INTEGER;
  ALTER TABLE paragraph_counts ADD COLUMN first_footnote_id INTEGER;
  ALTER TABLE paragraph_counts ADD COLUMN last_footnote_id INTEGER;
  UPDATE paragraph_counts SET (first_paragraph_id, last_paragraph_id) = (
    SELECT iif(max(id) - min(id) + 1 = count(*), min(id), NULL), iif(max(id) - min(id) + 1 = count(*), max(id), NULL)
    FROM paragraphs p WHERE p.document_id = paragraph_counts.document_id);
  UPDATE paragraph_counts SET (first_footnote_id, last_footnote_id) = (
    SELECT iif(max(id) - min(id) + 1 = count(*), min(id), NULL), iif(max(id) - min(id) + 1 = count(*), max(id), NULL)
    FROM footnotes f WHERE f.document_id = paragraph_counts.document_id);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
