/**
 * Issue 14, on excerpts of resolutions of ../shared/akn-dev: leads from the italics (markdown,
 * AKN) and from the lexicon (PDF text), an unnumbered only operative paragraph, the resolution
 * number in the title. Every expected value was read in the XML files named below.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { italicLead, matchLead, readLead } from '../../src/lexicon/leads-fr.js';
import { readResolutionTitle } from '../../src/lexicon/symbols.js';
import { checkDocument } from '../../src/structure/check.js';
import type { Document } from '../../src/types.js';
import { FIXTURES, SHARED, sharedAvailable } from '../helpers/paths.js';
import { parseFile } from './helpers.js';

const SHARED_AKN_DEV = join(SHARED, 'akn-dev');

const fixture = (name: string): string => join(FIXTURES, 'resolutions', name);

/** A PDF lead may stop early at a word boundary, never run on (the accuracy harness's rule). */
function acceptedInPdf(found: string | null | undefined, italic: string): boolean {
  return found != null && (found === italic || italic.startsWith(`${found} `));
}

const bodyOf = (doc: Document) => doc.paragraphs.filter((p) => p.kind !== 'title').map((p) => [p.kind, p.number, p.lead]);

describe('leads of test/fixtures/resolutions/leads.md and .txt', () => {
  // A/RES/75/175 container_2, A/RES/75/117, A/RES/80/38 container_8, A/RES/75/206 par. 5,
  // A/RES/75/243 par. 12 (numbered 6 in the excerpt)
  const italics = [
    ['formula', null, null],
    ['preambular', null, 'Guidée'],
    ['preambular', null, 'Notant avec une vive préoccupation'],
    ['preambular', null, 'Rappelant'], // `<span class="italic">Rappelant le</span> succès`
    ['operative', '5', 'Réaffirme également sa volonté'],
    ['operative', '6', 'Fait siennes'],
  ];

  it('markdown: the italic span is the lead, less a trailing article', async () => {
    const doc = await parseFile(fixture('leads.md'));
    expect(bodyOf(doc)).toEqual(italics);
    expect(doc.footnotes.map((f) => [f.marker, f.paragraph_n])).toEqual([['3', 4]]);
  });

  it('PDF text: the lexicon finds each lead, or a shorter one ending at a word', async () => {
    const doc = await parseFile(fixture('leads.txt'));
    const body = bodyOf(doc);
    expect(body.map(([kind, number]) => [kind, number])).toEqual(italics.map(([kind, number]) => [kind, number]));
    body.forEach(([, , lead], i) => {
      const want = italics[i]![2];
      if (want === null) expect(lead).toBeNull();
      else expect(acceptedInPdf(lead, want!), `${lead} for ${want}`).toBe(true);
    });
  });
});

describe('leads outside the old lexicon, in PDF text (no italics)', () => {
  // the italic span and the start of the text, from the XML
  const cases: Array<[file: string, italic: string, text: string]> = [
    ['A/RES/75/243 par. 12', 'Fait siennes', 'Fait siennes les conclusions et recommandations relatives au projet de plan-programme pour 2021'],
    ['A/RES/75/127 par. 13', 'Sait', 'Sait que la diversité du personnel humanitaire est un atout pour l’action humanitaire'],
    ['A/RES/75/239 par. 30', 'Mesure', 'Mesure l’importance du travail accompli par l’Institut de droit maritime international'],
    ['A/RES/75/185 par. 5', 'S’inquiète', 'S’inquiète que les personnes handicapées puissent faire l’objet de manière disproportionnée'],
    ['A/RES/75/124 par. 50', 'Préconise', 'Préconise une utilisation plus poussée des techniques de télédétection spatiales'],
    ['A/RES/75/3 par. 21', 'Continue de prendre note avec satisfaction', 'Continue de prendre note avec satisfaction de la déclaration du Président du Conseil de sécurité'],
  ];
  for (const [where, italic, text] of cases) {
    it(`${where}: "${italic}", operative`, () => {
      const m = matchLead(text);
      expect(acceptedInPdf(m?.lead ?? null, italic), `${m?.lead} for ${italic}`).toBe(true);
      expect(m?.kind).toBe('operative');
      // with the italics, the span itself
      expect(readLead(text, italic)).toEqual({ lead: italic, kind: 'operative', from: 'italics' });
    });
  }
});

describe('PDF leads stop before a step the UN italicises inconsistently (scripts/lexicon.mjs)', () => {
  // the same words, italicised two ways by the UN (the italic span and the start of the text, from the XML)
  const considere: Array<[file: string, italic: string, text: string]> = [
    ['A/RES/75/227', 'Considère', 'Considère également que si les pays les moins avancés ont fait des efforts'],
    ['A/RES/75/202', 'Considère également', 'Considère également que les technologies de l’information et des communications'],
  ];
  it('"Considère" / "Considère également": the lead is right for both renderings', () => {
    for (const [where, italic, text] of considere) {
      const m = matchLead(text);
      expect(acceptedInPdf(m?.lead ?? null, italic), `${where}: ${m?.lead} for ${italic}`).toBe(true);
      expect(m?.kind).toBe('operative');
    }
  });
  it('keeps the whole phrase where the UN italicises it consistently (A/RES/79/93 par. 7)', () => {
    const text = 'Se dit une nouvelle fois préoccupée par la propagation et la prolifération exponentielles de la mésinformation';
    expect(matchLead(text)).toEqual({ lead: 'Se dit une nouvelle fois préoccupée', kind: 'operative' });
  });
});

