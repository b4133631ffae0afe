import { describe, expect, it } from 'vitest';
import { diffDocuments, type DiffPair } from '../../src/diff/index.js';
import { makeDoc, NEW, OLD, R77_OP4, R77_OP7, R77_PP6, R77_PP8, R78_OP5, R78_OP9, R78_PP3, type P } from '../fixtures/diff/docs.js';

/** "op a→b" with the labels of both sides, for compact assertions. */
function brief(p: DiffPair): string {
  const side = (s: 'a' | 'b') => {
    const x = p[s];
    if (!x) return '-';
    return x.number ?? String(p.positions[s]);
  };
  return `${p.part} ${p.op} ${side('a')}→${side('b')}${p.moved ? ' moved' : ''}${p.renumbered ? ' renumbered' : ''}`;
}

describe('diffDocuments on paragraphs of 77/36 and 78/237 (read side by side)', () => {
  const r = diffDocuments(OLD, NEW);

  it('aligns part by part, in the reading order of the new text', () => {
    expect(r.pairs.map(brief)).toEqual([
      // PP2 (Commémorant) is new in 78/237
      'preambular added -→1',
      // "Considérant" became "Considérant également"
      'preambular changed 1→2',
      // "Réaffirmant que l’Organisation … rôle moteur" is word for word the same
      'preambular equal 2→3',
      // "… non limitée" + "sur la sécurité du numérique et de son utilisation (2021-2025)"
      'preambular changed 3→4',
      // "Saluant les efforts …" is the same
      'preambular equal 4→5',
      'operative equal 1→1',
      // "Demande aux États …" is the same text, op. 3 in 77/36, op. 2 in 78/237
      'operative moved 3→2 renumbered',
      // removed "Confirme que …" (in 78/237 merged into OP6), listed after its predecessor OP3
      'operative removed 4→-',
      // "premier" → "deuxième" rapport: changed, and it crossed OP3 → out of order
      'operative changed 2→3 moved renumbered',
      'operative added -→5',
      // "soixante-dix-huitième" → "soixante-dix-neuvième" session
      'operative changed 7→9 renumbered',
      'other equal 1→1',
    ]);
  });

  it('summarises per part and in total', () => {
    expect(r.by_part).toEqual({
      preambular: { a: 4, b: 5, added: 1, removed: 0, changed: 2, moved: 0, unchanged: 2 },
      operative: { a: 5, b: 5, added: 1, removed: 1, changed: 2, moved: 1, unchanged: 1 },
      other: { a: 1, b: 1, added: 0, removed: 0, changed: 0, moved: 0, unchanged: 1 },
    });
    expect(r.summary).toEqual({ added: 2, removed: 1, changed: 4, moved: 1, unchanged: 4 });
    expect(r.identical).toBe(false);
    expect(r.a).toEqual({ document_id: 'A/RES/77/36', symbol: 'A/RES/77/36' });
    expect(r.b).toEqual({ document_id: 'A/RES/78/237', symbol: 'A/RES/78/237' });
  });

  it('gives word edits and similarity for changed pairs, nothing for the others', () => {
    const op2 = r.pairs.find((p) => p.a?.number === '2')!;
    expect(op2.words.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'removed', text: 'premier' },
      { op: 'added', text: 'deuxième' },
    ]);
    // 39 tokens on each side, 38 in common: 76/78
    expect(op2.similarity).toBe(0.974);
    const op7 = r.pairs.find((p) => p.a?.number === '7')!;
    expect(op7.words.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'removed', text: 'soixante-dix-huitième' },
      { op: 'added', text: 'soixante-dix-neuvième' },
    ]);
    const pp13 = r.pairs.find((p) => p.part === 'preambular' && p.positions.b === 2)!;
    expect(pp13.words.filter((w) => w.op !== 'equal')).toEqual([{ op: 'added', text: 'également' }]);
    for (const p of r.pairs.filter((x) => x.op !== 'changed')) expect(p.words).toEqual([]);
    expect(r.pairs.filter((p) => p.op === 'equal' || p.op === 'moved').every((p) => p.similarity === 1)).toBe(true);
    expect(r.pairs.filter((p) => p.op === 'added' || p.op === 'removed').every((p) => p.similarity === 0)).toBe(true);
  });

  it('keeps both paragraphs whole in the pairs (kind, number, text)', () => {
    const moved = r.pairs.find((p) => p.op === 'moved')!;
    expect([moved.a!.kind, moved.a!.number, moved.b!.number]).toEqual(['operative', '3', '2']);
    expect(moved.a!.text).toBe(moved.b!.text);
    expect(r.pairs.find((p) => p.op === 'removed')!.a!.text).toBe(R77_OP4);
    expect(r.pairs.filter((p) => p.op === 'added').map((p) => p.b!.text)).toEqual([R78_PP3, R78_OP5]);
  });
});

