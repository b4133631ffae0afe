/**
 * `cybercorpus search` on the bundled seeds, through the real CLI. Every expected hit set was
 * checked by hand with grep on the seed files (lines re-joined across line and page breaks):
 *  - "étatique" (singular, as a word) occurs once, in 004 (A/75/394): "la souveraineté étatique";
 *    "étatiques" occurs in 002 and 003 too.
 *  - "programme d'action" occurs in 002 (5 times, with ’, in 2 paragraphs: « b) Les États ont
 *    pris note… » and « 2. Les États continuent… ») and 003 (with '), nowhere else.
 *  - "œuvre" occurs in 000 (lines 46 and 84), 002 and 003; 001 and 004 have none.
 *  - 000 (A/C.1/78/L.11) is of session 78, dated 12 octobre 2023, sponsored among others by the
 *    « Fédération de Russie »; 001 (also sponsored by it) has no « œuvre »; 002 and 003 have no
 *    sponsors, and 003 is of session 79 (2024).
 *  - 003 lines 205–262 are Germany's reply (« #### Allemagne » to « ## Australie »): 14 lines
 *    (one markdown paragraph each) hold "programme d'action", 17 times in all.
 *  - 001 lines 269–278: "…des technologies de l’information" / footnote 4 / URL / "et de la
 *    communication dans les conflits…": one paragraph split by a PDF page break.
 *  - footnotes of 003 (`<sup>N</sup> text` lines): two hold "programme d'action", 43 (line 1126)
 *    and 44 (line 1128), both « Programme d'action destiné à promouvoir… », in Latvia's reply
 *    (« #### Lettonie », lines 1092–1141); both are referenced from the paragraph of line 1114
 *    (« Les résolutions 77/37<sup>43</sup> et 78/16<sup>44</sup> relatives au programme
 *    d'action… »). "nationalcybersurvey" occurs twice in all the seeds: footnote 6 of 003 (line
 *    189), referenced from paragraph « 34. » (line 171, under « #### *Portée et objectifs* » of
 *    line 123, before « IV. Observations et conclusions » at line 181), and the Australian
 *    paragraph of lines 329–335.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { cliWithDb } from '../helpers/cli.js';
import { seedFiles, seed } from '../helpers/paths.js';

let cli: ReturnType<typeof cliWithDb>;

beforeAll(() => {
  cli = cliWithDb();
  const r = cli.run(['add', ...seedFiles()]);
  if (r.code !== 0) throw new Error(`add failed: ${r.stderr}`);
}, 120_000);
afterAll(() => cli.cleanup());

interface Hit {
  document_id: string; symbol: string | null; kind: string; paragraph_n: number; number: string | null; lead: string | null;
  text: string; matches: [number, number][]; snippet: string; score: number; source_path: string; line: number;
}

function jsonl(args: string[]): Hit[] {
  const r = cli.run(['search', ...args, '--jsonl']);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Hit);
}
/** which seed files (000…004) hold the hits */
const seedsOf = (hits: { source_path: string }[]) => [...new Set(hits.map((h) => basename(h.source_path).slice(0, 3)))].sort();
const keys = (hits: Hit[]) => hits.map((h) => `${h.document_id}#${h.paragraph_n}`);

