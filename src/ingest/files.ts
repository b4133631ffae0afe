import { statSync, accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { InputError } from '../errors.js';
import { isMetadataFile } from './declared.js';

/**
 * Expand `add` arguments (files, folders, globs) to absolute file paths, in a stable order,
 * without duplicates. Every argument must name something: a missing path or a glob that
 * matches nothing is an InputError.
 */
export function expandInputs(args: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (p: string) => {
    const abs = resolve(p);
    if (!seen.has(abs)) {
      seen.add(abs);
      out.push(abs);
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
      const files = fg.sync('**/*', { cwd: arg, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: true })
        .filter((f) => !isMetadataFile(f))
        .sort();
      if (files.length === 0) throw new InputError('folder has no files', arg);
      files.forEach(push);
    } else if (st?.isFile()) {
      checkReadable(arg);
      push(arg);
    } else if (st) {
      throw new InputError('not a regular file', arg);
    } else if (fg.isDynamicPattern(arg)) {
      const files = fg.sync(arg, { absolute: true, onlyFiles: true, dot: false }).filter((f) => !isMetadataFile(f)).sort();
      if (files.length === 0) throw new InputError('no file matches the pattern', arg);
      files.forEach(push);
    } else {
      throw new InputError('no such file or directory', arg);
    }
  }
  return out;
}

function checkReadable(path: string): void {
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new InputError('permission denied: cannot read the file', path);
  }
}
