import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterSql, NO_FILTER, parseCountries, parseCountry, parseKinds, parseRanges } from '../../src/query/filters.js';
import {} from '../helpers/paths.js';
import { buildCorpus, type Corpus } from './fixture.js';

let c: Corpus;
beforeAll(() => {
  c = buildCorpus();
});
afterAll(() => c?.cleanup());

const csv = (args: string[]) => {
  const r = c.run(['export', '--csv', ...args]);
  if (r.code !== 0) throw new Error(r.stderr);
  return parse(r.stdout, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
};

/** Ids of the documents (and parts) a SQL condition on `d` (with `up` = its parent) selects. */
function idsWhere(cond: string, ...params: unknown[]): string[] {
  const db = c.open();
  const ids = db.prepare(`SELECT d.id FROM documents d LEFT JOIN documents up ON up.id = d.parent_id WHERE ${cond} ORDER BY d.id`)
    .pluck().all(...params) as string[];
  db.close();
  return ids;
}

const docIds = (rows: Record<string, string>[], key = 'document_id') => [...new Set(rows.map((r) => r[key]!))].sort();

describe('filter parsing', () => {
  it('--kind takes document kinds and paragraph kinds, and lists both on a mistake', () => {
    expect(parseKinds(['resolution,operative', 'report'])).toEqual({ kinds: ['resolution', 'report'], paragraphKinds: ['operative'], footnotes: false });
    expect(() => parseKinds(['resolutions'])).toThrow(/unknown kind 'resolutions'; document kinds: draft-resolution.*paragraph kinds: preambular/);
    // footnote is a kind for search only; export has it as a table
    expect(() => parseKinds(['footnote'])).toThrow(/unknown kind 'footnote'; document kinds/);
    expect(parseKinds(['Footnote,operative'], true)).toEqual({ kinds: [], paragraphKinds: ['operative'], footnotes: true });
    expect(() => parseKinds(['footnotes'], true)).toThrow(/unknown kind 'footnotes';.*; or footnote$/);
  });

  it('countries by code or by French/English name', () => {
    expect(parseCountry('fra', '--sponsor')).toBe('FRA');
    expect(parseCountry('Fédération de Russie', '--sponsor')).toBe('RUS');
    expect(parseCountry('Germany', '--author')).toBe('DEU');
    expect(() => parseCountry('Atlantis', '--sponsor')).toThrow(/--sponsor: unknown country 'Atlantis'/);
    expect(parseCountries(['FRA,Allemagne', 'France'])).toEqual(['FRA', 'DEU']);
  });

  it('sessions and years: numbers, closed and open ranges, comma lists', () => {
    expect(parseRanges('78', '--session')).toEqual([[78, 78]]);
    expect(parseRanges('75..78,80', '--session')).toEqual([[75, 78], [80, 80]]);
    expect(parseRanges('75-78', '--session')).toEqual([[75, 78]]);
    expect(parseRanges('..76', '--session')).toEqual([[0, 76]]);
    expect(parseRanges('79..', '--session')[0]![0]).toBe(79);
    expect(() => parseRanges('78..75', '--session')).toThrow(/empty/);
    expect(() => parseRanges('7x', '--session')).toThrow(/--session takes a number or a range/);
  });

  it('no filter is no condition', () => {
    expect(filterSql(NO_FILTER)).toEqual({ sql: '1', params: [] });
  });
});

describe('export filters select the same rows as the database says', () => {
  it('--doc: the document and its parts (a report and its drafts)', () => {
    const rows = csv(['--table', 'paragraphs', '--doc', 'A/75/394']);
    expect(docIds(rows)).toEqual(idsWhere("d.id = 'A/75/394' OR d.parent_id = 'A/75/394'"));
    expect(docIds(rows).length).toBeGreaterThan(1);
  });

  it('--kind resolution (documents) and --kind operative (paragraphs) together', () => {
    const rows = csv(['--kind', 'resolution,draft-resolution', '--kind', 'operative']);
    expect(rows.every((p) => p.kind === 'operative')).toBe(true);
    const db = c.open();
    const expected = db.prepare(`SELECT count(*) FROM paragraphs p JOIN documents d ON d.id = p.document_id
      WHERE d.kind IN ('resolution', 'draft-resolution') AND p.kind = 'operative'`).pluck().get();
    db.close();
    expect(rows.length).toBe(expected);
    expect(rows.filter((p) => p.symbol === 'A/C.1/78/L.11').map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('--session: a number or a range; parts take their parent\'s session', () => {
    const docs = csv(['--table', 'documents', '--session', '75..78']);
    expect(docs.map((d) => d.id).sort()).toEqual(idsWhere('coalesce(d.session, up.session) BETWEEN 75 AND 78'));
    expect(docs.map((d) => d.id)).toContain('A/C.1/78/L.11');
    expect(csv(['--table', 'documents', '--session', '78']).every((d) => d.session === '78' || d.parent_id !== '')).toBe(true);
    expect(csv(['--table', 'documents', '--session', '75,79']).map((d) => d.id).sort()).toEqual(idsWhere('coalesce(d.session, up.session) IN (75, 79)'));
  });

  it('--year, --part, --author', () => {
    const years = csv(['--table', 'documents', '--year', '2020..2021']).map((d) => d.id).sort();
    expect(years).toEqual(idsWhere("CAST(substr(coalesce(d.date, up.date), 1, 4) AS INTEGER) BETWEEN 2020 AND 2021"));
    expect(years).toEqual(expect.arrayContaining(['A/RES/75/32', 'A/RES/75/240', 'A/RES/76/19']));
    const parts = csv(['--table', 'documents', '--part']);
    expect(parts.map((d) => d.id).sort()).toEqual(idsWhere('d.parent_id IS NOT NULL'));
    expect(parts.length).toBeGreaterThan(0);
    // seed 003 (the SG report of the 79th session) carries Germany's reply
    expect(csv(['--table', 'documents', '--author', 'Allemagne']).map((d) => d.id)).toEqual(['003_83cf9bc9fb203afb#DEU']);
  });

  it('--sponsor: documents sponsored by the country, by code or by name', () => {
    const rows = csv(['--table', 'sponsors', '--sponsor', 'France']);
    const expected = idsWhere("EXISTS (SELECT 1 FROM sponsors s WHERE s.document_id IN (d.id, d.parent_id) AND s.country = 'FRA')");
    expect(expected.length).toBeGreaterThan(0);
    expect(docIds(csv(['--table', 'documents', '--sponsor', 'FRA']), 'id')).toEqual(expected);
    const either = idsWhere("EXISTS (SELECT 1 FROM sponsors s WHERE s.document_id IN (d.id, d.parent_id) AND s.country IN ('FRA', 'RUS'))");
    expect(docIds(csv(['--table', 'documents', '--sponsor', 'France', '--sponsor', 'RUS']), 'id')).toEqual(either);
    // the sponsors table of those documents lists all their sponsors, France among them
    for (const id of docIds(rows)) expect(rows.some((s) => s.document_id === id && s.country === 'FRA')).toBe(true);
  });

  it('mistakes are one line, exit 2', () => {
    for (const args of [['--doc', 'nope'], ['--session', '7x'], ['--kind', 'nope'], ['--sponsor', 'Atlantis'],
      ['--table', 'votes', '--kind', 'operative'], ['--json', '--kind', 'operative']]) {
      const r = c.run(['export', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
