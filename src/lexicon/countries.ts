/**
 * The country gazetteer: resolve a State's name, as any UN document writes it, to its
 * ISO 3166-1 alpha-3 code and canonical French short name.
 *
 * Data: countries-data.ts. Matching is on a key (`countryKey`): folded (case, accents,
 * apostrophes), spaces collapsed (tabs and line breaks too), hyphens equal to spaces
 * ("États -Unis", "Bosnie- Herzégovine"), no space around apostrophes or inside parentheses,
 * leading article removed (la, le, les, l', the), trailing punctuation removed.
 * Aliases built for every row: the French and English names, the extra aliases of the data,
 * and for a name with a parenthesised qualifier, the bare name and the inverted form
 * ("Iran (République islamique d')" → "Iran", "République islamique d'Iran").
 */
import { fold } from '../text/fold.js';
import { MEMBER_STATES, OBSERVER_STATES, ORGANISATIONS, type CountryRow } from './countries-data.js';

export type CountryKind = 'member' | 'observer' | 'organisation';

export interface Country {
  /** ISO 3166-1 alpha-3; "EUU" for the European Union */
  iso3: string;
  /** canonical French short name as UN documents write it */
  fr: string;
  /** English short name */
  en: string;
  /** other names it is written under (data aliases and built forms), as written */
  aliases: string[];
  kind: CountryKind;
}

/* ------------------------------------------------------------------ keys */

