/**
 * Footnote markers the UN's XML keeps as plain superscripts (issue 14):
 *  - a second reference to a note printed earlier: `… du 12 août 1949<sup>2</sup>, continuent
 *    …` (78/11 operative 3; note 2 is printed in the preamble) — a reference, not text;
 *  - a note's body repeating its own marker: `<authorialNote marker="2"><p><sup>2</sup> Voir
 *    A/74/548, annexe.` (77/44) — the page prints the marker once.
 * Fixtures from ../shared/akn-dev: test/fixtures/akn/note-reref-78-11.excerpt.xml (two
 * preambular and three operative paragraphs) and note-marker-77-44.xml (the whole file). Read
 * by the accuracy harness's truth reader, the AKN front-end and the markdown rendering; values
 * read in the XML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../bench/accuracy/page.js';
import { renderMarkdown, renderPdf } from '../../bench/accuracy/render.js';
import { truthOf } from '../../bench/accuracy/truth.js';
import { parseText } from '../../src/parse.js';
import { FIXTURES } from '../helpers/paths.js';

const path = (name: string): string => join(FIXTURES, 'akn', name);
const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/gu, ' ').replace(/’/gu, "'");

describe('a second reference to an earlier note (78/11, operative 3: "1949<sup>2</sup>")', async () => {
  const name = 'note-reref-78-11.excerpt.xml';
  const xml = readFileSync(path(name), 'utf8');
  const page = readPage(xml, name);
  const truth = truthOf(page);
  const akn = await parseText(xml, { path: path(name) });
  const md = await parseText(renderMarkdown(page), { path: `${name}.md` });
  const third = 'du 12 août 1949, continuent de s’appliquer au territoire syrien occupé';

  it('is a reference to note 2 in the truth, not text, and no new note', () => {
    const p = truth.paragraphs.find((q) => q.kind === 'operative' && q.number === '3')!;
    expect(spaced(p.text)).toContain(spaced(third));
    expect(p.footnotes).toEqual(['2']);
    expect(truth.footnotes.map((f) => f.marker)).toEqual(['1', '2']);
  });

  it('is a reference to note 2 from the AKN file and from the markdown', () => {
    for (const doc of [akn, md]) {
      const p = doc.paragraphs.find((q) => q.kind === 'operative' && q.number === '3')!;
      expect(spaced(p.text)).toContain(spaced(third));
      expect(p.footnotes).toEqual(['2']);
      expect(doc.footnotes.map((f) => f.marker)).toEqual(['1', '2']);
    }
  });
});

describe('a note repeating its own marker (77/44, note 2: "<sup>2</sup> Voir A/74/548, annexe.")', async () => {
  const name = 'note-marker-77-44.xml';
  const xml = readFileSync(path(name), 'utf8');
  const page = readPage(xml, name);
  const expected = [['1', 'A/77/86.'], ['2', 'Voir A/74/548, annexe.']];

  it('has the note text without the marker, in the truth and from every format', async () => {
    expect(truthOf(page).footnotes.map((f) => [f.marker, spaced(f.text)])).toEqual(expected);
    const docs = [
      await parseText(xml, { path: path(name) }),
      await parseText(renderMarkdown(page), { path: `${name}.md` }),
      await parseText(renderPdf(page), { path: `${name}.txt` }),
    ];
    for (const doc of docs) expect(doc.footnotes.map((f) => [f.marker, spaced(f.text)])).toEqual(expected);
  });
});