describe('French-aware matching on the seeds', () => {
  it('accents optional, case-insensitive: etatique finds the one « souveraineté étatique »', () => {
    for (const q of ['etatique', 'étatique', 'ÉTATIQUE', 'Etatique']) {
      const hits = jsonl([q]);
      expect(hits).toHaveLength(1);
      expect(seedsOf(hits)).toEqual(['004']);
      expect(hits[0]!.text).toContain('souveraineté étatique');
      expect(hits[0]!.matches.map(([a, b]) => hits[0]!.text.slice(a, b))).toEqual(['étatique']);
    }
    expect(seedsOf(jsonl(['etatique*']))).toEqual(['002', '003', '004']);
  });

  it('both apostrophes and non-breaking spaces give the same hits', () => {
    const straight = jsonl(["programme d'action"]);
    expect(seedsOf(straight)).toEqual(['002', '003']);
    expect(keys(jsonl(['programme d’action']))).toEqual(keys(straight));
    expect(keys(jsonl(['programme\u00a0d’action']))).toEqual(keys(straight));
    expect(keys(jsonl(['"PROGRAMME D\'ACTION"']))).toEqual(keys(straight));
  });

  it('œ and oe are the same letter', () => {
    const oe = jsonl(['oeuvre']);
    expect(seedsOf(oe)).toEqual(['000', '002', '003']);
    expect(keys(jsonl(['œuvre']))).toEqual(keys(oe));
    expect(keys(jsonl(['mise en oeuvre']))).toEqual(keys(jsonl(['mise en œuvre'])));
    const in000 = jsonl(['oeuvre', '--doc', seed('000')]);
    expect(in000.map((h) => h.line).sort((a, b) => a - b)).toEqual([46, 84]);
    // the snippet carries no markers: the matches say where œuvre is
    for (const h of in000) expect(h.matches.map(([a, b]) => h.text.slice(a, b).toLowerCase())).toContain('œuvre');
  });

  it('the paragraphs of 000 that contain œuvre keep their structure', () => {
    const in000 = jsonl(['oeuvre', '--doc', 'A/C.1/78/L.11']).sort((a, b) => a.line - b.line);
    expect(in000.map((h) => [h.kind, h.number, h.lead])).toEqual([
      ['preambular', null, 'Se déclarant préoccupée'],
      ['operative', '7', 'Invite'],
    ]);
    expect(keys(jsonl(['oeuvre', '--doc', '78/237', '--kind', 'operative']))).toEqual([keys(in000)[1]]);
    expect(keys(jsonl(['oeuvre', '--doc', '78/237', '--lead', 'se declarant preoccupee']))).toEqual([keys(in000)[0]]);
  });

  it('a phrase split by a PDF page break (and a footnote block) is found in its one paragraph', () => {
    const hits = jsonl(["de l'information et de la communication dans les conflits"]);
    expect(hits).toHaveLength(1);
    expect(seedsOf(hits)).toEqual(['001']);
  });

  it('"programme d’action" in 002: 5 occurrences in 2 paragraphs', () => {
    const kw = cli.run(['search', "programme d'action", '--doc', seed('002'), '--kwic', '--json']);
    expect(kw.code).toBe(0);
    const lines = JSON.parse(kw.stdout) as { match: string }[];
    expect(lines.map((l) => l.match.toLowerCase())).toEqual(Array(5).fill('programme d’action'));
    expect(jsonl(["programme d'action", '--doc', seed('002')])).toHaveLength(2);
  });
});

describe('operators on the seeds', () => {
  // "acteurs non étatiques": 002 line 647 and 003 (3 lines); "souveraineté étatique": 004 only
  it('OR, AND, NOT, NEAR', () => {
    expect(seedsOf(jsonl(['"acteurs non étatiques" OR "souveraineté étatique"']))).toEqual(['002', '003', '004']);
    expect(seedsOf(jsonl(['acteurs non etatiques']))).toEqual(['002', '003']);
    expect(seedsOf(jsonl(['souverainete NEAR/1 etatique']))).toEqual(['004']);
    expect(jsonl(['etatique NEAR/0 souverainete'])).toHaveLength(1);
    const a = keys(jsonl(['etatique*']));
    const both = new Set(keys(jsonl(['etatique* AND acteurs'])));
    expect(keys(jsonl(['etatique* NOT acteurs'])).sort()).toEqual(a.filter((k) => !both.has(k)).sort());
    expect(both.size).toBeGreaterThan(0);
  });
});

describe('filters on the seeds', () => {
  const lines = (hits: Hit[]) => hits.map((h) => h.line).sort((a, b) => a - b);
  it('--session, --year, --sponsor keep 000\'s two « œuvre » paragraphs', () => {
    for (const filter of [['--session', '78'], ['--session', '76..78'], ['--year', '2023'], ['--sponsor', 'RUS'], ['--sponsor', 'Fédération de Russie']]) {
      const hits = jsonl(['oeuvre', ...filter]);
      expect(seedsOf(hits)).toEqual(['000']);
      expect(lines(hits)).toEqual([46, 84]);
    }
  });
  it('--author: Germany\'s reply in 003', () => {
    for (const who of ['DEU', 'Allemagne']) {
      const hits = jsonl(["programme d'action", '--author', who]);
      expect(hits).toHaveLength(14);
      expect(seedsOf(hits)).toEqual(['003']);
      for (const l of lines(hits)) expect(l >= 205 && l <= 262).toBe(true);
      expect(new Set(hits.map((h) => h.document_id)).size).toBe(1);
    }
    const kw = cli.run(['search', "programme d'action", '--author', 'DEU', '--kwic', '--jsonl']);
    expect(kw.stdout.trim().split('\n')).toHaveLength(17);
  });
  it('--part keeps the paragraphs of parts only', () => {
    const all = jsonl(["programme d'action"]);
    const parts = jsonl(["programme d'action", '--part']);
    const tops = new Set(JSON.parse(cli.run(['list', '--json']).stdout).map((d: { id: string }) => d.id));
    expect(keys(parts)).toEqual(keys(all.filter((h) => !tops.has(h.document_id))));
    expect(parts.length).toBeGreaterThan(0);
  });
});

