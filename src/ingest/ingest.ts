import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CorpusError, InputError, InternalError, systemMessage } from '../errors.js';
import { parseBytes } from '../parse.js';
import type { Writer as WriterT } from '../store/write.js';
import { Writer } from '../store/write.js';
import { beginWrite, endWrite, type Db, type WriteWait } from '../store/store.js';
import type { Document, DocumentMeta } from '../types.js';
import { allCountries } from '../lexicon/countries.js';
import { linkAliases } from '../query/links.js';
import { declaredFor } from './declared.js';
import { hashFile } from './files.js';
import { parserRevision } from './revision.js';
import type { ParseJob, ParseReply } from './worker.js';
import { withParts } from '../walk.js';

export interface IngestOptions {
  /** add the files that parse and report the others, instead of adding nothing */
  keepGoing?: boolean;
  /** called after each file (for a progress display) */
  onProgress?: (done: number, total: number, path: string) => void;
  /** parse in worker threads: 'auto' (default) uses them for larger batches */
  workers?: number | 'auto';
  /** metadata declared for every file, before the sidecar/manifest (used for the bundled seeds) */
  declared?: (path: string) => DocumentMeta;
  /** how long to wait for another process that is writing the corpus */
  wait?: WriteWait;
}

export interface IngestNote {
  kind: 'renamed' | 'same-content';
  message: string;
}

export interface IngestReport {
  added: string[];
  replaced: string[];
  unchanged: string[];
  failed: { path: string; message: string; where?: string }[];
  /** things the user should know: ids made unique (`renamed`), files with the content of another (`same-content`) */
  notes: IngestNote[];
  /** false when nothing was written because a file failed (and keepGoing was off) */
  committed: boolean;
}

/**
 * A file to parse and store. Every job is made before the first is stored and kept to the end of
 * the run (10,000 at x2000), so it holds only what storing needs: the bytes are read again when
 * parsed, the hash served only to find unchanged files, and files without declared metadata
 * share one empty object and its JSON (issue 19: `add` memory flat at any corpus size).
 */
interface Pending {
  seq: number;
  path: string;
  declared: DocumentMeta;
  declaredJson: string;
  replaces: string | null;
}

const NO_DECLARED: DocumentMeta = Object.freeze({});
const NO_DECLARED_JSON = '{}';
/**
 * What a job's slot holds once the job is being stored: the jobs of a run are all planned first
 * (10,000 at x2000, ~140 bytes each with the path), and need not be kept to its end (issue 19).
 */
const SPENT: Pending = Object.freeze({ seq: -1, path: '', declared: NO_DECLARED, declaredJson: NO_DECLARED_JSON, replaces: null });

/**
 * Add files to the corpus in one transaction: unchanged files (same path, content, declared
 * metadata and parser) are skipped, changed ones replace their rows, new ones are added.
 * Without keepGoing, a failure rolls everything back and the report says so; every file is still
 * read and parsed, so that the report names every bad file, not only the first (issue 17).
 */
