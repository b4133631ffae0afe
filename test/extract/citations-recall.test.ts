/**
 * Recall against the UN's own links (issue 15), on a sample of ../shared/akn-dev/ files chosen
 * for the forms they cite: lists across five decades and the first thirty sessions (79/16,
 * 75/33), Human Rights Council and GA resolutions side by side (77/204), the Security Council
 * (75/48, 79/229), emergency special sessions and the U+2011 hyphen (76/10), ECOSOC and Corr.
 * chains (75/10), report tails (76/7, 75/65), parts (78/243, 75/250 B), a COP decision beside a
 * CBD document (79/1). The truth is read by the measurement's own link reader
 * (bench/citations-links.mjs), not by the project. Skipped with a notice without ../shared.
 *
 * Links the UN got wrong are listed with the reason, read in the XML: they must stay missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse.js';
import { withParts } from '../../src/walk.js';
import { SHARED, sharedAvailable } from '../helpers/paths.js';
// @ts-expect-error: a plain ES module of the bench, without declarations
import { linkedSymbols, symbolKey, wholeKey } from '../../bench/citations-links.mjs';

const DEV = join(SHARED, 'akn-dev');
const HAS_DEV = sharedAvailable() && existsSync(DEV);

const SAMPLE: readonly (readonly [file: string, unlinkedByMistake: readonly string[]])[] = [
  ['A_RES_79_16', []],
  ['A_RES_75_33', []],
  ['A_RES_77_204', []],
  ['A_RES_75_48', []],
  ['A_RES_79_229', []],
  // "sa résolution 75/22 du 2 décembre 2020" is linked to A/RES/74/11
  ['A_RES_76_10', ['A/RES/74/11']],
  ['A_RES_75_10', []],
  ['A_RES_76_7', []],
  ['A_RES_75_65', []],
  ['A_RES_78_243', []],
  ['A_RES_79_1', []],
  ['A_RES_75_1', []],
  // "A/56/1026-S/2002/932, annexe II, résolution 14/221": another body's resolution, linked as the GA's
  ['A_RES_75_172', ['A/RES/14/221']],
];

describe.skipIf(!HAS_DEV)('recall of the symbols the UN links, on a sample of the dev folder', () => {
  it.each(SAMPLE)('%s: every linked symbol is a citation', async (file, mislinked) => {
    const xml = readFileSync(join(DEV, `${file}.fr.xml`), 'utf8');
    const doc = await parseText(xml, { path: `${file}.fr.xml` });
    const keys = (xs: string[]): Set<string> => new Set(xs.flatMap((k) => [k, wholeKey(k) as string]));
    const found = keys(withParts(doc).flatMap((d) => d.citations.map((c) => symbolKey(c.target) as string)));
    const linked = [...new Set((linkedSymbols(xml) as { symbol: string }[]).map((l) => symbolKey(l.symbol) as string))];
    expect(linked.length).toBeGreaterThan(3);
    const missed = linked.filter((k) => !found.has(k) && !found.has(wholeKey(k) as string));
    expect(missed).toEqual([...mislinked]);
  });
});
