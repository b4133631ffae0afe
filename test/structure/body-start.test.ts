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

describe('a declaration’s own preamble after its formula (80/173)', () => {
  // ../shared/akn-dev/A_RES_80_173.fr.xml: "*Adopte* le document final … ci‑après :", "Nous,
  // Ministres et chefs de délégation … les 16 et 17 décembre 2025,", its preamble ("*Rappelant* …,"),
  // then "*S’appuyant* sur le rapport d’examen … société de l’information," and "1. Nous réaffirmons …"
  it('reads the paragraph after the formula, ending with a comma, as preambular', async () => {
    const { parseText } = await import('../../src/parse.js');
    const md = [
      '# Assemblée générale',
      '',
      "#### 80/173. Examen d'ensemble de la mise en œuvre des textes issus du Sommet mondial sur la société de l'information",
      '',
      "*L'Assemblée générale*,",
      '',
      '*Adopte* le document final de la réunion de haut niveau, dont le texte figure ci-après :',
      '',
      "Nous, Ministres et chefs de délégation participant à la réunion de haut niveau de l'Assemblée générale, qui s'est tenue à New York les 16 et 17 décembre 2025,",
      '',
      "*S'appuyant* sur le rapport d'examen 20 ans après élaboré en avril 2025 par la Commission de la science et de la technique au service du développement,",
      '',
      "1. Nous réaffirmons notre attachement aux ambitions du Sommet mondial sur la société de l'information.",
    ].join('\n');
    const doc = await parseText(md, { path: '80-173.md' });
    expect(doc.paragraphs.filter((p) => p.kind !== 'title').map((p) => [p.kind, p.number])).toEqual([
      ['formula', null], ['operative', null], ['formula', null], ['preambular', null], ['operative', '1'],
    ]);
  });
});
