/**
 * The diff on the real texts, through the real parser. Expected operations were established
 * by reading the texts side by side (see docs/diff.md, "Real cases").
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffDocuments, type DiffPair, type DiffResult } from '../../src/diff/index.js';
import { parseBytes } from '../../src/parse.js';
import type { Document } from '../../src/types.js';
import { akn, seed } from '../helpers/paths.js';

async function load(path: string): Promise<Document> {
  return parseBytes(readFileSync(path), { path });
}

/** "changed 4→17" with positions within the part, or numbers for operative paragraphs. */
function brief(p: DiffPair): string {
  const side = (s: 'a' | 'b') => (p[s] ? (p.part === 'operative' ? p[s]!.number : String(p.positions[s])) : '-');
  return `${p.op} ${side('a')}→${side('b')}`;
}

function ops(r: DiffResult, part: string, op: string): string[] {
  return r.pairs.filter((p) => p.part === part && p.op === op).map(brief);
}

function edits(p: DiffPair | undefined): { op: string; text: string }[] {
  return p!.words.filter((w) => w.op !== 'equal');
}

describe('A/RES/77/36 → A/RES/78/237 (AKN)', () => {
  let r: DiffResult;
  beforeAll(async () => {
    r = diffDocuments(await load(akn('77/36')), await load(akn('78/237')));
  });

  it('8 → 18 preambular and 7 → 9 operative paragraphs', () => {
    expect(r.by_part.preambular).toEqual({ a: 8, b: 18, added: 10, removed: 0, changed: 6, moved: 0, unchanged: 2 });
    expect(r.by_part.operative).toEqual({ a: 7, b: 9, added: 3, removed: 1, changed: 4, moved: 1, unchanged: 1 });
  });

  it('preamble: ten new paragraphs, six reworded, two word for word', () => {
    // new in 78/237: Commémorant, Confirmant, Se déclarant préoccupée ×2, Rappelant qu’un certain
    // nombre, Réaffirmant (Charte), Sachant, Considérant l’augmentation, Réaffirmant
    // (non-intervention), Considérant (campagnes diffamatoires)
    expect(ops(r, 'preambular', 'added')).toEqual(['added -→2', 'added -→4', 'added -→5', 'added -→6', 'added -→7', 'added -→8', 'added -→9', 'added -→10', 'added -→11', 'added -→12']);
    // Réaffirmant (rôle moteur de l’ONU) and Saluant are unchanged
    expect(ops(r, 'preambular', 'equal')).toEqual(['equal 6→14', 'equal 8→18']);
    // Rappelant (+ 77/36), Soulignant (+ et de régler de manière pacifique), Considérant → Considérant
    // également, Soulignant (+ OEWG name), then Réaffirmant (compte tenu …) and Notant, which now
    // come after the two paragraphs that preceded them
    expect(ops(r, 'preambular', 'changed')).toEqual(['changed 1→1', 'changed 2→3', 'changed 3→13', 'changed 7→15', 'changed 4→16', 'changed 5→17']);
    // out of order: those two preambular paragraphs, and operative 2 → 3 (it crossed op. 3 → 2)
    expect(r.pairs.filter((p) => p.op === 'changed' && p.moved).map((p) => `${p.part} ${brief(p)}`)).toEqual(['preambular changed 4→16', 'preambular changed 5→17', 'operative changed 2→3']);
    const soulignant = r.pairs.find((p) => p.part === 'preambular' && p.positions.a === 2);
    expect(edits(soulignant)).toEqual([{ op: 'added', text: 'et de régler de manière pacifique' }]);
  });

  it('operative: op. 3 renumbered 2, op. 4 dropped, "premier" → "deuxième" rapport, new session', () => {
    expect(r.pairs.filter((p) => p.part === 'operative').map(brief)).toEqual([
      'equal 1→1',
      'moved 3→2',
      'removed 4→-',
      'changed 2→3',
      'added -→4',
      'added -→5',
      'changed 5→6',
      'changed 6→7',
      'added -→8',
      'changed 7→9',
    ]);
    expect(edits(r.pairs.find((p) => p.a?.number === '2' && p.part === 'operative'))).toEqual([
      { op: 'removed', text: 'premier' },
      { op: 'added', text: 'deuxième' },
    ]);
    expect(edits(r.pairs.find((p) => p.a?.number === '7' && p.part === 'operative'))).toEqual([
      { op: 'removed', text: 'soixante-dix-huitième' },
      { op: 'added', text: 'soixante-dix-neuvième' },
    ]);
  });
});

