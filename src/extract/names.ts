/**
 * Turning printed lists of States into rows: shared by sponsors and votes.
 */
import { clean } from '../text/fold.js';
import { splitCountryList, type ListedName } from '../lexicon/countries.js';
import type { Warning } from '../types.js';

export interface NamedRow {
  country: string | null;
  name: string;
  as_written: string;
}

/** A listed name → ISO3, canonical French name (or the name as written), name as written. */
export function namedRow(item: ListedName): NamedRow {
  const asWritten = clean(item.asWritten);
  return { country: item.country?.iso3 ?? null, name: item.country?.fr ?? asWritten, as_written: asWritten };
}

/** Split and resolve a list; every unresolved name adds a "country-unresolved" warning. */
export function resolveList(text: string, what: string, warnings: Warning[], paragraph?: number | null): NamedRow[] {
  const rows = splitCountryList(text).map(namedRow);
  for (const r of rows) {
    if (r.country !== null) continue;
    const w: Warning = { code: 'country-unresolved', message: `${what} "${r.as_written}" is not in the country gazetteer` };
    if (paragraph != null) w.paragraph_n = paragraph;
    warnings.push(w);
  }
  return rows;
}

/** Share of the names of a list the gazetteer knows (0 for an empty list). */
export function resolvedShare(text: string): number {
  const items = splitCountryList(text);
  if (items.length === 0) return 0;
  return items.filter((i) => i.country !== null).length / items.length;
}