const LEADING_ARTICLE = /^(?:(?:la|le|les|the) +|l')/;
const TRAILING_PUNCTUATION = /[\s.,;:*]+$/;
const DASHES = /[\u2010-\u2015\u2212-]/g;

/** The matching key of a country name (see the module comment). */
export function countryKey(name: string): string {
  return fold(name)
    .replace(/\s+/g, ' ')
    .replace(DASHES, '-')
    .replace(/ ?- ?/g, ' ')
    .replace(/ ?' ?/g, "'")
    .replace(/ ?\( ?/g, ' (')
    .replace(/ ?\) ?/g, ') ')
    .replace(TRAILING_PUNCTUATION, '')
    .replace(/^[\s.,;:]+/, '')
    .replace(LEADING_ARTICLE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** "Iran (République islamique d')" → ["Iran", "République islamique d'Iran"]; [] otherwise. */
export function qualifiedForms(name: string): string[] {
  const m = /^(.+?) \((.+)\)$/.exec(name);
  if (!m) return [];
  const base = m[1] ?? '';
  const qualifier = m[2] ?? '';
  const inverted = /['’]$/.test(qualifier) ? `${qualifier}${base}` : `${qualifier} ${base}`;
  return [base, inverted];
}

/* ----------------------------------------------------------------- index */

function buildCountry(row: CountryRow, kind: CountryKind): Country {
  const [iso3, fr, en, extra = []] = row;
  const aliases = [...extra, ...qualifiedForms(fr), ...qualifiedForms(en)];
  for (const a of [...extra]) aliases.push(...qualifiedForms(a));
  return { iso3, fr, en, aliases: [...new Set(aliases)].filter((a) => a !== fr && a !== en), kind };
}

interface Index {
  all: Country[];
  byKey: Map<string, Country>;
  byIso: Map<string, Country>;
  /** keys claimed by two different countries (a data error; tested to be empty) */
  collisions: string[];
}

let index: Index | null = null;

function buildIndex(): Index {
  const all = [
    ...MEMBER_STATES.map((r) => buildCountry(r, 'member')),
    ...OBSERVER_STATES.map((r) => buildCountry(r, 'observer')),
    ...ORGANISATIONS.map((r) => buildCountry(r, 'organisation')),
  ];
  const byKey = new Map<string, Country>();
  const byIso = new Map<string, Country>();
  const collisions: string[] = [];
  for (const c of all) {
    byIso.set(c.iso3, c);
    for (const name of [c.fr, c.en, ...c.aliases]) {
      const key = countryKey(name);
      const prev = byKey.get(key);
      if (prev && prev !== c) collisions.push(`${key}: ${prev.iso3}/${c.iso3}`);
      else byKey.set(key, c);
    }
  }
  return { all, byKey, byIso, collisions };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

/* ------------------------------------------------------------------- API */

/** The country a name designates, or null when the gazetteer does not know it. */
export function resolveCountry(name: string): Country | null {
  return getIndex().byKey.get(countryKey(name)) ?? null;
}

/** The country of an ISO3 code (any case), or null. */
export function countryByCode(iso3: string): Country | null {
  return getIndex().byIso.get(iso3.trim().toUpperCase()) ?? null;
}

/** A country as a user names it on the command line: an ISO3 code (`FRA`) or a name. */
export function countryByCodeOrName(value: string): Country | null {
  return (/^[A-Za-z]{3}$/.test(value.trim()) ? countryByCode(value) : null) ?? resolveCountry(value);
}

/** Every entry: 193 Member States, 2 observer States, the European Union. */
export function allCountries(): readonly Country[] {
  return getIndex().all;
}

/** Keys claimed by two countries: a data error. */
export function gazetteerCollisions(): readonly string[] {
  return getIndex().collisions;
}

/* ------------------------------------------------------------ name lists */

export interface ListedName {
  /** the name as written in the list (trimmed; list punctuation removed) */
  asWritten: string;
  country: Country | null;
}

/** The words that join the last two names of a list. */
const LIST_CONNECTOR = /\s+(?:et|and)\s+/i;
const LEADING_CONNECTOR = /^(?:et|and)\s+/i;
/** Above this many "et"/"and" in one comma-free segment, it is split at each (no search). */
const MAX_JOINED_PIECES = 12;

/** Split on commas and semicolons outside parentheses. */
function splitOutsideParentheses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';') && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/**
 * Split one comma-separated segment that may hold several names joined by "et"/"and"
 * ("Venezuela (…) et Zimbabwe") without breaking names that contain the word
 * ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Bosnia and Herzegovina"):
 * the partition with the most resolved names wins, then the one with fewest unresolved.
 */
function splitSegment(segment: string): ListedName[] {
  const whole = resolveCountry(segment);
  if (whole) return [{ asWritten: segment, country: whole }];
  const pieces: string[] = [];
  const joins: string[] = [];
  let rest = segment;
  for (let m = LIST_CONNECTOR.exec(rest); m; m = LIST_CONNECTOR.exec(rest)) {
    pieces.push(rest.slice(0, m.index));
    joins.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  pieces.push(rest);
  if (pieces.length === 1) return [{ asWritten: segment, country: null }];
  if (pieces.length > MAX_JOINED_PIECES) return pieces.map((p) => ({ asWritten: p.trim(), country: resolveCountry(p) }));
  type Best = { resolved: number; unresolved: number; items: ListedName[] };
  const best: (Best | null)[] = [{ resolved: 0, unresolved: 0, items: [] }];
  for (let end = 1; end <= pieces.length; end++) {
    let chosen: Best | null = null;
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before) continue;
      let text = pieces[start] ?? '';
      for (let k = start + 1; k < end; k++) text += (joins[k - 1] ?? ' ') + (pieces[k] ?? '');
      const country = resolveCountry(text);
      const cand: Best = {
        resolved: before.resolved + (country ? 1 : 0),
        unresolved: before.unresolved + (country ? 0 : 1),
        items: [...before.items, { asWritten: text.trim(), country }],
      };
      if (!chosen || cand.resolved > chosen.resolved || (cand.resolved === chosen.resolved && cand.unresolved < chosen.unresolved)) {
        chosen = cand;
      }
    }
    best[end] = chosen;
  }
  return best[pieces.length]?.items ?? [{ asWritten: segment, country: null }];
}

/**
 * Split a printed list of States ("Albanie, Allemagne, …, Suède et Tchéquie.") into names and
 * resolve each. Names broken over lines, stray spaces, leading articles, a final period and an
 * "et"/"and" before the last name are handled; nothing is dropped: an unknown name comes back
 * with `country: null`.
 */
export function splitCountryList(text: string): ListedName[] {
  const body = text.replace(/\s+/g, ' ').trim().replace(/[\s.;,]+$/, '');
  const out: ListedName[] = [];
  for (const raw of splitOutsideParentheses(body)) {
    const segment = raw.trim().replace(LEADING_CONNECTOR, '').trim();
    if (segment === '') continue;
    out.push(...splitSegment(segment));
  }
  return out;
}

/**
 * Where a printed list of States that starts at `from` ends: at the first period followed by a
 * space or the end of the text (a period glued to a comma, "d’Amérique.,", is a typo inside the
 * list), else at the end of the text. State names contain no period.
 */
export function countryListEnd(text: string, from = 0): number {
  const re = /\.(?=\s|$)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}