describe('draft A/C.1/78/L.11 (seed 000, markdown) → adopted A/RES/78/237 (AKN)', () => {
  let r: DiffResult;
  beforeAll(async () => {
    r = diffDocuments(await load(seed('000')), await load(akn('78/237')));
  });

  it('the preamble was adopted as drafted; two operative paragraphs were amended', () => {
    expect(r.by_part.preambular).toEqual({ a: 18, b: 18, added: 0, removed: 0, changed: 0, moved: 0, unchanged: 18 });
    expect(r.by_part.operative).toEqual({ a: 9, b: 9, added: 0, removed: 0, changed: 2, moved: 0, unchanged: 7 });
    expect(ops(r, 'operative', 'changed')).toEqual(['changed 6→6', 'changed 7→7']);
  });

  it('OP6: "dialogue intergouvernemental et institutionnel"; OP7: "et énoncés" → "qui sont énoncés"', () => {
    expect(edits(r.pairs.find((p) => p.a?.number === '6' && p.part === 'operative'))).toEqual([{ op: 'added', text: 'intergouvernemental et' }]);
    expect(edits(r.pairs.find((p) => p.a?.number === '7' && p.part === 'operative'))).toEqual([
      { op: 'removed', text: 'et' },
      { op: 'added', text: 'qui sont' },
    ]);
  });

  it('typographic variants between the markdown draft and the AKN text are not differences', () => {
    // the draft writes ' and celles-ci, the resolution ’ and celles‑ci (U+2011)
    const pp10 = r.pairs.find((p) => p.part === 'preambular' && p.positions.a === 10)!;
    expect(pp10.a!.text).toContain("celles-ci soient utilisées de façon sûre et fiable, dérègle la chaîne d'approvisionnement");
    expect(pp10.b!.text).toContain('celles\u2011ci soient utilisées de façon sûre et fiable, dérègle la chaîne d’approvisionnement');
    expect(pp10.op).toBe('equal');
  });
});

describe('draft resolution II of A/75/394 (A/C.1/75/L.8/Rev.1, seed 004) → A/C.1/78/L.11 (seed 000)', () => {
  let r: DiffResult;
  beforeAll(async () => {
    const report = await load(seed('004'));
    const draft = report.parts.find((p) => p.symbol === 'A/C.1/75/L.8/Rev.1');
    expect(draft).toBeDefined();
    r = diffDocuments(draft!, await load(seed('000')));
  });

  it('22 → 18 preambular, 5 → 9 operative paragraphs', () => {
    expect(r.by_part.preambular).toEqual({ a: 22, b: 18, added: 10, removed: 14, changed: 6, moved: 0, unchanged: 2 });
    expect(r.by_part.operative).toEqual({ a: 5, b: 9, added: 8, removed: 4, changed: 1, moved: 0, unchanged: 0 });
  });

  it('two preambular paragraphs kept word for word, six reworded', () => {
    // Confirmant (double usage) PP8 → PP4; Considérant (campagnes diffamatoires) PP21 → PP12
    expect(ops(r, 'preambular', 'equal')).toEqual(['equal 8→4', 'equal 21→12']);
    // Rappelant (resolutions list), Soulignant (intérêt de tous les États), Rappelant (GGE 2015,
    // Charter principles) → Réaffirmant (Article 2, par. 4), Se déclarant préoccupée
    // (dissimulation …, extended), Notant (rôle de premier plan de l’ONU) → Réaffirmant (rôle
    // moteur), Notant (renforcement des capacités, extended)
    expect(ops(r, 'preambular', 'changed')).toEqual(['changed 1→1', 'changed 10→3', 'changed 17→7', 'changed 11→10', 'changed 14→14', 'changed 4→17']);
  });

  it('the four "Décide" paragraphs that created the 2021–2025 group are gone; only the agenda paragraph remains', () => {
    expect(ops(r, 'operative', 'removed')).toEqual(['removed 1→-', 'removed 2→-', 'removed 3→-', 'removed 4→-']);
    expect(ops(r, 'operative', 'changed')).toEqual(['changed 5→9']);
    expect(edits(r.pairs.find((p) => p.part === 'operative' && p.op === 'changed'))).toEqual([
      { op: 'removed', text: 'soixante-seizième' },
      { op: 'added', text: 'soixante-dix-neuvième' },
    ]);
  });
});

