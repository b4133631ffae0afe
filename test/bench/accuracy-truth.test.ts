/**
 * The accuracy harness's truth reader (bench/accuracy/truth.ts) on excerpts of the dev folder
 * (test/fixtures/accuracy/). Every expected value was read by hand from the XML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../bench/accuracy/page.js';
import { leadOf, readTruth, truthOf } from '../../bench/accuracy/truth.js';
import { FIXTURES } from '../helpers/paths.js';

const fixture = (name: string): string => join(FIXTURES, 'accuracy', name);
/** The XML prints non-breaking spaces (U+00A0, U+202F) before ";" ":" and inside numbers. */
const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/gu, ' ');

describe('truth of a short resolution whose only operative paragraph is unnumbered (75/19)', () => {
  const { truth } = readTruth(fixture('A_RES_75_19.fr.xml'));

  it('reads the preambular and the unnumbered operative paragraph', () => {
    expect(truth.paragraphs.map((p) => [p.kind, p.number, p.lead, p.footnotes])).toEqual([
      ['preambular', null, 'Ayant examiné', []],
      ['operative', null, 'Approuve', ['1']],
    ]);
    expect(truth.paragraphs[1]!.text).toBe('Approuve le rapport de la Commission de vérification des pouvoirs.');
  });

  it('reads the footnote, symbol, session and adoption date', () => {
    expect(truth.footnotes).toEqual([{ marker: '1', text: 'A/75/606.' }]);
    expect([truth.symbol, truth.session, truth.date]).toEqual(['A/RES/75/19', 75, '2020-12-01']);
  });
});

