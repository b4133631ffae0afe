import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/structure/check.js';
import type { Document, Paragraph } from '../../src/types.js';
import { akn, seed } from '../helpers/paths.js';
import { comparable, countKinds, ofKind, parseFile } from './helpers.js';

/** Draft resolution I (seed lines 617–833): 16 preambular, 7 operative. */
const DRAFT_I_PREAMBLE = [
  'Rappelant', 'Notant', 'Affirmant', 'Notant', 'Confirmant', 'Soulignant', 'Se déclarant préoccupée',
  'Soulignant', 'Soulignant', 'Saluant', 'Soulignant', 'Réaffirmant', 'Réaffirmant également',
  'Réaffirmant en outre', 'Soulignant', 'Notant',
];
const DRAFT_I_OPERATIVE = ['Demande', 'Invite', 'Se félicite', 'Se félicite également', 'Note', 'Décide', 'Décide'];
/** Draft resolution II (seed lines 850–1131): 22 preambular, 5 operative. */
const DRAFT_II_PREAMBLE = [
  'Rappelant', 'Notant', 'Soulignant', 'Notant', 'Consciente', 'Notant', 'Affirmant', 'Confirmant',
  'Se déclarant préoccupée', 'Soulignant', 'Se déclarant préoccupée', 'Estimant', 'Soulignant', 'Notant',
  'Soulignant', 'Constatant', 'Rappelant', 'Confirmant', 'Confirmant', 'Réaffirmant', 'Considérant',
  'Soulignant',
];
const DRAFT_II_OPERATIVE = ['Décide', 'Décide', 'Décide également', 'Décide en outre', 'Décide'];

let doc: Document;
beforeAll(async () => {
  doc = await parseFile(seed('004'), { symbol: 'A/75/394' });
});

const leads = (d: Document | undefined, kind: Paragraph['kind']) => ofKind(d as Document, kind).map((p) => p.lead);

