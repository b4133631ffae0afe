import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { diffDocuments } from '../../src/diff/index.js';
import { condense, escapeHtml, escapeMarkdown, parseOnly, renderHtml, renderMarkdown, renderStat, renderText } from '../../src/diff/render.js';
import { UsageError } from '../../src/errors.js';
import { makeDoc, NEW, OLD, R77_OP7, R78_OP9 } from '../fixtures/diff/docs.js';

const r = diffDocuments(OLD, NEW);

describe('renderText', () => {
  const text = renderText(r);

  it('has a header, a summary line per part and a total', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['--- A/RES/77/36', '+++ A/RES/78/237']);
    expect(lines).toContain('Preambular paragraphs: 4 → 5 (1 added, 0 removed, 2 changed, 0 moved, 2 unchanged)');
    expect(lines).toContain('Operative paragraphs: 5 → 5 (1 added, 1 removed, 2 changed, 1 moved, 1 unchanged)');
    expect(lines).toContain('total: 2 added, 1 removed, 4 changed, 1 moved, 4 unchanged');
  });

  it('marks words with [-…-]{+…+} without colour, and labels paragraphs as analysts cite them', () => {
    expect(text).toContain('~ OP2 → OP3 changed (moved, similarity 0.97)\n');
    expect(text).toContain(' du [-premier-]{+deuxième+} rapport ');
    expect(text).toContain('~ OP7 → OP9 changed (similarity ');
    expect(text).toContain('de sa [-soixante-dix-huitième-]{+soixante-dix-neuvième+} session ');
    expect(text).toContain('> OP3 → OP2 renumbered, text unchanged\n');
    expect(text).toContain('- OP4 removed\n    [-Confirme que, lors de l’examen');
    expect(text).toContain('+ PP1 added\n    {+Commémorant le vingt-cinquième anniversaire');
    expect(text).toContain('~ PP1 → PP2 changed (similarity ');
    expect(text).toContain('Considérant {+également+} que la diffusion');
    // equal pairs are not listed by default
    expect(text).not.toContain('Saluant');
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('uses ANSI colour when asked, without the bracket markers', () => {
    const coloured = renderText(r, { color: true });
    expect(coloured).toMatch(/\u001b\[31m/); // red
    expect(coloured).toMatch(/\u001b\[32m/); // green
    expect(coloured).not.toContain('[-premier-]');
  });

  it('--only changed keeps the changed pairs only; the summary still counts everything', () => {
    const only = renderText(r, { only: ['changed'] });
    expect(only).not.toContain('added\n');
    expect(only).not.toContain('OP4 removed');
    expect(only.match(/^~ /gm)).toHaveLength(4);
    expect(only).toContain('total: 2 added, 1 removed, 4 changed, 1 moved, 4 unchanged');
  });

  it('prints nothing for identical documents', () => {
    expect(renderText(diffDocuments(OLD, OLD))).toBe('');
  });

  it('condenses long unchanged runs to the context words around a change', () => {
    const a = makeDoc('a', [['operative', '7', R77_OP7]]);
    const b = makeDoc('b', [['operative', '7', R78_OP9]]);
    const pair = diffDocuments(a, b).pairs[0]!;
    expect(condense(pair.words, 3).map((w) => (w.op === 'equal' ? w.text : `<${w.op}:${w.text}>`)).join('')).toBe(
      '… provisoire de sa <removed:soixante-dix-huitième><added:soixante-dix-neuvième> session la question …',
    );
  });
});

describe('renderStat', () => {
  it('is a table of counts per part', () => {
    expect(renderStat(r)).toBe(
      [
        'A/RES/77/36 → A/RES/78/237',
        'part         A   B  added  removed  changed  moved  unchanged',
        'preambular   4   5      1        0        2      0          2',
        'operative    5   5      1        1        2      1          1',
        'other        1   1      0        0        0      0          1',
        'total       10  11      2        1        4      1          4',
        '',
      ].join('\n'),
    );
  });
});

describe('renderMarkdown', () => {
  it('has a summary table and strikes removed / bolds added words', () => {
    const md = renderMarkdown(r);
    expect(md.startsWith('# A/RES/77/36 → A/RES/78/237\n')).toBe(true);
    expect(md).toContain('| operative | 5 | 5 | 1 | 1 | 2 | 1 | 1 |');
    expect(md).toContain('### OP2 → OP3 — changed (moved, similarity 0.97)');
    expect(md).toContain(' du ~~premier~~**deuxième** rapport ');
    expect(md).toContain('## Operative paragraphs');
  });

  it('escapes markdown syntax in the texts', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> #1 (2021-2025)')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> #1 (2021-2025)');
    // block syntax at the start of a paragraph
    expect(['# titre', '- tiret', '+ plus', '1. Appuie', '12) point'].map(escapeMarkdown)).toEqual(['\\# titre', '\\- tiret', '\\+ plus', '1\\. Appuie', '12\\) point']);
    const a = makeDoc('a', [['text', null, 'Décide *encore* de [rien] ;']]);
    const b = makeDoc('b', [['text', null, 'Décide *toujours* de [rien] ;']]);
    expect(renderMarkdown(diffDocuments(a, b))).toContain('Décide \\*~~encore~~**toujours**\\* de \\[rien\\] ;');
  });
});

describe('renderHtml', () => {
  const parser = new XMLParser({ ignoreAttributes: false, unpairedTags: ['meta'], preserveOrder: false, stopNodes: ['*.style'] });

  it('is one self-contained page: no scripts, no external resources', () => {
    const html = renderHtml(r);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|\bsrc=|\bhref=|@import|url\(/i);
    expect(() => parser.parse(html)).not.toThrow();
  });

  it('puts the two texts side by side: one row per pair, removed words in A, added words in B', () => {
    const html = renderHtml(r);
    const doc = parser.parse(html);
    const bodies = doc.html.body.table[1].tbody;
    const rows = bodies.flatMap((tb: { tr: unknown[] }) => tb.tr).filter((tr: Record<string, string>) => tr['@_class']?.startsWith('op-'));
    expect(rows.map((tr: Record<string, string>) => tr['@_class'])).toEqual(r.pairs.map((p) => `op-${p.op}`));
    const changedOp2 = html.split('\n').find((l) => l.includes('<del>premier</del>'))!;
    expect(changedOp2).toContain('<ins>deuxième</ins>');
    expect(changedOp2.indexOf('<del>premier</del>')).toBeLessThan(changedOp2.indexOf('<ins>deuxième</ins>'));
    // the left cell holds A's own text, the right cell B's
    expect(changedOp2).toMatch(/<td class="a">.*du <del>premier<\/del> rapport.*<\/td><td class="b">.*du <ins>deuxième<\/ins> rapport/);
  });

  it('escapes the texts', () => {
    const a = makeDoc('<A&B>', [['text', null, 'x <script>alert("1")</script> & y']]);
    const b = makeDoc('b', [['text', null, 'x <b>gras</b> & y']]);
    const html = renderHtml(diffDocuments(a, b));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>gras');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<title>&lt;A&amp;B&gt; → b</title>');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('parseOnly', () => {
  it('accepts a comma-separated list of operations and rejects anything else', () => {
    expect(parseOnly('changed')).toEqual(['changed']);
    expect(parseOnly('changed, added')).toEqual(['changed', 'added']);
    expect(() => parseOnly('modified')).toThrow(UsageError);
  });
});

describe('views of a document with embedded documents', () => {
  it('give each embedded document that changed its own heading, and the per-part lines at the end', () => {
    const a = makeDoc('A/75/394', [['text', null, 'Rapport de la Première Commission']]);
    a.parts = [{ ...makeDoc('A/75/394#projet-de-resolution-II', [['operative', '5', R77_OP7]]), symbol: 'A/C.1/75/L.8/Rev.1' },
      { ...makeDoc('A/75/394#projet-de-decision-I', [['text', null, 'Décision sans changement']]), symbol: 'A/C.1/75/L.47' }];
    const b = makeDoc('B', [['text', null, 'Rapport de la Première Commission']]);
    b.parts = [{ ...makeDoc('B#projet-de-resolution-II', [['operative', '5', R78_OP9]]), symbol: 'A/C.1/75/L.8/Rev.1' },
      { ...makeDoc('B#projet-de-decision-I', [['text', null, 'Décision sans changement']]), symbol: 'A/C.1/75/L.47' }];
    const text = renderText(diffDocuments(a, b));
    const lines = text.split('\n');
    expect(lines).toContain('Other paragraphs: 1 → 1 (0 added, 0 removed, 0 changed, 0 moved, 1 unchanged)');
    expect(lines).toContain('Operative paragraphs in B#projet-de-resolution-II (A/C.1/75/L.8/Rev.1): 1 → 1 (0 added, 0 removed, 1 changed, 0 moved, 0 unchanged)');
    // the unchanged draft decision gets no heading
    expect(text).not.toContain('projet-de-decision-I');
    expect(lines.slice(-4)).toEqual([
      'operative: 1 → 1 paragraphs: 0 added, 0 removed, 1 changed, 0 moved, 0 unchanged',
      'other: 2 → 2 paragraphs: 0 added, 0 removed, 0 changed, 0 moved, 2 unchanged',
      'total: 0 added, 0 removed, 1 changed, 0 moved, 2 unchanged',
      '',
    ]);
    expect(renderMarkdown(diffDocuments(a, b))).toContain('## Operative paragraphs in B#projet-de-resolution-II (A/C.1/75/L.8/Rev.1)');
  });
});
