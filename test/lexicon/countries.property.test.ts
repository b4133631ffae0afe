import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCountries, resolveCountry, splitCountryList } from '../../src/lexicon/countries.js';

const countries = allCountries();

describe('splitCountryList on any list of States', () => {
  it('gives back exactly the States of a French list "A, B, … et Z", in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...countries), { minLength: 1, maxLength: 12 }), (picked) => {
        const names = picked.map((c) => c.fr);
        const text = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
        expect(splitCountryList(text).map((i) => i.country?.iso3)).toEqual(picked.map((c) => c.iso3));
      }),
      { numRuns: 400 },
    );
  });
  it('gives back exactly the States of an English list "A, B, … and Z", in order, even in upper case', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...countries), { minLength: 1, maxLength: 12 }), fc.boolean(), (picked, upper) => {
        const names = picked.map((c) => (upper ? c.en.toUpperCase() : c.en));
        const text = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
        expect(splitCountryList(text).map((i) => i.country?.iso3)).toEqual(picked.map((c) => c.iso3));
      }),
      { numRuns: 400 },
    );
  });
  it('never drops a name, known or not, and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 8 }), (parts) => {
        const text = parts.join(', ');
        const items = splitCountryList(text);
        for (const item of items) expect(item.asWritten.trim()).not.toBe('');
        resolveCountry(text);
      }),
      { numRuns: 300 },
    );
  });
});
