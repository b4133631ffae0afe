/**
 * Metadata: what the cover page prints (organ, distribution, date, languages, session,
 * committee, agenda item, title, kind) and what a symbol says (A/C.1/78/L.11 → organ A,
 * committee C.1, session 78, a draft). Declared metadata wins over what is read, what is
 * read wins over what a symbol implies, and what is neither stays null.
 */
import { parseFrenchDate } from '../lexicon/months.js';
import { parseSessionLine } from '../lexicon/sessions-fr.js';
import {
  isBareKindPhrase, isFormula, isFrontHeading, isMasthead, isSponsorLine, readAgendaItem, readCommittee, readDistribution,
  readKindPhrase, readLanguageLine, readLanguageList, readOrgan, readOriginalLine, startsWithFormula,
} from '../lexicon/doc-kinds-fr.js';
import { matchLead } from '../lexicon/leads-fr.js';
import { readResolutionTitle, readSymbolLine } from '../lexicon/symbols.js';
import { readLabel } from './labels.js';
import type { Block, DocumentMeta, Paragraph } from '../types.js';

/** What the front matter of a document (or of a submission) printed. */
export interface FrontMatter {
  meta: DocumentMeta;
  /**
   * indexes of blocks that were cover lines (consumed: they become metadata, not paragraphs);
   * a cover line with a footnote reference is read but not consumed, so its footnote has a paragraph
   */
  consumed: Set<number>;
  /** indexes of blocks that are title lines (paragraph kind "title") */
  titles: Set<number>;
  /** indexes of sponsor lines ("…, et Zimbabwe : projet de résolution") */
  sponsorLines: Set<number>;
  /** index of the first block after the front matter */
  end: number;
  /** the symbol read from the resolution's number before its title (`75/22.`), if any */
  numberedTitle: string | null;
}

/**
 * The first line of a UN PDF, the masthead and the symbol side by side: "Nations Unies
 * A/RES/76/247 A-C" → "A/RES/76/247 A-C". The symbol keeps the letters of a resolution adopted
 * in several texts under one number, which the title line does not print ("76/247. Budget-
 * programme de 2022", then "A" over the first text).
 */
function mastheadSymbol(text: string): string | null {
  const m = /^(.+?)\s+(\S+\/\S+)((?:\s[A-Z](?:-[A-Z])?)?)$/u.exec(text.trim());
  if (!m || !isMasthead(m[1]!) || readSymbolLine(m[2]!) === null) return null;
  return `${m[2]!}${m[3]!}`;
}

/** Longest line read as (part of) a title. */
const TITLE_MAX = 600;

/** A short line without final punctuation that could be (part of) a title. */
function titleLike(block: Block): boolean {
  if (block.kind === 'footnote' || block.kind === 'table-row' || block.kind === 'list-item') return false;
  const t = block.text;
  // an agenda item's name under its number runs to 300 characters and more (A/RES/78/317)
  if (t.length === 0 || t.length > TITLE_MAX) return false;
  if (block.kind === 'heading') return true;
  return !/[.;:,]$/u.test(t) && readLabel(t) === null && matchLead(t) === null;
}

/** A block that opens the body: the formula, a lead, a numbered paragraph, a front heading. */
function opensBody(block: Block): boolean {
  const t = block.text;
  // the formula, also without its comma (A/RES/78/3 prints `L’Assemblée générale` alone)
  if (startsWithFormula(t) || isFormula(t)) return true;
  if (isFrontHeading(t)) return true;
  const label = readLabel(t);
  if (label && label.kind !== 'dotted') return true;
  return matchLead(t) !== null;
}

/**
 * Read the front matter: cover lines, title lines and the sponsors' line, from `start` up to
 * the first block that opens the body. Used for the document and for each submission.
 */
