/**
 * The French vocabulary of UN cover pages and document kinds: what a line such as
 * "Distr. limitée", "Original : anglais/russe", "Première Commission",
 * "Point 94 de l'ordre du jour", "… : projet de résolution", "Projet de résolution II" means.
 *
 * Data: the tables below (folded keys). Builders: the small `read…` functions, each
 * reading one whole line (or block) and returning null when it is something else.
 */
import { endsWithComma } from '../frontends/blocks.js';
import { fold } from '../text/fold.js';
import type { DocumentKind } from '../types.js';

/** Folded organ names → organ code. */
export const ORGANS: ReadonlyMap<string, string> = new Map([
  ['assemblee generale', 'A'],
  ['conseil de securite', 'S'],
  ['conseil economique et social', 'E'],
]);

/** Folded committee names → committee code of the symbol grammar. */
export const COMMITTEES: ReadonlyMap<string, string> = new Map([
  ['premiere commission', 'C.1'],
  ['deuxieme commission', 'C.2'],
  ['troisieme commission', 'C.3'],
  ['quatrieme commission', 'C.4'],
  ['commission politique speciale et de la decolonisation', 'C.4'],
  ['commission politique speciale et de la decolonisation (quatrieme commission)', 'C.4'],
  ['cinquieme commission', 'C.5'],
  ['sixieme commission', 'C.6'],
]);

/** Folded language names → ISO 639-1 code (the six official languages). */
export const LANGUAGES: ReadonlyMap<string, string> = new Map([
  ['anglais', 'en'],
  ['arabe', 'ar'],
  ['chinois', 'zh'],
  ['espagnol', 'es'],
  ['francais', 'fr'],
  ['russe', 'ru'],
]);

/** Folded distribution words ("Distr. limitée") → the value stored. */
export const DISTRIBUTIONS: ReadonlyMap<string, string> = new Map([
  ['generale', 'générale'],
  ['limitee', 'limitée'],
  ['restreinte', 'restreinte'],
]);

/** Phrases that state what a document is, folded, with the kind they mean (longest first). */
export const KIND_PHRASES: ReadonlyArray<readonly [string, DocumentKind]> = [
  ['projet de resolution', 'draft-resolution'],
  ['projet de decision', 'draft-decision'],
  ['resolution adoptee par l\'assemblee generale', 'resolution'],
  ['decision adoptee par l\'assemblee generale', 'decision'],
  ['rapport du secretaire general', 'report'],
  ['rapport de la premiere commission', 'report'],
  ['rapport', 'report'],
];

/** Folded cover lines that say nothing about the document (the masthead). */
export const MASTHEAD_LINES: ReadonlySet<string> = new Set(['nations unies', 'united nations']);

/** Folded headings of front matter that are not titles. */
export const FRONT_HEADINGS: ReadonlySet<string> = new Set(['resume', 'table des matieres', 'note du secretariat']);

/** Folded opening of a heading that groups the replies of an SG report's annex. */
export const REPLY_GROUP_PREFIX = 'reponses recues';

/** Folded annex heading words: "Annexe", "Annexe I", "Annexes". */
export const ANNEX_WORDS: readonly string[] = ['annexe', 'annexes'];

/**
 * Folded words that open the divisions of a treaty printed in an annex, with their depth under
 * the annex: "Chapitre II" (1) > "Section 2" (2) > "Article 7" (3). The United Nations
 * Convention against Cybercrime, annexed to resolution 79/243, prints "Chapitre premier
 * Dispositions générales", then "Article premier" / "Objet"; its interpretative notes head
 * "Articles 23 et 35, concernant le terme « enquête »".
 */
export const DIVISION_WORDS: ReadonlyMap<string, number> = new Map([['chapitre', 1], ['section', 2], ['article', 3], ['articles', 3]]);

/** Longest line that can be a heading these readers look for (longer: not read at all). */
const SHORT_LINE = 80;

/** Strip markdown/PDF leftovers that do not change meaning: brackets, asterisks, trailing dots. */
function bare(text: string): string {
  return fold(text).replace(/^\[|\]$/gu, '').replace(/[*\\]+/gu, '').trim();
}

/** "Assemblée générale" → "A". */
export function readOrgan(text: string): string | null {
  return ORGANS.get(bare(text)) ?? null;
}

/** "Nations Unies": the masthead of every cover page. */
export function isMasthead(text: string): boolean {
  return text.length <= SHORT_LINE && MASTHEAD_LINES.has(bare(text));
}

