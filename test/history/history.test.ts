/**
 * `history` on the bundled AKN files (seeds/akn/). Every expected value was read in the XML:
 *  - the lineage: which resolutions each text recalls in its first preambular paragraphs
 *    (78/237 `container_1` "Rappelant ses résolutions … 74/29 …, 75/240 …, 76/19 … et 77/36"),
 *    their titles (76/19's adds ", et promotion du comportement responsable des États …" to
 *    75/240's) and agenda items (75/32 and 75/240: "Point 98 de l'ordre du jour"; 74/28 and
 *    74/29: "Point 93");
 *  - paragraphs: the containers' order (`<container name=…>`) and their text.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { declaredFor } from '../../src/ingest/declared.js';
import { findParagraph, historyOf, type History, type LineageJson } from '../../src/history/index.js';
import { historyRows } from '../../src/history/render.js';
import type { Document } from '../../src/types.js';
import { SEEDS_AKN } from '../helpers/paths.js';
import { parseFile } from '../structure/helpers.js';

const docs = new Map<string, Document>();
const files = readdirSync(SEEDS_AKN).filter((f) => f.endsWith('.xml'));
for (const f of files) {
  const path = join(SEEDS_AKN, f);
  const doc = await parseFile(path, declaredFor(path));
  docs.set(doc.symbol!, doc);
}
const source = {
  find: (symbol: string) => docs.get(symbol) ?? null,
  declared: (d: Document) => declaredFor(d.source_path).continues ?? null,
};
const history = (r: string): History => historyOf(docs.get(`A/RES/${r}`)!, source);

/** The tree as nested arrays: ["78/237", [["77/36", […]]]]. */
type Tree = [string, Tree[]];
const tree = (n: LineageJson): Tree => [n.symbol!.replace('A/RES/', ''), n.parents.map(tree)];

describe('lineage found from the texts', () => {
  it('78/237 ← 77/36 ← 76/19 ← {75/32, 75/240} ← {74/28, 74/29}', () => {
    expect(tree(history('78/237').lineage)).toEqual(
      ['78/237', [['77/36', [['76/19', [
        ['75/32', [['74/28', []], ['74/29', []]]],
        ['75/240', [['74/29', []]]],
      ]]]]]],
    );
  });

  it('says why each link holds and where the text recalls its predecessor', () => {
    const l = history('78/237').lineage;
    const n7636 = l.parents[0]!;
    expect([n7636.via, n7636.recalled_in]).toEqual(['title', 'PP1']);
    const n7619 = n7636.parents[0]!;
    expect(n7619.via).toBe('title'); // "…sécurité internationale, et promotion du comportement…" opens with 77/36's title
    const [n7532, n75240] = n7619.parents;
    expect([n7532!.symbol, n7532!.via]).toEqual(['A/RES/75/32', 'agenda-item']);
    expect([n75240!.symbol, n75240!.via]).toEqual(['A/RES/75/240', 'title']);
  });

  it('the other families: 80/16 ← 79/237, 78/16 ← 77/37, 75/282 ← 74/247; 77/37 and 79/237 start their own', () => {
    expect(tree(history('80/16').lineage)).toEqual(['80/16', [['79/237', []]]]);
    expect(history('80/16').lineage.parents[0]!.recalled_in).toBe('PP2');
    expect(tree(history('78/16').lineage)).toEqual(['78/16', [['77/37', []]]]);
    expect(tree(history('75/282').lineage)).toEqual(['75/282', [['74/247', []]]]);
    expect(history('75/282').lineage.parents[0]!.recalled_in).toBe('PP3'); // after "Guidée par" and "Notant"
    expect(tree(history('77/37').lineage)).toEqual(['77/37', []]);
    expect(tree(history('79/237').lineage)).toEqual(['79/237', []]);
  });

  it('declared metadata adds a link the titles do not give: 79/243 continues 75/282 (seeds/akn/cybercorpus.json)', () => {
    const l = history('79/243').lineage;
    expect(tree(l)).toEqual(['79/243', [['75/282', [['74/247', []]]]]]);
    expect([l.parents[0]!.via, l.parents[0]!.recalled_in]).toEqual(['declared', null]);
  });
});

describe('paragraph provenance', () => {
  const h = history('78/237');

  it('OP9 (the agenda of the next session) entered in 2019 as 74/29 OP3 and changed every year', () => {
    const op9 = findParagraph(h, 'op9')!;
    expect(op9.versions.map((v) => [v.year, v.symbol, v.label, v.op])).toEqual([
      [2019, 'A/RES/74/29', 'OP3', 'new'],
      [2020, 'A/RES/75/240', 'OP5', 'changed'],
      [2021, 'A/RES/76/19', 'OP7', 'changed'],
      [2022, 'A/RES/77/36', 'OP7', 'changed'],
      [2023, 'A/RES/78/237', 'OP9', 'changed'],
    ]);
    const last = op9.versions[4]!.words.filter((w) => w.op !== 'equal').map((w) => [w.op, w.text.trim()]);
    expect(last).toEqual([['removed', 'soixante-dix-huitième'], ['added', 'soixante-dix-neuvième']]);
  });

  it('PP14 entered in 2019 (74/29 PP10, "Notant que … joue un rôle de premier plan"); 77/36 dropped "également" in 2022', () => {
    const pp14 = findParagraph(h, 'PP14')!;
    expect(pp14.versions.map((v) => [v.year, v.symbol, v.label])).toEqual([
      [2019, 'A/RES/74/29', 'PP10'], [2020, 'A/RES/75/240', 'PP14'], [2021, 'A/RES/76/19', 'PP11'],
      [2022, 'A/RES/77/36', 'PP6'], [2023, 'A/RES/78/237', 'PP14'],
    ]);
    expect(pp14.versions[0]!.text).toMatch(/^Notant que l’Organisation des Nations Unies joue un rôle de premier plan/);
    expect(pp14.versions[3]!.words.filter((w) => w.op !== 'equal').map((w) => [w.op, w.text.trim()])).toEqual([['removed', 'également']]);
    expect(pp14.versions[4]!.op).toBe('equal');
  });

  it('every paragraph of 78/237 is traced once, and each history ends with the paragraph itself', () => {
    const own = h.paragraphs.map((p) => p.versions.at(-1)!);
    expect(own.every((v) => v.symbol === 'A/RES/78/237')).toBe(true);
    expect(h.paragraphs.filter((p) => p.label.startsWith('PP'))).toHaveLength(18); // 18 containers
    expect(h.paragraphs.filter((p) => /^OP\d+$/.test(p.label))).toHaveLength(9); // 9 numbered paragraphs
  });

  it('lists the paragraphs dropped along the way: 77/36 OP4 ("Confirme que, lors de l’examen…") is not in 78/237', () => {
    const d = h.dropped.filter((x) => x.symbol === 'A/RES/77/36');
    expect(d.map((x) => [x.label, x.dropped_in.symbol])).toEqual([['OP4', 'A/RES/78/237']]);
    expect(d[0]!.text).toMatch(/^Confirme que, lors de l’examen des différentes propositions/);
  });

  it('rows: one per paragraph × year, snake_case', () => {
    const rows = historyRows(h, [findParagraph(h, 'OP9')!]);
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!).every((k) => /^[a-z_]+$/.test(k))).toBe(true);
    expect(rows[4]).toMatchObject({ label: 'OP9', year: 2023, op: 'changed', removed_words: 'soixante-dix-huitième', added_words: 'soixante-dix-neuvième' });
  });
});
