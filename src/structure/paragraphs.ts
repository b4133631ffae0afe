/**
 * Blocks of one document or part → Paragraphs, in one pass.
 *
 *  - Resolution mode (from the enacting formula on): preambular paragraphs by their lead
 *    phrase, operative paragraphs by their number ("1.") and lead verb, sub-paragraphs
 *    "a)", "ii)" attached to their paragraph (`parent`).
 *  - Report mode: numbered paragraphs whose numbering restarts in an annex; a run of
 *    numbers restarting at 1 inside the numbering ("Prochaines étapes recommandées", an
 *    agenda) is a numbered list (`list-item`); headings "I.", "A.", "1." by meaning.
 *
 * Leads (src/lexicon/leads-fr.ts `readLead`): the italic span that opens a paragraph where the
 * source has italics (markdown), else the lexicon's longest phrase (PDF text); a lead the
 * lexicon does not know gets a "lead-unknown" warning. Unknown text becomes a `text` paragraph
 * plus a warning.
 */
import { appendBlock, continuesParagraph, endsParagraph, endsWithComma } from '../frontends/blocks.js';
import { isAdoptionMeeting, isAnnexHeading, isDeclarationFormula, isFormula, isTableLegend, startsWithFormula } from '../lexicon/doc-kinds-fr.js';
import { looksLikePreambularLead, matchLead, readLead, type LeadKind } from '../lexicon/leads-fr.js';
import type { Block, Footnote, Paragraph, ParagraphKind, Warning } from '../types.js';
import { attachFootnotes, type PendingFootnote } from './footnotes.js';
import { headingParts, readLabel, subLabelKind, type Label } from './labels.js';
import { SectionTracker } from './sections.js';

/** How a paragraph's lead was decided. */
interface LeadDecision {
  lead: string | null;
  /** what the lexicon says the lead opens; null when it does not know the lead */
  kind: LeadKind | null;
  /** the lead is not in the lexicon (italics it does not know, or a guessed participle) */
  unknown: boolean;
}

/** What the front matter decided about a block. */
export type BlockRole = 'title' | 'sponsors';

export interface SegmentInput {
  blocks: readonly Block[];
  roles?: ReadonlyMap<Block, BlockRole>;
  /** "resolution" from the start (a draft part); otherwise report until a formula */
  mode?: 'resolution' | 'report';
  /**
   * A document may be a resolution whose formula was lost: its first paragraph opens with a
   * preambular lead. Not for replies, whose prose may open with "Réaffirmant …".
   */
  leadStartsResolution?: boolean;
}

export interface SegmentResult {
  paragraphs: Paragraph[];
  footnotes: Footnote[];
  warnings: Warning[];
}

/** Longest text a numbered line can have and still be read as a heading in a PDF. */
const HEADING_MAX = 200;
/** Longest title after a letter ("b) Renforcement des capacités") read as a heading. */
const LETTERED_HEADING_MAX = 100;

/**
 * Merge blocks that continue the previous one (page breaks, footnotes in between). Works on
 * copies (the front-end's blocks are left as they are); the roles follow the copies.
 */
export function mergeContinuations(
  blocks: readonly Block[],
  roles?: ReadonlyMap<Block, BlockRole>,
): { blocks: Block[]; roles: Map<Block, BlockRole> } {
  const out: Block[] = [];
  const copiedRoles = new Map<Block, BlockRole>();
  let last: Block | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'footnote') {
      out.push(b);
      continue;
    }
    const mergeable = (x: Block): boolean =>
      (x.kind === 'paragraph' || x.kind === 'list-item') && !roles?.has(x) && !x.hints?.kind;
    if (last && mergeable(last) && mergeable(b) && !isFormula(last.text)
      && (continuesParagraph(last.text, b.text) || betweenLetters(last, b, blocks, i))) {
      appendBlock(last, b);
      continue;
    }
    const copy: Block = { ...b, footnotes: [...b.footnotes], links: [...b.links] };
    const role = roles?.get(b);
    if (role) copiedRoles.set(copy, role);
    out.push(copy);
    last = copy;
  }
  return { blocks: out, roles: copiedRoles };
}

/**
 * A plain paragraph (no label, no number, no lead) between two consecutive lettered items is the
 * rest of the first, cut by a page end after a full stop: "d) Nous sommes en faveur d’une
 * interface … les mesures à prendre." / "Nous constatons qu’il est possible de promouvoir …" /
 * "e) Nous sommes favorables …" (A/RES/79/314, one `<p>` for d)). On the dev folder no paragraph
 * of its own ever stands between "d)" and "e)".
 */