/** "Première Commission" → "C.1". */
export function readCommittee(text: string): string | null {
  return COMMITTEES.get(bare(text)) ?? null;
}

/** "Distr. limitée" → "limitée". */
export function readDistribution(text: string): string | null {
  const m = /^distr\.?\s+(\S+)$/u.exec(bare(text));
  return m?.[1] ? (DISTRIBUTIONS.get(m[1]) ?? null) : null;
}

/** Language codes of a list of French language names ("anglais/russe", "anglais, chinois,"). */
export function readLanguageList(text: string): string[] | null {
  const names = bare(text).split(/\s*(?:[,/]|\bet\b)\s*/u).filter((n) => n !== '');
  const codes = names.map((n) => LANGUAGES.get(n));
  if (codes.length === 0 || codes.some((c) => c === undefined)) return null;
  return codes as string[];
}

/** The working language line ("Français") → "fr". */
export function readLanguageLine(text: string): string | null {
  const b = bare(text);
  return LANGUAGES.get(b) ?? null;
}

export interface OriginalLine {
  languages: string[];
  /** the rest of the block after the languages (a date line glued to it), as written */
  rest: string;
  /** the language list ended with a comma: the next line continues it */
  open: boolean;
}

/**
 * "Original : anglais/russe", "[Original : anglais]", "[Original : espagnol 29 avril 2024]"
 * → languages (ISO 639-1). Null when the block is not an "Original" line.
 */
export function readOriginalLine(text: string): OriginalLine | null {
  const m = /^\[?\s*original\s*:\s*(.*)$/iu.exec(text.trim());
  if (!m) return null;
  const body = (m[1] ?? '').replace(/\]\s*$/u, '');
  const words = body.split(/\s+/u);
  const langs: string[] = [];
  let i = 0;
  let open = false;
  for (; i < words.length; i++) {
    const w = words[i] ?? '';
    if (fold(w) === 'et') continue;
    const parts = w.split('/').map((p) => p.replace(/[,;]$/u, ''));
    const codes = parts.map((p) => LANGUAGES.get(fold(p)));
    if (codes.some((c) => c === undefined)) break;
    langs.push(...(codes as string[]));
    open = /,$/u.test(w);
  }
  if (langs.length === 0) return null;
  const rest = words.slice(i).join(' ').trim();
  return { languages: langs, rest, open: open && rest === '' };
}

/** "Point 94 de l'ordre du jour", "Point 93 de la liste préliminaire*" → "94". */
export function readAgendaItem(text: string): string | null {
  const m = /^points?\s+(\d+(?:\s*[a-z]\))?)\s+(?:de l'ordre du jour|de la liste preliminaire)\b/u.exec(bare(text));
  return m?.[1] ? m[1].replace(/\s+/gu, ' ') : null;
}

/** The kind a heading or line states, if it states one: "… : projet de résolution" → draft-resolution. */
export function readKindPhrase(text: string): DocumentKind | null {
  const b = bare(text);
  for (const [phrase, kind] of KIND_PHRASES) {
    if (b === phrase || b.startsWith(`${phrase} `) || b.endsWith(`: ${phrase}`)) return kind;
  }
  return null;
}

/** The line is only a kind phrase ("Rapport du Secrétaire général"): not a title. */
export function isBareKindPhrase(text: string): boolean {
  const b = bare(text);
  return KIND_PHRASES.some(([phrase]) => phrase === b) && b !== 'rapport';
}

/** "Azerbaïdjan, …, et Zimbabwe : projet de résolution" (the sponsors' line of a draft). */
export function isSponsorLine(text: string): boolean {
  const b = bare(text);
  return /\s:\s*projet de (?:resolution|decision)(?: revise)?$/u.test(b) || /^projet de (?:resolution|decision) presente par\b/u.test(b);
}

export interface PartHeading {
  kind: 'draft-resolution' | 'draft-decision';
  /** "I", "II", "A" … or "" when the text has no label */
  label: string;
}

/** "Projet de résolution I", "Projet de décision II" (a whole heading) → part kind and label. */
export function readPartHeading(text: string): PartHeading | null {
  if (text.length > SHORT_LINE) return null;
  const m = /^projet de (resolution|decision)(?:\s+([ivxlc]+|[a-z]))?$/u.exec(bare(text).replace(/\s+/gu, ' '));
  if (!m) return null;
  return {
    kind: m[1] === 'resolution' ? 'draft-resolution' : 'draft-decision',
    label: (m[2] ?? '').toUpperCase(),
  };
}

