import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithDb, tempDir } from '../helpers/cli.js';
import { FIXTURES, SEEDS } from '../helpers/paths.js';

/*
 * A full `export --out` against the official Frictionless v1 profile of a tabular data package
 * (test/fixtures/frictionless/, draft-04 JSON Schema), checked with ajv: R's frictionless,
 * Python's frictionless and datapackage-js validate the descriptor with the same profile, and
 * refused the package while `countries` declared `"foreignKeys": []` (minItems 1; issue 17).
 */
function profileValidator() {
  const dir = join(FIXTURES, 'frictionless');
  // CommonJS packages: their default export is the module's `default` property under NodeNext
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  ajv.addSchema(JSON.parse(readFileSync(join(dir, 'dictionary.json'), 'utf8')) as object, 'schemas/dictionary.json');
  const profile = JSON.parse(readFileSync(join(dir, 'tabular-data-package.json'), 'utf8')) as object;
  return ajv.compile(profile);
}

describe('export --out passes the Frictionless v1 tabular-data-package profile', () => {
  const cli = cliWithDb();
  const out = tempDir('cybercorpus-frictionless-');
  const validate = profileValidator();
  beforeAll(() => {
    expect(cli.run(['add', SEEDS]).code).toBe(0);
  });
  afterAll(() => {
    cli.cleanup();
    out.cleanup();
  });

  it('the profile refuses an empty foreignKeys list (the validator can fail)', () => {
    const bad = {
      profile: 'tabular-data-package',
      name: 'x',
      resources: [{ name: 'countries', path: 'countries.csv', profile: 'tabular-data-resource',
        schema: { fields: [{ name: 'iso3', type: 'string' }], primaryKey: ['iso3'], foreignKeys: [] } }],
    };
    expect(validate(bad)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('foreignKeys');
  });

  it('the whole corpus exported with --out validates, every table with it', () => {
    const dir = join(out.dir, 'all');
    const r = cli.run(['export', '--out', dir]);
    expect(r.code).toBe(0);
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: { name: string }[] };
    const ok = validate(descriptor);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(ok).toBe(true);
    expect(descriptor.resources.map((x) => x.name)).toContain('countries');
  });
});
