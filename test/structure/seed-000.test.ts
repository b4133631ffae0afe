import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/structure/check.js';
import type { Document } from '../../src/types.js';
import { akn, seed } from '../helpers/paths.js';
import { comparable, countKinds, ofKind, parseFile, withAndWithoutHints } from './helpers.js';

/** Leads of the 18 preambular paragraphs of seed 000, read from the seed (lines 26–64). */
const PREAMBLE_LEADS = [
  'Rappelant', 'Commémorant', 'Soulignant', 'Confirmant', 'Se déclarant préoccupée', 'Rappelant',
  'Réaffirmant', 'Sachant', 'Considérant', 'Se déclarant préoccupée', 'Réaffirmant', 'Considérant',
  'Considérant également', 'Réaffirmant', 'Soulignant', 'Réaffirmant', 'Notant', 'Saluant',
];
/** Operative paragraphs 1–9 (lines 66–88). */
const OPERATIVE_LEADS = [
  'Appuie', 'Demande', 'Se félicite', 'Se félicite également', 'Recommande', 'Encourage', 'Invite',
  'Invite', 'Décide',
];

let doc: Document;
beforeAll(async () => {
  doc = await parseFile(seed('000'), { symbol: 'A/C.1/78/L.11' });
});

describe('seed 000 (markdown draft resolution A/C.1/78/L.11)', () => {
  it('reads the cover page, the declared symbol winning', () => {
    expect(doc.symbol).toBe('A/C.1/78/L.11');
    expect(doc.kind).toBe('draft-resolution');
    expect(doc.organ).toBe('A');
    expect(doc.distribution).toBe('limitée');
    expect(doc.date).toBe('2023-10-12');
    expect(doc.language).toBe('fr');
    expect(doc.original_languages).toEqual(['en', 'ru']);
    expect(doc.session).toBe(78);
    expect(doc.committee).toBe('C.1');
    expect(doc.agenda_item).toBe('94');
    expect(doc.title).toBe("Progrès de l'informatique et des télécommunications et sécurité internationale");
  });

  it('has the title twice, the sponsors line, the formula, 18 preambular and 9 operative paragraphs', () => {
    expect(countKinds(doc)).toEqual({ title: 2, text: 1, formula: 1, preambular: 18, operative: 9 });
    const sponsors = doc.paragraphs[1];
    expect(sponsors?.kind).toBe('text');
    expect(sponsors?.text).toMatch(/^Azerbaïdjan, Bélarus, .* et Zimbabwe : projet de résolution$/u);
    expect(ofKind(doc, 'formula')[0]?.text).toBe("L'Assemblée générale,");
  });

  it('reads every lead and number', () => {
    expect(ofKind(doc, 'preambular').map((p) => p.lead)).toEqual(PREAMBLE_LEADS);
    expect(ofKind(doc, 'operative').map((p) => p.lead)).toEqual(OPERATIVE_LEADS);
    expect(ofKind(doc, 'operative').map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(ofKind(doc, 'operative')[0]?.text).toMatch(/^Appuie les travaux menés/u);
  });

  it('joins "Considérant également" across its blank line (lines 52–54)', () => {
    const p = ofKind(doc, 'preambular')[12];
    expect(p?.text).toContain("qu'une vaste coopération internationale permettra");
    expect([p?.line, p?.end_line]).toEqual([52, 54]);
  });

  it('attaches footnotes 1 and 2 to operative paragraph 3; paragraph 4 runs on after them (lines 72–78)', () => {
    const op3 = ofKind(doc, 'operative')[2];
    expect(op3?.footnotes).toEqual(['1', '2']);
    expect(doc.footnotes.map((f) => [f.marker, f.text, f.paragraph_n])).toEqual([
      ['1', 'Voir A/78/265.', op3?.n],
      ['2', 'A/AC.292/2023/INF/5.', op3?.n],
    ]);
    const op4 = ofKind(doc, 'operative')[3];
    expect(op4?.text).toMatch(/mis en place pour améliorer le répertoire de manière progressive/u);
    expect([op4?.line, op4?.end_line]).toEqual([72, 78]);
  });

  it('passes the quality check with nothing to report', () => {
    expect(checkDocument(doc)).toEqual([]);
  });
});

/**
 * Ground truth: the adopted resolution 78/237 (AKN). The Assembly changed two operative
 * paragraphs of the draft; they are named here rather than hidden.
 */
const CHANGED_ON_ADOPTION: Record<string, [draft: string, adopted: string]> = {
  '6': ['à propos du dialogue institutionnel régulier', 'à propos du dialogue intergouvernemental et institutionnel régulier'],
  '7': ['en matière de renforcement des capacités et énoncés', 'en matière de renforcement des capacités qui sont énoncés'],
};

describe('seed 000 against A/RES/78/237', () => {
  let adopted: Document;
  beforeAll(async () => {
    adopted = await parseFile(akn('78/237'));
  });

  it('has the same preamble: count, leads and text', () => {
    const a = ofKind(doc, 'preambular');
    const b = ofKind(adopted, 'preambular');
    expect(a.map((p) => p.lead)).toEqual(b.map((p) => p.lead));
    expect(a.map((p) => comparable(p.text))).toEqual(b.map((p) => comparable(p.text)));
  });

  it('has the same operative paragraphs except the two changes named above', () => {
    const a = ofKind(doc, 'operative');
    const b = ofKind(adopted, 'operative');
    expect(a.map((p) => [p.number, p.lead])).toEqual(b.map((p) => [p.number, p.lead]));
    for (const [i, p] of a.entries()) {
      const q = b[i];
      const change = CHANGED_ON_ADOPTION[p.number ?? ''];
      const draft = comparable(p.text);
      const final = comparable(q?.text ?? '');
      if (change) {
        expect(draft).not.toBe(final);
        expect(draft.replace(change[0], change[1])).toBe(final);
      } else {
        expect(draft).toBe(final);
      }
    }
  });

  it('has the same footnotes on the same paragraph', () => {
    const where = (d: Document): [string, string, string | null][] =>
      d.footnotes.map((f) => [f.marker, f.text, d.paragraphs.find((p) => p.n === f.paragraph_n)?.number ?? null]);
    expect(where(doc)).toEqual(where(adopted));
  });
});

describe('seed 000 without the markdown hints (as PDF text would give it)', () => {
  it('gives the same document: the lexicon, not the italics, decides', () => {
    const { fe, hinted: a, bare: b } = withAndWithoutHints(seed('000'), { symbol: 'A/C.1/78/L.11' });
    expect(fe.blocks.filter((x) => x.hints?.lead).length).toBe(27);
    expect(b.paragraphs).toEqual(a.paragraphs);
    expect(b.footnotes).toEqual(a.footnotes);
    expect(b.warnings).toEqual(a.warnings);
  });
});
