/**
 * The accuracy harness end to end on the fixtures (test/fixtures/accuracy/): renderings written,
 * added with the real CLI (dist/ via bin/cybercorpus.cjs, built by `npm test`'s pretest), read
 * back with `export --json`, scored. The scorer itself is checked on documents made from the
 * truth, right and then spoilt, so that a broken comparison cannot pass.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pair, right, sameParagraphs, score, type ParsedDocument } from '../../bench/accuracy/compare.js';
import { run, table, type Result } from '../../bench/accuracy/main.js';
import { readTruth, type Truth } from '../../bench/accuracy/truth.js';
import { BIN, tempDir } from '../helpers/cli.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';

const DIR = join(FIXTURES, 'accuracy');
const FILES = ['A_RES_75_19.fr.xml', 'A_RES_75_253B.excerpt.fr.xml', 'A_RES_77_306.fr.xml'];

/** The truth as the CLI would print it if it read everything right. */
function asParsed(t: Truth): ParsedDocument {
  return {
    symbol: t.symbol,
    session: t.session,
    date: t.date,
    paragraphs: t.paragraphs.map((p) => ({ kind: p.kind, number: p.number, lead: p.lead, text: p.text, footnotes: p.footnotes })),
    footnotes: t.footnotes.map((f) => ({ marker: f.marker, text: f.text })),
  };
}

describe('the scorer', () => {
  const { truth } = readTruth(join(DIR, 'A_RES_77_306.fr.xml'));

  it('finds a document read exactly right fully right in every format', () => {
    for (const format of ['akn', 'markdown', 'pdf'] as const) expect(right(score(truth, asParsed(truth), format))).toBe(true);
  });

  it('accepts a PDF lead that stops early at a word boundary, and only in PDF text', () => {
    const ayant = { ...asParsed(truth), paragraphs: asParsed(truth).paragraphs.map((p) => (p.lead === 'Ayant examiné' ? { ...p, lead: 'Ayant' } : p)) };
    expect(score(truth, ayant, 'pdf').tally.leads).toEqual([10, 10]);
    expect(score(truth, ayant, 'markdown').tally.leads).toEqual([9, 10]);
    const wrong = { ...asParsed(truth), paragraphs: asParsed(truth).paragraphs.map((p) => (p.lead === 'Ayant examiné' ? { ...p, lead: 'Ayant exam' } : p)) };
    expect(score(truth, wrong, 'pdf').tally.leads).toEqual([9, 10]);
  });

  it('takes a comma for a word boundary ("Constate" for *Constate, avec un immense regret*, 79/138)', () => {
    const comma = { ...truth, paragraphs: truth.paragraphs.map((p) => (p.lead === 'Ayant examiné' ? { ...p, lead: 'Ayant examiné, avec soin' } : p)) };
    const early = { ...asParsed(truth) };
    expect(score(comma, early, 'pdf').tally.leads).toEqual([10, 10]);
    expect(score(comma, early, 'markdown').tally.leads).toEqual([9, 10]);
  });

  it('does not score a preambular or operative paragraph the parser finds in an annex, as the truth does not (77/104, 79/1)', () => {
    // 77/104's annexed principles print their own "Préambule" (para_18), then "*Rappelant* le …"
    const preamble = { kind: 'preambular', number: null, lead: 'Rappelant', text: 'Rappelant le besoin de …', footnotes: [], section: 'Annexe > Préambule' };
    const doc = { ...asParsed(truth), paragraphs: [...asParsed(truth).paragraphs, preamble] };
    expect(right(score(truth, doc, 'akn'))).toBe(true);
    // the same paragraph outside an annex is one preambular paragraph too many
    const outside = { ...asParsed(truth), paragraphs: [...asParsed(truth).paragraphs, { ...preamble, section: 'II. Préambule' }] };
    expect(score(truth, outside, 'akn').first.preambular_count).toBe('2 in the truth, 3 parsed');
  });

  it('reports header debris in a text, a lost number and a merged paragraph with their first difference', () => {
    const doc = asParsed(truth);
    const ps = doc.paragraphs;
    // operative 2 carries the running header; operative 4 lost its number; 5 and 6 merged
    ps[3] = { ...ps[3]!, text: `${ps[3]!.text} A/RES/77/306` };
    ps[5] = { ...ps[5]!, number: null };
    ps.splice(6, 2, { ...ps[6]!, text: `${ps[6]!.text} ${ps[7]!.text}` });
    const s = score(truth, doc, 'pdf');
    expect(right(s)).toBe(false);
    expect(s.first.text).toContain('parsed: a / res / 77 / 306');
    expect(s.first.operative_count).toBe('8 in the truth, 7 parsed');
    expect(s.first.operative_numbers).toBe('truth [1 2 3 4 5 6 7 8] parsed [1 2 3 · 5 7 8]');
    // the paragraphs after the merge are still paired with their own
    expect(s.tally.text).toEqual([14 - 3, 14]);
  });

  it('pairs by equal texts first, then in order between them', () => {
    const ps = asParsed(truth).paragraphs;
    const paired = pair(truth.paragraphs, [ps[0]!, { ...ps[1]!, text: 'autre' }, ps[2]!]);
    expect(paired.slice(0, 3)).toEqual([ps[0], { ...ps[1]!, text: 'autre' }, ps[2]]);
    expect(paired.slice(3).every((p) => p === null)).toBe(true);
  });

  it('compares the markdown and PDF readings of one resolution', () => {
    const a = asParsed(truth);
    expect(sameParagraphs(a, asParsed(truth))).toBeNull();
    const b = asParsed(truth);
    b.paragraphs[4] = { ...b.paragraphs[4]!, text: `${b.paragraphs[4]!.text} 3/4 23-11111` };
    expect(sameParagraphs(a, b)).toMatch(/^paragraph 5 \(operative 3\): ….* ⟦markdown: ∅ \| pdf: 3 \/ 4 23 - 11111⟧$/u);
  });
});