describe('seed 004 (PDF-text report of the First Committee, A/75/394)', () => {
  it('takes the declared symbol and what it implies; prints no cover page', () => {
    expect([doc.symbol, doc.kind, doc.organ, doc.session]).toEqual(['A/75/394', 'report', 'A', 75]);
    expect([doc.title, doc.date, doc.committee, doc.distribution]).toEqual([null, null, null, null]);
  });

  it('numbers the report 1–18, paragraph 18 coming back after the draft resolutions', () => {
    expect(ofKind(doc, 'numbered').map((p) => p.number)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    const p18 = ofKind(doc, 'numbered')[17];
    expect([p18?.line, p18?.section]).toEqual([1146, 'III. Recommandations de la Première Commission']);
    expect(ofKind(doc, 'heading').map((p) => p.number)).toEqual(['I.', 'II.', 'A.', 'B.', 'C.', 'D.', 'III.']);
    // 10. a)–c): the three votes on A/C.1/75/L.8/Rev.1
    expect(ofKind(doc, 'subparagraph').map((p) => [p.number, p.parent_n])).toEqual(
      ['a)', 'b)', 'c)'].map((n) => [n, ofKind(doc, 'numbered')[9]?.n]));
    expect(doc.footnotes.map((f) => [f.marker, doc.paragraphs.find((p) => p.n === f.paragraph_n)?.number])).toEqual([['1', '3'], ['2', 'a)']]);
  });

  it('has four parts, each with the symbol the report gives it', () => {
    expect(doc.parts.map((p) => [p.id, p.kind, p.symbol, p.committee, p.session])).toEqual([
      ['A/75/394#projet-de-resolution-I', 'draft-resolution', 'A/C.1/75/L.4', 'C.1', 75],
      ['A/75/394#projet-de-resolution-II', 'draft-resolution', 'A/C.1/75/L.8/Rev.1', 'C.1', 75],
      ['A/75/394#projet-de-decision-I', 'draft-decision', 'A/C.1/75/L.47', 'C.1', 75],
      ['A/75/394#projet-de-decision-II', 'draft-decision', 'A/C.1/75/L.60', 'C.1', 75],
    ]);
    expect(doc.parts.map((p) => p.title)).toEqual([
      'Favoriser le comportement responsable des États dans le cyberespace dans le contexte de la sécurité internationale',
      'Progrès de l’informatique et des télécommunications et sécurité internationale',
      'Groupe de travail à composition non limitée sur les progrès de l’informatique et des télécommunications dans le contexte de la sécurité internationale créé par la résolution 73/27 de l’Assemblée générale en date du 5 décembre 2018',
      'Groupe d’experts gouvernementaux chargé d’examiner les moyens de favoriser le comportement responsable des États dans le cyberespace dans le contexte de la sécurité internationale, créé par la résolution 73/266 de l’Assemblée générale en date du 22 décembre 2018',
    ]);
  });

  it('reads draft resolution I: leads, numbers, sub-paragraphs, footnotes 1–3', () => {
    const r1 = doc.parts[0] as Document;
    expect(countKinds(r1)).toEqual({ title: 1, formula: 1, preambular: 16, operative: 7, subparagraph: 4 });
    expect(leads(r1, 'preambular')).toEqual(DRAFT_I_PREAMBLE);
    expect(ofKind(r1, 'operative').map((p) => [p.number, p.lead])).toEqual(DRAFT_I_OPERATIVE.map((l, i) => [String(i + 1), l]));
    expect(r1.footnotes.map((f) => [f.marker, f.text, r1.paragraphs.find((p) => p.n === f.paragraph_n)?.lead])).toEqual([
      ['1', 'A/65/201.', 'Saluant'], ['2', 'A/68/98.', 'Saluant'], ['3', 'A/70/174.', 'Saluant'],
    ]);
  });

  it('reads draft resolution II: leads, numbers, footnotes 1–2', () => {
    const r2 = doc.parts[1] as Document;
    expect(countKinds(r2)).toEqual({ title: 1, formula: 1, preambular: 22, operative: 5 });
    expect(leads(r2, 'preambular')).toEqual(DRAFT_II_PREAMBLE);
    expect(ofKind(r2, 'operative').map((p) => [p.number, p.lead])).toEqual(DRAFT_II_OPERATIVE.map((l, i) => [String(i + 1), l]));
    const preamble = ofKind(r2, 'preambular');
    expect(r2.footnotes.map((f) => [f.marker, preamble.findIndex((p) => p.n === f.paragraph_n) + 1])).toEqual([['1', 17], ['2', 18]]);
  });

  it('keeps each draft decision as its one paragraph', () => {
    for (const d of doc.parts.slice(2)) {
      expect(countKinds(d)).toEqual({ title: 1, text: 1 });
      expect(d.paragraphs[1]?.text).toMatch(/^L’Assemblée générale, rappelant ses résolutions 73\/(27|266) .* décide /u);
    }
  });

  it('passes the quality check', () => {
    expect(checkDocument(doc)).toEqual([]);
  });
});

/**
 * Ground truth: drafts I and II as adopted, A/RES/75/32 and A/RES/75/240 (AKN). One real
 * change on adoption, named here: operative paragraph 5 of 75/32 says "coronavirus 2019".
 */
const CHANGED_ON_ADOPTION: Record<string, Record<string, [string, string]>> = {
  '75/32': { '5': ['pandémie de maladie à coronavirus (COVID-19)', 'pandémie de maladie à coronavirus 2019 (COVID-19)'] },
  '75/240': {},
};

describe('seed 004\'s drafts against the adopted resolutions', () => {
  for (const [i, resolution] of [[0, '75/32'], [1, '75/240']] as const) {
    it(`draft ${i === 0 ? 'I' : 'II'} equals A/RES/${resolution} but for the named changes`, async () => {
      const adopted = await parseFile(akn(resolution));
      const draft = doc.parts[i] as Document;
      const body = (d: Document) => d.paragraphs.filter((p) => ['preambular', 'operative', 'subparagraph'].includes(p.kind));
      const a = body(draft);
      const b = body(adopted);
      expect(a.map((p) => [p.kind, p.number, p.lead])).toEqual(b.map((p) => [p.kind, p.number, p.lead?.trim() ?? null]));
      const changes = CHANGED_ON_ADOPTION[resolution] ?? {};
      for (const [k, p] of a.entries()) {
        const change = p.kind === 'operative' ? changes[p.number ?? ''] : undefined;
        const d = comparable(p.text);
        const f = comparable(b[k]?.text ?? '');
        if (change) expect(d.replace(change[0], change[1])).toBe(f);
        else expect(d).toBe(f);
      }
      expect(draft.footnotes.map((f) => f.text)).toEqual(adopted.footnotes.map((f) => f.text));
    });
  }
});