describe('draft resolution I of A/75/394 (A/C.1/75/L.4, seed 004, PDF text) → A/RES/75/32 (AKN)', () => {
  it('adopted as drafted but for "maladie à coronavirus 2019 (COVID-19)" in op. 5', async () => {
    const report = await load(seed('004'));
    const draft = report.parts.find((p) => p.symbol === 'A/C.1/75/L.4')!;
    const r = diffDocuments(draft, await load(akn('75/32')));
    expect(r.by_part.preambular).toEqual({ a: 16, b: 16, added: 0, removed: 0, changed: 0, moved: 0, unchanged: 16 });
    // 7 operative paragraphs, op. 1 and op. 2 with subparagraphs a) and b)
    expect(r.by_part.operative).toEqual({ a: 11, b: 11, added: 0, removed: 0, changed: 1, moved: 0, unchanged: 10 });
    expect(r.pairs.filter((p) => p.part === 'operative').map((p) => p.labels.b)).toEqual(['OP1', 'OP1 a)', 'OP1 b)', 'OP2', 'OP2 a)', 'OP2 b)', 'OP3', 'OP4', 'OP5', 'OP6', 'OP7']);
    const op5 = r.pairs.find((p) => p.op === 'changed')!;
    expect(op5.labels).toEqual({ a: 'OP5', b: 'OP5' });
    expect(edits(op5)).toEqual([{ op: 'added', text: '2019' }]);
  });
});

describe('a document against itself', () => {
  it('seed 003 (the longest report, with its embedded replies) is identical to itself', async () => {
    const doc = await load(seed('003'));
    const r = diffDocuments(doc, doc);
    expect(r.identical).toBe(true);
    // 95 paragraphs of its own, and the 23 replies embedded in it
    expect(r.pairs.filter((p) => p.within === null).length).toBe(doc.paragraphs.length);
    expect(doc.parts.length).toBe(23);
    const all = (d: Document): number => d.paragraphs.length + d.parts.reduce((n, x) => n + all(x), 0);
    expect(r.pairs.length).toBe(all(doc));
  });
});

describe('seed 003 against a reworded copy of itself', () => {
  it('finds every reworded paragraph as changed and the moved one as moved, nothing else', async () => {
    const doc = await load(seed('003'));
    let k = 0;
    let reworded = 0;
    const reword = (d: Document): Document => ({
      ...d,
      paragraphs: d.paragraphs.map((p) => {
        const words = p.text.split(' ');
        if (k++ % 7 !== 0 || words.length < 12) return p;
        reworded++;
        // one word inserted after the third, one replaced
        words.splice(3, 0, 'notamment');
        words[words.length - 2] = 'toutefois';
        return { ...p, text: words.join(' ') };
      }),
      parts: d.parts.map(reword),
    });
    const copy = reword(doc);
    // the 11th paragraph of the report’s own text (index 10, not reworded: 10 % 7 ≠ 0) moves to the end
    const [moved] = copy.paragraphs.splice(10, 1);
    copy.paragraphs.push(moved!);
    expect(reworded).toBeGreaterThan(80);
    const r = diffDocuments(doc, copy);
    const total = (d: Document): number => d.paragraphs.length + d.parts.reduce((n, x) => n + total(x), 0);
    expect(r.summary).toEqual({ added: 0, removed: 0, changed: reworded, moved: 1, unchanged: total(doc) - reworded - 1 });
    const m = r.pairs.find((p) => p.op === 'moved')!;
    expect(m.a).toBe(doc.paragraphs[10]);
    expect(r.pairs.filter((p) => p.op === 'changed').every((p) => p.words.filter((w) => w.op !== 'equal').length >= 2)).toBe(true);
  });
});
