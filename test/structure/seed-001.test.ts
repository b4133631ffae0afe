import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/structure/check.js';
import type { Document } from '../../src/types.js';
import { seed } from '../helpers/paths.js';
import { countKinds, ofKind, parseFile } from './helpers.js';

/** The 18 preambular leads of seed 001 (PDF text, no italics), read from the seed. */
const PREAMBLE_LEADS = [
  'Rappelant', 'Rappelant également', 'Notant', 'Affirmant', 'Rappelant', 'Prenant en considération',
  'Prenant également en considération', 'Notant', 'Se déclarant préoccupée', 'Jugeant', 'Notant',
  'Notant également', 'Prenant acte', 'Se félicitant', 'Considérant', 'Notant',
  'Prenant note avec satisfaction', 'Prenant acte',
];
const OPERATIVE_LEADS = ['Demande', 'Estime', 'Invite', 'Se félicite', 'Décide'];

let doc: Document;
beforeAll(async () => {
  doc = await parseFile(seed('001'));
});

describe('seed 001 (PDF-text draft resolution, no cover page)', () => {
  it('states only what it prints: a draft, its title; no symbol, date, session or committee', () => {
    expect(doc.kind).toBe('draft-resolution');
    expect(doc.title).toBe('Progrès de l’informatique et des télécommunications et sécurité internationale');
    expect([doc.symbol, doc.date, doc.session, doc.committee, doc.agenda_item, doc.distribution]).toEqual([null, null, null, null, null, null]);
    expect(doc.original_languages).toEqual([]);
  });

  it('has the sponsors line, the title, the formula, 18 preambular, 5 operative and 4 sub-paragraphs', () => {
    expect(countKinds(doc)).toEqual({ text: 1, title: 1, formula: 1, preambular: 18, operative: 5, subparagraph: 4 });
    expect(doc.paragraphs[0]?.text).toMatch(/^Algérie, Angola, .* Viet Nam et Zimbabwe : projet de résolution$/u);
  });

  it('reads every lead from the lexicon, as in the markdown seed', () => {
    expect(ofKind(doc, 'preambular').map((p) => p.lead)).toEqual(PREAMBLE_LEADS);
    expect(ofKind(doc, 'operative').map((p) => [p.number, p.lead])).toEqual(OPERATIVE_LEADS.map((l, i) => [String(i + 1), l]));
  });

  it('attaches sub-paragraphs a)–d) to operative paragraph 3', () => {
    const op3 = ofKind(doc, 'operative')[2];
    expect(ofKind(doc, 'subparagraph').map((p) => [p.number, p.parent_n])).toEqual(['a)', 'b)', 'c)', 'd)'].map((n) => [n, op3?.n]));
    expect(ofKind(doc, 'subparagraph')[2]?.text).toBe('Les principes visés au paragraphe 2 ci-dessus;');
  });

  it('joins operative paragraph 4 across the page break and its footnote (lines 257–286)', () => {
    const op4 = ofKind(doc, 'operative')[3];
    expect([op4?.line, op4?.end_line]).toEqual([257, 286]);
    expect(op4?.text).toMatch(/technologies de l’information et de la communication dans les conflits/u);
  });

  it('gives footnotes 1–4 to their first references (4: the preamble, repeated in operative 3)', () => {
    const leadOf = (n: number | null) => doc.paragraphs.find((p) => p.n === n);
    expect(doc.footnotes.map((f) => [f.marker, leadOf(f.paragraph_n)?.lead])).toEqual([
      ['1', 'Prenant en considération'],
      ['2', 'Prenant également en considération'],
      ['3', 'Prenant acte'],
      ['4', 'Prenant note avec satisfaction'],
    ]);
    expect(ofKind(doc, 'operative')[2]?.footnotes).toEqual(['4']);
  });

  it('passes the quality check', () => {
    expect(checkDocument(doc)).toEqual([]);
  });
});
