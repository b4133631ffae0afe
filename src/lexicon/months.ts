/**
 * French month names and dates as UN documents print them: "12 octobre 2023",
 * "1er décembre 1999" (also "1 er", "1ᵉʳ", "premier"), month names with or without accents.
 *
 * Data: `FRENCH_MONTHS` (folded name → month number). Builders: `frenchDatePattern()`.
 */
import { fold } from '../text/fold.js';

/** Folded (lower case, no accents) month name → month number 1..12. */
export const FRENCH_MONTHS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1],
  ['fevrier', 2],
  ['mars', 3],
  ['avril', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7],
  ['aout', 8],
  ['septembre', 9],
  ['octobre', 10],
  ['novembre', 11],
  ['decembre', 12],
]);

/** The ways "first" of a month is printed after the digit 1 ("1er", "1 er", "1ᵉʳ", "1re"). */
const ORDINAL_SUFFIX = '(?:\\s?(?:er|re|ᵉʳ))?';

/** Month alternatives for a regex over text as written (accents optional). */
export function monthAlternatives(): string {
  return 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre';
}

/**
 * A regex source matching a French date in text as written (also without the space before the
 * year: "17 décembre2024", A/RES/79/168's adoption line). Groups: 1 = day digits or "premier", 2 = month name, 3 = year.
 */
export function frenchDatePattern(): string {
  return `\\b(\\d{1,2}${ORDINAL_SUFFIX}|premier)\\s+(${monthAlternatives()})\\s*(\\d{4})\\b`;
}

/** Month number of a French month name (any case, accents optional), or null. */
export function frenchMonth(name: string): number | null {
  return FRENCH_MONTHS.get(fold(name)) ?? null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date from parts, or null when the day does not exist in that month. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The day of a printed day ("9", "1er", "premier"). */
export function dayNumber(raw: string): number {
  const f = fold(raw);
  if (f === 'premier') return 1;
  return Number.parseInt(f, 10);
}

const WHOLE_DATE = new RegExp(`^${frenchDatePattern()}$`, 'iu');

/**
 * Parse a whole string that is a French date: "12 octobre 2023" → "2023-10-12",
 * "1er décembre 1999" → "1999-12-01". Returns null for anything else (including
 * impossible dates such as "31 février 2020").
 */
export function parseFrenchDate(text: string): string | null {
  const m = WHOLE_DATE.exec(text.replace(/[\u00a0\u202f]/g, ' ').trim());
  if (!m) return null;
  const month = frenchMonth(m[2] ?? '');
  if (month === null) return null;
  return isoDate(Number(m[3]), month, dayNumber(m[1] ?? ''));
}

export interface DateMatch {
  /** ISO date */
  date: string;
  /** offset of the match in the searched text */
  index: number;
  /** the matched text as written */
  text: string;
}

/**
 * (`matchAll` iterates over a copy: the shared regex keeps no state between calls.) No `u`
 * flag: the pattern needs none (its characters are all in the BMP), and `iu` made V8 scan twice
 * as slowly; it was the costliest regex of `add` (issue 14: "`add` on bench ×200 no slower").
 */
const FRENCH_DATE = new RegExp(frenchDatePattern(), 'gi');

/** Every French date in a text, in order (impossible dates are skipped). */
export function findFrenchDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(FRENCH_DATE)) {
    const month = frenchMonth(m[2] ?? '');
    if (month === null) continue;
    const date = isoDate(Number(m[3]), month, dayNumber(m[1] ?? ''));
    if (date !== null) out.push({ date, index: m.index ?? 0, text: m[0] });
  }
  return out;
}

/**
 * The calendar year of a day and month within a regular session of the General Assembly: a
 * session opens in September of year 1945 + session and runs until the next September
 * (session 75: September 2020 to September 2021).
 */
export function sessionYear(session: number, month: number): number {
  return month >= 9 ? 1945 + session : 1946 + session;
}