describe('italicLead: the span as the lead', () => {
  it('completes a word the italics stop inside (A/RES/76/55: `<span>Rappelan</span>t ses résolutions`)', () => {
    expect(italicLead('Rappelant ses résolutions 63/281 du 3 juin 2009,', 'Rappelan')).toBe('Rappelant');
  });
  it('drops a trailing article, preposition or elided article, keeps the words as written', () => {
    expect(italicLead('Rappelant le succès de la quatrième Conférence', 'Rappelant le')).toBe('Rappelant');
    expect(italicLead('Engage les États Membres', 'Engage les')).toBe('Engage');
    expect(italicLead('Rappelant l’importance de', 'Rappelant l’')).toBe('Rappelant');
    expect(italicLead('Ayant à l’esprit que', 'Ayant à l’esprit')).toBe('Ayant à l’esprit');
  });
  it('keeps a comma the italics take in (A/RES/79/138 par. 4)', () => {
    expect(italicLead('Constate, avec un immense regret, que 2023 marque', 'Constate, avec un immense regret,')).toBe('Constate, avec un immense regret');
    expect(italicLead('Rappelant, à cet égard, ses résolutions', 'Rappelant,')).toBe('Rappelant');
  });
  it('refuses a span that does not open the text', () => {
    expect(italicLead('Notant que', 'Rappelant')).toBeNull();
  });
});

describe('A/RES/75/19: one unnumbered operative paragraph, the number in the title', () => {
  // ../shared/akn-dev/A_RES_75_19.fr.xml: preface `75/19.` + docTitle; one container "Ayant
  // examiné"; one mainBody paragraph without num, "Approuve …", footnote 1 "A/75/606."; adopted
  // 2020-12-01 (conclusions: "1er décembre 2020")
  const expected = {
    symbol: 'A/RES/75/19',
    session: 75,
    kind: 'resolution',
    date: '2020-12-01',
    title: 'Pouvoirs des représentants à la soixante-quinzième session de l’Assemblée générale',
  };
  const body = [
    ['formula', null, null],
    ['preambular', null, 'Ayant examiné'],
    ['operative', null, 'Approuve'],
  ];
  const files = ['A_RES_75_19.md', 'A_RES_75_19.txt'].map(fixture);
  if (sharedAvailable()) files.push(join(SHARED_AKN_DEV, 'A_RES_75_19.fr.xml'));

  for (const file of files) {
    it(`${file.split('/').pop()}: the same document`, async () => {
      const doc = await parseFile(file);
      expect({ symbol: doc.symbol, session: doc.session, kind: doc.kind, date: doc.date, title: doc.title }).toEqual(expected);
      expect(bodyOf(doc).filter(([kind]) => kind !== 'text')).toEqual(body);
      expect(doc.footnotes.map((f) => [f.marker, f.text])).toEqual([['1', 'A/75/606.']]);
      expect(doc.paragraphs.find((p) => p.kind === 'operative')?.footnotes).toEqual(['1']);
      expect(checkDocument(doc).filter((w) => w.code.startsWith('lead') || w.code.startsWith('paragraph'))).toEqual([]);
    });
  }

  it('reads the numbers resolutions print before their title', () => {
    expect(readResolutionTitle('75/22. Règlement pacifique de la question de Palestine')).toEqual({
      symbol: 'A/RES/75/22', title: 'Règlement pacifique de la question de Palestine',
    });
    // the prefaces of A/RES/78/183 A (`78/183 A.`) and A/RES/ES-11/5 (`ES-11/5.`)
    expect(readResolutionTitle('78/183 A. Élargissement de la composition du Comité exécutif du Programme du Haut-Commissaire des Nations Unies pour les réfugiés')?.symbol).toBe('A/RES/78/183 A');
    expect(readResolutionTitle('ES-11/5. Agression contre l’Ukraine : recours et réparation')).toEqual({
      symbol: 'A/RES/ES-11/5', title: 'Agression contre l’Ukraine : recours et réparation',
    });
    expect(readResolutionTitle('75. Le texte')).toBeNull();
    expect(readResolutionTitle('Rappelant sa résolution 75/22.')).toBeNull();
  });
});

describe.skipIf(!sharedAvailable())('the AKN files give the italic span as the lead', () => {
  it('A/RES/75/206 paragraph 5 and A/RES/80/38 (Rappelant le)', async () => {
    const a = await parseFile(join(SHARED_AKN_DEV, 'A_RES_75_206.fr.xml'));
    expect(a.paragraphs.find((p) => p.kind === 'operative' && p.number === '5')?.lead).toBe('Réaffirme également sa volonté');
    const b = await parseFile(join(SHARED_AKN_DEV, 'A_RES_80_38.fr.xml'));
    expect(b.paragraphs.filter((p) => p.text.startsWith('Rappelant le succès')).map((p) => p.lead)).toEqual(['Rappelant']);
  });
});
