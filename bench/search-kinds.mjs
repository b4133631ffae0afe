// The kinds of query of issue 19 and the ripgrep run each is held against: shared by
// bench/search.mjs (cybercorpus against rg) and bench/engine-floor.mjs (what SQLite alone takes).
export const PHRASE = "programme d'action";
export const PHRASE_RG = 'programme d.action';

/** The hits of an FTS5 query joined to their paragraphs (the phrase as the search prepares it). */
const hits = (match, columns) => `SELECT ${columns} FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid WHERE paragraphs_fts MATCH '${match}'`;
// the 20 best rowids by bm25 first, then their 20 texts (joined first, SQLite would read every
// hit's row); bm25() sorted with a LIMIT, as the search ranks (FTS5's `ORDER BY rank` is slower)
const page = (match) => `SELECT p.text FROM (SELECT rowid, bm25(paragraphs_fts) AS s FROM paragraphs_fts WHERE paragraphs_fts MATCH '${match}' ORDER BY s LIMIT 20) f JOIN paragraphs p ON p.id = f.rowid ORDER BY f.s`;
const FTS_PHRASE = '"programme d action"';
const EVERY = hits(FTS_PHRASE, 'p.document_id, p.n, p.text');

/**
 * The kinds of query of issue 19, each with the ripgrep run it is held against. ripgrep folds
 * case, not accents: its patterns spell the accents both ways. A boolean AND is "both words on
 * one line" for ripgrep (a paragraph is a line in most of these files). `engine` is the least
 * the SQLite engine must do for that output (the FTS5 query the search runs and the rows it must
 * read: for `--count`, only the hits' rowids; paragraphs only, footnotes left out), run by the
 * sqlite3 shell in bench/engine-floor.mjs: a floor for any design that keeps the corpus in SQLite
 * and FTS5.
 */
export const KINDS = [
  { kind: 'rare phrase', args: ['communication dans les conflits'], rg: ['-i', 'communication dans les conflits'], engine: page('"communication dans les conflits"') },
  { kind: 'boolean AND', args: ['sécurité AND numérique'], rg: ['-i', 's[eé]curit[eé].*num[eé]rique|num[eé]rique.*s[eé]curit[eé]'], engine: page('securite AND numerique') },
  { kind: '`--count`', args: [PHRASE, '--count'], rg: ['-c', '-i', PHRASE_RG], engine: `SELECT group_concat(rowid) FROM paragraphs_fts WHERE paragraphs_fts MATCH '${FTS_PHRASE}'` },
  { kind: 'phrase, page of 20 ranked', args: [PHRASE], rg: ['-c', '-i', PHRASE_RG], engine: page(FTS_PHRASE) },
  { kind: 'word, page of 20 ranked', args: ['sécurité'], rg: ['-i', 's[eé]curit[eé]'], engine: page('securite') },
  { kind: '`--kwic` (every line, date order)', args: [PHRASE, '--kwic'], rg: ['-o', '-i', PHRASE_RG], engine: EVERY },
  { kind: '`--kwic --jsonl` (doc order)', args: [PHRASE, '--kwic', '--jsonl'], rg: ['-o', '-i', '--json', PHRASE_RG], engine: EVERY },
  { kind: '`--jsonl --limit 1000`', args: [PHRASE, '--jsonl', '--limit', '1000'], rg: ['--json', '-i', PHRASE_RG], engine: `${EVERY} LIMIT 1000` },
  { kind: '`--jsonl` (every hit, doc order)', args: [PHRASE, '--jsonl'], rg: ['--json', '-i', PHRASE_RG], engine: EVERY },
];
