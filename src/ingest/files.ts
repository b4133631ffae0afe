import { createHash } from 'node:crypto';
import { accessSync, closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';
import { InputError, systemMessage } from '../errors.js';
import { checkFileSize } from '../parse.js';
import { isMetadataFile } from './declared.js';

/**
 * Expand `add` arguments (files, folders, globs) to absolute file paths, in a stable order,
 * each real file once (a file reached twice, through a symbolic or hard link, is added under
 * the first path that reached it). Every argument must name something: a missing path or a
 * glob that matches nothing is an InputError.
 */
export function expandInputs(args: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (p: string, st: Stats | null) => {
    const key = st ? `${st.dev}:${st.ino}` : resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(resolve(p));
    }
  };
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const files = filesUnder(arg);
      if (files.length === 0) throw new InputError('folder has no files', arg);
      for (const f of files) push(f.path, f.st);
    } else if (st?.isFile()) {
      checkReadable(arg);
      push(arg, st);
    } else if (st) {
      throw new InputError('not a regular file', arg);
    } else if (fg.isDynamicPattern(arg)) {
      // fast-glob follows symbolic links (a loop is cut off by the system's ELOOP limit): the
      // same file reached through a loop is added once by the inode check of push()
      const files = fg.sync(arg, { absolute: true, onlyFiles: true, dot: false }).filter((f) => !isMetadataFile(f)).sort();
      if (files.length === 0) throw new InputError('no file matches the pattern', arg);
      for (const f of files) push(f, statOrNull(f));
    } else {
      throw new InputError('no such file or directory', arg);
    }
  }
  return out;
}

/**
 * The regular files under a folder, sorted by path, hidden names and metadata files left out.
 * Symbolic links are followed, but never into a folder already walked: a link back to a parent
 * made fast-glob add one file 41 times (doc, doc~2 … doc~41; issue 18, item 5). Names are taken
 * as they are (a glob library read `back\slash.txt` as `back/slash.txt`; item 16). Unreadable
 * files are kept: `add` reports each one (and `--keep-going` adds the others).
 */
function filesUnder(root: string): { path: string; st: Stats }[] {
  const found: { path: string; st: Stats }[] = [];
  const walked = new Set<string>();
  const walk = (dir: string, st: Stats): void => {
    const key = `${st.dev}:${st.ino}`;
    if (walked.has(key)) return;
    walked.add(key);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (err) {
      throw new InputError(`cannot read the folder: ${systemMessage(err)}`, dir);
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const entry = statOrNull(path); // follows links; null for a link that leads nowhere
      if (entry?.isDirectory()) walk(path, entry);
      else if (entry?.isFile() && !isMetadataFile(path)) found.push({ path: resolve(path), st: entry });
      // devices, FIFOs and sockets in a folder are not documents (reading a FIFO would wait forever)
    }
  };
  walk(root, statSync(root));
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function checkReadable(path: string): void {
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new InputError('permission denied: cannot read the file', path);
  }
}

/** How much of a file hashFile reads at a time, into one buffer kept for the whole process. */
const HASH_CHUNK = 1024 * 1024;
let hashBuffer: Buffer | null = null;

/**
 * SHA-256 of a file (hex, as parse's sha256 of its bytes), read a chunk at a time into one buffer
 * reused for every file; a file larger than `add` takes is refused before it is read. Planning
 * an `add` hashes every file before storing the first; reading each whole made a buffer per file
 * (876 MB of them at x2000) that lived until the next garbage collection, and fresh pages
 * for each (issue 19: `add` memory flat at any corpus size).
 */
export function hashFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    checkFileSize(fstatSync(fd).size, path);
    const buffer = (hashBuffer ??= Buffer.allocUnsafe(HASH_CHUNK));
    const hash = createHash('sha256');
    for (let n = readSync(fd, buffer, 0, HASH_CHUNK, null); n > 0; n = readSync(fd, buffer, 0, HASH_CHUNK, null)) {
      hash.update(buffer.subarray(0, n));
    }
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}