export async function ingest(db: Db, paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const report: IngestReport = { added: [], replaced: [], unchanged: [], failed: [], notes: [], committed: false };
  const stamp = { parser: parserRevision(), addedAt: new Date().toISOString() };
  const workers = workerCount(paths, options.workers ?? 'auto');
  // parsing starts with the first file that needs it, while the next ones are being hashed
  let parse: ParserPool | null = null;
  // planning reads the corpus: it is done inside the write transaction, or two `add` runs of the
  // same files at once both found them new and stored each twice (`b0`, `b0~2`; issue 18, item 3)
  beginWrite(db, options.wait);
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${ADD_CACHE_SIZE}`);
  let ok = false;
  try {
    const jobs = plan(db, paths, stamp.parser, options, report, (queued) => (parse ??= makeParser(queued, workers)).offer());
    ok = (parse === null || (await storeAll(db, jobs, parse, options, stamp, report))) && (options.keepGoing || report.failed.length === 0);
    return report;
  } finally {
    try {
      endWrite(db, ok);
      report.committed = ok;
    } finally {
      if (!ok) {
        report.added = [];
        report.replaced = [];
      }
      db.pragma(`cache_size = ${cacheSize}`);
      await (parse as ParserPool | null)?.close();
    }
  }
}

/**
 * SQLite's page cache while an `add` writes (KiB, negative as PRAGMA cache_size takes it):
 * 4 MB instead of better-sqlite3's 16 MB. The cache fills within seconds of a large add and
 * stays full to its end, outside the V8 heaps; the pages beyond it are spilled to the WAL, which
 * ended at the same size either way (337 MB at x200). Storing the x20 bench documents five times over (a 170 MB
 * database) cost the same CPU at 16, 4 and 2 MB (bench/add-store-cache.mjs, medians of 3:
 * ratios 0.92 and 0.98), and glibc's main arena at the end of `add` x200 went from ~27 to
 * ~14 MB (bench/add-memory.mjs; issue 19: `add` memory below 300 MiB).
 */
const ADD_CACHE_SIZE = -4000;

/**
 * Read and hash every file: unchanged ones go to the report, the others become jobs (`queued`
 * is called after each). A file that cannot be read goes to report.failed.
 */
function plan(db: Db, paths: string[], parser: string, options: IngestOptions, report: IngestReport,
  queued: (jobs: Pending[]) => void): Pending[] {
  const byPath = db.prepare('SELECT id, source_sha256 AS sha, declared, parser FROM documents WHERE source_path = ? AND parent_id IS NULL');
  const byHash = db.prepare('SELECT id, source_path AS path FROM documents WHERE source_sha256 = ? AND declared = ? AND parser = ? AND parent_id IS NULL AND source_path <> ?');
  const jobs: Pending[] = [];
  let done = 0;
  for (const path of paths) {
    let hash: string;
    let declared: DocumentMeta;
    try {
      hash = hashFile(path);
      declared = { ...(options.declared?.(path) ?? {}), ...declaredFor(path) };
    } catch (err) {
      report.failed.push(failure(path, err));
      options.onProgress?.(++done, paths.length, path);
      continue;
    }
    let declaredJson = JSON.stringify(declared);
    if (declaredJson === NO_DECLARED_JSON) {
      declared = NO_DECLARED;
      declaredJson = NO_DECLARED_JSON;
    }
    const old = byPath.get(path) as { id: string; sha: string; declared: string; parser: string } | undefined;
    if (old && old.sha === hash && old.declared === declaredJson && old.parser === parser) {
      report.unchanged.push(old.id);
      options.onProgress?.(++done, paths.length, path);
      continue;
    }
    const twin = old ? undefined : (byHash.get(hash, declaredJson, parser, path) as { id: string; path: string } | undefined);
    if (twin) {
      report.unchanged.push(twin.id);
      report.notes.push({ kind: 'same-content', message: `${path} has the same content as ${twin.path} (${twin.id}); not added again` });
      options.onProgress?.(++done, paths.length, path);
      continue;
    }
    jobs.push({ seq: jobs.length, path, declared, declaredJson, replaces: old?.id ?? null });
    queued(jobs);
  }
  return jobs;
}

/**
 * Parse and store the jobs in order, inside the caller's transaction. False when a file failed
 * without keepGoing: the caller then rolls everything back. Once a file has failed without
 * keepGoing, the others are only parsed (to report their failures), not stored.
 */
async function storeAll(db: Db, jobs: Pending[], parse: ParserPool, options: IngestOptions,
  stamp: { parser: string; addedAt: string }, report: IngestReport): Promise<boolean> {
  const total = report.unchanged.length + jobs.length + report.failed.length;
  let done = total - jobs.length;
  const writer = new Writer(db);
  const ids = new TakenIds(db);
  syncCountries(db);
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    const result = await parse.next(job);
    // parsed: the pool reads only the jobs after this one from now on
    jobs[i] = SPENT;
    if (result instanceof Error) {
      report.failed.push(failure(job.path, result));
      options.onProgress?.(++done, total, job.path);
      continue;
    }
    if (!options.keepGoing && report.failed.length > 0) {
      options.onProgress?.(++done, total, job.path);
      continue;
    }
    store(db, writer, result, job, { ...stamp, declared: job.declaredJson }, report, ids);
    options.onProgress?.(++done, total, job.path);
  }
  if (report.failed.length > 0 && !options.keepGoing) return false;
  linkAliases(db);
  writer.tidyIndexes();
  return true;
}

/** The countries table is the gazetteer of this version (for joins in SQL and exports). */
function syncCountries(db: Db): void {
  const put = db.prepare('INSERT OR REPLACE INTO countries (iso3, name_fr, name_en, kind) VALUES (?, ?, ?, ?)');
  for (const c of allCountries()) put.run(c.iso3, c.fr, c.en, c.kind);
}

function store(db: Db, writer: WriterT, doc: Document, job: Pending,
  stamp: { parser: string; addedAt: string; declared: string }, report: IngestReport, ids: TakenIds): void {
  if (job.replaces) {
    writer.delete(job.replaces);
    // the replaced document's ids (and its parts') are free again
    ids.clear();
  }
  uniquifyIds(ids, doc, report);
  writer.insert(doc, stamp);
  ids.stored();
  (job.replaces ? report.replaced : report.added).push(doc.id);
}

/**
 * The ids taken in the corpus, per id as parsed (`A/78/L.11` → the `~k` suffixes taken, 1 for
 * the bare id), read once per id by one query and kept up to date while an `add` stores its
 * documents. Probing `id`, `id~2`, `id~3`… one query each cost the square of the copies: ~15 s
 * of CPU for the 2,000 copies of each seed in the x2000 bench corpus (issue 19).
 *
 * Only ids with copies are remembered past their document. An id found free and handed out bare
 * is forgotten once its document is stored (`stored`): the database answers for it from then on,
 * in the one query a later copy would cost anyway. Most ids are unique (a file name, a part's
 * `#CUB`): kept to the end of the run, their entries (the id, a Set, an object: ~400 bytes) were
 * what grew in the main thread's heap, 13,500 at x500 and 54,000 at x2000 (issue 19: `add`
 * memory flat at any corpus size; bench/add-memory.mjs and heap snapshots, fifth session).
 */