function betweenLetters(last: Block, b: Block, blocks: readonly Block[], i: number): boolean {
  const at = /^([a-y])\)\s/u.exec(last.text);
  if (!at || b.kind !== 'paragraph' || readLabel(b.text) !== null || b.hints?.lead != null || matchLead(b.text) !== null) return false;
  let k = i + 1;
  while (k < blocks.length && blocks[k]!.kind === 'footnote') k++;
  const next = blocks[k];
  return next !== undefined && next.text.startsWith(`${String.fromCharCode(at[1]!.charCodeAt(0) + 1)}) `);
}

/**
 * A numbered title in a body: a capitalised noun, its number, a full stop, then one sentence
 * ("Mesure 1. Nous convenons de prendre des mesures audacieuses, … côté.", the Pact for the
 * Future, A/RES/79/1: 56 "Mesure N." titles, bold in the UN's page and XML, up to 354
 * characters). Where the bold is lost (PDF text) the label says it: no lead verb is followed by
 * a number and a full stop ("Mesure" is one, "*Mesure* les progrès …", and here a noun).
 */
const NUMBERED_TITLE = /^\p{Lu}\p{Ll}+ \d{1,3}\. \p{Lu}[^;:]*\.$/u;
const NUMBERED_TITLE_MAX = 400;
function isNumberedTitle(b: Block): boolean {
  if (b.kind !== 'paragraph' || b.text.length > NUMBERED_TITLE_MAX || !NUMBERED_TITLE.test(b.text)) return false;
  return !/[.!?]\s+\p{Lu}/u.test(b.text.slice(b.text.indexOf('.') + 1));
}

/** Does a block read as a heading (a heading block, a short "IV. …"/"B. …" line, a numbered title)? */
function isHeading(b: Block, label: Label | null): boolean {
  if (b.kind === 'heading' || isNumberedTitle(b)) return true;
  if ((b.kind !== 'paragraph' && b.kind !== 'list-item') || b.text.length > HEADING_MAX) return false;
  if (/[.;:,]$/u.test(b.text) || b.kind === 'list-item' && label?.kind !== 'letter') return false;
  if (isAnnexHeading(b.text)) return true;
  if (label === null) return false;
  if (label.kind === 'roman' || label.kind === 'capital') return true;
  // "b) Renforcement des capacités": a lettered title, short, capitalised, unpunctuated; not a
  // clause of a list that ends on its conjunction ("a) Constate ou contient le contrat de
  // transport ; et", the Convention annexed to A/RES/80/162, article 1)
  return label.kind === 'letter' && label.rest.length <= LETTERED_HEADING_MAX && /^\p{Lu}/u.test(label.rest) && !label.rest.includes(';');
}

function uniqueMarkers(b: Block): string[] {
  return [...new Set(b.footnotes.map((f) => f.marker))];
}