describe('footnotes are searched too', () => {
  const fns = (hits: Hit[]) => hits.filter((h) => h.kind === 'footnote');
  it('--kind footnote: the two footnotes of 003 that cite the « Programme d\'action »', () => {
    const hits = jsonl(["programme d'action", '--kind', 'footnote']);
    expect(hits.map((h) => [h.kind, h.number, h.lead, h.line])).toEqual([
      ['footnote', '43', null, 1126],
      ['footnote', '44', null, 1128],
    ]);
    expect(seedsOf(hits)).toEqual(['003']);
    for (const h of hits) {
      expect(h.text).toMatch(/^Résolution 7[78]\/(37|16) de l'Assemblée générale, intitulée « Programme d'action destiné à promouvoir/);
      expect(h.snippet).toContain("« Programme d'action destiné");
      expect(h.matches.map(([a, b]) => h.text.slice(a, b))).toEqual(["Programme d'action"]);
    }
    // attached to the paragraph of line 1114, in Latvia's reply
    const para = jsonl(["les resolutions 77/37 et 78/16 relatives au programme d'action", '--author', 'LVA']);
    expect(para.map((h) => h.line)).toEqual([1114]);
    for (const h of hits) expect([h.document_id, h.paragraph_n]).toEqual([para[0]!.document_id, para[0]!.paragraph_n]);
    expect(keys(fns(jsonl(["programme d'action", '--author', 'Lettonie'])))).toEqual(keys(hits));
  });

  it('without --kind, footnotes and paragraphs are ranked together', () => {
    const all = jsonl(["programme d'action", '--sort', 'rank']);
    expect(fns(all).map((h) => h.line).sort((a, b) => a - b)).toEqual([1126, 1128]);
    const scores = all.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const both = jsonl(['nationalcybersurvey']);
    expect(both.map((h) => [h.kind, h.line]).sort()).toEqual([['footnote', 189], ['text', 329]]);
  });

  it('paragraph kinds and --lead leave footnotes out; --section is their paragraph\'s', () => {
    const paragraphs = jsonl(['nationalcybersurvey', '--kind', 'text']);
    expect(paragraphs.map((h) => h.line)).toEqual([329]);
    expect(jsonl(['nationalcybersurvey', '--kind', 'text,footnote'])).toHaveLength(2);
    expect(jsonl(["programme d'action", '--kind', 'report,footnote'])).toEqual([]); // 003 is a report, its footnotes are in parts
    expect(fns(jsonl(["programme d'action", '--kind', 'text,numbered,heading,list-item,subparagraph']))).toEqual([]);
    expect(fns(jsonl(["programme d'action", '--lead', 'Rappelant']))).toEqual([]);
    const fn6 = jsonl(['nationalcybersurvey', '--kind', 'footnote']);
    expect(fn6.map((h) => [h.number, h.line])).toEqual([['6', 189]]);
    const p34 = jsonl(["certains etats ont evoque la possibilite d'etablir des rapports nationaux volontaires"]);
    expect(p34.map((h) => [h.number, h.line])).toEqual([['34', 171]]);
    expect(fn6[0]!.paragraph_n).toBe(p34[0]!.paragraph_n);
    expect(keys(jsonl(['nationalcybersurvey', '--section', 'portee et objectifs', '--kind', 'footnote']))).toEqual(keys(fn6));
    expect(jsonl(['nationalcybersurvey', '--section', 'observations et conclusions', '--kind', 'footnote'])).toEqual([]);
  });

  it('--count, --count --by kind and --kwic include footnotes', () => {
    const total = jsonl(["programme d'action"]).length;
    const docs = JSON.parse(cli.run(['search', "programme d'action", '--count', '--json']).stdout) as { id: string; hits: number }[];
    expect(docs.reduce((a, r) => a + r.hits, 0)).toBe(total);
    const byKind = JSON.parse(cli.run(['search', "programme d'action", '--count', '--by', 'kind', '--json']).stdout) as { kind: string; hits: number }[];
    expect(byKind.find((r) => r.kind === 'footnote')?.hits).toBe(2);
    expect(byKind.reduce((a, r) => a + r.hits, 0)).toBe(total);
    const kw = cli.run(['search', "programme d'action", '--kind', 'footnote', '--kwic', '--jsonl']);
    const lines = kw.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; number: string; match: string; line: number });
    expect(lines.map((l) => [l.kind, l.number, l.match, l.line])).toEqual([
      ['footnote', '43', "Programme d'action", 1126],
      ['footnote', '44', "Programme d'action", 1128],
    ]);
    const text = cli.run(['search', "programme d'action", '--kind', 'footnote', '--kwic']).stdout.split('\n').filter((l) => l !== '');
    expect(text).toHaveLength(2);
    expect(text[0]).toMatch(/^003_83cf9bc9fb203afb#LVA ¶\d+ footnote 43 .*⟦Programme d'action⟧/);
  });

  it('the text view shows a footnote with its marker', () => {
    const r = cli.run(['search', 'nationalcybersurvey', '--kind', 'footnote']);
    expect(r.stdout.split('\n')[0]).toMatch(/^003_83cf9bc9fb203afb ¶\d+ {2}footnote 6 {2}seeds\/003_83cf9bc9fb203afb\.txt:189$/);
  });
});

