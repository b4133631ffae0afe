import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseAkn } from '../../src/frontends/akn.js';
import { scanTags } from '../../src/frontends/akn-xml.js';
import { parseText } from '../../src/parse.js';
import { fold } from '../../src/text/fold.js';
import type { Block, Document, FrontEndResult } from '../../src/types.js';
import { cliWithDb } from '../helpers/cli.js';
import { FIXTURES, akn, seed } from '../helpers/paths.js';

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'akn', name), 'utf8');
const ofKind = (r: FrontEndResult, kind: string): Block[] => r.blocks.filter((b) => b.hints?.kind === kind);
const footnotes = (r: FrontEndResult): Block[] => r.blocks.filter((b) => b.kind === 'footnote');

/* ---------------------------------------------------------------- fixtures */

describe('parseAkn: a small resolution written for the tests (test/fixtures/akn/minimal.xml)', () => {
  const text = fixture('minimal.xml');
  const r = parseAkn(text);
  const lines = text.split('\n');

  it('reads the metadata from FRBR, the cover page and the preface', () => {
    expect(r.format).toBe('akn');
    expect(r.meta).toEqual({
      symbol: 'A/RES/99/1',
      aliases: ['A/C.1/99/L.7'],
      kind: 'resolution',
      title: 'Essai de résolution 99/1 & suite',
      organ: 'A',
      committee: null,
      session: 99,
      agenda_item: '94',
      date: '2099-12-01',
      distribution: 'générale',
      language: 'fr',
    });
    expect(r.draftSymbol).toBe('A/C.1/99/L.7');
    expect(r.reportSymbol).toBe('A/99/400');
  });

  it('gives every block its kind, number and lead in reading order', () => {
    expect(r.blocks.map((b) => [b.kind, b.hints?.kind ?? null, b.hints?.number ?? null, b.hints?.lead ?? null, b.marker ?? null])).toEqual([
      ['heading', 'title', null, null, null],
      ['paragraph', 'formula', null, null, null],
      ['paragraph', 'preambular', null, 'Rappelant', null],
      ['paragraph', 'preambular', null, 'Prenant note avec satisfaction', null],
      ['footnote', null, null, null, '1'],
      ['heading', 'heading', null, null, null],
      ['paragraph', 'operative', '1', 'Se félicite également', null],
      ['list-item', 'subparagraph', 'a)', null, null],
      ['footnote', null, null, null, '2'],
      ['list-item', 'subparagraph', 'b)', null, null],
      ['paragraph', 'operative', '2', 'Demande', null],
      ['list-item', 'subparagraph', 'a)', null, null],
      ['list-item', 'subparagraph', 'b)', null, null],
      ['paragraph', 'operative', '3', 'Décide', null],
      ['paragraph', 'text', null, null, null],
    ]);
  });

  it('cleans the text: no tabs or indentation, lead kept, number removed, <sup> joined', () => {
    const texts = r.blocks.map((b) => b.text);
    expect(texts[0]).toBe('Essai de résolution 99/1 & suite');
    expect(texts[1]).toBe('L’Assemblée générale,');
    expect(texts[2]).toBe('Rappelant sa résolution 98/2 du 1er décembre 2098,');
    expect(texts[6]).toBe('Se félicite également que le groupe ait décidé :');
    expect(texts[7]).toBe('de se réunir ;');
    expect(texts[11]).toBe('de coopérer ;');
    expect(texts[12]).toBe('de rendre compte ;');
    expect(texts[14]).toBe('40e séance plénière 1er décembre 2099');
  });

  it('puts footnote references at the end of the word they follow, and the footnote right after', () => {
    const p = r.blocks[3] as Block;
    expect(p.text).toBe('Prenant note avec satisfaction du rapport du groupe et de ses annexes,');
    expect(p.footnotes).toEqual([{ marker: '1', offset: 'Prenant note avec satisfaction du rapport du groupe'.length }]);
    expect(r.blocks[4]?.text).toBe('Voir A/99/100.');
    expect(r.blocks[4]?.links).toEqual([{ text: 'A/99/100', href: 'https://undocs.org/fr/A/99/100', offset: 5 }]);
    expect(r.blocks[7]?.footnotes).toEqual([{ marker: '2', offset: 'de se réunir'.length }]);
    expect(r.blocks[8]?.text).toBe('Deux fois par an.');
  });

  it('keeps links with their offsets in the clean text', () => {
    expect(r.blocks[2]?.links).toEqual([{ text: '98/2', href: 'https://undocs.org/fr/A/RES/98/2', offset: 'Rappelant sa résolution '.length }]);
    const last = r.blocks[13] as Block;
    expect(last.links).toHaveLength(1);
    expect(last.text.slice(last.links[0]?.offset, (last.links[0]?.offset ?? 0) + 'centième'.length)).toBe('centième');
  });

  it('gives source line spans that cover the element', () => {
    const find = (s: string): number => lines.findIndex((l) => l.includes(s)) + 1;
    expect(r.blocks[2]).toMatchObject({ line: find('container_2'), endLine: find('container_2') + 2 });
    expect(r.blocks[4]).toMatchObject({ line: find('authorialNote_1'), endLine: find('authorialNote_1') });
    const op1 = r.blocks[6] as Block;
    expect(op1.line).toBe(find('"para_4"'));
    expect(op1.endLine).toBe(find('</intro>'));
    expect(r.blocks[7]).toMatchObject({ line: find('para_4_list_point_a"'), endLine: find('para_4_list_point_b"') - 1 });
    expect(r.blocks[11]).toMatchObject({ line: find('"para_6"'), endLine: find('"para_7"') - 1 });
  });

  it('resolves sponsors through the gazetteer, splitting "and" only between names', () => {
    expect(r.sponsors?.map((s) => [s.country, s.role])).toEqual([
      ['FRA', 'sponsor'],
      ['BIH', 'sponsor'],
      ['GBR', 'sponsor'],
      ['CIV', 'sponsor'],
      ['COM', 'additional'],
      [null, 'additional'],
      ['IRN', 'additional'],
    ]);
    expect(r.sponsors?.[3]).toMatchObject({ as_written: 'Côte d’Ivoire', name: "Côte d'Ivoire" });
    expect(r.sponsors?.[5]).toEqual({ country: null, name: 'Atlantis', as_written: 'Atlantis', role: 'additional' });
  });

  it('reads the recorded vote: stated figures, records, counted from the records', () => {
    expect(r.votes).toHaveLength(1);
    const v = r.votes?.[0];
    expect(v).toMatchObject({
      subject: 'projet de résolution A/C.1/99/L.7',
      target: 'A/RES/99/1',
      body: 'plenary',
      date: '2099-12-01',
      paragraph_n: null,
      stated: { yes: 3, no: 1, abstain: 2 },
      counted: { yes: 2, no: 1, abstain: 2 },
    });
    expect(v?.records).toEqual([
      { country: 'FRA', name: 'France', vote: 'yes' },
      { country: 'CIV', name: "Côte d'Ivoire", vote: 'yes' },
      { country: null, name: 'ATLANTIS', vote: 'no' },
      { country: 'IRN', name: "Iran (République islamique d')", vote: 'abstain' },
      { country: 'TUR', name: 'Türkiye', vote: 'abstain' },
    ]);
  });

  it('warns about unknown names and a count that does not match its list, with lines', () => {
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['country-unresolved', lines.findIndex((l) => l.includes('Atlantis and Iran')) + 1],
      ['country-unresolved', lines.findIndex((l) => l.includes('>ATLANTIS<')) + 1],
      ['vote-count-mismatch', lines.findIndex((l) => l.includes('<voting')) + 1],
    ]);
  });
});