describe('diffDocuments: small cases', () => {
  it('a document against itself: identical, every pair equal', () => {
    const r = diffDocuments(OLD, OLD);
    expect(r.identical).toBe(true);
    expect(r.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, unchanged: 10 });
    expect(r.pairs.every((p) => p.op === 'equal' && !p.moved && !p.renumbered)).toBe(true);
  });

  it('apostrophe, space and hyphen variants are not differences', () => {
    const variant = makeDoc('v', OLD.paragraphs.map((p): P => [p.kind, p.number, p.text.replace(/’/g, "'").replace(/ ;/g, '\u00a0;').replace(/-/g, '\u2011')]));
    const r = diffDocuments(OLD, variant);
    expect(r.identical).toBe(true);
  });

  it('a preambular paragraph moved among the others is reported as moved, not removed + added', () => {
    const a = makeDoc('a', [['preambular', null, R78_PP3], ['preambular', null, R77_PP6], ['preambular', null, R77_PP8]]);
    const b = makeDoc('b', [['preambular', null, R77_PP6], ['preambular', null, R77_PP8], ['preambular', null, R78_PP3]]);
    const r = diffDocuments(a, b);
    expect(r.pairs.map((p) => [p.op, p.positions.a, p.positions.b])).toEqual([
      ['equal', 2, 1],
      ['equal', 3, 2],
      ['moved', 1, 3],
    ]);
    expect(r.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 1, unchanged: 2 });
  });

  it('unrelated paragraphs are removed + added, not changed', () => {
    const a = makeDoc('a', [['operative', '1', R77_OP4]]);
    const b = makeDoc('b', [['operative', '1', R78_OP5]]);
    // a removed paragraph with no matched predecessor comes first, as in diff(1)
    expect(diffDocuments(a, b).pairs.map((p) => p.op)).toEqual(['removed', 'added']);
  });

  it('the same paragraph twice is paired occurrence by occurrence', () => {
    const a = makeDoc('a', [['text', null, 'Original : anglais'], ['text', null, R77_PP6], ['text', null, 'Original : anglais']]);
    const b = makeDoc('b', [['text', null, 'Original : anglais'], ['text', null, 'Original : anglais']]);
    const r = diffDocuments(a, b);
    expect(r.pairs.map((p) => [p.op, p.positions.a, p.positions.b])).toEqual([
      ['equal', 1, 1],
      ['removed', 2, null],
      ['equal', 3, 2],
    ]);
  });

  it('empty documents', () => {
    const r = diffDocuments(makeDoc('a', []), makeDoc('b', [['operative', '1', R77_OP4]]));
    expect(r.pairs.map((p) => p.op)).toEqual(['added']);
    expect(diffDocuments(makeDoc('a', []), makeDoc('b', [])).identical).toBe(true);
  });
});

describe('diffDocuments: embedded documents (drafts in a committee report, replies in an SG report)', () => {
  const withParts = (id: string, parts: Array<[string, string | null, P[]]>) => {
    const d = makeDoc(id, [['text', null, 'Rapport de la Première Commission']]);
    d.parts = parts.map(([pid, symbol, ps]) => ({ ...makeDoc(`${id}#${pid}`, ps), symbol }));
    return d;
  };

  it('pairs embedded documents by symbol (else id fragment) and diffs each pair; pairs say where they are', () => {
    const a = withParts('old', [
      ['projet-I', 'A/C.1/77/L.23', [['operative', '1', R77_OP7]]],
      ['projet-II', 'A/C.1/77/L.99', [['operative', '1', R77_OP4]]],
    ]);
    const b = withParts('new', [
      ['projet-de-resolution-I', 'A/C.1/77/L.23', [['operative', '1', R78_OP9]]],
      ['projet-III', null, [['operative', '1', R78_OP5]]],
    ]);
    const r = diffDocuments(a, b);
    expect(r.pairs.map((p) => [p.within?.document_id ?? null, p.op])).toEqual([
      [null, 'equal'],
      ['new#projet-de-resolution-I', 'changed'],
      ['new#projet-III', 'added'],
      ['old#projet-II', 'removed'],
    ]);
    expect(r.pairs[1]!.within).toEqual({ document_id: 'new#projet-de-resolution-I', symbol: 'A/C.1/77/L.23' });
    expect(r.summary).toEqual({ added: 1, removed: 1, changed: 1, moved: 0, unchanged: 1 });
  });
});

describe('labels and renumbering of subparagraphs', () => {
  it('cites a subparagraph with its parent ("OP1 a)") and sees it renumbered when its parent is', () => {
    const mk = (id: string, ps: Array<[P[0], string | null, string, number | null]>) => {
      const d = makeDoc(id, ps.map(([k, num, t]) => [k, num, t]));
      d.paragraphs.forEach((p, i) => { p.parent_n = ps[i]![3]; });
      return d;
    };
    const a = mk('a', [
      ['preambular', null, R77_PP6, null],
      ['operative', '1', R77_OP4, null],
      ['subparagraph', 'a)', 'De poursuivre l’élaboration des règles, normes et principes de comportement responsable des États ;', 2],
    ]);
    const b = mk('b', [
      ['preambular', null, R77_PP6, null],
      ['operative', '1', R78_OP5, null],
      ['operative', '2', R77_OP4, null],
      ['subparagraph', 'a)', 'De poursuivre l’élaboration des règles, normes et principes de comportement responsable des États ;', 3],
    ]);
    const r = diffDocuments(a, b);
    expect(r.pairs.map((p) => [p.op, p.labels.a, p.labels.b, p.renumbered])).toEqual([
      ['equal', 'PP1', 'PP1', false],
      ['added', null, 'OP1', false],
      ['moved', 'OP1', 'OP2', true],
      ['moved', 'OP1 a)', 'OP2 a)', true],
    ]);
  });
});