/** Build the paragraphs of one document or part. */
export function buildParagraphs(input: SegmentInput): SegmentResult {
  const { blocks, roles } = mergeContinuations(input.blocks, input.roles);
  const paragraphs: Paragraph[] = [];
  const pending: PendingFootnote[] = [];
  const warnings: Warning[] = [];
  const sections = new SectionTracker();
  let mode: 'resolution' | 'report' = input.mode ?? 'report';
  let seenOperative = false;
  let inAnnex = false;
  /** report numbering: last main number; an open numbered list's last number */
  let mainLast = 0;
  let listLast: number | null = null;
  /** the paragraph sub-paragraphs attach to, and the last lettered sub-paragraph */
  let owner: Paragraph | null = null;
  let letter: { p: Paragraph; letter: string } | null = null;
  /** the numbered items an operative paragraph introduces, and the last item's number */
  let items: { parent: Paragraph; last: number } | null = null;

  const push = (b: Block, kind: ParagraphKind, fields: Partial<Paragraph> = {}): Paragraph => {
    const p: Paragraph = {
      n: paragraphs.length + 1,
      kind,
      number: null,
      lead: null,
      text: b.text,
      section: sections.path(),
      footnotes: uniqueMarkers(b),
      line: b.line,
      end_line: b.endLine,
      ...fields,
    };
    paragraphs.push(p);
    return p;
  };
  const warn = (code: string, message: string, p: Paragraph): void => {
    warnings.push({ code, message, line: p.line, paragraph_n: p.n });
  };

  /**
   * The lead of a paragraph: the italic span that opens it (markdown), else the lexicon's
   * phrase (PDF text), else a capitalised participle ("lead-unknown").
   */
  const leadOf = (b: Block, text: string): LeadDecision => {
    const r = readLead(text, b.hints?.lead);
    if (r) return { lead: r.lead, kind: r.kind, unknown: r.kind === null };
    const guess = looksLikePreambularLead(text);
    return { lead: guess, kind: null, unknown: guess !== null };
  };
  const noteLead = (p: Paragraph, d: LeadDecision): void => {
    if (d.unknown) warn('lead-unknown', `lead "${d.lead}" is not in the lexicon`, p);
  };

  const subParagraph = (b: Block, label: Label): void => {
    const raw = label.number.slice(0, -1);
    const kind = subLabelKind(raw, letter && letter.p.parent_n === owner?.n ? letter.letter : null);
    const parent = kind === 'numeral' && letter ? letter.p.n : (owner?.n ?? null);
    const p = push(b, 'subparagraph', { number: label.number, text: label.rest, parent_n: parent });
    if (kind === 'letter') letter = { p, letter: raw };
  };

  // the kind of the last block read: the lettered notes under a table follow its rows
  let previous: Block['kind'] | 'table-note' | 'table-line' | null = null;
  for (const b of blocks) {
    if (isTableLine(b, previous)) {
      // a line printed under a table, part of it (A/RES/76/238's ten State names after the scale
      // of assessments, A/RES/76/239's "États classés dans la catégorie C …"): text
      previous = 'table-line';
      push(b, 'text');
      continue;
    }
    if (isTableNote(b, previous)) {
      // "<sup>a</sup> Voir A/75/383." under a budget table (A/RES/75/249): a note of the table,
      // printed with it, as the UN's XML types it (a FootnoteText paragraph, not a note of
      // the resolution); markdown reads it as a footnote, PDF text as a paragraph
      previous = 'table-note';
      push(b, 'text', { text: b.kind === 'footnote' ? `${b.marker ?? ''} ${b.text}`.trim() : b.text });
      continue;
    }
    previous = b.kind;
    if (b.kind === 'footnote') {
      pending.push({ block: b, after: paragraphs.length });
      continue;
    }
    const role = roles.get(b);
    if (role === 'title') {
      push(b, 'title');
      continue;
    }
    if (role === 'sponsors') {
      push(b, 'text');
      continue;
    }
    if (b.kind === 'table-row') {
      push(b, 'text');
      continue;
    }
    const text = b.text;
    const label = readLabel(text);

    if (isHeading(b, label)) {
      const annex = isAnnexHeading(text);
      sections.enterHeading(text);
      push(b, 'heading', headingParts(text));
      if (annex) {
        mode = 'report';
        mainLast = 0;
        inAnnex = true;
      }
      listLast = null;
      owner = null;
      letter = null;
      continue;
    }

    if (mode === 'resolution' && label === null && isAdoptionMeeting(text)) {
      // "44e séance plénière": the resolution's text ends here. What follows is an annex, also
      // where the page prints no "Annexe" heading (A/RES/75/129's "Mandat du Fonds …", 50 files
      // of sessions 75–80), or the next part of a collection, which its formula opens again
      push(b, 'text');
      mode = 'report';
      inAnnex = true;
      mainLast = 0;
      listLast = null;
      owner = null;
      letter = null;
      continue;
    }
    if (isFormula(text)) {
      mode = 'resolution';
      push(b, 'formula');
      continue;
    }
    if (startsWithFormula(text)) {
      // a decision: "L'Assemblée générale, rappelant …, décide …" in one paragraph
      push(b, 'text');
      continue;
    }

    if (label?.kind === 'letter') {
      subParagraph(b, label);
      continue;
    }
    if (label?.kind === 'item') {
      push(b, 'list-item', { number: label.number, text: label.rest, parent_n: owner?.n ?? null });
      continue;
    }

    // (not in an annex: a treaty's or declaration's "Préambule" there, 77/104, is the annex's text)
    if (input.leadStartsResolution && mode === 'report' && !inAnnex && mainLast === 0 && label === null && matchLead(text)?.kind === 'preambular') {
      mode = 'resolution'; // a resolution whose formula was lost
    }

    if (mode === 'resolution') {
      const item = numberedItem(b, label, items, owner, paragraphs[paragraphs.length - 1]);
      if (item !== null && owner) {
        // the numbered items of an operative paragraph ending with a colon, as the AKN nests
        // them (`point` with `num`): A/RES/78/223 "11. *Approuve* … l’ordre du jour provisoire
        // ci‑après … :" then "1. Ouverture du Congrès" … "7. Adoption du rapport du Congrès",
        // then "12." (PDF text "• 1. Ouverture …", markdown "  - 1 Ouverture …")
        items = { parent: owner, last: item.value };
        push(b, 'subparagraph', { number: String(item.value), text: item.rest, parent_n: owner.n });
        continue;
      }
      // a dotted number before a sentence, after the operative paragraphs, is an operative
      // paragraph numbered as printed too ("1.1. Faire prendre conscience de l’importance des
      // sciences et techniques spatiales … durable.", the goals of "Espace 2030", A/RES/76/3)
      if (label?.kind === 'arabic' || (label?.kind === 'dotted' && seenOperative && ENDS_SENTENCE.test(label.rest.slice(-8)))) {
        items = null;
        const d = leadOf(b, label.rest);
        const p = push(b, 'operative', { number: label.number, lead: d.lead, text: label.rest });
        noteLead(p, d);
        seenOperative = true;
        owner = p;
        letter = null;
        continue;
      }
      const prev = paragraphs[paragraphs.length - 1];
      if (b.kind === 'list-item') {
        push(b, 'list-item', { parent_n: owner?.n ?? null });
        continue;
      }
      if (label === null && isDeclarationFormula(text)) {
        // "Nous, chefs d’État …," the subject of the declaration's numbered paragraphs (76/1);
        // its own preamble may follow ("*S’appuyant* sur le rapport …,", 80/173)
        push(b, 'formula');
        seenOperative = false;
        continue;
      }
      const d = leadOf(b, text);
      if (d.lead !== null) {
        const kind = unnumberedKind(d.kind, text, seenOperative);
        const p = push(b, kind, { lead: d.lead });
        noteLead(p, d);
        if (kind === 'operative') seenOperative = true;
        owner = p;
        letter = null;
        continue;
      }
      if (seenOperative && prev && (
        (ENDS_SENTENCE.test(text.slice(-8)) && endsParagraph(prev.text)) || (text.length >= RUN_LINE_MIN && introducesLines(prev))
      )) {
        // an unnumbered operative paragraph without a lead, as the AKN marks them: A/RES/77/73's
        // "et exige des responsables qu’ils renoncent …", A/RES/78/128's "Lundi 9 juin, de 9
        // heures à 13 heures …" (check reports lead-missing); not the rest of a paragraph a
        // page break cut (the paragraph before would end mid-sentence)
        owner = push(b, 'operative');
        letter = null;
        continue;
      }
      warn('paragraph-unrecognized', 'paragraph without a lead phrase or a number', push(b, 'text'));
      continue;
    }

    // report mode
    if (label?.kind === 'arabic' && label.value !== null) {
      const v = label.value;
      if (listLast !== null && v === listLast + 1) {
        listLast = v;
        owner = push(b, 'list-item', { number: label.number, text: label.rest, parent_n: listParent(paragraphs) });
      } else if (v === mainLast + 1 || mainLast === 0 || v !== 1) {
        listLast = null;
        mainLast = Math.max(mainLast, v);
        owner = push(b, 'numbered', { number: label.number, text: label.rest });
      } else {
        listLast = v;
        owner = push(b, 'list-item', { number: label.number, text: label.rest, parent_n: listParent(paragraphs) });
      }
      letter = null;
      continue;
    }
    if (b.kind === 'list-item') {
      push(b, 'list-item', { parent_n: listParent(paragraphs) });
      continue;
    }
    // unnumbered prose (a reply's paragraphs) owns the "a)" items after it, unless they
    // belong to a numbered paragraph (seed 004: "10." — votes in prose — "b)")
    const p = push(b, 'text');
    if (owner === null || owner.kind === 'text') {
      owner = p;
      letter = null;
    }
  }

  return { paragraphs, footnotes: attachFootnotes(paragraphs, pending), warnings };
}