/**
 * The key printed under a table, "Abréviations : G(1eC) = agent des services généraux (1re
 * classe) ; …" (A/RES/75/246, 77/258, 80/243, after the staffing tables), or its source or note
 * ("Source :", "Note :"): part of the table, not a paragraph of the text.
 */
const TABLE_LEGEND = /^(?:Abréviations?|Sources?|Notes?)\s*:/u;
export function isTableLegend(text: string): boolean {
  return TABLE_LEGEND.test(text);
}

/** "Annexe", "Annexe I", "Annexe*" (a whole heading). */
export function isAnnexHeading(text: string): boolean {
  if (text.length > SHORT_LINE) return false;
  const b = bare(text).replace(/\s+[ivx]+$/u, '');
  return ANNEX_WORDS.includes(b);
}

/**
 * The depth of a division heading ("Chapitre II", "Article premier", "Article 2 Terminologie"),
 * or null: the division word, then a number (arabic, Roman, "premier"/"unique").
 */
export function divisionLevel(text: string): number | null {
  // the opening only: an article's title may be long ("Article 4 Infractions établies conformément …")
  const m = /^(\p{L}+)\s+(?:\d{1,3}|[ivxl]{1,6}|premier|premiere|unique)(?:\s|$)/u.exec(bare(text.slice(0, 30)));
  return m?.[1] ? (DIVISION_WORDS.get(m[1]) ?? null) : null;
}

/** "Réponses reçues des gouvernements", "Réponses reçues d'organisations intergouvernementales". */
export function isReplyGroupHeading(text: string): boolean {
  return bare(text.slice(0, SHORT_LINE)).startsWith(REPLY_GROUP_PREFIX);
}

/** A heading of front matter that is not a title ("Résumé", "Table des matières"). */
export function isFrontHeading(text: string): boolean {
  return FRONT_HEADINGS.has(bare(text));
}

/** The enacting formula "L'Assemblée générale," (alone, or opening a decision's one paragraph). */
export function startsWithFormula(text: string): boolean {
  return /^l'assemblee generale\s*,/u.test(bare(text.slice(0, SHORT_LINE)));
}

/** The block is the formula alone. */
export function isFormula(text: string): boolean {
  if (text.length > SHORT_LINE) return false;
  return /^l'assemblee generale\s*,?$/u.test(bare(text));
}

/**
 * A declaration's own formula, printed as a paragraph of the resolution's body: "Nous, chefs
 * d’État et de gouvernement …, réunis à New York le 22 septembre 2021 …," before "1.
 * *Réaffirmons* …" (A/RES/76/1, A/RES/80/173). It is the subject of the numbered paragraphs, as
 * "L'Assemblée générale," is of a resolution's: a formula, neither preambular nor operative.
 */
export function isDeclarationFormula(text: string): boolean {
  return /^Nous,\s/u.test(text) && endsWithComma(text);
}

/**
 * The meeting line printed under an adopted resolution, before its date: "44e séance
 * plénière", "1re séance plénière", "93e séance plénière (reprise)" (every `conclusions` of the
 * UN's AKN files of sessions 75–80 opens so). The resolution's text ends there: what follows
 * is an annex, or the next part of a collection.
 */
export function isAdoptionMeeting(text: string): boolean {
  return text.length <= SHORT_LINE && /^\d+\s?(?:e|re|er)\s+seance pleniere(?:\s*\(reprise\))?\.?$/u.test(bare(text));
}

/** Regex source of a committee draft's symbol: "A/C.1/75/L.4", "A/C.1/75/L.8/Rev.1". */
export function draftSymbolPattern(): string {
  return '\\b[AE]/C\\.\\d/\\d{1,3}/L\\.\\d{1,3}(?:/Rev\\.\\d{1,2})?(?![\\w/])';
}

/**
 * Regex source of a report's pointer to the text it recommends: "(voir par. 17 ci-après,
 * projet de résolution II)". Groups: 1 = "résolution" | "décision", 2 = the label.
 */
export function draftReferencePattern(): string {
  return 'voir\\s+par\\.\\s*\\d+\\s+ci-apr[eè]s\\s*,\\s*projet\\s+de\\s+(r[ée]solution|d[ée]cision)\\s+([IVXL]+|[A-Z])\\b';
}