describe('npm run accuracy on the fixtures, through the real CLI', () => {
  const work = tempDir('cybercorpus-accuracy-test-');
  afterAll(() => work.cleanup());
  let result: Result;

  it('adds the three renderings of every file and scores each', async () => {
    result = await run({
      root: ROOT, dir: DIR, files: FILES, formats: ['akn', 'markdown', 'pdf'], out: '', json: '',
      keep: work.dir, workers: null, cli: BIN, quiet: true,
    });
    expect(result.files).toBe(3);
    for (const f of result.formats) {
      expect(f.documents).toBe(3);
      expect(f.missing).toBe(0);
      // the denominators are the truth read by hand: 2 + 14 + 20 paragraphs, 1 + 3 + 5 notes
      expect(f.rates.text[1]).toBe(36);
      expect(f.rates.footnote_text[1]).toBe(9);
      expect(f.rates.symbol[1]).toBe(3);
    }
    expect(result.same_paragraphs?.[1]).toBe(3);
  });

  it('wrote the renderings the CLI read: markdown with italics, PDF text with page furniture', () => {
    const md = readFileSync(join(work.dir, 'markdown', 'A_RES_77_306.fr.md'), 'utf8');
    expect(md).toContain('*Prend note* des rapports du Secrétaire général');
    const pdf = readFileSync(join(work.dir, 'pdf', 'A_RES_75_253B.excerpt.fr.txt'), 'utf8');
    expect(pdf).toMatch(/^ *(?:\d+\/\d+ 21-05133|21-05133 \d+\/\d+) *$/mu);
  });

  it('reads the AKN file of 75/19 fully right (the truth reader and the product agree)', () => {
    const akn = result.formats.find((f) => f.format === 'akn')!;
    expect(akn.rates.symbol[0]).toBe(3);
    expect(result.failures.some((l) => l.startsWith('akn\tA_RES_75_19.fr.xml'))).toBe(false);
  });

  it('prints a table with every metric and format', () => {
    const t = table(result);
    expect(t).toMatch(/^\| metric \| akn \| markdown \| pdf \|$/mu);
    expect(t).toMatch(/^\| \*\*fully right\*\* \|/mu);
    expect(t).toContain('3 files');
  });
});

describe('npm run accuracy on bad options', () => {
  const accuracy = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bench', 'accuracy', 'run.mjs'), '--dir', DIR, ...args], { encoding: 'utf8' });

  it('says what is wrong in one line and exits 2', () => {
    for (const [args, message] of [
      [['--formats', 'docx'], 'accuracy: unknown format docx (akn, markdown, pdf)'],
      [['--files', 'A_RES_1_1.fr.xml'], `accuracy: no file A_RES_1_1.fr.xml in ${DIR}`],
      [['--render', 'A_RES_75_19.fr.xml'], 'accuracy: --render takes one format: --formats markdown, pdf or akn'],
    ] as const) {
      const r = accuracy(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`${message}\n`);
    }
  });

  it('prints one rendering with --render', () => {
    const r = accuracy('--render', 'A_RES_75_19.fr.xml', '--formats', 'markdown');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('*Approuve* le rapport de la Commission de vérification des pouvoirs<sup>1</sup>.');
  });
});
