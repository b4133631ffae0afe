/**
 * The accuracy harness's renderers (bench/accuracy/render.ts, render-pdf.ts) print the furniture
 * they promise: UN-page markdown (seeds 000, 003) and PDF-extracted text (seeds 001, 002, 004).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdfText } from '../../bench/accuracy/render-pdf.js';
import { renderMarkdown, renderPdf } from '../../bench/accuracy/render.js';
import { readTruth } from '../../bench/accuracy/truth.js';
import type { Block } from '../../src/types.js';
import { FIXTURES } from '../helpers/paths.js';

const page = (name: string) => readTruth(join(FIXTURES, 'accuracy', name)).page;

describe('UN-page markdown', () => {
  const md = renderMarkdown(page('A_RES_77_306.fr.xml'));

  it('prints the header block and the resolution number in a #### title', () => {
    expect(md.startsWith('# Assemblée générale\n')).toBe(true);
    expect(md).toMatch(/^#### 77\/306\. \*\*Financement du Centre de services régional d'Entebbe \(Ouganda\)\*\*$/mu);
  });

  it('prints leads in italics, links as [x](#), ordinals and markers in <sup>', () => {
    expect(md).toMatch(/^\*Rappelant\* sa résolution \[69\/307\]\(#\) du 25 juin 2015/mu);
    expect(md).toMatch(/^7\. \*Décide\* que les dépenses/mu);
    expect(md).toContain('du 1<sup>er</sup> juillet 2021');
    expect(md).toContain('du Centre de services régional<sup>1</sup> et');
  });

  it('prints each footnote definition after the paragraph that references it', () => {
    const ref = md.indexOf('régional<sup>1</sup>');
    const def = md.indexOf('<sup>1</sup> [A/77/612](#) et [A/77/732](#).');
    expect(ref).toBeGreaterThan(0);
    expect(def).toBeGreaterThan(ref);
    expect(md.indexOf('<sup>3</sup> [A/77/612](#).')).toBeGreaterThan(md.indexOf('2022<sup>3</sup>'));
  });

  it('prints straight apostrophes and plain spaces, as the UN pages do (seeds 000, 003)', () => {
    expect(md).not.toMatch(/[\u2019\u00a0\u202f]/u);
    expect(md).toContain("l'exercice allant du 1<sup>er</sup> juillet 2023");
  });

  it('is the same for the same file, every time', () => {
    expect(renderMarkdown(page('A_RES_77_306.fr.xml'))).toBe(md);
  });
});

describe('PDF-extracted text', () => {
  const p = page('A_RES_75_253B.excerpt.fr.xml');
  const text = renderPdf(p);
  const lines = text.split('\n').map((l) => l.trim());
  // the job number of 75/253 B (meta docketNumber "21-05133 (F)")
  const footer = /^(?:(\d+)\/(\d+) 21-05133|21-05133 (\d+)\/(\d+))$/u;

  it('has no italics and prints the numbers at the start of the paragraphs', () => {
    // no "*" but the first page's bar code line ("*2105133*")
    expect(text.replace(/^\*\d+\* $/mu, '')).not.toContain('*');
    expect(text).toMatch(/^ {1,2}4\. Apprécie les efforts/mu);
    expect(text).toMatch(/^ {1,2}a\) la possibilité de porter à 65 ans/mu);
  });

  it('prints non-breaking spaces as spaces, two before a colon (seeds 002, 004)', () => {
    expect(text).not.toMatch(/[\u00a0\u202f]/u);
    expect(text).toContain('suivants  :');
  });

  it('prints the job number at the foot of the first page, then page/count and job number at every page end', () => {
    expect(lines.filter((l) => l === '21-05133 (F)')).toHaveLength(1);
    const footers = lines.filter((l) => footer.test(l)).map((l) => footer.exec(l)!.slice(1).filter(Boolean).map(Number));
    expect(footers.length).toBeGreaterThan(0);
    footers.forEach(([n, total], i) => {
      expect(n).toBe(i + 2);
      expect(total).toBe(footers.length + 1);
    });
  });

  it('prints a running header with the symbol beside each footer between two pages', () => {
    const ends = lines.map((l, i) => (footer.test(l) || l === '21-05133 (F)' ? i : -1)).filter((i) => i >= 0);
    for (const at of ends.slice(0, -1)) {
      const near = lines.slice(at - 6, at + 7);
      expect(near.some((l) => l.includes('A/RES/75/253 B') && !l.startsWith('Nations Unies'))).toBe(true);
    }
  });

  it('prints the footnote rule, the notes and their URL lines at the foot of the page', () => {
    const rule = lines.indexOf('__________________');
    expect(rule).toBeGreaterThan(0);
    expect(text).toContain('https://undocs.org/fr/A/RES/75/253');
  });

  it('varies the furniture from file to file', () => {
    const shapes = new Set<string>();
    for (const name of ['A.xml', 'B.xml', 'C.xml', 'D.xml', 'E.xml', 'F.xml', 'G.xml', 'H.xml']) {
      const t = renderPdf({ ...p, file: name });
      const f = t.split('\n').map((l) => l.trim()).find((l) => footer.test(l))!;
      const h = t.split('\n').map((l) => l.trim()).find((l) => l.includes('A/RES/75/253 B') && !l.startsWith('Nations Unies'))!;
      shapes.add(`${/^\d/u.test(f) ? 'page-first' : 'job-first'} ${h === 'A/RES/75/253 B' ? 'alone' : h.startsWith('A/RES') ? 'left' : 'right'}`);
    }
    expect(shapes.size).toBeGreaterThan(2);
  });
});

describe('PDF footnote markers and ordinals', () => {
  // "… la Déclaration adoptée en 2015¹, …" and "le 1er juillet": the forms real extractions print
  const block: Block = {
    kind: 'paragraph',
    text: 'Rappelant la Déclaration adoptée en 2015, ainsi que la décision prise le 1er juillet par les États',
    footnotes: [{ marker: '1', offset: 40 }],
    links: [],
    line: 0,
    endLine: 0,
  };
  const note: Block = { kind: 'footnote', marker: '1', text: 'A/70/1.', footnotes: [], links: [], line: 0, endLine: 0 };
  const renderings = Array.from({ length: 30 }, (_, s) => renderPdfText([block, note], { seed: s + 1 }));

  it('glues a marker to a year ("20151") in some renderings and prints it apart in others', () => {
    expect(renderings.some((r) => r.includes('20151'))).toBe(true);
    expect(renderings.some((r) => /2015 *\n+1 *\n/u.test(r) || r.includes('2015 1 ,'))).toBe(true);
  });

  it('splits an ordinal over two lines ("1" / "er") in some renderings', () => {
    expect(renderings.some((r) => /le 1 *\n+er *\n/u.test(r))).toBe(true);
  });
});
