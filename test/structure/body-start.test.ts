/**
 * How a resolution's body opens, in every format (issue 14): the last preambular paragraph(s)
 * printed at the start of mainBody, unnumbered and ending with a comma (76/118 and 12 other
 * files of the dev folder), and a declaration's own formula "Nous, chefs d’État …," (76/1).
 * Fixtures from ../shared/akn-dev: test/fixtures/akn/preamble-in-body-76-118.xml (the whole
 * file) and declaration-76-1.excerpt.xml (cover, preamble and the first paragraphs of the body).
 * The AKN file is read by the truth reader of the accuracy harness, by the AKN front-end, and
 * as its markdown and PDF-text renderings; every expected value was read in the XML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../bench/accuracy/page.js';
import { truthOf } from '../../bench/accuracy/truth.js';
import type { Document } from '../../src/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { fourWays } from './helpers.js';

const path = (name: string): string => join(FIXTURES, 'akn', name);

async function formats(name: string): Promise<Record<'akn' | 'markdown' | 'pdf', Document>> {
  const { akn, markdown, pdf } = await fourWays(path(name));
  return { akn, markdown, pdf };
}

const kinds = (doc: Document): Array<[string, string | null]> =>
  doc.paragraphs.filter((p) => ['preambular', 'operative', 'formula'].includes(p.kind)).map((p) => [p.kind, p.number]);

describe('a preambular paragraph printed at the start of the body (76/118)', async () => {
  const name = 'preamble-in-body-76-118.xml';
  const docs = await formats(name);
  // the XML: four `container`s, then mainBody's unnumbered "*Se réaffirmant résolue* à combattre
  // l’impunité …, conformément au droit international," then paragraphs 1 to 6
  const expected: Array<[string, string | null]> = [
    ['formula', null],
    ['preambular', null], ['preambular', null], ['preambular', null], ['preambular', null], ['preambular', null],
    ['operative', '1'], ['operative', '2'], ['operative', '3'], ['operative', '4'], ['operative', '5'], ['operative', '6'],
  ];

  it('is preambular in the truth of the accuracy harness', () => {
    const truth = truthOf(readPage(readFileSync(path(name), 'utf8'), name));
    expect(truth.paragraphs.filter((p) => p.kind === 'preambular').map((p) => p.lead)).toEqual([
      'Réaffirmant son attachement', 'Rappelant', 'Tenant compte', 'Notant', 'Se réaffirmant résolue',
    ]);
    expect(truth.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('is preambular from the AKN file, the markdown and the PDF text', () => {
    for (const doc of Object.values(docs)) expect(kinds(doc)).toEqual(expected);
    const fifth = docs.akn.paragraphs.filter((p) => p.kind === 'preambular')[4]!;
    expect(fifth.lead).toBe('Se réaffirmant résolue');
    expect(fifth.text.endsWith('conformément au droit international,')).toBe(true);
  });
});

describe('a declaration’s formula "Nous, chefs d’État …," in the body (76/1)', async () => {
  const name = 'declaration-76-1.excerpt.xml';
  const docs = await formats(name);
  // the XML: the formula, "*Adopte* la déclaration politique ci-après … :" (unnumbered), the
  // declaration's title as a heading, "Nous, chefs d’État … de Durban," then 1. and 2.
  const expected: Array<[string, string | null]> = [['formula', null], ['operative', null], ['formula', null], ['operative', '1'], ['operative', '2']];

  it('is a formula, not scored, in the truth', () => {
    const page = readPage(readFileSync(path(name), 'utf8'), name);
    const nous = page.items.find((i) => i.runs.some((r) => r.text.includes('Nous, chefs')));
    expect(nous?.role).toBe('formula');
    expect(truthOf(page).paragraphs.map((p) => [p.kind, p.number])).toEqual([['operative', null], ['operative', '1'], ['operative', '2']]);
  });

  it('is a formula from the AKN file, the markdown and the PDF text', () => {
    for (const doc of Object.values(docs)) expect(kinds(doc)).toEqual(expected);
    const nous = docs.akn.paragraphs.find((p) => p.text.startsWith('Nous,'))!;
    expect(nous.text.endsWith('Déclaration et du Programme d’action de Durban,')).toBe(true);
  });
});
