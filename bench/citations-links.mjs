// The truth for bench/citations.mjs: the UN symbols an AKN file links, read straight from its
// XML (`<a href="https://undocs.org/fr/A/RES/2625(XXV)">2625 (XXV)</a>` → A/RES/2625(XXV)),
// with a reader of its own, not src/frontends/akn (a bug there must not hide here).
//
// The href is the truth, kept in the UN's spelling: URL-decoded, the scheme, the host and the
// language prefix (fr/, FR/, en/) stripped. Hrefs seen in the dev folder include
// `http://undocs.org/fr/…`, `https://undocs.org/EN/…`, `https://undocs/fr/E/2014/30` (host
// misspelt), `S/RES/1631 (2005)` (a space), `A/RES/74/255a-b` (parts, lower case).

const LINK = /<a\b[^>]*?\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g;
const UNDOCS = /^\s*(?:https?:\/\/)?(?:www\.)?undocs(?:\.org)?\/(?:[a-z]{2}\/)?/i;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function decodeUri(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The symbol an undocs.org href points to, or null for any other link. */
export function hrefSymbol(href) {
  const url = decodeUri(unescapeXml(href)).trim();
  if (!UNDOCS.test(url)) return null;
  const symbol = url.replace(UNDOCS, '').replace(/[/?#]+$/, '').trim();
  return symbol === '' ? null : symbol;
}

/**
 * Every link of an AKN file to a UN symbol: { symbol, text } in document order (a symbol
 * linked in two pieces, `ES` + `‑10/15`, is two links with one symbol).
 */
export function linkedSymbols(xml) {
  const out = [];
  for (const m of xml.matchAll(LINK)) {
    const symbol = hrefSymbol(m[1]);
    if (symbol === null) continue;
    out.push({ symbol, text: unescapeXml(m[2].replace(/<[^>]*>/g, '')) });
  }
  return out;
}

/**
 * The comparison key of a symbol: case, spaces and hyphen variants do not count
 * (`A/hrc/RES/…`, `S/RES/1631 (2005)`, `A/ES‑10/794` with U+2011 are spellings of one symbol).
 */
export function symbolKey(symbol) {
  return symbol.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/[\u2010\u2011\u2012\u2013\u2212]/g, '-');
}

/**
 * The key of the whole text a part belongs to: `A/RES/75/250B` → `A/RES/75/250`,
 * `A/RES/74/255A-B` → `A/RES/74/255`, `A/RES/S-20/4A` → `A/RES/S-20/4`, `A/RES/217A(III)` → `A/RES/217(III)`,
 * `A/75/49(VOL.I)` → `A/75/49`. The UN links `75/250` to part b, `217 A (III)` to the whole,
 * `(A/75/49), vol. I` to the volume and `NPT/CONF.2000/28 (Parts I and II)` to the report: a
 * match on the whole is a match.
 */
export function wholeKey(key) {
  return key
    .replace(/^(A\/RES\/(?:(?:ES|S)-)?\d+\/\d+)[A-Z](?:-[A-Z])?$/, '$1')
    .replace(/^(A\/RES\/\d+)[A-Z](\([A-Z-]+\))$/, '$1$2')
    .replace(/\((?:PARTS?|VOL\.|SECT\.|SUPP)[^)]*\)$/, '');
}

/**
 * The symbols of a joint document, one per organ: `A/75/345-S/2020/898` → [`A/75/345`,
 * `S/2020/898`] (the Assembly's and the Council's symbols of one report); [] when not joint.
 * A text that cites both cites the joint document.
 */
export function jointKeys(key) {
  const parts = key.split(/-(?=[A-Z]+\/)/);
  return parts.length > 1 ? parts : [];
}

/** Is this key a General Assembly resolution (any era, parts, special sessions)? */
export function isGaResolutionKey(key) {
  return /^A\/RES\//.test(key);
}