class TakenIds {
  /**
   * Per id as parsed: the first instance of that string (the notes share it), the smallest k not
   * yet handed out, and the taken suffixes from `free` on; those below are dropped as `free`
   * passes them (never asked again), so that an entry stays small however many copies are stored.
   */
  private readonly byBase = new Map<string, { base: string; taken: Set<number>; free: number }>();
  /** the ids handed out bare since the last `stored`, read free from the database */
  private readonly fresh: string[] = [];
  // ids sort as bytes: every `base~…` lies between `base~` and `base` followed by U+007F
  private readonly read: ReturnType<Db['prepare']>;

  constructor(db: Db) {
    this.read = db.prepare("SELECT id FROM documents WHERE id = @base OR (id >= @base || '~' AND id < @base || char(127))").pluck();
  }

  /**
   * The id a document parsed as `base` is stored as: `base`, else `base~k` with the smallest free
   * k ≥ 2, and then the note that says so.
   */
  take(base: string): { id: string; note: RenamedNote | null } {
    let entry = this.byBase.get(base);
    if (entry === undefined) {
      const taken = new Set<number>();
      for (const id of this.read.all({ base }) as string[]) {
        if (id === base) taken.add(1);
        else if (/^~[1-9]\d*$/.test(id.slice(base.length))) taken.add(Number(id.slice(base.length + 1)));
      }
      entry = { base, taken, free: 1 };
      this.byBase.set(base, entry);
    }
    while (entry.taken.delete(entry.free)) entry.free++;
    const k = entry.free++;
    if (k === 1) this.fresh.push(base);
    return k === 1 ? { id: base, note: null } : { id: `${base}~${k}`, note: new RenamedNote(entry.base, k) };
  }

  /**
   * The ids handed out since the last call are in the database now: forget those that were
   * free and got no copy since (the bare id handed out, no suffix taken), so that the entries
   * kept are those of ids with copies. Until then the entries stand, for a document whose parts
   * repeat an id.
   */
  stored(): void {
    for (const base of this.fresh) {
      const entry = this.byBase.get(base);
      if (entry !== undefined && entry.free === 2 && entry.taken.size === 0) this.byBase.delete(base);
    }
    this.fresh.length = 0;
  }