describe('output formats', () => {
  const FIELDS = ['document_id', 'symbol', 'kind', 'paragraph_n', 'number', 'lead', 'section', 'text', 'matches', 'snippet', 'score', 'source_path', 'line'];

  it('--json is one array of hits with the documented fields', () => {
    const r = cli.run(['search', 'oeuvre', '--json', '--sort', 'rank']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as Hit[];
    expect(hits.length).toBeGreaterThan(20); // machine formats are not cut to the text view's page
    for (const h of hits) {
      expect(Object.keys(h)).toEqual(FIELDS);
      expect(typeof h.line).toBe('number');
      // accents optional: œuvré too; the snippet is text without markers
      expect(h.matches.map(([a, b]) => h.text.slice(a, b))).toContainEqual(expect.stringMatching(/^[œŒ]uvr[eé]$/i));
      expect(h.snippet).toMatch(/[œŒ]uvr[eé]/i);
    }
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(keys(jsonl(['oeuvre', '--sort', 'rank']))).toEqual(keys(hits));
  });

  it('machine output comes in document order unless --sort says otherwise; the same hits in every order', () => {
    // the seeds were added 000, 001, … 004: "programme d'action" is in 002 (two paragraphs) and
    // 003, whose parts hold paragraphs and footnotes 43 and 44 (lines 1126 and 1128)
    const byDoc = jsonl(["programme d'action"]);
    const seq = byDoc.map((h) => basename(h.source_path).slice(0, 3));
    expect(seq).toEqual([...seq].sort());
    expect(seq.filter((x) => x === '002')).toHaveLength(2);
    // within a document (or part): its paragraphs in order, then its footnotes
    const ids = [...new Set(byDoc.map((h) => h.document_id))];
    for (const id of ids) {
      const own = byDoc.filter((h) => h.document_id === id);
      const paragraphs = own.filter((h) => h.kind !== 'footnote').map((h) => h.paragraph_n);
      expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
      const first = own.findIndex((h) => h.kind === 'footnote');
      if (first >= 0) expect(own.slice(first).every((h) => h.kind === 'footnote')).toBe(true);
      expect(byDoc.slice(byDoc.findIndex((h) => h.document_id === id), byDoc.map((h) => h.document_id).lastIndexOf(id) + 1).every((h) => h.document_id === id)).toBe(true);
    }
    expect(byDoc.filter((h) => h.kind === 'footnote').map((h) => h.line)).toEqual([1126, 1128]);
    const ranked = jsonl(["programme d'action", '--sort', 'rank']);
    const byDate = jsonl(["programme d'action", '--sort', 'date']);
    expect(keys(byDoc).sort()).toEqual(keys(ranked).sort());
    expect(keys(byDate).sort()).toEqual(keys(ranked).sort());
    // 003 is dated (« 21 mai 2024 » under its symbol), 002 has no date on its first page: in
    // date order the undated come last, so 002's two paragraphs move from first to last
    expect(byDate.slice(-2).map((h) => basename(h.source_path).slice(0, 3))).toEqual(['002', '002']);
    // --limit and --offset page any order
    expect(keys(jsonl(["programme d'action", '--limit', '3', '--offset', '1']))).toEqual(keys(byDoc).slice(1, 4));
    const bad = cli.run(['search', 'oeuvre', '--sort', 'size']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sort: one of rank, doc, date/);
  });

  it('--csv and --tsv parse back, with path and line columns', () => {
    const json = JSON.parse(cli.run(['search', 'oeuvre', '--json']).stdout) as Hit[];
    const csv = cli.run(['search', 'oeuvre', '--csv']);
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(FIELDS);
    expect(rows.map((r) => `${r.document_id}#${r.paragraph_n}`)).toEqual(keys(json));
    expect(rows.map((r) => r.text)).toEqual(json.map((h) => h.text));
    expect(rows.map((r) => Number(r.line))).toEqual(json.map((h) => h.line));
    const tsv = cli.run(['search', 'oeuvre', '--tsv']).stdout.split('\n').filter((l) => l !== '');
    expect(tsv).toHaveLength(json.length + 1);
    for (const l of tsv) expect(l.split('\t')).toHaveLength(13);
  });

  it('--count and --count --by parse back', () => {
    const docs = parseCsv(cli.run(['search', 'oeuvre', '--count', '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(docs[0]!)).toEqual(['document_id', 'symbol', 'hits']);
    const total = (JSON.parse(cli.run(['search', 'oeuvre', '--json']).stdout) as Hit[]).length;
    expect(docs.reduce((a, r) => a + Number(r.hits), 0)).toBe(total);
    const byKind = JSON.parse(cli.run(['search', 'oeuvre', '--count', '--by', 'kind', '--json']).stdout) as { kind: string; hits: number }[];
    expect(byKind.reduce((a, r) => a + r.hits, 0)).toBe(total);
  });

  it('text view: marks matches with ⟦ ⟧, pages at 20 with a note, --all prints everything', () => {
    const r = cli.run(['search', 'oeuvre']);
    expect(r.code).toBe(0);
    const heads = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('  '));
    expect(heads).toHaveLength(20);
    expect(r.stdout).toContain('⟦œuvre⟧');
    expect(r.stderr).toMatch(/^cybercorpus: \d+ more hits \(\d+ in all\)/);
    const all = cli.run(['search', 'oeuvre', '--all']);
    const total = (JSON.parse(cli.run(['search', 'oeuvre', '--json']).stdout) as Hit[]).length;
    expect(all.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('  '))).toHaveLength(total);
    expect(all.stderr).toBe('');
  });

  it('--kwic text lines are aligned on the keyword', () => {
    const r = cli.run(['search', 'mise en oeuvre', '--kwic', '--window', '30']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(20);
    const cols = new Set(lines.map((l) => [...l].indexOf('⟦')));
    expect(cols.size).toBe(1);
    for (const l of lines) expect(l).toMatch(/⟦mise en (œ|Œ)uvre⟧/i);
  });
});

describe('exit codes', () => {
  it('0 when something matches, 1 when nothing does (in every format)', () => {
    expect(cli.run(['search', 'oeuvre', '--limit', '1']).code).toBe(0);
    const none = cli.run(['search', 'zzyzx introuvable']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    const json = cli.run(['search', 'zzyzx', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(cli.run(['search', 'zzyzx', '--count']).code).toBe(1);
    expect(cli.run(['search', 'zzyzx', '--kwic']).code).toBe(1);
    expect(cli.run(['search', 'etatique', '--doc', seed('003')]).code).toBe(1);
  });

  it.each([
    [["programme d'action", 'AND']],
    [['"programme d\'action']],
    [['NOT cyber']],
    [['cy*ber']],
    [['x', '--kind', 'paragraphe']],
    [['x', '--kind', 'footnotes']],
    [['x', '--session', 'LXXVIII']],
    [['x', '--sponsor', 'Atlantide']],
    [['x', '--doc', 'A/RES/99/999']],
    [['x', '--window', '5']],
    [['x', '--count', '--by', 'colour']],
    [['x', '--limit', '0']],
  ])('2 with a one-line message: %j', (args) => {
    const r = cli.run(['search', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cybercorpus: /);
    expect(lines[0]).not.toMatch(/sqlite|fts5|syntax error|at .*\.js/i);
  });
});
