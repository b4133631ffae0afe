import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allCountries,
  countryByCode,
  countryKey,
  gazetteerCollisions,
  qualifiedForms,
  resolveCountry,
  splitCountryList,
} from '../../src/lexicon/countries.js';
import { akn } from '../helpers/paths.js';

const iso = (name: string): string | null => resolveCountry(name)?.iso3 ?? null;

describe('gazetteer data', () => {
  it('has the 193 Member States, the 2 observer States and the European Union', () => {
    const all = allCountries();
    expect(all.filter((c) => c.kind === 'member')).toHaveLength(193);
    expect(all.filter((c) => c.kind === 'observer').map((c) => c.iso3)).toEqual(['VAT', 'PSE']);
    expect(all.filter((c) => c.kind === 'organisation').map((c) => c.iso3)).toEqual(['EUU']);
    expect(new Set(all.map((c) => c.iso3)).size).toBe(196);
    for (const c of all) expect(c.iso3).toMatch(/^[A-Z]{3}$/);
  });
  it('has no name that designates two countries', () => {
    expect(gazetteerCollisions()).toEqual([]);
  });
  it('resolves every canonical French and English name to its own entry', () => {
    for (const c of allCountries()) {
      expect(resolveCountry(c.fr)?.iso3).toBe(c.iso3);
      expect(resolveCountry(c.en)?.iso3).toBe(c.iso3);
      expect(resolveCountry(c.en.toUpperCase())?.iso3).toBe(c.iso3);
    }
  });
  it('writes the canonical French names as the UN does', () => {
    expect(countryByCode('IRN')?.fr).toBe("Iran (République islamique d')");
    expect(countryByCode('VEN')?.fr).toBe('Venezuela (République bolivarienne du)');
    expect(countryByCode('GBR')?.fr).toBe("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord");
    expect(countryByCode('PRK')?.fr).toBe('République populaire démocratique de Corée');
    expect(countryByCode('TUR')?.fr).toBe('Türkiye');
    expect(countryByCode('CZE')?.fr).toBe('Tchéquie');
    expect(countryByCode('VAT')?.fr).toBe('Saint-Siège');
    expect(countryByCode('PSE')?.fr).toBe('État de Palestine');
    expect(countryByCode('EUU')?.fr).toBe('Union européenne');
    expect(countryByCode('usa')?.en).toBe('United States of America');
    expect(countryByCode('XXX')).toBeNull();
  });
});