describe('parseAkn: quirks (test/fixtures/akn/placeholders.xml)', () => {
  const r = parseAkn(fixture('placeholders.xml'));

  it('ignores placeholder dates and finds the symbol, session and agenda item elsewhere', () => {
    expect(r.meta).toMatchObject({ symbol: 'A/RES/98/5', date: null, session: 98, agenda_item: '98', title: 'Titre sans date', language: null });
  });

  it('takes the report from the cover page when the workflow leaves it empty', () => {
    expect(r.draftSymbol).toBe('A/C.1/98/L.3/Rev.1');
    expect(r.reportSymbol).toBe('A/98/390');
  });

  it('has no sponsors for empty by="" and no vote when adopted without a vote', () => {
    expect(r.sponsors).toEqual([]);
    expect(r.votes).toEqual([]);
  });

  it('takes the lead from the italics when the container name is not the opening words, keeps unexpected text, warns about the missing body', () => {
    expect(ofKind(r, 'preambular').map((b) => [b.hints?.lead, b.text])).toEqual([
      ['Notant', 'Notant sans nom de conteneur,'],
      ['Considérant', 'Considérant un nom qui n’est pas le début du texte,'],
      [null, 'Notant enfin un nom qui n’est pas un mot entier,'],
      [null, 'Un bloc sans conteneur.'],
      [null, 'Un élément inattendu garde son texte.'],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['akn-no-body']);
  });
});

describe('parseAkn: grouping elements and annexes (test/fixtures/akn/annex.xml)', () => {
  const r = parseAkn(fixture('annex.xml'));

  it('gives a group its number and heading, then its paragraphs; the annex its title and numbered paragraphs', () => {
    expect(r.meta?.symbol).toBe('A/RES/97/3');
    expect(r.blocks.map((b) => [b.kind, b.hints?.kind, b.hints?.number ?? null, b.text])).toEqual([
      ['heading', 'title', null, 'Résolution avec annexe'],
      ['heading', 'heading', 'I.', 'I. Dispositions générales'],
      ['paragraph', 'operative', '1', 'Adopte le texte figurant en annexe ;'],
      ['paragraph', 'operative', null, 'Texte sans numéro.'],
      ['heading', 'heading', null, 'Annexe'],
      ['paragraph', 'numbered', '1', 'Premier paragraphe de l’annexe.'],
      ['paragraph', 'numbered', null, 'Un texte libre.'],
    ]);
  });
});

describe('parseAkn: errors', () => {
  it('malformed XML is one InputError naming the line', () => {
    expect(() => parseAkn(fixture('malformed.xml'))).toThrow(InputError);
    expect(() => parseAkn(fixture('malformed.xml'))).toThrow(/^malformed XML at line 7: Expected closing tag 'p' \(opened in line 6, col 9\)/);
    let message = '';
    try {
      parseAkn(fixture('malformed.xml'));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).not.toContain('\n');
  });

  it('XML that is not Akoma Ntoso is an InputError', () => {
    expect(() => parseAkn('<html><body/></html>')).toThrow(/not an Akoma Ntoso document/);
    expect(() => parseAkn('<akomaNtoso>\n</akomaNtoso>')).toThrow(InputError);
    expect(() => parseAkn('')).toThrow(InputError);
  });
});

describe('scanTags', () => {
  it('pairs start and end tags, skipping comments, CDATA and processing instructions', () => {
    const x = '<?xml version="1.0"?><a x="1>"><!-- <b> --><b/><![CDATA[<c>]]><c>t</c></a>';
    expect(scanTags(x).map((t) => [t.name, x.slice(t.start, t.end)])).toEqual([
      ['a', x.slice(x.indexOf('<a'))],
      ['b', '<b/>'],
      ['c', '<c>t</c>'],
    ]);
  });
});

/* ------------------------------------------------------- the UN's own files */

interface Expected {
  draft: string;
  report: string;
  date: string;
  session: number;
  agenda_item: string;
  preambular: string[];
  operative: string[];
  operativeLeads: string[];
  subparagraphs: string[];
  footnotes: string[];
  sponsors: number;
  additional: number;
  vote: [number, number, number] | null;
}

/* Every value below was read in the XML files themselves (grep of <container name>, <num>, the
 * italic spans of mainBody, authorialNote markers, the workflow's by="" lists counted by hand,
 * <count value> and the <organization> lines of each count). */
const FILES: Record<string, Expected> = {
  '75/32': {
    draft: 'A/C.1/75/L.4', report: 'A/75/394', date: '2020-12-07', session: 75, agenda_item: '98',
    preambular: ['Rappelant', 'Notant', 'Affirmant', 'Notant', 'Confirmant', 'Soulignant', 'Se déclarant préoccupée', 'Soulignant', 'Soulignant', 'Saluant', 'Soulignant', 'Réaffirmant', 'Réaffirmant également', 'Réaffirmant en outre', 'Soulignant', 'Notant'],
    operative: ['1', '2', '3', '4', '5', '6', '7'],
    operativeLeads: ['Demande', 'Invite', 'Se félicite', 'Se félicite également', 'Note', 'Décide', 'Décide'],
    subparagraphs: ['a)', 'b)', 'a)', 'b)'],
    footnotes: ['1', '2', '3'],
    sponsors: 45, additional: 9, vote: [163, 10, 7],
  },
  '75/240': {
    draft: 'A/C.1/75/L.8/Rev.1', report: 'A/75/394', date: '2020-12-31', session: 75, agenda_item: '98',
    preambular: ['Rappelant', 'Notant', 'Soulignant', 'Notant', 'Consciente', 'Notant', 'Affirmant', 'Confirmant', 'Se déclarant préoccupée', 'Soulignant', 'Se déclarant préoccupée', 'Estimant', 'Soulignant', 'Notant', 'Soulignant', 'Constatant', 'Rappelant', 'Confirmant', 'Confirmant', 'Réaffirmant', 'Considérant', 'Soulignant'],
    operative: ['1', '2', '3', '4', '5'],
    operativeLeads: ['Décide', 'Décide', 'Décide également', 'Décide en outre', 'Décide'],
    subparagraphs: [],
    footnotes: ['1', '2'],
    sponsors: 18, additional: 9, vote: [92, 50, 21],
  },
  '76/19': {
    draft: 'A/C.1/76/L.13', report: 'A/76/439', date: '2021-12-06', session: 76, agenda_item: '95',
    preambular: ['Rappelant', 'Soulignant', 'Rappelant', 'Notant', 'Se déclarant préoccupée', 'Se déclarant préoccupée également', 'Estimant', 'Soulignant', 'Notant', 'Réaffirmant', 'Réaffirmant également', 'Consciente', 'S’inspirant'],
    operative: ['1', '2', '3', '4', '5', '6', '7'],
    operativeLeads: ['Prend note', 'Accueille avec satisfaction', 'Demande', 'Soutient', 'Souligne', 'Invite', 'Décide'],
    subparagraphs: ['a)', 'b)'],
    footnotes: ['1', '2', '3'],
    sponsors: 55, additional: 53, vote: null,
  },
  '77/36': {
    draft: 'A/C.1/77/L.23/Rev.1', report: 'A/77/380', date: '2022-12-07', session: 77, agenda_item: '94',
    preambular: ['Rappelant', 'Soulignant', 'Considérant', 'Réaffirmant', 'Notant', 'Réaffirmant', 'Soulignant', 'Saluant'],
    operative: ['1', '2', '3', '4', '5', '6', '7'],
    operativeLeads: ['Appuie', 'Se félicite', 'Demande', 'Confirme', 'Encourage', 'Invite', 'Décide'],
    subparagraphs: [],
    footnotes: ['1', '2'],
    sponsors: 16, additional: 12, vote: [112, 52, 8],
  },
  '77/37': {
    draft: 'A/C.1/77/L.73', report: 'A/77/380', date: '2022-12-07', session: 77, agenda_item: '94',
    preambular: ['Rappelant', 'Notant', 'Estimant', 'Se déclarant préoccupée', 'Se déclarant préoccupée également', 'Estimant', 'Soulignant', 'Soulignant', 'Insistant', 'Rappelant', 'Demandant', 'Rappelant', 'Réaffirmant', 'Rappelant', 'Soutenant', 'Soulignant', 'Réaffirmant', 'Estimant', 'Soulignant', 'Soulignant également', 'Réaffirmant', 'Soulignant', 'Encourageant', 'Soulignant', 'Accueillant avec satisfaction'],
    operative: ['1', '2', '3', '4', '5'],
    operativeLeads: ['Se félicite', 'Souligne', 'Prie', 'Prie', 'Décide'],
    subparagraphs: [],
    footnotes: ['1', '2'],
    sponsors: 49, additional: 25, vote: [156, 7, 14],
  },
  '78/16': {
    draft: 'A/C.1/78/L.60/Rev.1', report: 'A/78/404', date: '2023-12-04', session: 78, agenda_item: '94',
    preambular: ['Rappelant', 'Notant', 'Se déclarant préoccupée', 'Se déclarant préoccupée également', 'Estimant', 'Soulignant', 'Soulignant', 'Demandant', 'Rappelant', 'Réaffirmant', 'Rappelant', 'Soutenant', 'Réaffirmant', 'Estimant', 'Soulignant', 'Soulignant également', 'Soulignant', 'Soulignant', 'Se félicitant', 'Rappelant', 'Soulignant'],
    operative: ['1', '2', '3', '4', '5'],
    operativeLeads: ['Accueille avec satisfaction', 'Se félicite', 'Encourage', 'Décide', 'Décide également'],
    subparagraphs: ['a)', 'b)', 'c)'],
    footnotes: ['1', '2', '3', '4'],
    sponsors: 52, additional: 15, vote: [161, 9, 11],
  },
  '78/237': {
    draft: 'A/C.1/78/L.11', report: 'A/78/404', date: '2023-12-22', session: 78, agenda_item: '94',
    preambular: ['Rappelant', 'Commémorant', 'Soulignant', 'Confirmant', 'Se déclarant préoccupée', 'Rappelant', 'Réaffirmant', 'Sachant', 'Considérant', 'Se déclarant préoccupée', 'Réaffirmant', 'Considérant', 'Considérant également', 'Réaffirmant', 'Soulignant', 'Réaffirmant', 'Notant', 'Saluant'],
    operative: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
    operativeLeads: ['Appuie', 'Demande', 'Se félicite', 'Se félicite également', 'Recommande', 'Encourage', 'Invite', 'Invite', 'Décide'],
    subparagraphs: [],
    footnotes: ['1', '2'],
    sponsors: 19, additional: 8, vote: [104, 53, 7],
  },
  '79/237': {
    draft: 'A/C.1/79/L.13', report: 'A/79/403', date: '2024-12-24', session: 79, agenda_item: '93',
    preambular: ['Rappelant', 'Rappelant également', 'Rappelant'],
    operative: ['1', '2', '3', '4', '5'],
    operativeLeads: ['Décide', 'Se félicite', 'Souligne', 'Décide', 'Décide également'],
    subparagraphs: ['a)', 'b)', 'c)'],
    footnotes: [],
    sponsors: 1, additional: 0, vote: null,
  },
  '80/16': {
    draft: 'A/C.1/80/L.20', report: 'A/80/534', date: '2025-12-01', session: 80, agenda_item: '94',
    preambular: ['Rappelant', 'Rappelant également', 'Rappelant'],
    operative: ['1', '2', '3', '4'],
    operativeLeads: ['Décide', 'Prie', 'Prie également', 'Décide'],
    subparagraphs: [],
    footnotes: [],
    sponsors: 1, additional: 0, vote: null,
  },
};

describe('parseAkn on the UN files (../shared/akn)', () => {
  const parsed = new Map<string, FrontEndResult>();
  const get = (res: string): FrontEndResult => {
    let r = parsed.get(res);
    if (!r) {
      r = parseAkn(readFileSync(akn(res), 'utf8'));
      parsed.set(res, r);
    }
    return r;
  };

  describe.each(Object.entries(FILES))('A/RES/%s', (res, e) => {
    it('metadata, draft and report', () => {
      const r = get(res);
      expect(r.meta).toMatchObject({ symbol: `A/RES/${res}`, kind: 'resolution', organ: 'A', committee: null, language: 'fr', date: e.date, session: e.session, agenda_item: e.agenda_item, aliases: [e.draft] });
      expect(r.draftSymbol).toBe(e.draft);
      expect(r.reportSymbol).toBe(e.report);
    });

    it('one title, one formula, the preambular paragraphs with their leads', () => {
      const r = get(res);
      expect(ofKind(r, 'title')).toHaveLength(1);
      expect(ofKind(r, 'formula').map((b) => b.text)).toEqual(['L’Assemblée générale,']);
      const pre = ofKind(r, 'preambular');
      expect(pre.map((b) => b.hints?.lead)).toEqual(e.preambular);
      for (const b of pre) expect(b.text.startsWith(b.hints?.lead ?? '\u0000')).toBe(true);
    });

    it('operative paragraphs with numbers and leads; sub-paragraphs', () => {
      const r = get(res);
      const op = ofKind(r, 'operative');
      expect(op.map((b) => b.hints?.number)).toEqual(e.operative);
      expect(op.map((b) => b.hints?.lead)).toEqual(e.operativeLeads);
      for (const b of op) expect(b.text.startsWith(b.hints?.lead ?? '\u0000')).toBe(true);
      expect(ofKind(r, 'subparagraph').map((b) => b.hints?.number)).toEqual(e.subparagraphs);
    });

    it('footnotes: each referenced once, defined right after its paragraph', () => {
      const r = get(res);
      expect(footnotes(r).map((b) => b.marker)).toEqual(e.footnotes);
      expect(r.blocks.flatMap((b) => b.footnotes.map((f) => f.marker))).toEqual(e.footnotes);
      r.blocks.forEach((b, i) => {
        if (b.kind !== 'footnote') return;
        let j = i - 1;
        while (r.blocks[j]?.kind === 'footnote') j--;
        expect(r.blocks[j]?.footnotes.map((f) => f.marker)).toContain(b.marker);
      });
    });

    it('no tabs, no doubled spaces, no markup in the text', () => {
      for (const b of get(res).blocks) {
        expect(b.text).not.toMatch(/[\t\n]| {2}|<|>/);
        expect(b.line).toBeGreaterThan(0);
        expect(b.endLine).toBeGreaterThanOrEqual(b.line);
      }
    });

    it('sponsors and additional sponsors, all resolved', () => {
      const r = get(res);
      expect(r.sponsors?.filter((s) => s.role === 'sponsor')).toHaveLength(e.sponsors);
      expect(r.sponsors?.filter((s) => s.role === 'additional')).toHaveLength(e.additional);
      expect(r.sponsors?.filter((s) => s.country === null)).toEqual([]);
      expect(r.warnings).toEqual([]);
    });

    it('the plenary vote', () => {
      const r = get(res);
      if (e.vote === null) {
        expect(r.votes).toEqual([]);
        return;
      }
      const [yes, no, abstain] = e.vote;
      expect(r.votes).toHaveLength(1);
      const v = r.votes?.[0];
      expect(v).toMatchObject({ target: `A/RES/${res}`, body: 'plenary', date: e.date, stated: { yes, no, abstain }, counted: { yes, no, abstain } });
      expect(v?.records).toHaveLength(yes + no + abstain);
      expect(v?.records.filter((x) => x.country === null)).toEqual([]);
    });
  });

  it('77/36 has 8 preambular and 7 operative paragraphs', () => {
    const r = get('77/36');
    expect(ofKind(r, 'preambular')).toHaveLength(8);
    expect(ofKind(r, 'operative')).toHaveLength(7);
  });

  it('78/237: 18 preambular, 9 operative; draft A/C.1/78/L.11 with 19 sponsors', () => {
    const r = get('78/237');
    expect(ofKind(r, 'preambular')).toHaveLength(18);
    expect(ofKind(r, 'operative')).toHaveLength(9);
    expect(r.draftSymbol).toBe('A/C.1/78/L.11');
    const sponsors = r.sponsors?.filter((s) => s.role === 'sponsor') ?? [];
    expect(sponsors).toHaveLength(19);
    expect(sponsors[0]).toEqual({ country: 'AZE', name: 'Azerbaïdjan', as_written: 'Azerbaijan', role: 'sponsor' });
    expect(sponsors.map((s) => s.country)).toEqual(expect.arrayContaining(['PRK', 'IRN', 'LAO', 'RUS', 'SYR', 'VEN', 'ZWE']));
    expect(sponsors[18]?.as_written).toBe('Zimbabwe');
    expect(r.sponsors?.filter((s) => s.role === 'additional').map((s) => s.country)).toEqual(['BOL', 'KHM', 'COG', 'ETH', 'KAZ', 'MDG', 'TKM', 'UZB']);
  });

  it('78/237: texts, footnotes and links as printed', () => {
    const r = get('78/237');
    expect(ofKind(r, 'title')[0]?.text).toBe('Progrès de l’informatique et des télécommunications et sécurité internationale');
    const pre = ofKind(r, 'preambular');
    expect(pre[1]?.text).toBe('Commémorant le vingt-cinquième anniversaire des discussions qui se tiennent sous les auspices de l’Organisation des Nations Unies concernant les progrès de l’informatique et des télécommunications et la sécurité internationale,');
    expect(pre[0]?.text).toContain('54/49 du 1er décembre 1999');
    expect(pre[0]?.links[0]).toEqual({ text: '36/103', href: 'https://undocs.org/fr/A/RES/36/103', offset: 'Rappelant ses résolutions '.length });
    const op3 = ofKind(r, 'operative')[2] as Block;
    expect(op3.footnotes.map((f) => [f.marker, op3.text.slice(0, f.offset).slice(-20)])).toEqual([
      ['1', 'à composition non limitée'.slice(-20)],
      ['2', 'États sur son adoption'.slice(-20)],
    ]);
    expect(footnotes(r).map((b) => b.text)).toEqual(['Voir A/78/265.', 'A/AC.292/2023/INF/5.']);
    expect(ofKind(r, 'operative')[8]?.text).toBe('Décide d’inscrire à l’ordre du jour provisoire de sa soixante-dix-neuvième session la question intitulée « Progrès de l’informatique et des télécommunications et sécurité internationale ».');
    expect(r.blocks.at(-1)?.text).toBe('50e séance plénière (reprise) 22 décembre 2023');
  });

  it('78/237: the vote records, upper-case English names resolved', () => {
    const v = get('78/237').votes?.[0];
    const vote = (iso: string): string | undefined => v?.records.find((x) => x.country === iso)?.vote;
    expect(vote('CIV')).toBe('yes');
    expect(vote('PRK')).toBe('yes');
    expect(vote('TUR')).toBe('no');
    expect(vote('NLD')).toBe('no');
    expect(vote('USA')).toBe('no');
    expect(v?.records.filter((x) => x.vote === 'abstain').map((x) => x.country)).toEqual(['CHL', 'COL', 'GTM', 'HND', 'MUS', 'SRB', 'SGP']);
  });

  it('75/32: the unnumbered "a)" paragraphs are sub-paragraphs without their number', () => {
    const r = get('75/32');
    const subs = ofKind(r, 'subparagraph');
    expect(subs[0]?.text.startsWith('de s’inspirer, pour ce qui touche')).toBe(true);
    expect(subs[3]?.text).toBe('la teneur des principes visés dans les rapports du Groupe d’experts gouvernementaux ;');
    expect(r.sponsors?.find((s) => s.as_written.startsWith('United Kingdom'))?.country).toBe('GBR');
    expect(r.sponsors?.find((s) => s.as_written === 'United States of America')?.country).toBe('USA');
    expect(r.sponsors?.find((s) => s.as_written === 'Turkey')?.country).toBe('TUR');
    expect(r.sponsors?.find((s) => s.as_written === 'the Marshall Islands')?.country).toBe('MHL');
  });

  it('79/237: the title keeps the unstyled 75/240 between its bold spans', () => {
    expect(get('79/237').meta?.title).toBe('Groupe de travail à composition non limitée sur la sécurité du numérique et de son utilisation (2021-2025) créé en application de la résolution 75/240 de l’Assemblée générale');
    expect(get('79/237').sponsors).toEqual([{ country: 'SGP', name: 'Singapour', as_written: 'Singapore', role: 'sponsor' }]);
  });

  it('76/19 and 78/16: names that contain "and" stay whole', () => {
    expect(get('76/19').sponsors?.find((s) => s.as_written === 'Sao Tome and Principe')?.country).toBe('STP');
    expect(get('78/16').sponsors?.find((s) => s.as_written === 'Bosnia and Herzegovina')?.country).toBe('BIH');
  });
});

/* ------------------------------------------------------------- end to end */

describe('an AKN file through the pipeline (parseText)', async () => {
  const path = join(FIXTURES, 'akn', 'minimal.xml');
  const d = await parseText(fixture('minimal.xml'), { path });

  it('is a resolution with its metadata and its draft as alias', () => {
    expect(d).toMatchObject({
      id: 'A/RES/99/1', symbol: 'A/RES/99/1', kind: 'resolution', aliases: ['A/C.1/99/L.7'], date: '2099-12-01',
      session: 99, agenda_item: '94', organ: 'A', committee: null, language: 'fr',
      source_path: path, source_format: 'akn', source_lines: 136,
    });
  });

  it('keeps the kinds, numbers and leads the markup gives', () => {
    const body = d.paragraphs.filter((p) => ['preambular', 'operative', 'subparagraph'].includes(p.kind));
    expect(body.map((p) => [p.kind, p.number, p.lead])).toEqual([
      ['preambular', null, 'Rappelant'],
      ['preambular', null, 'Prenant note avec satisfaction'],
      ['operative', '1', 'Se félicite également'],
      ['subparagraph', 'a)', null],
      ['subparagraph', 'b)', null],
      ['operative', '2', 'Demande'],
      ['subparagraph', 'a)', null],
      ['subparagraph', 'b)', null],
      ['operative', '3', 'Décide'],
    ]);
  });

  it('keeps the sponsors and the vote, and its footnotes', () => {
    expect(d.sponsors).toHaveLength(7);
    expect(d.votes.map((v) => [v.target, v.stated, v.counted])).toEqual([['A/RES/99/1', { yes: 3, no: 1, abstain: 2 }, { yes: 2, no: 1, abstain: 2 }]]);
    expect(d.footnotes.map((f) => [f.marker, f.text])).toEqual([['1', 'Voir A/99/100.'], ['2', 'Deux fois par an.']]);
  });
});

/** The paragraphs that carry the text of a resolution, in a comparable form. */
function body(d: Document): [string, string | null, string | null, string][] {
  return d.paragraphs
    .filter((p) => ['formula', 'preambular', 'operative', 'subparagraph'].includes(p.kind))
    // U+2011 (non-breaking hyphen, in the AKN) is a hyphen to the reader
    .map((p) => [p.kind, p.number, p.lead, fold(p.text.replace(/\u2011/g, '-'))]);
}

describe('seed 000 (draft A/C.1/78/L.11, markdown) and A/RES/78/237 (AKN) say the same text', () => {
  // read in beforeAll: a skipped describe still runs its body while tests are collected
  let draft: Document;
  let adopted: Document;
  beforeAll(async () => {
    draft = await parseText(readFileSync(seed('000'), 'utf8'), { path: seed('000') });
    adopted = await parseText(readFileSync(akn('78/237'), 'utf8'), { path: akn('78/237') });
  });

  it('same paragraphs, kinds, numbers and leads', () => {
    const a = body(draft);
    const b = body(adopted);
    expect(b).toHaveLength(28);
    expect(a.map((p) => p.slice(0, 3))).toEqual(b.map((p) => p.slice(0, 3)));
  });

  it('same text except the two amendments made between the draft and the adopted resolution', () => {
    // Read in the two files: operative 6 of the resolution reads "dialogue intergouvernemental
    // et institutionnel" where the draft reads "dialogue institutionnel"; operative 7 reads
    // "qui sont énoncés" where the draft reads "et énoncés". Everything else is identical.
    const a = body(draft);
    const b = body(adopted);
    const differing = a.flatMap((p, i) => (p[3] === b[i]?.[3] ? [] : [`${p[0]} ${p[1] ?? ''}`.trim()]));
    expect(differing).toEqual(['operative 6', 'operative 7']);
    const amended = b.map((p) => p[3].replace('dialogue intergouvernemental et institutionnel', 'dialogue institutionnel').replace('qui sont enonces', 'et enonces'));
    expect(a.map((p) => p[3])).toEqual(amended);
  });

  it('same footnotes, on the same paragraph', () => {
    const fn = (d: Document) => d.footnotes.map((f) => [f.marker, f.text, d.paragraphs.find((p) => p.n === f.paragraph_n)?.number]);
    expect(fn(draft)).toEqual(fn(adopted));
    expect(fn(adopted)).toEqual([['1', 'Voir A/78/265.', '3'], ['2', 'A/AC.292/2023/INF/5.', '3']]);
  });
});

describe('cybercorpus add / show on AKN files', () => {
  const cli = cliWithDb();
  afterAll(() => cli.cleanup());
  const minimal = join(FIXTURES, 'akn', 'minimal.xml');

  it('adds an AKN file and shows it as the document model', () => {
    const r = cli.run(['add', minimal]);
    expect(r.stderr).toContain('1 added');
    expect(r.code).toBe(0);
    const show = cli.run(['show', '99/1', '--json']);
    expect(show.code).toBe(0);
    const d = JSON.parse(show.stdout) as Document;
    expect(d).toMatchObject({ id: 'A/RES/99/1', kind: 'resolution', aliases: ['A/C.1/99/L.7'], date: '2099-12-01', source_format: 'akn' });
    expect(d.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(d.sponsors.map((s) => s.country)).toEqual(['FRA', 'BIH', 'GBR', 'CIV', 'COM', null, 'IRN']);
    expect(d.votes[0]?.records).toHaveLength(5);
  });

  it('the draft symbol finds the resolution, with a note', () => {
    const show = cli.run(['show', 'A/C.1/99/L.7', '--json']);
    expect(show.code).toBe(0);
    expect((JSON.parse(show.stdout) as Document).id).toBe('A/RES/99/1');
    expect(show.stderr).toContain('A/C.1/99/L.7');
  });

  it('a malformed file is one line on stderr, exit 2, nothing added', () => {
    const r = cli.run(['add', join(FIXTURES, 'akn', 'malformed.xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cybercorpus: malformed XML at line 7: .*malformed\.xml\)$/m);
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('malformed XML'))).toHaveLength(1);
    expect((JSON.parse(cli.run(['list', '--json']).stdout) as unknown[]).length).toBe(1);
  });
});

describe('parseAkn: a space typed inside a superscript (test/fixtures/akn/sup-space-76-16.excerpt.xml)', () => {
  const r = parseAkn(fixture('sup-space-76-16.excerpt.xml'));

  it('prints "n<sup> o</sup> 42671" as the other notes print "n<sup>o</sup>": "no 42671"', () => {
    // A/RES/76/16, notes 6 and 7: "Ibid., vol. 2562, n<sup>o</sup> 45694." and "Ibid., vol. 2368, n<sup> o</sup> 42671."
    expect(footnotes(r).map((b) => b.text).slice(5, 7)).toEqual(['Ibid., vol. 2562, no 45694.', 'Ibid., vol. 2368, no 42671.']);
  });
});