/** A list item numbered without a full stop: markdown's `  - 1 Ouverture du Congrès`. */
const BARE_NUMBER = /^(\d{1,2})\s+(\p{Lu}.*)$/su;

/**
 * The number and text of an item of an operative paragraph's numbered list, or null: item 1
 * right after an operative paragraph that ends with a colon, then each next number, unless that
 * number is also the operative paragraph's next (then the list has ended: "12.").
 */
function numberedItem(
  b: Block,
  label: Label | null,
  items: { parent: Paragraph; last: number } | null,
  owner: Paragraph | null,
  prev: Paragraph | undefined,
): { value: number; rest: string } | null {
  let value: number;
  let rest: string;
  if (label?.kind === 'arabic' && label.value !== null) {
    value = label.value;
    rest = label.rest;
  } else {
    const m = b.kind === 'list-item' && label === null ? BARE_NUMBER.exec(b.text) : null;
    if (!m) return null;
    value = Number(m[1]);
    rest = m[2]!;
  }
  if (owner?.kind !== 'operative' || owner.number === null) return null;
  if (value === Number(owner.number) + 1) return null;
  if (items !== null && items.parent === owner) return value === items.last + 1 ? { value, rest } : null;
  return value === 1 && prev === owner && ENDS_COLON.test(owner.text) ? { value, rest } : null;
}