describe('resolveCountry', () => {
  it('ignores leading articles', () => {
    expect(iso('les États-Unis d’Amérique')).toBe('USA');
    expect(iso('la République de Corée')).toBe('KOR');
    expect(iso('le Royaume-Uni de Grande-Bretagne et d’Irlande du Nord')).toBe('GBR');
    expect(iso("l'Union européenne")).toBe('EUU');
    expect(iso('les Îles Marshall')).toBe('MHL');
    expect(iso('the Comoros')).toBe('COM');
  });
  it('accepts short forms and older names', () => {
    expect(iso('États-Unis')).toBe('USA');
    expect(iso('Royaume-Uni')).toBe('GBR');
    expect(iso('Turquie')).toBe('TUR');
    expect(iso('Turkey')).toBe('TUR');
    expect(iso('Pays-Bas')).toBe('NLD');
    expect(iso('République tchèque')).toBe('CZE');
  });
  it('accepts the inverted forms of qualified names', () => {
    expect(iso("République islamique d'Iran")).toBe('IRN');
    expect(iso('République bolivarienne du Venezuela')).toBe('VEN');
    expect(iso('Royaume des Pays-Bas')).toBe('NLD');
    expect(iso('Kingdom of the Netherlands')).toBe('NLD');
    expect(qualifiedForms("Iran (République islamique d')")).toEqual(['Iran', "République islamique d'Iran"]);
    expect(qualifiedForms('Chine')).toEqual([]);
  });
  it('tolerates stray spaces, line breaks, tabs, a trailing period and both apostrophes', () => {
    expect(iso('États -Unis')).toBe('USA');
    expect(iso('États -Unis\nd’Amérique')).toBe('USA');
    expect(iso('États-Unis d’Amérique.')).toBe('USA');
    expect(iso('Trinité-et-Tobago..')).toBe('TTO');
    expect(iso('Bosnie-\nHerzégovine')).toBe('BIH');
    expect(iso('Nouvelle- Zélande')).toBe('NZL');
    expect(iso('République populaire\ndémocratique de Corée')).toBe('PRK');
    expect(iso('Iran (République\tislamique d’)')).toBe('IRN');
    expect(iso('Iran ( République islamique d’ )')).toBe('IRN');
    expect(iso('Côte d ’Ivoire')).toBe('CIV');
    expect(iso('  Sierra\u00a0Leone ')).toBe('SLE');
  });
  it('makes accents and case optional', () => {
    expect(iso('Cote d’Ivoire')).toBe('CIV');
    expect(iso('COTE D\'IVOIRE')).toBe('CIV');
    expect(iso('Bresil')).toBe('BRA');
    expect(iso('TÜRKİYE')).toBe('TUR');
    expect(iso('TURKIYE')).toBe('TUR');
  });
  it('reads the English forms of AKN files', () => {
    expect(iso('IRAN (ISLAMIC REPUBLIC OF)')).toBe('IRN');
    expect(iso("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA")).toBe('PRK');
    expect(iso('Democratic People’s Republic of Korea')).toBe('PRK');
    expect(iso('Lao People’s Democratic Republic')).toBe('LAO');
    expect(iso('NETHERLANDS (KINGDOM OF THE)')).toBe('NLD');
    expect(iso('MICRONESIA (FEDERATED STATES OF)')).toBe('FSM');
    expect(iso('UNITED KINGDOM')).toBe('GBR');
    expect(iso('UNITED STATES')).toBe('USA');
    expect(iso('SAINT VINCENT AND THE GRENADINES')).toBe('VCT');
  });
  it('keeps look-alike names apart', () => {
    expect(iso('Congo')).toBe('COG');
    expect(iso('République démocratique du Congo')).toBe('COD');
    expect(iso('Guinée')).toBe('GIN');
    expect(iso('Guinée équatoriale')).toBe('GNQ');
    expect(iso('Guinée-Bissau')).toBe('GNB');
    expect(iso('Papouasie-Nouvelle-Guinée')).toBe('PNG');
    expect(iso('Niger')).toBe('NER');
    expect(iso('Nigéria')).toBe('NGA');
    expect(iso('Soudan')).toBe('SDN');
    expect(iso('Soudan du Sud')).toBe('SSD');
    expect(iso('Dominique')).toBe('DMA');
    expect(iso('République dominicaine')).toBe('DOM');
    expect(iso('République de Corée')).toBe('KOR');
  });
  it('returns null for what is not a State', () => {
    expect(iso('Narnia')).toBeNull();
    expect(iso('')).toBeNull();
    expect(iso('Secrétariat')).toBeNull();
    expect(iso('projet de résolution')).toBeNull();
  });
  it('resolves every author heading of seed 003', () => {
    const authors: [string, string][] = [
      ['Allemagne', 'DEU'], ['Australie', 'AUS'], ['Azerbaïdjan', 'AZE'], ['Canada', 'CAN'], ['Chine', 'CHN'],
      ['Cuba', 'CUB'], ['Danemark', 'DNK'], ['Égypte', 'EGY'], ['Estonie', 'EST'], ["États-Unis d'Amérique", 'USA'],
      ['Fédération de Russie', 'RUS'], ['France', 'FRA'], ['Géorgie', 'GEO'], ['Irlande', 'IRL'], ['Japon', 'JPN'],
      ['Lettonie', 'LVA'], ['Nouvelle-Zélande', 'NZL'], ['Pays-Bas (Royaume des)', 'NLD'], ['Singapour', 'SGP'],
      ['Tchéquie', 'CZE'], ['Türkiye', 'TUR'], ['Venezuela (République bolivarienne du)', 'VEN'], ['Union européenne', 'EUU'],
    ];
    for (const [name, code] of authors) expect([name, iso(name)]).toEqual([name, code]);
  });
});