  /** Forget what was read: documents were deleted. */
  clear(): void {
    this.byBase.clear();
    this.fresh.length = 0;
  }
}

/**
 * A `renamed` note keeps the id as parsed and the suffix, and writes its message when asked: an
 * `add` of many copies has a note per document and part (15,500 at x500, 62,000 at x2000), all
 * kept to the end of the run. The messages were half of what the main thread's live heap gained
 * over it; then each note's two ids (the parsed one a string of its own per document, the new one
 * held by the note alone for a part): ~110 bytes a note, ~7 MB at x2000, which V8's heap pacing
 * multiplies in the peak. Now two fields and an id string shared by every copy (issue 19: `add`
 * memory flat at any size).
 */
class RenamedNote implements IngestNote {
  constructor(private readonly from: string, private readonly k: number) {}
  get kind(): 'renamed' {
    return 'renamed';
  }
  get message(): string {
    return `${this.from} is already in the corpus from another file; this one is stored as ${this.from}~${this.k}`;
  }
}

/** Ids are symbols when known; a second document with the same symbol gets `~2`, `~3`… */
function uniquifyIds(ids: TakenIds, doc: Document, report: IngestReport): void {
  for (const d of withParts(doc)) {
    const { id, note } = ids.take(d.id);
    if (note) {
      report.notes.push(note);
      d.id = id;
    }
  }
}

function failure(path: string, err: unknown): { path: string; message: string; where?: string } {
  if (err instanceof CorpusError) return { path, message: err.message, where: err.where ?? path };
  // a file of a folder that cannot be read (EACCES, EISDIR, vanished): not a bug (issue 18, item 16)
  if (typeof (err as NodeJS.ErrnoException)?.code === 'string') return { path, message: unreadable(path, err).message, where: path };
  return { path, message: `internal error: ${(err as Error)?.message ?? String(err)}`, where: path };
}

/* ------------------------------------------------------------ parsing pool */

interface ParserPool {
  /** jobs were added: queue some on idle workers */
  offer(): void;
  next(job: Pending): Promise<Document | Error>;
  close(): Promise<void>;
}

/**
 * Worker threads besides the main thread, which parses too. A worker costs a start (~0.1 s), a
 * heap of its own and a second JIT warm-up, which only pay off on large batches: on two cores,
 * the bench corpora took 3.2 s alone against 3.5 s with a worker at 9 MB (x20), 6.6 s against
 * 6.2 s at 22 MB (x50), 27 s against 23 s at 90 MB (x200). Larger batches use one worker per
 * further core.
 */
const WORKER_MIN_BYTES = 16 * 1024 * 1024;

/**
 * A worker's young generation (MB). Parsing allocates fast, and V8 lets a busy isolate's young
 * generation grow to 48 MB; at 24, `add` of the x200 bench corpus peaked ~20 MB lower at the
 * same speed. (Capping the old generation instead costs 10 % and more: below 1 GB, V8 lets
 * the heap grow less between collections.)
 */
const WORKER_YOUNG_MB = 24;

function workerCount(paths: string[], requested: number | 'auto'): number {
  if (requested !== 'auto') return Math.max(0, requested);
  if (paths.length < 4) return 0;
  let bytes = 0;
  for (const path of paths) {
    try {
      bytes += statSync(path).size;
    } catch {
      // unreadable: reported when it is read
    }
  }
  if (bytes < WORKER_MIN_BYTES) return 0;
  return Math.max(1, Math.min(availableParallelism() - 1, 3));
}

/** Parse one job on the calling thread (the file is read again: its bytes were not kept). */
async function parseHere(job: Pending): Promise<Document | Error> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(job.path);
  } catch (err) {
    return unreadable(job.path, err);
  }
  return parseBytes(bytes, { path: job.path, declared: job.declared }).catch((e: unknown) => toError(e));
}

function makeParser(jobs: Pending[], n: number): ParserPool {
  if (n === 0) return { offer: () => {}, next: parseHere, close: async () => {} };
  return new ParsePool(jobs, n);
}

