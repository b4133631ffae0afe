/**
 * `export --out DIR`: every table as CSV plus `datapackage.json`, a Frictionless Tabular Data
 * Package (https://specs.frictionlessdata.io/tabular-data-package/) so that R (frictionless,
 * readr), pandas/frictionless-py and spreadsheets load the tables typed and linked.
 *
 * All tables are read in one read transaction (one snapshot of the corpus). Each file is
 * written under a temporary name in DIR and renamed when every file is complete,
 * datapackage.json last: no half-written file ever carries a final name.
 */
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentFilter } from '../query/filters.js';
import { NO_FILTER, selectsAllDocuments } from '../query/filters.js';
import type { Db } from '../store/store.js';
import { writeTable } from './format.js';
import { outputError } from '../errors.js';
import { FdSink } from './sink.js';
import type { TableDef } from './tables.js';
import { TABLES, tableRows } from './tables.js';

export interface ResourceInfo {
  name: string;
  path: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface PackageOptions {
  filter?: DocumentFilter;
  bom?: boolean;
  /** for the descriptor: the cybercorpus version that wrote it */
  version?: string;
}

/** The Frictionless descriptor of the package (fields, types, keys) for the written files. */
export function packageDescriptor(resources: ResourceInfo[], options: PackageOptions & { filtered?: boolean } = {}): object {
  return {
    profile: 'tabular-data-package',
    name: 'cybercorpus',
    title: 'cybercorpus export: UN General Assembly documents on ICT and international security',
    created: new Date().toISOString(),
    ...(options.version ? { version: options.version } : {}),
    ...(options.filtered ? { description: 'A filtered subset of the corpus (see docs/export.md).' } : {}),
    resources: resources.map((r) => {
      const t = TABLES.find((x) => x.name === r.name)!;
      return {
        name: t.name,
        path: r.path,
        profile: 'tabular-data-resource',
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: options.bom ? 'utf-8-sig' : 'utf-8',
        bytes: r.bytes,
        hash: `sha256:${r.sha256}`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: schemaOf(t),
      };
    }),
  };
}

export function schemaOf(t: TableDef): object {
  return {
    fields: t.columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.type === 'date' ? { format: 'default' } : {}),
      description: c.description,
      ...(c.required ? { constraints: { required: true } } : {}),
    })),
    missingValues: [''],
    primaryKey: t.primaryKey,
    // the v1 profile wants at least one foreign key where the list is given: a table without
    // (countries) leaves it out; `"foreignKeys": []` was refused by every validator (issue 17)
    ...(t.foreignKeys.length > 0 ? {
      foreignKeys: t.foreignKeys.map((fk) => ({
        fields: fk.fields,
        // Frictionless: an empty resource name refers to the resource itself
        reference: { resource: fk.reference.resource === t.name ? '' : fk.reference.resource, fields: fk.reference.fields },
      })),
    } : {}),
  };
}

/** Write the package into `dir` (created if needed). Returns what was written. */
export async function writePackage(db: Db, dir: string, options: PackageOptions = {}): Promise<ResourceInfo[]> {
  const out = resolve(dir);
  try {
    mkdirSync(out, { recursive: true });
    if (!statSync(out).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    throw outputError('create the output folder', dir, err);
  }
  const filter = options.filter ?? NO_FILTER;
  const tag = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  const temps: { tmp: string; final: string }[] = [];
  const resources: ResourceInfo[] = [];
  try {
    db.exec('BEGIN');
    try {
      for (const t of TABLES) {
        const path = `${t.name}.csv`;
        const tmp = join(out, `.${path}${tag}`);
        temps.push({ tmp, final: join(out, path) });
        const sink = FdSink.create(tmp, { hash: true });
        let rows: number;
        try {
          rows = await writeTable(sink, 'csv', t.columns, tableRows(db, t, t.columns, { filter, package: true }), { bom: options.bom });
          await sink.end();
        } catch (err) {
          sink.abort();
          throw err;
        }
        resources.push({ name: t.name, path, rows, bytes: sink.bytes, sha256: sink.digest()! });
      }
    } finally {
      db.exec('COMMIT');
    }
    const descriptor = JSON.stringify(packageDescriptor(resources, { ...options, filtered: !selectsAllDocuments(filter) || filter.paragraphKinds.length > 0 }), null, 2) + '\n';
    const tmp = join(out, `.datapackage.json${tag}`);
    temps.push({ tmp, final: join(out, 'datapackage.json') });
    const sink = FdSink.create(tmp);
    try {
      await sink.write(descriptor);
      await sink.end();
    } catch (err) {
      sink.abort();
      throw err;
    }
    for (const { tmp: from, final } of temps) {
      try {
        renameSync(from, final);
      } catch (err) {
        throw outputError('write', final, err);
      }
    }
  } catch (err) {
    for (const { tmp } of temps) rmSync(tmp, { force: true });
    throw err;
  }
  return resources;
}
