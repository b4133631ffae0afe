import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../errors.js';
import type { Document } from '../types.js';
import type { Context } from './context.js';

/**
 * A document named on the command line: from the corpus, or (a file path not in the corpus)
 * parsed on the fly without being stored. `note` is for stderr.
 */
export async function loadRef(ctx: Context, ref: string): Promise<{ doc: Document; stored: boolean; note?: string }> {
  const db = await ctx.open();
  const { resolveRef } = await import('../query/refs.js');
  const r = resolveRef(db, ref);
  if (r.kind === 'file') {
    let bytes: Buffer;
    try {
      bytes = readFileSync(r.path);
    } catch (err) {
      throw new InputError(`cannot read the file: ${(err as Error).message}`, r.path);
    }
    const { parseBytes } = await import('../parse.js');
    const { declaredFor } = await import('../ingest/declared.js');
    return { doc: await parseBytes(bytes, { path: r.path, declared: declaredFor(r.path) }), stored: false };
  }
  const { loadDocument } = await import('../store/documents.js');
  const doc = loadDocument(db, r.id);
  if (!doc) throw new UsageError(`no document '${r.id}'`);
  return { doc, stored: true, ...(r.note ? { note: r.note } : {}) };
}
