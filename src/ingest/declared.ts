import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { DocumentMeta } from '../types.js';

/**
 * Declared metadata: what is known about a file but not printed in it (docs/metadata.md).
 *  - a sidecar `FILE.meta.json` holding one DocumentMeta object, or
 *  - a manifest `cybercorpus.json` in the file's folder: `{ "documents": { "<file name>": DocumentMeta } }`.
 * The sidecar wins over the manifest. Declared values win over what is read from the text.
 */
export const MANIFEST_NAME = 'cybercorpus.json';
export const SIDECAR_SUFFIX = '.meta.json';

const FIELDS: Record<keyof DocumentMeta, 'string' | 'number' | 'string[]'> = {
  symbol: 'string', aliases: 'string[]', kind: 'string', title: 'string', organ: 'string', committee: 'string',
  session: 'number', agenda_item: 'string', date: 'string', distribution: 'string', language: 'string',
  original_languages: 'string[]', continues: 'string[]',
};
/**
 * The camelCase names of the first version (issue 17 made every name snake_case): still read, as
 * the snake_case field, so that metadata files written for 0.1 keep working.
 */
const LEGACY: Readonly<Record<string, keyof DocumentMeta>> = { agendaItem: 'agenda_item', originalLanguages: 'original_languages' };
const KINDS = ['draft-resolution', 'resolution', 'draft-decision', 'decision', 'report', 'submission', 'other'];

/** Files that carry metadata rather than documents; `add DIR` skips them. */
export function isMetadataFile(path: string): boolean {
  const name = basename(path);
  return name === MANIFEST_NAME || name.endsWith(SIDECAR_SUFFIX);
}

const manifestCache = new Map<string, Record<string, DocumentMeta>>();

export function declaredFor(path: string): DocumentMeta {
  const sidecar = path + SIDECAR_SUFFIX;
  if (existsSync(sidecar)) return validate(readJson(sidecar), sidecar);
  const dir = dirname(path);
  let manifest = manifestCache.get(dir);
  if (!manifest) {
    manifest = {};
    const file = join(dir, MANIFEST_NAME);
    if (existsSync(file)) {
      const json = readJson(file) as { documents?: unknown };
      if (typeof json !== 'object' || json === null || typeof json.documents !== 'object' || json.documents === null) {
        throw new InputError('manifest must be an object with a "documents" object', file);
      }
      for (const [name, meta] of Object.entries(json.documents as Record<string, unknown>)) {
        manifest[name] = validate(meta, `${file}: ${name}`);
      }
    }
    manifestCache.set(dir, manifest);
  }
  return manifest[basename(path)] ?? {};
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`invalid metadata JSON: ${(err as Error).message}`, file);
  }
}

function validate(value: unknown, where: string): DocumentMeta {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('declared metadata must be a JSON object', where);
  }
  const meta: Record<string, unknown> = {};
  for (const [given, v] of Object.entries(value)) {
    const key = LEGACY[given] ?? given;
    meta[key] = v;
    const type = FIELDS[key as keyof DocumentMeta];
    if (!type) throw new InputError(`unknown metadata field '${key}' (known: ${Object.keys(FIELDS).join(', ')})`, where);
    const ok = v === null
      || (type === 'string' && typeof v === 'string')
      || (type === 'number' && Number.isInteger(v))
      || (type === 'string[]' && Array.isArray(v) && v.every((x) => typeof x === 'string'));
    if (!ok) throw new InputError(`metadata field '${key}' must be ${type === 'string[]' ? 'a list of strings' : `a ${type}`}`, where);
    if (key === 'kind' && v !== null && !KINDS.includes(v as string)) {
      throw new InputError(`metadata field 'kind' must be one of ${KINDS.join(', ')}`, where);
    }
  }
  return meta as DocumentMeta;
}