describe('truth of a budget text with points and ordinals (77/306)', () => {
  const { truth } = readTruth(fixture('A_RES_77_306.fr.xml'));
  const of = (kind: string) => truth.paragraphs.filter((p) => p.kind === kind);

  it('counts and numbers the paragraphs; the subheadings are not paragraphs', () => {
    expect(of('preambular').map((p) => p.lead)).toEqual(['Rappelant', 'Ayant examiné']);
    expect(of('operative').map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(of('operative').map((p) => p.lead)).toEqual([
      'Réaffirme', 'Prend note', 'Souscrit', 'Prend note', 'Prend note', 'Approuve', 'Décide', 'Décide',
    ]);
    expect(of('subparagraph').map((p) => p.number)).toEqual(['a)', 'b)', 'c)', 'd)']);
    expect(truth.paragraphs).toHaveLength(14);
  });

  it('joins an ordinal in <sup> to its number and keeps the list intro as the operative text', () => {
    expect(spaced(of('operative')[6]!.text)).toBe(
      'Décide que les dépenses du Centre de services régional pour l’exercice allant du 1er juillet 2023 au 30 juin 2024 seront financées comme suit :',
    );
    expect(of('subparagraph')[0]!.text.startsWith('le montant du solde inutilisé et des produits divers')).toBe(true);
  });

  it('reads the footnotes and where they are referenced', () => {
    expect(truth.footnotes.map((f) => f.marker)).toEqual(['1', '2', '3']);
    expect(truth.footnotes[0]!.text).toBe('A/77/612 et A/77/732.');
    expect(truth.footnotes[2]!.text).toBe('A/77/612.');
    expect(of('preambular')[1]!.footnotes).toEqual(['1', '2']);
    expect(of('operative')[4]!.footnotes).toEqual(['3']);
    expect([truth.symbol, truth.session, truth.date]).toEqual(['A/RES/77/306', 77, '2023-06-30']);
  });
});

describe('truth of a sectioned text (75/253 B, sections I and II)', () => {
  const { truth, page } = readTruth(fixture('A_RES_75_253B.excerpt.fr.xml'));
  const of = (kind: string) => truth.paragraphs.filter((p) => p.kind === kind);

  it('takes crossHeading refersTo="#preamble" as preambular paragraphs, section by section', () => {
    expect(of('preambular').map((p) => p.lead)).toEqual(['Ayant examiné', 'Rappelant', 'Rappelant également', 'Ayant examiné']);
  });

  it('numbers restart in each section; the closing "ainsi que …" paragraph is unnumbered', () => {
    expect(of('operative').map((p) => p.number)).toEqual(['1', '2', '3', '4', '1', '2', '3', '4', null]);
    expect(of('operative').map((p) => p.lead).slice(0, 8)).toEqual([
      'Prend acte', 'Souscrit', 'Ouvre', 'Ouvre également', 'Prend acte', 'Souscrits', 'Décide', 'Apprécie',
    ]);
    // the paragraph opens in roman type: its lead is not scored
    expect(of('operative')[8]!.lead).toBeNull();
  });

  it('reads unnumbered "a)\\t…" paragraphs as sub-paragraphs, the label out of the text', () => {
    expect(of('subparagraph').map((p) => p.number)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)']);
    expect(spaced(of('subparagraph')[1]!.text)).toBe('le ciblage des régimes à prestations définies ;');
  });

  it('prints the section numbers and titles as headings', () => {
    const headings = page.items.filter((i) => i.role === 'heading').map((i) => i.label);
    expect(headings).toEqual(['I', 'II']);
  });

  it('counts the note on the title line (after the part letter) among the footnotes', () => {
    expect(truth.footnotes.map((f) => f.marker)).toEqual(['1', '2', '3', '4', '5']);
    expect(truth.footnotes[0]!.text).toContain('soixante-quinzième session, Supplément no 49 (A/75/49), vol. I');
    expect([truth.symbol, truth.session, truth.date]).toEqual(['A/RES/75/253 B', 75, '2021-04-16']);
  });
});

describe('truth rules on small pieces', () => {
  it('a trailing article the italics take in is not part of the lead (80/38: *Rappelant le* succès)', () => {
    expect(leadOf([{ text: 'Rappelant le', italic: true }, { text: ' succès de la quatrième Conférence' }])).toBe('Rappelant');
    expect(leadOf([{ text: 'Se félicitant également de ', italic: true }, { text: 'la tenue' }])).toBe('Se félicitant également');
    expect(leadOf([{ text: 'Notant avec une vive préoccupation', italic: true }, { text: ' que la pandémie' }])).toBe(
      'Notant avec une vive préoccupation',
    );
    expect(leadOf([{ text: 'L’Assemblée générale tiendra quatre séances' }])).toBeNull();
  });

  const xml = (body: string): string =>
    `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><mainBody>${body}</mainBody></statement></akomaNtoso>`;

  it('a number printed with an empty paragraph numbers the next one (77/5 annex, para_10–11)', () => {
    const t = truthOf(
      readPage(
        xml(
          '<paragraph><num>1.</num><content><p xml:space="preserve"></p></content></paragraph>' +
            '<paragraph class="SingleTxt"><content><p>L’Assemblée générale tiendra quatre séances plénières :</p></content></paragraph>',
        ),
        'x.xml',
      ),
    );
    expect(t.paragraphs.map((p) => [p.kind, p.number])).toEqual([['operative', '1']]);
  });

  it('a space typed inside a superscript before its letters is no gap (76/16 note 7: n<sup> o</sup> 42671)', () => {
    const t = truthOf(
      readPage(
        xml(
          '<paragraph><num>1.</num><content><p><span class="italic">Rappelle</span> la Convention' +
            '<authorialNote marker="7"><p>Ibid., vol. 2368, n<sup> o</sup> 42671.</p></authorialNote> ;</p></content></paragraph>',
        ),
        'x.xml',
      ),
    );
    expect(t.footnotes).toEqual([{ marker: '7', text: 'Ibid., vol. 2368, no 42671.' }]);
  });

  it('an unnumbered paragraph in lower case continues one that ends with no punctuation (78/315), not after a label (80/162)', () => {
    const t = truthOf(
      readPage(
        xml(
          '<paragraph><num>2.</num><content><p><span class="italic">Engage vivement</span> les gouvernements … et les petits États insulaires en </p></content></paragraph>' +
            '<paragraph class="SingleTxt"><content><p>développement en vue de faciliter les préparatifs de la troisième Conférence.</p></content></paragraph>' +
            '<paragraph class="MercuryDocument"><content><p>\tb) Le lieu de livraison des marchandises … est situé dans un État Partie ; ou</p></content></paragraph>' +
            '<paragraph class="MercuryDocument"><content><p>\tc) Le lieu d’émission du document de cargaison négociable … est situé dans un État Partie.</p></content></paragraph>',
        ),
        'x.xml',
      ),
    );
    expect(t.paragraphs.map((p) => [p.kind, p.number])).toEqual([['operative', '2'], ['subparagraph', 'b)'], ['subparagraph', 'c)']]);
    expect(t.paragraphs[0]!.text).toBe('Engage vivement les gouvernements … et les petits États insulaires en développement en vue de faciliter les préparatifs de la troisième Conférence.');
  });

  it('a paragraph bold throughout is a heading (75/257 B: "Article premier")', () => {
    const t = truthOf(
      readPage(
        xml(
          '<paragraph class="H23"><content><p><span class="bold">\t\tArticle premier</span></p></content></paragraph>' +
            '<paragraph><num>1.</num><content><p><span class="italic">Décide</span> de …;</p></content></paragraph>',
        ),
        'x.xml',
      ),
    );
    expect(t.paragraphs.map((p) => [p.kind, p.number, p.lead])).toEqual([['operative', '1', 'Décide']]);
  });
});

describe('truth of the symbol where the XML contradicts itself', () => {
  const page = readPage(readFileSync(fixture('A_RES_75_19.fr.xml'), 'utf8'), 'A_RES_75_19.fr.xml');

  it('is the cover page symbol when the title prints the same number', () => {
    expect([page.symbol, page.number]).toEqual(['A/RES/75/19', '75/19.']);
    expect(truthOf(page).symbol).toBe('A/RES/75/19');
  });

  it('is unknown (not scored) when the title prints another number, as A_RES_78_60 does ("78/6.")', () => {
    expect(truthOf({ ...page, number: '75/1.' }).symbol).toBeNull();
  });
});
