/**
 * Classes of resolutions of the dev folder the parser got wrong (issue 14), each on an excerpt
 * under test/fixtures/akn/ (named after its source in ../shared/akn-dev): read as the accuracy
 * harness's truth, and by the parser as AKN, as UN-page markdown and as PDF text (the harness's
 * renderings). Every expected value was read in the XML.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { fourWays } from './helpers.js';

const fixture = (name: string): string => join(FIXTURES, 'akn', name);
const scored = (doc: Document, kind: string): Array<string | null> => doc.paragraphs.filter((p) => p.kind === kind).map((p) => p.number);

describe('sub-paragraph labels go on after "z)" with "aa)" (75/192, operative 6)', async () => {
  // the excerpt: 6. "*Exhorte* la Fédération de Russie à :", its unnumbered paragraphs "a) honorer …",
  // "y) coopérer …", "z) créer …", "aa) fournir de manière continue …", then 7.
  const all = await fourWays(fixture('sublabel-aa-75-192.excerpt.xml'));

  it('reads "aa)" as a sub-paragraph in the truth and in every format', () => {
    expect(all.truth.paragraphs.filter((p) => p.kind === 'subparagraph').map((p) => p.number)).toEqual(['a)', 'y)', 'z)', 'aa)']);
    expect(all.truth.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual(['6', '7']);
    for (const doc of [all.akn, all.markdown, all.pdf]) {
      expect(scored(doc, 'subparagraph')).toEqual(['a)', 'y)', 'z)', 'aa)']);
      expect(scored(doc, 'operative')).toEqual(['6', '7']);
      const aa = doc.paragraphs.find((p) => p.number === 'aa)')!;
      expect(aa.text.startsWith('fournir de manière continue des informations')).toBe(true);
    }
  });
});

describe('an annex printed without an "Annexe" heading, after the meeting line (75/129)', async () => {
  // the excerpt: two preambular paragraphs, operative 1 and 2, "44e séance plénière" / "14 décembre
  // 2020", then the attachment (no preface): the bold title "Mandat du Fonds …", "I. . Création",
  // an unnumbered paragraph, "II. . Considérations générales", three unnumbered paragraphs
  const all = await fourWays(fixture('annex-untitled-75-129.excerpt.xml'));

  it('ends the resolution at the meeting line: the annex has no operative paragraph', () => {
    expect(all.truth.paragraphs.map((p) => [p.kind, p.number])).toEqual([
      ['preambular', null], ['preambular', null], ['operative', '1'], ['operative', '2'],
    ]);
    for (const doc of [all.akn, all.markdown, all.pdf]) {
      expect(scored(doc, 'preambular')).toEqual([null, null]);
      expect(scored(doc, 'operative')).toEqual(['1', '2']);
      const after = doc.paragraphs.slice(doc.paragraphs.findIndex((p) => p.text.startsWith('44e séance plénière')) + 1);
      expect(after.some((p) => p.text.startsWith('La Cour a pour rôle de régler'))).toBe(true);
      expect(after.filter((p) => p.kind === 'operative' || p.kind === 'preambular')).toEqual([]);
    }
  });
});

describe('a line printed under a table is part of it (76/238: State names after the scale)', async () => {
  // test/fixtures/akn/table-76-238.xml: 12. "*Décide* que le barème … sera le suivant :", the
  // table (three rows kept), then the unnumbered paragraph "Bolivie (État plurinational de)"
  const all = await fourWays(fixture('table-76-238.xml'));

  it('is no operative paragraph in the truth or in any format', () => {
    expect(all.truth.paragraphs.map((p) => [p.kind, p.number])).toEqual([['preambular', null], ['operative', '12']]);
    for (const doc of [all.akn, all.markdown, all.pdf]) {
      expect(scored(doc, 'operative')).toEqual(['12']);
      expect(doc.paragraphs.find((p) => p.text.startsWith('Bolivie'))?.kind).toBe('text');
    }
  });
});

describe('a paragraph whose content is only a subheading is a heading (77/128)', async () => {
  // the excerpt: component A's formula and preamble cut to one paragraph, then mainBody's
  // `<paragraph><content><p><subheading>I</subheading>`, `…Introduction…`, then 1. and 2.
  const all = await fourWays(fixture('subheading-77-128.excerpt.xml'));

  it('gives headings, not operative paragraphs, in the truth and in every format', () => {
    expect(all.truth.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual(['1', '2']);
    for (const doc of [all.akn, all.markdown, all.pdf]) {
      expect(scored(doc, 'operative')).toEqual(['1', '2']);
      expect(doc.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toContain('Introduction');
    }
  });
});

describe('a preamble container bold throughout is a heading (78/148)', () => {
  // ../shared/akn-dev/A_RES_78_148.fr.xml, container_10 to container_12 (texts cut after their
  // first words): "*Affirmant* qu’il importe …,", the bold "Couloirs de transport et de transit",
  // "*Réaffirmant* …,"
  const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
    <coverPage><p><docNumber refersTo="#symbol">A/RES/78/148</docNumber></p></coverPage>
    <preamble>
      <formula name="enactingFormula"><p><span class="italic">L’Assemblée générale</span>,</p></formula>
      <container name="Affirmant"><p><span class="italic">Affirmant</span> qu’il importe de promouvoir la connectivité des infrastructures et les transports durables,</p></container>
      <container name=""><p><span class="bold">Couloirs de transport et de transit</span></p></container>
      <container name="Réaffirmant"><p><span class="italic">Réaffirmant</span> le rôle des couloirs de transport et de transit,</p></container>
    </preamble>
    <mainBody><paragraph><num>1.</num><content><p><span class="italic">Prend note</span> du rapport du Secrétaire général ;</p></content></paragraph></mainBody>
  </statement></akomaNtoso>`;

  it('is not a preambular paragraph in the truth nor from the AKN file', async () => {
    const { readPage } = await import('../../bench/accuracy/page.js');
    const { truthOf } = await import('../../bench/accuracy/truth.js');
    const { parseText } = await import('../../src/parse.js');
    const truth = truthOf(readPage(xml, 'A_RES_78_148.excerpt.xml'));
    expect(truth.paragraphs.map((p) => [p.kind, p.lead])).toEqual([['preambular', 'Affirmant'], ['preambular', 'Réaffirmant'], ['operative', 'Prend note']]);
    const doc = await parseText(xml, { path: 'A_RES_78_148.excerpt.xml' });
    expect(doc.paragraphs.map((p) => [p.kind, p.text.slice(0, 20)])).toEqual([
      ['formula', 'L’Assemblée générale'], ['preambular', 'Affirmant qu’il impo'], ['heading', 'Couloirs de transpor'],
      ['preambular', 'Réaffirmant le rôle '], ['operative', 'Prend note du rappor'],
    ]);
  });
});