/** A file that could be hashed but not read again when its turn to be parsed came. */
function unreadable(path: string, err: unknown): InputError {
  return new InputError(`cannot read the file: ${systemMessage(err)}`, path);
}

function toError(e: unknown): Error {
  return e instanceof Error ? e : new InternalError(String(e));
}

/**
 * Parses jobs on n worker threads and on the main thread, and hands the results back in job
 * order. Each worker has up to two jobs queued, so that it keeps working while the main thread
 * is busy parsing or storing; the main thread parses the next job itself whenever the result it
 * needs is not ready. At most `window` jobs are in flight from the one being stored on: two per
 * worker (one parsing, one queued) and the main thread's own, so no finished document waits
 * for a free slot, and memory stays flat however many files there are. (One more slot let
 * documents pile up now and then: `add` of the x200 bench corpus peaked anywhere from 273 to
 * 311 MB, against 271 to 274 MB with these, for 2 % more time.)
 */
class ParsePool implements ParserPool {
  private readonly workers: Worker[] = [];
  /** the jobs queued on each worker */
  private readonly queued = new Map<Worker, Set<number>>();
  private readonly results = new Map<number, Document | Error>();
  private readonly waiters = new Map<number, (r: Document | Error) => void>();
  private nextToSend = 0;
  /** the job being waited for */
  private consumed = 0;
  private readonly window: number;

  constructor(private readonly jobs: Pending[], n: number) {
    this.window = 2 * n + 1;
    for (let i = 0; i < n; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      w.on('message', (reply: ParseReply) => this.onReply(w, reply));
      w.on('error', (err) => this.onCrash(w, err));
      this.workers.push(w);
      this.queued.set(w, new Set());
    }
  }

  async next(job: Pending): Promise<Document | Error> {
    this.consumed = job.seq;
    for (;;) {
      this.pump();
      const ready = this.results.get(job.seq);
      if (ready !== undefined) {
        this.results.delete(job.seq);
        return ready;
      }
      if (this.nextToSend < this.jobs.length && this.nextToSend < job.seq + this.window) {
        // the result needed is not ready: parse the next job here meanwhile
        const here = this.jobs[this.nextToSend++]!;
        this.deliver(here.seq, await parseHere(here));
        // let the workers' replies in (and send them more work) before going on
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      return new Promise((resolve) => this.waiters.set(job.seq, resolve));
    }
  }

  offer(): void {
    this.pump();
  }

  /** Queue jobs on the workers that have fewer than two, within the window. */
  private pump(): void {
    for (const [w, queue] of this.queued) {
      while (queue.size < 2 && this.nextToSend < this.jobs.length && this.nextToSend < this.consumed + this.window) {
        const job = this.jobs[this.nextToSend++]!;
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(job.path);
        } catch (err) {
          this.deliver(job.seq, unreadable(job.path, err));
          continue;
        }
        const message: ParseJob = { seq: job.seq, path: job.path, bytes, declared: job.declared };
        w.postMessage(message);
        queue.add(job.seq);
      }
    }
  }

  private onReply(w: Worker, reply: ParseReply): void {
    this.queued.get(w)?.delete(reply.seq);
    this.deliver(reply.seq, reply.ok ? reply.doc : rebuild(reply.error));
    this.pump();
  }

  private deliver(seq: number, result: Document | Error): void {
    const waiter = this.waiters.get(seq);
    if (waiter) {
      this.waiters.delete(seq);
      waiter(result);
    } else {
      this.results.set(seq, result);
    }
  }

  /** A worker that died fails the jobs queued on it, and gets no more. */
  private onCrash(w: Worker, err: Error): void {
    const queue = this.queued.get(w);
    this.queued.delete(w);
    for (const seq of queue ?? []) this.deliver(seq, new InternalError(`parser worker crashed: ${err.message}`));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function rebuild(e: { name: string; message: string; where?: string; stack?: string }): Error {
  const err = e.name === 'InputError' ? new InputError(e.message, e.where) : new InternalError(e.message, e.where);
  if (e.stack) err.stack = e.stack;
  return err;
}