/** A paragraph that introduces what follows (a list, lines). */
const ENDS_COLON = /:[\s»”"’)\]]*$/u;
/** A paragraph ending like an operative one (";", "." or ":" before a list). */
const ENDS_SENTENCE = /[;.:][\s»”"’)\]]*$/u;

/**
 * Preambular or operative, for a paragraph with a lead and no number. Preambular paragraphs
 * open with a participle or an adjective and end with a comma; operative ones open with a verb
 * in the present and end with ";" or ".". So a resolution whose only operative paragraph is
 * unnumbered ("*Approuve* le rapport de la Commission de vérification des pouvoirs.") has one.
 * After the first operative paragraph, a lead the lexicon does not call preambular is operative.
 */
function unnumberedKind(lexicon: LeadKind | null, text: string, seenOperative: boolean): 'preambular' | 'operative' {
  if (lexicon === 'preambular') return 'preambular';
  if (seenOperative) return 'operative';
  if (endsWithComma(text)) return 'preambular';
  if (lexicon === 'operative') return 'operative';
  return looksLikePreambularLead(text) === null && ENDS_SENTENCE.test(text.slice(-8)) ? 'operative' : 'preambular';
}

/** A list belongs to the numbered or prose paragraph right before it (no heading between). */
function listParent(paragraphs: readonly Paragraph[]): number | null {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if (!p || p.kind === 'heading' || p.kind === 'title') return null;
    if (p.kind === 'numbered' || p.kind === 'text') return p.n;
  }
  return null;
}

/** A note printed under a table, after its rows or another such note: marker `a`, `b`, …. */
const TABLE_NOTE_TEXT = /^[a-z]\s+\p{Lu}/u;
function isTableNote(b: Block, previous: Block['kind'] | 'table-note' | 'table-line' | null): boolean {
  if (previous !== 'table-row' && previous !== 'table-note' && previous !== 'table-line') return false;
  if (b.kind === 'footnote') return /^[a-z]$/u.test(b.marker ?? '');
  return b.kind === 'paragraph' && TABLE_NOTE_TEXT.test(b.text);
}

/**
 * A line under a table's rows (or under such a line): a paragraph without a number or label,
 * without a lead and without final punctuation; or the table's key ("Abréviations : …").
 */
function isTableLine(b: Block, previous: Block['kind'] | 'table-note' | 'table-line' | null): boolean {
  if (previous !== 'table-row' && previous !== 'table-line') return false;
  if (b.kind === 'paragraph' && isTableLegend(b.text)) return true;
  if (b.kind !== 'paragraph' || /[.;:,!?]$/u.test(b.text) || b.hints?.lead || TABLE_NOTE_TEXT.test(b.text)) return false;
  return readLabel(b.text) === null && matchLead(b.text) === null;
}

/**
 * An operative paragraph whose unnumbered lines follow it as paragraphs of their own, as the
 * AKN marks them: "… les séances plénières se tiendront comme suit :" then "Lundi 9 juin, de 9
 * heures à 13 heures …" without a final stop, one a line, up to the last (A/RES/78/128).
 */
/** A line of such a run is a clause, not a short heading ("Administration des pensions", 77/258). */
const RUN_LINE_MIN = 40;
function introducesLines(prev: Paragraph): boolean {
  if (prev.kind !== 'operative') return false;
  if (ENDS_COLON.test(prev.text)) return true;
  // a line of the run that ended none ("Lundi 9 juin, … 18 heures"); after the last line
  // ("… 19 heures ;") or a question ("… ?", 79/232) the meeting lines are not operative
  return prev.number === null && prev.lead === null && !/[;.:?!][\s»”"’)\]]*$/u.test(prev.text.slice(-8));
}