describe('splitCountryList', () => {
  it('splits the sponsor list of seed 000 (19 States) and keeps "et" inside names', () => {
    const list =
      "Azerbaïdjan, Bélarus, Burundi, Chine, Cuba, Djibouti, Fédération de Russie, Guinée équatoriale, Iran (République islamique d'), Kirghizistan, Mali, Nicaragua, République arabe syrienne, République démocratique populaire lao, République populaire démocratique de Corée, Soudan, Tadjikistan, Venezuela (République bolivarienne du) et Zimbabwe";
    const items = splitCountryList(list);
    expect(items.map((i) => i.country?.iso3)).toEqual([
      'AZE', 'BLR', 'BDI', 'CHN', 'CUB', 'DJI', 'RUS', 'GNQ', 'IRN', 'KGZ', 'MLI', 'NIC', 'SYR', 'LAO', 'PRK', 'SDN', 'TJK', 'VEN', 'ZWE',
    ]);
    expect(items[17]?.asWritten).toBe('Venezuela (République bolivarienne du)');
    expect(items[18]?.asWritten).toBe('Zimbabwe');
  });
  it('does not split a name that contains "et" or "and"', () => {
    const fr = splitCountryList('Roumanie, le Royaume-Uni de Grande-Bretagne et d’Irlande du Nord, Sierra Leone');
    expect(fr.map((i) => i.country?.iso3)).toEqual(['ROU', 'GBR', 'SLE']);
    const en = splitCountryList('Sweden, United Kingdom of Great Britain and Northern Ireland and United States of America');
    expect(en.map((i) => i.country?.iso3)).toEqual(['SWE', 'GBR', 'USA']);
    const bih = splitCountryList('Bosnia and Herzegovina and Trinidad and Tobago');
    expect(bih.map((i) => i.country?.iso3)).toEqual(['BIH', 'TTO']);
  });
  it('keeps an unknown name with country null and still splits off the known last one', () => {
    const items = splitCountryList('Chine, Narnia et Zimbabwe.');
    expect(items).toEqual([
      { asWritten: 'Chine', country: resolveCountry('Chine') },
      { asWritten: 'Narnia', country: null },
      { asWritten: 'Zimbabwe', country: resolveCountry('Zimbabwe') },
    ]);
  });
  it('handles stray spaces, articles and a final period (seed 004, paragraph 5)', () => {
    const items = splitCountryList(
      'Espagne, Estonie, les États -Unis d’Amérique, Finlande, la République de Corée, Suède, Tchéquie.',
    );
    expect(items.map((i) => i.country?.iso3)).toEqual(['ESP', 'EST', 'USA', 'FIN', 'KOR', 'SWE', 'CZE']);
    expect(items[2]?.asWritten).toBe('les États -Unis d’Amérique');
    expect(items[6]?.asWritten).toBe('Tchéquie');
  });
});

describe('gazetteer on the AKN files', () => {
  const files = ['75/32', '75/240', '76/19', '77/36', '77/37', '78/16', '78/237', '79/237', '80/16'];
  it('resolves every name of every AKN voting list', () => {
    const unresolved: string[] = [];
    let n = 0;
    for (const f of files) {
      const xml = readFileSync(akn(f), 'utf8');
      for (const m of xml.matchAll(/<organization refersTo="memberState">([^<]*)<\/organization>/g)) {
        n++;
        if (!resolveCountry(m[1] ?? '')) unresolved.push(m[1] ?? '');
      }
    }
    expect(n).toBeGreaterThan(900);
    expect(unresolved).toEqual([]);
  });
  it('splits and resolves every AKN workflow sponsor list', () => {
    const unresolved: string[] = [];
    for (const f of files) {
      const xml = readFileSync(akn(f), 'utf8');
      for (const m of xml.matchAll(/<step [^>]*outcome="draftResolution(?:AdditionalSponsors)?"[^>]* by="([^"]*)"/g)) {
        for (const item of splitCountryList(m[1] ?? '')) if (!item.country) unresolved.push(item.asWritten);
      }
    }
    expect(unresolved).toEqual([]);
  });
  it('splits the 78/237 draft sponsors into the 19 States of seed 000', () => {
    const xml = readFileSync(akn('78/237'), 'utf8');
    const by = /outcome="draftResolution" as="A\/C.1\/78\/L.11" by="([^"]*)"/.exec(xml)?.[1] ?? '';
    expect(splitCountryList(by).map((i) => i.country?.iso3).sort()).toEqual(
      ['AZE', 'BLR', 'BDI', 'CHN', 'CUB', 'DJI', 'RUS', 'GNQ', 'IRN', 'KGZ', 'MLI', 'NIC', 'SYR', 'LAO', 'PRK', 'SDN', 'TJK', 'VEN', 'ZWE'].sort(),
    );
  });
});

describe('countryKey', () => {
  it('folds a name to its matching key', () => {
    expect(countryKey('les États -Unis d’Amérique.')).toBe("etats unis d'amerique");
    expect(countryKey("Iran (République islamique d')")).toBe("iran (republique islamique d')");
  });
});
