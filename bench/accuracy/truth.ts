/**
 * The truth the harness scores against, taken from the harness's own reading of the AKN file
 * (page.ts), by the rules of issue 14:
 *
 * - preambular: `preamble/container`, and `crossHeading refersTo="#preamble"` in sectioned bodies;
 * - operative: `mainBody//paragraph`, number = its `num` ("1." → "1"), null when unnumbered
 *   ("*Approuve* le rapport …", 75/19); a paragraph with no text of its own, or bold throughout
 *   ("Titre I"), is a heading; a `num` printed with an empty paragraph numbers the next one;
 * - sub-paragraphs: `point` (and unnumbered paragraphs opening with `a)`, 75/32, as in DESIGN.md);
 * - footnotes: every `authorialNote` (marker and text);
 * - lead: the italic span that opens the paragraph, less trailing punctuation and a trailing
 *   article or preposition the italics take in (`*Rappelant le*` → "Rappelant"); null (not
 *   scored) where the paragraph opens in roman type or is italic throughout;
 * - symbol (not scored where the title prints another number), session, adoption date.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readPage, refsOf, textOf, type Item, type Page, type Run } from './page.js';

export type TruthKind = 'preambular' | 'operative' | 'subparagraph';

export interface TruthParagraph {
  kind: TruthKind;
  number: string | null;
  /** null: not scored (the paragraph opens in roman type) */
  lead: string | null;
  text: string;
  /** markers of the footnotes referenced in the paragraph, in order */
  footnotes: string[];
}

export interface TruthFootnote {
  marker: string;
  text: string;
}

export interface Truth {
  file: string;
  /** null: not scored (the cover page and the title disagree) */
  symbol: string | null;
  session: number | null;
  date: string | null;
  paragraphs: TruthParagraph[];
  footnotes: TruthFootnote[];
}

/**
 * Words the italics sometimes take in after the lead (`*Rappelant le*`, `*Prenant note avec
 * satisfaction du*`): articles, prepositions and their contractions, "que".
 */
const TRAILING = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'à', 'en', 'par', 'pour',
  'sur', 'dans', 'avec', 'que', 'qu', 'et', 'ses', 'sa', 'son', 'leur', 'leurs', 'ce', 'cette', 'ces',
]);

/** The italic span that opens the runs, or null. */
export function leadOf(runs: Run[]): string | null {
  const printed = runs.filter((r) => !r.note);
  let i = 0;
  while (i < printed.length && printed[i]!.text.trim() === '') i++;
  if (i >= printed.length || !printed[i]!.italic) return null;
  let lead = '';
  for (; i < printed.length && (printed[i]!.italic || printed[i]!.text.trim() === ''); i++) lead += printed[i]!.text;
  // an italic span that stops inside a word ("<i>Rappelan</i>t", 76/55): the lead is the word
  const rest = /^[\p{L}’']+/u.exec(printed[i]?.text ?? '');
  if (rest && /\p{L}$/u.test(lead)) lead += rest[0];
  lead = lead.replace(/\s+/gu, ' ').trim();
  const all = textOf(runs);
  if (lead === all || all.length - lead.length < 3) return null; // italic throughout: a title, a quotation
  // "*Rappelant,*", "*Notant en outre :*"
  lead = lead.replace(/[\s,;:.]+$/u, '');
  for (;;) {
    const m = /\s+([\p{L}]+)[’']?$/u.exec(lead) ?? /\s+([\p{L}]+[’'])$/u.exec(lead);
    if (!m) break;
    const word = m[1]!.replace(/[’']$/u, '').toLowerCase();
    if (!TRAILING.has(word)) break;
    lead = lead.slice(0, m.index);
  }
  // "*Rappelant l’*importance": an elided article glued to the lead's last word
  lead = lead.replace(/\s+[ldLD][’']$/u, '').replace(/\s+qu[’']$/u, '');
  return lead === '' ? null : lead;
}

function paragraphOf(item: Item, kind: TruthKind): TruthParagraph {
  return {
    kind,
    number: item.label,
    lead: leadOf(item.runs),
    text: textOf(item.runs),
    footnotes: refsOf(item.runs),
  };
}

/**
 * Every note printed on the page: title, paragraphs, headings, tables, annexes, notes in notes,
 * and the notes typed as body paragraphs.
 */
function allNotes(page: Page): TruthFootnote[] {
  const out: TruthFootnote[] = [];
  const visit = (runs: Run[]): void => {
    for (const r of runs) {
      if (!r.note) continue;
      out.push({ marker: r.note.marker, text: textOf(r.note.runs) });
      visit(r.note.runs);
    }
  };
  visit(page.cover.proponent);
  visit(page.title);
  for (const item of page.items) {
    // a note typed as a body paragraph ("*\tA/75/150.", 75/1) is one of the page's notes too
    if (item.typedNote !== undefined) out.push({ marker: item.typedNote, text: textOf(item.runs).replace(/^\*+\s+/u, '') });
    visit(item.runs);
  }
  return out;
}

export function truthOf(page: Page): Truth {
  const paragraphs: TruthParagraph[] = [];
  for (const item of page.items) {
    if (item.role === 'preambular' || item.role === 'operative' || item.role === 'subparagraph') {
      paragraphs.push(paragraphOf(item, item.role));
    }
  }
  return { file: page.file, symbol: knownSymbol(page), session: page.session, date: page.date, paragraphs, footnotes: allNotes(page) };
}

/**
 * The cover page's symbol, unless the title prints another number: the XML then contradicts
 * itself and the symbol is not known (A_RES_78_4: cover "A/RES/78/3", title "78/4." of the
 * declaration on universal health coverage; A_RES_78_60: cover "A/RES/78/60", title "78/6.").
 * Null: not scored. UN-page markdown prints only the title's number; PDF text prints both.
 */
function knownSymbol(page: Page): string | null {
  const number = (s: string | null): string | null => /\d+\/\d+/u.exec(s ?? '')?.[0] ?? null;
  const title = number(page.number);
  return title !== null && page.symbol !== null && title !== number(page.symbol) ? null : page.symbol;
}

/** Read one AKN file: its page (for the renderers) and its truth. */
export function readTruth(path: string): { page: Page; truth: Truth } {
  const page = readPage(readFileSync(path, 'utf8'), basename(path));
  return { page, truth: truthOf(page) };
}
