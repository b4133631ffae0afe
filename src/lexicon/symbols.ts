/**
 * The grammar of United Nations document symbols, as data plus small builders.
 *
 *   A/78/265            A/RES/75/240          A/DEC/72/512         E/RES/1996/31
 *   A/C.1/75/L.8/Rev.1  A/C.1/75/PV.14        A/AC.292/2023/INF/5  A/65/154/Add.1
 *
 * A symbol is a root (the organ series: A, E, S, ST, …) followed by "/"-separated segments;
 * a segment is a number ("78", "2023"), a word of capitals ("RES", "INF"), or a word with a
 * number ("C.1", "AC.292", "L.8", "Rev.1", "PV.14", "Add.1", "Corr.1").
 * Resolutions in running text are short: "75/240" (General Assembly, session/number),
 * "43/78 H" (part H), "1996/31" (a year: ECOSOC when the context says so).
 */
import type { CitationKind, DocumentKind } from '../types.js';

/**
 * Symbol series roots recognised in running text: the organs (A, E, S), the Secretariat (ST),
 * and the conference and treaty-body series the dev corpus's resolutions link
 * (`FCCC/CP/2015/10/Add.1`, `UNEP/EA.4/Res.1`, `CBD/COP/15/17`, `CEDAW/C/GC/39`,
 * `NPT/CONF.2010/50(Vol.I)`, `ICCD/COP(13)/21/Add.1`, `ISBA/26/A/2`). Longest first.
 */
export const SYMBOL_ROOTS: readonly string[] = [
  'A', 'E', 'S', 'ST', 'TD', 'CD', 'DP', 'UNW',
  'FCCC', 'NPT', 'UNEP', 'CBD', 'CAC', 'CTOC', 'ICCD', 'ISBA', 'SPLOS', 'CLCS', 'CCW', 'BWC',
  'TPNW', 'APLC', 'CCM', 'JIU', 'CEB', 'HSP', 'IPBES', 'UNODC',
  'CCPR', 'CEDAW', 'CERD', 'CESCR', 'CRC', 'CRPD', 'CED', 'CMW', 'CAT',
].slice().sort((a, b) => b.length - a.length);

/** Suffix words that may follow a symbol after "et": "A/65/154 et Add.1", "et Corr.1". */
export const SYMBOL_SUFFIX_WORDS: readonly string[] = ['Add', 'Corr', 'Rev', 'Amend'];

