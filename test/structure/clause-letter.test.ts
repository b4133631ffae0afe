/**
 * A lettered clause of a list that ends on its conjunction is no title (issue 14): the
 * Convention annexed to ../shared/akn-dev/A_RES_80_162.fr.xml, article 1, paragraph 7: "Le terme
 * « document de transport » désigne un document qui :" / "a) Constate ou contient le contrat de
 * transport ; et" / "b) Constate la prise en charge des marchandises …" (`point`s a) and b)).
 * Fixture: test/fixtures/markdown/clause-letter-80-162.md (the preamble and paragraph 1 written
 * for the test, the annex's lines verbatim, apostrophes straight as on the UN pages).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';
import { ofKind, parseFile } from './helpers.js';

describe('"a) Constate ou contient le contrat de transport ; et" (80/162 annex)', () => {
  it('is a sub-paragraph, as b) is, not a heading', async () => {
    const doc = await parseFile(join(FIXTURES, 'markdown', 'clause-letter-80-162.md'));
    expect(ofKind(doc, 'subparagraph').map((p) => [p.number, p.text])).toEqual([
      ['a)', 'Constate ou contient le contrat de transport ; et'],
      ['b)', 'Constate la prise en charge des marchandises en vue de leur transport aux termes du contrat de transport.'],
    ]);
  });
});
