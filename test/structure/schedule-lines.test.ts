/**
 * Lines an operative paragraph introduces with a colon (issue 14). In ../shared/akn-dev/
 * A_RES_78_128.fr.xml, paragraph 10 ("… les séances plénières se tiendront comme suit :") is
 * followed by five `paragraph`s without `num`, "Lundi 9 juin, de 9 heures à 13 heures et de 15
 * heures à 18 heures" … "Vendredi 13 juin, … de 16 heures à 19 heures ;", then paragraph 11;
 * "48e séance plénière" and the date close the resolution (not paragraphs of it).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';
import { ofKind, parseFile } from './helpers.js';

describe('unnumbered lines after "comme suit :" (A/RES/78/128)', () => {
  it('reads the five schedule lines as unnumbered operative paragraphs, and stops after them', async () => {
    const doc = await parseFile(join(FIXTURES, 'markdown', 'schedule-78-128.md'));
    const operative = ofKind(doc, 'operative');
    expect(operative.map((p) => p.number)).toEqual(['9', '10', null, null, null, null, null, '11', '12']);
    expect(operative[2]!.text).toBe('Lundi 9 juin, de 9 heures à 13 heures et de 15 heures à 18 heures');
    expect(operative[6]!.text).toBe('Vendredi 13 juin, de 10 heures à 13 heures et de 16 heures à 19 heures ;');
    expect(doc.paragraphs.find((p) => p.text === '48e séance plénière')?.kind).toBe('text');
  });
});
