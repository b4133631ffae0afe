/**
 * cybercorpus as a library: the same pipeline the CLI uses, returning data and throwing typed
 * errors (it never prints or exits). ESM; Node 20+.
 *
 *   import { parseBytes, openStore, ingest, search, diffDocuments } from 'cybercorpus';
 *   const db = openStore('corpus.db');
 *   await ingest(db, ['seeds/000_8767a694edae5b5e.txt']);
 *   for (const hit of search(db, "programme d'action")) console.log(hit.symbol, hit.snippet);
 */
export type * from './types.js';
export { CorpusError, UsageError, InputError, StoreError, OutputError, InternalError, formatError } from './errors.js';

// reading and parsing
export { decode } from './read/decode.js';
export { detectFormat } from './read/detect.js';
export { parseBytes, parseText, runFrontEnd, type ParseOptions } from './parse.js';
export { checkDocument } from './structure/check.js';
export { clean, fold, foldTypography } from './text/fold.js';
export { resolveCountry, countryByCode, allCountries, type Country } from './lexicon/countries.js';
export { normaliseSymbol } from './lexicon/symbols.js';

// the store
export { openStore, type Db } from './store/store.js';
export { ingest, type IngestOptions, type IngestReport } from './ingest/ingest.js';
export { expandInputs } from './ingest/files.js';
export { declaredFor } from './ingest/declared.js';
export { loadDocument } from './store/documents.js';
export { listDocuments, corpusStats } from './query/documents.js';
export { resolveRef, type Resolved } from './query/refs.js';
export { documentLinks } from './query/links.js';

// queries
export { search, searchPage, countMatches, countBy, kwic, prepareQuery, resolveFilters } from './query/search.js';
export { citedBy, citationTargets, citationsOf } from './query/citations.js';
export { listVotes, votesOfCountry } from './query/votes.js';
export { diffDocuments } from './diff/index.js';
