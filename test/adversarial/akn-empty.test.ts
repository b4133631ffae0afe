/**
 * Issue 18, item 18: `<akomaNtoso/>` was stored as a plain-text document. An Akoma Ntoso file
 * with no document in it is an error, however it is written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithDb } from '../helpers/cli.js';
import { storedIds } from './corpus.js';

let c: ReturnType<typeof cliWithDb>;
beforeAll(() => {
  c = cliWithDb();
});
afterAll(() => c?.cleanup());

describe('an Akoma Ntoso file with no document', () => {
  const cases: Record<string, string> = {
    'self-closed.xml': '<akomaNtoso/>',
    'self-closed-ns.xml': '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>\n',
    'prefixed.xml': '<akn:akomaNtoso xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>',
    'open-close.xml': '<akomaNtoso>\n</akomaNtoso>\n',
  };
  for (const [name, xml] of Object.entries(cases)) {
    it(`${name}: ${xml.replace(/\n/g, ' ').slice(0, 60)}`, () => {
      const path = join(c.db, '..', name);
      writeFileSync(path, xml);
      const r = c.run(['add', path]);
      expect(r.stderr).toBe(`cybercorpus: empty Akoma Ntoso document: no document element inside <akomaNtoso> (${path})\n`);
      expect(r.code).toBe(2);
      expect(storedIds(c.db)).toEqual([]);
    });
  }
});