export function readFrontMatter(
  blocks: readonly Block[],
  start = 0,
  stop = blocks.length,
  options: { titles?: boolean } = {},
): FrontMatter {
  const wantTitles = options.titles ?? true;
  const meta: DocumentMeta = {};
  const consumed = new Set<number>();
  const titles = new Set<number>();
  const sponsorLines = new Set<number>();
  let titleText: string | null = null;
  let titleDone = false;
  let lastTitle = -2;
  let originalOpen = false;
  let numberedTitle: string | null = null;
  let i = start;
  for (; i < stop; i++) {
    const b = blocks[i];
    if (!b) break;
    if (b.kind === 'footnote') continue;
    const t = b.text;
    // a cover line that carries a footnote reference stays a paragraph: the footnote's anchor
    const consume = (): void => {
      if (b.footnotes.length === 0) consumed.add(i);
    };
    if (originalOpen) {
      const more = readLanguageList(t);
      originalOpen = false;
      if (more) {
        meta.original_languages = [...(meta.original_languages ?? []), ...more];
        consume();
        continue;
      }
    }
    const original = readOriginalLine(t);
    if (original) {
      meta.original_languages = [...(meta.original_languages ?? []), ...original.languages];
      originalOpen = original.open;
      const date = original.rest ? parseFrenchDate(original.rest.replace(/[[\]]/gu, '')) : null;
      if (date) meta.date = date;
      consume();
      continue;
    }
    if (isMasthead(t)) {
      consume();
      continue;
    }
    const masthead = mastheadSymbol(t);
    if (masthead) {
      meta.symbol ??= masthead;
      consume();
      continue;
    }
    const facts = readCoverLine(t);
    if (facts) {
      Object.assign(meta, facts);
      consume();
      continue;
    }
    if (opensBody(b) || !wantTitles) break;
    if (isSponsorLine(t)) {
      sponsorLines.add(i);
      meta.kind ??= readKindPhrase(t) ?? undefined;
      continue;
    }
    const kind = readKindPhrase(t);
    const adopted = adoptionDate(t);
    // the adoption date is the resolution's date (as in AKN), not the issue date of the cover
    if (adopted) meta.date = adopted;
    if (kind && isBareKindPhrase(t)) {
      meta.kind ??= kind;
      titles.add(i);
      continue;
    }
    // … or on a line of its own under the title (the AKN's `<docNumber refersTo="#letter">`),
    // right before the text; not the first of lettered sections, which a heading of its own
    // follows ("76/247. Budget-programme de 2022" / "A" / "Crédits ouverts pour 2022", A-C)
    const nextBlock = blocks[i + 1];
    if (numberedTitle !== null && !numberedTitle.includes(' ') && lastTitle === i - 1 && /^[A-Z]$/u.test(t.trim())
      && nextBlock !== undefined && opensBody(nextBlock)) {
      if (meta.symbol === numberedTitle) meta.symbol = `${numberedTitle} ${t.trim()}`;
      numberedTitle = `${numberedTitle} ${t.trim()}`;
      titles.add(i);
      lastTitle = i;
      continue;
    }
    const numbered = wantTitles ? readResolutionTitle(t) : null;
    if (numbered) {
      // "75/22. Règlement pacifique …": the resolution's own number and title (issue 14), which
      // win over the lines above it ("Résolution adoptée par l’Assemblée générale le …")
      // the part letter of a resolution adopted in several texts under one number is printed
      // after the title ("75/242. Rapports financiers … **B**", A/RES/75/242 B), not after the number
      const lettered = numbered.symbol.includes(' ') ? null : /^(.*\S)\s+([A-Z])$/su.exec(numbered.title);
      const symbol = lettered ? `${numbered.symbol} ${lettered[2]!}` : numbered.symbol;
      meta.symbol ??= symbol;
      numberedTitle = symbol;
      titleText = lettered ? lettered[1]! : numbered.title;
      titleDone = true;
      titles.add(i);
      lastTitle = i;
      continue;
    }
    if (!titleLike(b)) break;
    titles.add(i);
    if (kind) meta.kind ??= kind;
    const continues = lastTitle === i - 1 && /^\p{Ll}/u.test(t);
    if (titleText === null) titleText = t;
    else if (continues && !titleDone) titleText = `${titleText} ${t}`;
    else titleDone = true;
    lastTitle = i;
  }
  if (titleText !== null) meta.title = titleText;
  return { meta, consumed, titles, sponsorLines, end: i, numberedTitle };
}

/**
 * "Résolution adoptée par l’Assemblée générale le 1er décembre 2020" → "2020-12-01"; also
 * "Résolutions adoptées …" (a page holding several, A/RES/79/112) and decisions.
 */
function adoptionDate(line: string): string | null {
  const m = /^\s*(?:r[ée]solutions?|d[ée]cisions?)\s+adopt[ée]es?\s+par\s+l['’]assembl[ée]e\s+g[ée]n[ée]rale\s+le\s+(\S.*)$/iu.exec(line);
  return m ? parseFrenchDate(m[1]!.replace(/[[\]]/gu, '').trim()) : null;
}

/**
 * The parts of a resolution adopted under one number as several texts, each under a lettered
 * heading with its own formula (A/RES/76/247: `A. Crédits ouverts pour 2022`, `L’Assemblée
 * générale`, … `C. …`): "A-C", as the UN's cover writes the symbol ("A/RES/76/247 A-C");
 * null when there are fewer than two.
 */
export function letteredParts(paragraphs: readonly Paragraph[], first?: string): string | null {
  // `first`: the letter the front matter read under the title, the first text's (A/RES/79/252:
  // "79/252. Régime commun des Nations Unies", "A", the formula … "B", the formula)
  const letters: string[] = first === undefined ? [] : [first];
  paragraphs.forEach((p, k) => {
    // the letter as the heading's number ("A. Crédits ouverts pour 2022") or alone ("B")
    const letter = p.kind === 'heading' ? /^([A-Z])\.?$/u.exec(p.number ?? p.text)?.[1] : undefined;
    if (letter && paragraphs[k + 1]?.kind === 'formula') letters.push(letter);
  });
  return letters.length >= 2 ? `${letters[0]}-${letters[letters.length - 1]}` : null;
}

/** Cover-line readers, tried in this order; each reads a whole line or returns null. */
const COVER_FIELDS: ReadonlyArray<readonly [keyof DocumentMeta, (line: string) => string | number | null]> = [
  ['organ', readOrgan],
  ['distribution', readDistribution],
  ['date', parseFrenchDate],
  ['language', readLanguageLine],
  ['session', parseSessionLine],
  ['committee', readCommittee],
  ['agenda_item', readAgendaItem],
  ['symbol', readSymbolLine],
];

/** One cover line → the metadata it states, or null. */
export function readCoverLine(text: string): DocumentMeta | null {
  const t = text.replace(/^\[|\]$/gu, '').trim();
  for (const [field, read] of COVER_FIELDS) {
    const value = read(t);
    if (value !== null) return { [field]: value } as DocumentMeta;
  }
  return null;
}
