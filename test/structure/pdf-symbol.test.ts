/**
 * Issue 14, PDF text: the symbol of a resolution is the one its running header prints on every
 * page, also where the number before the title says less (part letters printed on lines of
 * their own) or has a slip. Excerpts (first pages) of the accuracy harness's PDF renderings of
 * ../shared/akn-dev files; the expected values were read in the XML.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';
import { parseFile } from './helpers.js';

const fixture = (name: string): string => join(FIXTURES, 'resolutions', name);

describe('the symbol of a PDF resolution', () => {
  it('A/RES/76/247 A-C: the part letters of the header, not "76/247." / "A" under the title', async () => {
    // A_RES_76_247.fr.xml: cover `<docNumber refersTo="#symbol">A/RES/76/247 A-C</docNumber>`,
    // preface `<docNumber>76/247.</docNumber>`, first part `<docNumber>A</docNumber>`
    const doc = await parseFile(fixture('A_RES_76_247_excerpt.txt'));
    expect(doc.symbol).toBe('A/RES/76/247 A-C');
    expect(doc.session).toBe(76);
  });

  it('A/RES/78/60: the header\'s number, not the title\'s slip "78/6."', async () => {
    // A_RES_78_60.fr.xml: cover `<docNumber refersTo="#symbol">A/RES/78/60</docNumber>`,
    // preface `<docNumber>78/6.</docNumber>`
    const doc = await parseFile(fixture('A_RES_78_60_excerpt.txt'));
    expect(doc.symbol).toBe('A/RES/78/60');
    expect(doc.title).toBe('Centres régionaux des Nations Unies pour la paix et le désarmement');
  });
});