/** Segments that, anywhere in a symbol, decide its kind (first match wins; order matters). */
export const SYMBOL_KIND_RULES: readonly (readonly [RegExp, CitationKind])[] = [
  [/^E\/RES\//, 'ecosoc-resolution'],
  [/^S\/RES\//, 'security-council-resolution'],
  [/^A\/HRC\/RES\//, 'hrc-resolution'],
  [/^A\/RES\//, 'resolution'],
  // statements by the President of the Security Council: S/PRST/2022/6
  [/^S\/PRST\//, 'presidential-statement'],
  [/^[A-Z]+\/DEC\//, 'decision'],
  [/^A\/HRC\/DEC\//, 'decision'],
  [/\/PV\.\d+/, 'meeting-record'],
  [/\/SR\.\d+/, 'meeting-record'],
  [/\/L\.\d+/, 'draft'],
];

/** General Assembly sessions and resolution numbers accepted in the short form "75/240". */
export const GA_SESSION_MAX = 150;
export const GA_NUMBER_MAX = 9999;
/** ECOSOC / year-based numbers: "1996/31". */
export const YEAR_MIN = 1946;
export const YEAR_MAX = 2100;

/**
 * Hyphens a symbol may be typeset with: U+2010 and the non-breaking U+2011 (`A/ES‑10/794`,
 * `S‑27/2` in the dev folder's AKN files), read as "-".
 */
export const SYMBOL_HYPHENS = '\\-\\u2010\\u2011';

/** A Roman session number of the first thirty years: "XXV", "S-IV" (special), "ES-V" (emergency). */
const ROMAN_SESSION = `(?:(?:ES|S)[${SYMBOL_HYPHENS}])?[IVXL]{1,7}`;

/** One segment of a symbol after the root. */
function segmentPattern(): string {
  const h = SYMBOL_HYPHENS;
  return [
    `(?:ES|S)[${h}]\\d{1,2}`, // special and emergency special sessions: A/ES-10/794, A/RES/S-27/2
    `\\d{1,4}[A-Z]?\\(${ROMAN_SESSION}\\)`, // A/RES/2625(XXV), A/RES/217A(III)
    `\\d{1,4}\\(\\d{4}\\)`, // S/RES/2334(2016)
    '\\d{1,5}[A-Z]?', // 78, S/26560, and a part glued to its number: A/RES/43/78H
    'COP\\(\\d{1,2}\\)', // ICCD/COP(13)/21
    'OzL\\.Pro\\.\\d{1,3}', // UNEP/OzL.Pro.31/9
    // before the plain word: "COP" alone would end the symbol at the hyphen
    `[A-Z]{2,5}[${h}][A-Z]{2,5}`, // UNEP/CBD/BS/COP-MOP/5/17 (U+2011 in 79/208)
    '[A-Z]{1,8}(?:\\.(?:\\d{1,4}|[IVX]{1,5}))?', // RES, CONF.189, EA.4, CONF.VI, AC.292, C.1, L.8
    '[A-Z][a-z]{1,5}\\.\\d{1,3}', // Add.1, Corr.2, Rev.1, Amend.1, Res.1
    'Agenda', // the Security Council's agenda: S/Agenda/8979 (ES-11/1)
  ].join('|');
}

/**
 * Parenthesised tails of a report's symbol: "A/79/6 (Sect. 3)", "A/73/12 (Part I)",
 * "NPT/CONF.2010/50 (Vol. I)", "NPT/CONF.2000/28 (Parts I and II)", "A/75/5 (Vol. I)".
 */
function tailPattern(): string {
  return '[ \\u00a0]?\\((?:Parts?[ \\u00a0][IVX]{1,4}(?:[ \\u00a0](?:and|et)[ \\u00a0][IVX]{1,4})?|Vol\\.[ \\u00a0]?[IVX]{1,4}|Sect\\.[ \\u00a0]?\\d{1,2}[A-Z]?|Supp|Introduction)\\)';
}

/**
 * Regex source of a full document symbol. It must not be glued to a word or a "/" before it,
 * and a sentence's final period is not part of it. Segments may follow a tail:
 * "A/79/6 (Sect. 3)/Add.10".
 */
export function documentSymbolPattern(): string {
  const roots = SYMBOL_ROOTS.join('|');
  // a space after a slash, before a number, as typeset in 77/65: "NPT/CONF.2000/ 28 (Parts I and II)/Corr.1"
  const seg = `/(?: (?=\\d))?(?:${segmentPattern()})`;
  return `(?<![\\w/.])(?:${roots})(?:${seg})+(?:(?:${tailPattern()})(?:${seg})*)?(?![\\w/]|\\.\\d)`;
}

/** Regex source of " et Add.1", " et Corr.1" after a symbol (group 1 = "Add.1"). */
export function symbolSuffixPattern(): string {
  return `\\s+et\\s+((?:${SYMBOL_SUFFIX_WORDS.join('|')})\\.\\d{1,3})(?![\\w/])`;
}

/**
 * Regex source of a short resolution/decision number in running text, after a keyword
 * ("résolution", "décision") or a source that gives it a meaning. Named groups:
 *  - `ss`, `a`, `b`, `parts`: "75/240", "43/78 H", "51/211 A à D", "36/87 A et B",
 *    "S-27/2", "ES-10/15", "1996/31" (a year: ECOSOC when the context says so);
 *  - `on`, `op`, `era`: the first thirty sessions, "2625 (XXV)", "217 A (III)", "1874 (S-IV)";
 *  - `sc`, `year`: the Security Council, "2334 (2016)".
 * Not glued to "/", letters or digits (so not inside a symbol, a URL, a date "12/10/2023").
 */
export function shortNumberPattern(): string {
  const h = SYMBOL_HYPHENS;
  const sp = '[ \\u00a0]';
  const letter = `[A-Z](?![\\w/’'${h}]|\\.\\w)`;
  const parts = `${sp}(?<parts>${letter}(?:(?:${sp}?,${sp}?|${sp}(?:et|à|a)${sp}|[${h}])${letter})*)`;
  return [
    `(?<![\\w/.${h}])(?:`,
    `(?<ss>(?:ES|S)[${h}])?(?<a>\\d{1,4})/(?<b>\\d{1,4})(?![\\w/]|[.,]\\d)(?:${parts})?`,
    `|(?<on>\\d{1,4})(?:${sp}(?<op>[A-Z]))?${sp}?\\((?<era>${ROMAN_SESSION})\\)`,
    `|(?<sc>\\d{1,4})${sp}?\\((?<year>(?:19|20)\\d\\d)\\)`,
    ')',
  ].join('');
}

/** The part letters of "A à D", "A et B", "A, B et C", "A-B": ["A", "B", "C", "D"]. */
export function expandParts(written: string | null | undefined): string[] {
  if (!written) return [];
  const letters = written.match(/[A-Z]/g) ?? [];
  if (letters.length === 2 && /[à\u2010\u2011-]|\ba\b/.test(written)) {
    const [from, to] = letters as [string, string];
    const out: string[] = [];
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0) && out.length < 26; c++) out.push(String.fromCharCode(c));
    if (out.length > 0) return out;
  }
  return letters;
}

/** "A/RES/75/240", with the part glued as the project's contract writes it: "A/RES/43/78H". */
export function gaResolutionSymbol(session: number | string, num: number, part?: string | null): string {
  return `A/RES/${session}/${num}${part ?? ''}`;
}

/** The first thirty sessions: "A/RES/2625(XXV)", "A/RES/217A(III)" (part glued to the number). */
export function gaEraResolutionSymbol(num: number, era: string, part?: string | null): string {
  return `A/RES/${num}${part ?? ''}(${era.toUpperCase().replace(/[\u2010\u2011]/g, '-')})`;
}

export function gaDecisionSymbol(session: number | string, num: number): string {
  return `A/DEC/${session}/${num}`;
}

export function ecosocResolutionSymbol(year: number, num: number): string {
  return `E/RES/${year}/${num}`;
}

export function ecosocDecisionSymbol(year: number, num: number): string {
  return `E/DEC/${year}/${num}`;
}

/** "S/RES/2334(2016)" */
export function securityCouncilResolutionSymbol(num: number, year: number): string {
  return `S/RES/${num}(${year})`;
}

/** "A/HRC/RES/34/8", "A/HRC/RES/S-9/1" */
export function hrcResolutionSymbol(session: number | string, num: number): string {
  return `A/HRC/RES/${session}/${num}`;
}

export function hrcDecisionSymbol(session: number | string, num: number): string {
  return `A/HRC/DEC/${session}/${num}`;
}

/**
 * Can a General Assembly resolution of this session bear a date of this year? Session n opens
 * in September 1945 + n and its resolutions run into the next year (1946 for the first). A
 * "5/14 du 2 mars 2022" is another body's (here UNEP's Assembly).
 */
export function gaSessionFitsYear(session: number, year: number): boolean {
  return year >= 1945 + session && year <= 1946 + session + 1;
}

/** Is this number pair plausible as a General Assembly session/number? */
export function isGaNumber(session: number, num: number): boolean {
  return session >= 1 && session <= GA_SESSION_MAX && num >= 1 && num <= GA_NUMBER_MAX;
}

/** Is this number pair plausible as a year-based (ECOSOC) number? */
export function isYearNumber(year: number, num: number): boolean {
  return year >= YEAR_MIN && year <= YEAR_MAX && num >= 1 && num <= 999;
}

/**
 * The session of an Assembly resolution or decision: "A/RES/75/22" → 75, "A/RES/574(XXVII)" →
 * 27 (the first thirty sessions, in Roman numerals); null for anything else.
 */
export function adoptedSymbolSession(symbol: string | null | undefined): number | null {
  const m = symbol ? /^A\/(?:RES|DEC)\/(\d+)\//.exec(symbol) : null;
  if (m) return Number(m[1]);
  const era = symbol ? /^A\/RES\/\d+[A-Z]?\(([IVXL]+)\)$/.exec(symbol) : null;
  return era ? romanValue(era[1] ?? '') : null;
}

/** "XXVII" → 27. */
function romanValue(roman: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const cur = v[roman[i] ?? ''] ?? 0;
    total += cur < (v[roman[i + 1] ?? ''] ?? 0) ? -cur : cur;
  }
  return total;
}

/** "A/RES/75/253 B", "A/DEC/75/540": an Assembly text's symbol from its number, part written apart as on its cover. */
export function gaAdoptedSymbol(kind: DocumentKind, session: number | string, num: number | string, part?: string | null): string {
  return `A/${kind === 'decision' ? 'DEC' : 'RES'}/${session}/${num}${part ? ` ${part}` : ''}`;
}

/** The symbol a UN document link points to: `https://undocs.org/fr/A/RES/75/240` → `A/RES/75/240`; null when not such a link. */
export function undocsSymbol(href: string): string | null {
  return /^https?:\/\/(?:www\.)?undocs\.org\/(?:[a-z]{2}\/)?(\S+?)\/?$/iu.exec(href)?.[1] ?? null;
}

/** How running text prints an Assembly resolution: `A/RES/75/240` → `75/240`, `A/RES/78/183 A` → `78/183 A`; null otherwise. */
export function resolutionShortForm(symbol: string): string | null {
  return /^A\/RES\/(\d{1,3}\/\d{1,4}(?: ?[A-Z])?)$/u.exec(symbol)?.[1] ?? null;
}

/** What a document's own symbol says of it. */
export interface SymbolFacts {
  organ: string | null;
  committee: string | null;
  session: number | null;
  kind: DocumentKind | null;
}

/**
 * The organ, Main Committee, session and kind a symbol states: "A/C.1/78/L.11" → A, C.1, 78,
 * draft-resolution; "A/RES/75/240" → A, 75, resolution.
 */
export function symbolFacts(symbol: string | null | undefined): SymbolFacts {
  const none: SymbolFacts = { organ: null, committee: null, session: null, kind: null };
  if (!symbol) return none;
  const parts = symbol.trim().split('/');
  const organ = parts[0] && /^[AES]$/u.test(parts[0]) ? parts[0] : null;
  if (organ === null) return none;
  let i = 1;
  let committee: string | null = null;
  let kind: DocumentKind | null = null;
  if (/^C\.\d$/u.test(parts[1] ?? '')) {
    committee = parts[1] ?? null;
    i = 2;
  } else if (parts[1] === 'RES') {
    kind = 'resolution';
    i = 2;
  } else if (parts[1] === 'DEC') {
    kind = 'decision';
    i = 2;
  }
  const session = /^\d{1,3}$/u.test(parts[i] ?? '') ? Number(parts[i]) : null;
  if (committee !== null && /^L\.\d+/u.test(parts[i + 1] ?? '')) kind = 'draft-resolution';
  return { organ, committee, session, kind };
}

/** A line that is a symbol alone, as on a cover ("A/75/394", "A/C.1/78/L.11"), else null. */
export function readSymbolLine(text: string): string | null {
  const t = text.trim();
  return /^[AES]\/(?:[A-Z0-9.]+\/)*[A-Z0-9.]+$/u.test(t) && /\d/u.test(t) ? t : null;
}

/** "A/RES/78/237", "A/DEC/72/512": an adopted text. */
export function isAdoptedSymbol(symbol: string): boolean {
  return /^A\/(?:RES|DEC)\//i.test(symbol.trim());
}

/** "A/C.1/78/L.11", "A/C.1/75/L.8/Rev.1", "A/78/L.5": a draft (an L document). */
export function isDraftSymbol(symbol: string): boolean {
  return /\/L\.\d+[A-Z]?(?:\/|$)/i.test(symbol.trim());
}

/** The citation kind of a full symbol. */
export function symbolKind(symbol: string): CitationKind {
  for (const [re, kind] of SYMBOL_KIND_RULES) if (re.test(symbol)) return kind;
  return 'document';
}

/**
 * The GLOB patterns (SQLite) of the parts of a resolution cited whole: "A/RES/43/78" →
 * "A/RES/43/78[A-Z]"; "A/RES/217(III)" → "A/RES/217[A-Z](III)". Empty for anything else.
 */
export function partGlobs(target: string): string[] {
  if (/^A\/RES\/(?:(?:ES|S)-)?\d+\/\d+$/.test(target)) return [`${target}[A-Z]`];
  const era = /^(A\/RES\/\d+)(\([A-Z-]+\))$/.exec(target);
  return era ? [`${era[1]}[A-Z]${era[2]?.replace(/[[\]*?]/g, (c) => `[${c}]`)}`] : [];
}

const SHORT_FORM_RE = new RegExp(`^${shortNumberPattern()}$`, 'u');
const FULL_SYMBOL_RE = new RegExp(`^${documentSymbolPattern()}$`, 'u');

/**
 * The number a General Assembly resolution prints before its title, as on UN pages and in
 * the AKN preface (`75/22.`, `78/183 A.`, `ES-11/5.`): `#### 75/22. Règlement pacifique de la
 * question de Palestine` → { symbol: "A/RES/75/22", title: "Règlement pacifique de la
 * question de Palestine" }; null when the line does not open so.
 */
export function readResolutionTitle(line: string): { symbol: string; title: string } | null {
  const m = /^((?:E?S-\d{1,2}\/\d{1,3})|(?:\d{1,3}\/\d{1,4}(?: [A-Z])?))\.\s+(\S.*)$/su.exec(line.trim());
  const [number, part] = m ? m[1]!.split(' ') : [];
  const symbol = number ? normaliseSymbol(number) : null;
  // a part is written apart, as on the UN's cover: "A/RES/78/183 A"
  return m && symbol ? { symbol: part ? `${symbol} ${part}` : symbol, title: m[2]! } : null;
}

/**
 * A symbol as a user or a document writes it → the full symbol: "78/237" → "A/RES/78/237",
 * "43/78 H" → "A/RES/43/78H", "2625 (XXV)" → "A/RES/2625(XXV)", "2334 (2016)" →
 * "S/RES/2334(2016)", "ES-10/15" → "A/RES/ES-10/15", "a/c.1/75/l.8/rev.1" →
 * "A/C.1/75/L.8/Rev.1", "A/73/12 (Part I)" → "A/73/12(Part I)", "2013/38" → "E/RES/2013/38";
 * null when it is not a symbol.
 */
export function normaliseSymbol(input: string): string | null {
  const text = input.replace(/\s+/g, ' ').trim().replace(/[\u2010\u2011]/g, '-');
  const short = SHORT_FORM_RE.exec(text.replace(/^(\d{1,4}\/\d{1,4}) ?([a-z])$/, (_, n: string, p: string) => `${n} ${p.toUpperCase()}`));
  if (short?.groups) {
    const g = short.groups;
    if (g.sc !== undefined) return securityCouncilResolutionSymbol(Number(g.sc), Number(g.year));
    if (g.on !== undefined) return gaEraResolutionSymbol(Number(g.on), g.era ?? '', g.op ?? null);
    const session = Number(g.b === undefined ? NaN : g.a);
    const num = Number(g.b);
    const parts = expandParts(g.parts);
    if (parts.length > 1) return null;
    if (g.ss !== undefined) return gaResolutionSymbol(`${g.ss.slice(0, -1)}-${session}`, num, parts[0] ?? null);
    // a year-numbered resolution is ECOSOC's, as in running text: "2013/38" → E/RES/2013/38
    if (parts.length === 0 && !isGaNumber(session, num) && isYearNumber(session, num)) return ecosocResolutionSymbol(session, num);
    if (!isGaNumber(session, num)) return null;
    return gaResolutionSymbol(session, num, parts[0] ?? null);
  }
  const compact = text.replace(/ (?=\()/g, '').replace(/\/RES\/(\d+)\/(\d+) ([A-Za-z])$/i, '/RES/$1/$2$3');
  const upperRoot = compact.replace(/^[a-z]+(?=\/)/, (r) => r.toUpperCase());
  if (FULL_SYMBOL_RE.test(canonicalCase(upperRoot))) return canonicalSymbol(upperRoot);
  return null;
}

/** The canonical spelling of a full symbol already matched: segment case, tails without spaces. */
export function canonicalSymbol(written: string): string {
  const text = written.replace(/\s+/g, ' ').trim().replace(/[\u2010\u2011]/g, '-').replace(/ (?=\()/g, '').replace(/\/ (?=\d)/g, '/');
  return canonicalCase(text)
    .replace(/\((Vol|Sect)\. ?/g, '($1.');
}

/**
 * Segment case as the UN writes it: "rev.1" → "Rev.1", "l.8" → "L.8", "c.1" → "C.1", "res" →
 * "RES", "78h" → "78H"; the "Res.1" of UNEP/EA.4/Res.1 keeps its case (written so by UNEP).
 */
function canonicalCase(symbol: string): string {
  const [root = '', ...segs] = symbol.split('/');
  return [root.toUpperCase(), ...segs.map(canonicalSegment)].join('/');
}

function canonicalSegment(seg: string): string {
  const m = /^([A-Za-z]{1,8})(\.\d{1,4})?$/.exec(seg);
  if (m) {
    const word = m[1] ?? '';
    // a word the UN writes in mixed case keeps it: "Sub.2" of E/CN.4/Sub.2/2000/46, "Res.1"
    if (/^[A-Z][a-z]+$/.test(word) && m[2] !== undefined) return seg;
    const suffix = [...SYMBOL_SUFFIX_WORDS, 'Res'].find((w) => w.toLowerCase() === word.toLowerCase());
    return (suffix && m[2] !== undefined ? suffix : word.toUpperCase()) + (m[2] ?? '');
  }
  // a part glued to a number ("78h"), a Roman session ("2625(xxv)"), a special session ("s-27")
  if (/^\d{1,4}[a-z]$/.test(seg) || /^(?:es|s)-\d+$/.test(seg) || /^\d+[a-z]?\([a-z-]+\)$/i.test(seg)) return seg.toUpperCase();
  return seg;
}

/* ------------------------------------------------- running-text context */

/** What a short number "75/240" means after a keyword. `null`: not a UN citation. */
export type ShortNumberContext = 'resolution' | 'decision' | null;

/**
 * Keywords that give a following short number its meaning, as regex sources over text as
 * written (matched case-insensitively; accents optional). The last keyword before a number
 * decides.
 */
export const CITATION_CONTEXTS: readonly (readonly [source: string, context: ShortNumberContext])[] = [
  ['r[ée]solutions?', 'resolution'],
  ['resolutions?', 'resolution'],
  ['d[ée]cisions?', 'decision'],
  // national acts and other numbered texts: the number that follows is not a UN symbol
  ['circulaires?', null],
  ['lois?', null],
  ['d[ée]crets?', null],
  ['arr[êe]t[ée]s?', null],
  ['ordonnances?', null],
  ['directives?', null],
  ['r[èe]glements?', null],
];

/** Folded phrase that makes a year-based number an ECOSOC text ("résolution 1996/31"). */
export const ECOSOC_PHRASE = /conseil economique et social|\becosoc\b/;

/**
 * The body a short number belongs to: the General Assembly ("sa résolution 75/240"), the
 * Security Council, ECOSOC, the Human Rights Council, or another body whose resolutions have
 * no UN symbol this project can build ("résolution 14/221" of an annexed text).
 */
export type IssuingBody = 'ga' | 'sc' | 'ecosoc' | 'hrc' | 'other';

/**
 * Folded names of issuing bodies, matched where they qualify a resolution: "résolution 34/8
 * du Conseil des droits de l'homme", "résolutions du Conseil de sécurité 2106 (2013)", "le
 * Conseil des droits de l'homme, dans sa résolution 22/13". First match wins.
 */
export const BODY_PHRASES: readonly (readonly [source: string, body: IssuingBody])[] = [
  ['conseil de securite', 'sc'],
  ["conseil des droits de l'homme", 'hrc'],
  ['conseil economique et social', 'ecosoc'],
  ['ecosoc', 'ecosoc'],
  ["assemblee generale", 'ga'],
  ["commission des droits de l'homme", 'other'],
  // the regional commissions: ESCAP's "résolution 72/7" (79/212), ECLAC's "574 (XXVII)" (76/87)
  ["commission economique (?:et sociale )?pour [a-z' -]{3,60}?", 'other'],
  // "les décisions 21/1 et 21/2 adoptées par le Comité de haut niveau pour la coopération Sud-Sud" (78/162)
  ["comite (?:de|des|du|pour|d')[a-z' -]{3,60}?", 'other'],
  // "la résolution 25/2 de la Commission pour la prévention du crime et la justice pénale" (75/196)
  ['commission (?:de la|du|des|de|pour) [a-z\' -]{3,60}?', 'other'],
  ["conseil d'administration", 'other'],
  ['conseil (?:executif|de direction)', 'other'],
  ['assemblee mondiale de la sante', 'other'],
  ["assemblee des nations unies pour l'environnement", 'other'],
  ["assemblee (?:des nations unies pour|d'onu-habitat|de l'autorite|des etats parties)[a-z' -]{0,60}?", 'other'],
  ["conference (?:generale|des parties)", 'other'],
  ['organisation (?:mondiale|internationale|des nations unies pour) [a-z\' -]{3,60}?', 'other'],
  ["unesco|oms|oit|fao|aiea|omi|uit", 'other'],
];

/**
 * The nouns that name what a document symbol in brackets after them is ("rapport du
 * Secrétaire général (A/75/123)", "note du Secrétaire général (A/75/124)"), folded; the last
 * one before a symbol, in its sentence, decides. Only "rapport(s)" makes a report. Treaties
 * ("de la Convention (CCW/MSP/2018/11)") are no document noun: they have no symbol.
 */
export const DOCUMENT_NOUNS = /(?<![a-z])(rapports?|notes?|lettres?|documents?|memorandums?|communications?|resolutions?|decisions?|declarations?|programmes?|projets?|supplement|annexes?|additifs?|rectificatifs?|actes?|compte rendu|comptes rendus|texte)(?![a-z])/g;

/**
 * The supplements of the Assembly's Official Records that are not reports: No. 6, the proposed
 * programme budget (`A/79/6 (Sect. 3)`), and No. 49, its resolutions and decisions. Every
 * other numbered supplement is the report of a body to the Assembly ("Supplément no 53
 * (A/74/53)", the Human Rights Council's; "no 23 (A/77/23)", the Special Committee's).
 */
export const NON_REPORT_SUPPLEMENTS: readonly number[] = [6, 49];

/** "Supplément no 53 (" / "Supplément no 53A (", folded, at the end of a text: group 1 = 53. */
export const SUPPLEMENT_BEFORE = /supplement n[o°]?\s*(\d{1,3})[a-z]?(?: et rectificatifs?)?,?\s*\($/;

/** A resolution keyword right after "annexe II," belongs to the annexed text's body: "(A/56/1026-S/2002/932, annexe II, résolution 14/221)". */
export const ANNEX_BEFORE = /annexe(?:s)?(?: [ivxl\d]+)?(?: et [ivxl\d]+)?,? ?$/;

/**
 * The Human Rights Council's report to the Assembly is Supplement No. 53 (A/72/53, and its
 * Add.): a short number right after a reference to it, "Supplément no 53 (A/72/53), chap. IV,
 * sect. A, 37/38", is a Council resolution.
 */
export const HRC_REPORT_SOURCE = /\(A\/\d{2,3}\/53(?:\/Add\.\d{1,2})?[^()]{0,60}\)(?:,?\s*(?:chap|sect|annexe|vol)\.?\s*[IVXL\dA-Z]{1,6}\.?)*\s*(?:,|et)?\s*/gu;

/** Folded phrases allowed between the items of a list of resolutions, besides dates and separators. */
export const LIST_FILLERS: readonly string[] = [
  "de l'assemblee generale",
  'de la premiere commission',
  'du conseil economique et social',
  'du conseil de securite',
  "du conseil des droits de l'homme",
  'du conseil',
  'adoptees? le',
  'en date du',
  'du',
  'et',
  'ainsi que',
  'respectivement',
];

/** Most words (after removing dates and fillers) allowed between a keyword and a number. */
export const MAX_GAP_WORDS = 3;

/**
 * The keyword regex over text as written; capture group i+1 matches CITATION_CONTEXTS[i].
 * (A word boundary written as a lookaround: `\\b` does not know accented letters.)
 */
export function citationContextPattern(): RegExp {
  const alts = CITATION_CONTEXTS.map(([s]) => `(?<![\\p{L}])(${s})(?![\\p{L}])`);
  return new RegExp(alts.join('|'), 'giu');
}
