/**
 * Akoma Ntoso front-end (AKN4UN, the UN's XML of adopted General Assembly resolutions).
 *
 * The markup says what the other formats leave to recognition, so every block carries hints:
 *  - preface `docTitle` → heading, kind "title";
 *  - preamble: `formula` → "formula"; `container` → "preambular" with its opening italic span;
 *  - mainBody: `paragraph` → "operative" with its `num` ("1." → "1") and the leading italic
 *    phrase as lead; `point`s and unnumbered paragraphs opening with "a)" → "subparagraph";
 *    `subheading`/`heading` → "heading";
 *  - `authorialNote` → a footnote reference in the paragraph and a footnote block right after
 *    it; `<a href>` → links;
 *  - conclusions (meeting and date of adoption) → a "text" paragraph.
 * Metadata comes from FRBR, the cover page and the preface; sponsors, the draft and report
 * symbols from the workflow; the plenary vote from `analysis`. See docs/format-akn.md.
 */
import { InputError } from '../errors.js';
import { divisionLevel } from '../lexicon/doc-kinds-fr.js';
import { clean, fold } from '../text/fold.js';
import type { Block, BlockHints, BlockKind, DocumentKind, DocumentMeta, FrontEndResult, Warning } from '../types.js';
import { makeBlock } from './blocks.js';
import { type InlineText, inlineText } from './akn-text.js';
import { readVotes, readWorkflow } from './akn-workflow.js';
import { type XElement, type XNode, child, elements, find, findAll, isElement, lineIndex, localName, parseXml, textOf } from './akn-xml.js';

export function parseAkn(text: string): FrontEndResult {
  const root = parseXml(text);
  if (localName(root) !== 'akomaNtoso') {
    throw new InputError(`not an Akoma Ntoso document: the root element is <${root.name}>, not <akomaNtoso>`);
  }
  const doc = elements(root)[0];
  if (!doc) throw new InputError('empty Akoma Ntoso document: no document element inside <akomaNtoso>');

  const lineOf = lineIndex(text);
  const warnings: Warning[] = [];
  const metaEl = child(doc, 'meta');
  const workflow = readWorkflow(metaEl, warnings, lineOf);
  const meta = readMeta(doc, metaEl, workflow.draftSymbol, warnings, lineOf);
  const votes = readVotes(metaEl, { symbol: meta.symbol ?? null, draftSymbol: workflow.draftSymbol, date: meta.date ?? null }, warnings, lineOf);

  const out = new BlockWriter(lineOf);
  const preface = child(doc, 'preface');
  if (preface) out.preface(preface);
  const preamble = child(doc, 'preamble');
  if (preamble) out.preamble(preamble);
  const body = child(doc, 'mainBody') ?? child(doc, 'body');
  if (body) out.main(body, 'operative');
  else warnings.push({ code: 'akn-no-body', message: 'the document has no <mainBody>: no operative paragraphs', line: lineOf(doc.start) });
  const conclusions = child(doc, 'conclusions');
  if (conclusions) out.conclusions(conclusions);
  for (const attachment of findAll(doc, 'attachment')) out.attachment(attachment);

  return {
    format: 'akn',
    blocks: out.blocks,
    warnings,
    meta,
    sponsors: workflow.sponsors,
    votes,
    draftSymbol: workflow.draftSymbol,
    reportSymbol: workflow.reportSymbol ?? originatingDocument(child(doc, 'coverPage')),
  };
}

/** The cover page's "[sur la base du rapport … (A/78/404, par. 14)]" → "A/78/404". */
function originatingDocument(cover: XElement | null): string | null {
  const el = cover ? find(cover, 'inline', { name: 'originating document' }) : null;
  if (!el) return null;
  const m = /^\s*([A-Z][A-Za-z0-9.]*(?:\/[A-Za-z0-9.]+)+)/.exec(textOf(el));
  return m?.[1] ?? null;
}

/* ---------------------------------------------------------------- metadata */

/** Dates before the UN existed are placeholders (`0001-01-01`). */
function realDate(value: string | undefined): string | null {
  const v = clean(value ?? '');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m || Number(m[1]) < 1945) return null;
  return v;
}

/** FRBR language codes (ISO 639-2) → the two-letter codes of the model. */
const LANGUAGES: Readonly<Record<string, string>> = { fra: 'fr', fre: 'fr', eng: 'en', spa: 'es', rus: 'ru', ara: 'ar', zho: 'zh', chi: 'zh' };

function readMeta(doc: XElement, metaEl: XElement | null, draftSymbol: string | null, warnings: Warning[], lineOf: (o: number) => number): DocumentMeta {
  const cover = child(doc, 'coverPage');
  const preface = child(doc, 'preface');
  const work = metaEl ? find(metaEl, 'FRBRWork') : null;
  const expression = metaEl ? find(metaEl, 'FRBRExpression') : null;

  const kind: DocumentKind = /decision/i.test(doc.attrs.name ?? '') ? 'decision' : 'resolution';

  let symbol: string | null = null;
  const coverNumber = cover ? (find(cover, 'docNumber', { refersTo: '#symbol' }) ?? find(cover, 'docNumber')) : null;
  if (coverNumber) symbol = clean(textOf(coverNumber)) || null;
  if (!symbol) {
    const short = preface ? find(preface, 'docNumber') : null;
    const m = short ? /(\d+)\/(\d+)/.exec(textOf(short)) : null;
    if (m) symbol = `A/${kind === 'decision' ? 'DEC' : 'RES'}/${m[1]}/${m[2]}`;
  }
  if (!symbol) {
    const uri = work ? find(work, 'FRBRthis')?.attrs.value ?? '' : '';
    const m = /\/(\d+)-(\d+)\//.exec(uri);
    if (m) symbol = `A/${kind === 'decision' ? 'DEC' : 'RES'}/${m[1]}/${m[2]}`;
  }
  if (!symbol) warnings.push({ code: 'akn-no-symbol', message: 'no document symbol on the cover page, in the preface or in FRBR', line: lineOf(doc.start) });

  let date = realDate(work ? find(work, 'FRBRdate', { name: 'adoption' })?.attrs.date : undefined);
  if (!date) {
    const conclusions = child(doc, 'conclusions');
    date = realDate(conclusions ? find(conclusions, 'docDate')?.attrs.date : undefined);
  }
  if (!date && metaEl) {
    const adopted = findAll(metaEl, 'step').find((s) => s.attrs.outcome === 'adopted');
    date = realDate(adopted?.attrs.date);
  }

  let session: number | null = null;
  const sessionEl = cover ? find(cover, 'session') : null;
  const sessionValue = Number.parseInt(sessionEl?.attrs.value ?? '', 10);
  if (Number.isFinite(sessionValue)) session = sessionValue;
  else {
    const m = symbol ? /^A\/(?:RES|DEC)\/(\d+)\//.exec(symbol) : null;
    if (m) session = Number(m[1]);
  }

  let agendaItem: string | null = null;
  const item = cover ? find(cover, 'inline', { name: 'agenda item' }) : null;
  if (item) {
    agendaItem = clean(item.attrs.title ?? '') || (/\d+(?:\s?[a-z]\b)?/.exec(textOf(item))?.[0].replace(/\s/g, '') ?? null);
  }

  const titleEl = preface ? find(preface, 'docTitle') : null;
  const title = titleEl ? clean(textOf(titleEl)) || null : null;

  const status = cover ? find(cover, 'docStatus') : null;
  const distribution = status ? clean(textOf(status).replace(/^\s*Distr\.?/i, '')) || null : null;

  const langCode = expression ? find(expression, 'FRBRlanguage')?.attrs.language ?? '' : '';
  const language = LANGUAGES[langCode.toLowerCase()] ?? (langCode === '' ? null : langCode);

  return {
    symbol,
    aliases: draftSymbol ? [draftSymbol] : [],
    kind,
    title,
    organ: symbol === null || symbol.startsWith('A/') ? 'A' : null,
    committee: null,
    session,
    agendaItem,
    date,
    distribution,
    language,
  };
}

/* ------------------------------------------------------------------ blocks */

/** Elements that only group paragraphs: walked through. */
const GROUPS = new Set(['hcontainer', 'division', 'section', 'part', 'chapter', 'title', 'subsection', 'article', 'clause', 'tblock', 'recitals', 'citations', 'list', 'blockList']);
/** Elements holding a heading line. */
const HEADINGS = new Set(['heading', 'subheading', 'crossHeading']);
/** Elements that hold sub-paragraphs. */
const SUBPARAGRAPHS = new Set(['point', 'item', 'indent']);
/** Number printed at the start of an unnumbered paragraph: "a)", "ii)", "1." */
const LEADING_LETTER = /^(\(?(?:[a-z]|[ivx]{1,5})\))\s+/u;
const LEADING_NUMBER = /^(\d{1,3})\.\s+/u;

type Mode = 'operative' | 'numbered';

class BlockWriter {
  readonly blocks: Block[] = [];
  /** under an annex's "Préambule" heading (a treaty's preamble: "Ayant à l'esprit …,") */
  private preambleOfAnnex = false;
  constructor(private readonly lineOf: (offset: number) => number) {}

  preface(preface: XElement): void {
    const title = find(preface, 'docTitle');
    if (!title) return;
    const t = inlineText([title]);
    if (t.text !== '') this.push('heading', t, title, { kind: 'title', number: null, lead: null, level: 1 });
  }

  preamble(preamble: XElement): void {
    for (const el of elements(preamble)) {
      const name = localName(el);
      if (name === 'formula') {
        this.push('paragraph', inlineText(el.children), el, { kind: 'formula', number: null, lead: null });
      } else if (name === 'container' || name === 'recital' || name === 'citation') {
        const t = inlineText(el.children);
        // the lead is the italic span that opens the text, as in markdown (not `@name`, which
        // sometimes names a shorter or a different phrase)
        this.push('paragraph', t, el, { kind: 'preambular', number: null, lead: t.italicLead });
      } else if (HEADINGS.has(name)) {
        this.heading(el);
      } else if (GROUPS.has(name)) {
        this.preamble(el);
      } else {
        // `p` and anything unexpected that holds text: a preambular paragraph, never dropped
        const t = inlineText([el]);
        this.push('paragraph', t, el, { kind: 'preambular', number: null, lead: t.italicLead });
      }
    }
  }

  /** The body's paragraphs; `grouped`: the body is a group whose `num`/`heading` was given. */
  main(body: XElement, mode: Mode, grouped = false): void {
    const els = elements(body);
    for (let i = 0; i < els.length; i++) {
      const el = els[i] as XElement;
      const name = localName(el);
      const title = name === 'paragraph' ? divisionTitle(el, els[i + 1]) : null;
      if (title) {
        // "Article 7" + "Accès illégal": one heading, as the Convention prints "Article 2 Terminologie"
        this.push('heading', inlineText([title.division, title.title]), { start: el.start, end: title.end }, { kind: 'heading', number: null, lead: null });
        this.preambleOfAnnex = false;
        i++;
      } else if (name === 'paragraph') this.paragraph(el, mode);
      else if (SUBPARAGRAPHS.has(name)) this.subparagraph(el, mode);
      else if ((name === 'num' || name === 'heading') && grouped) continue;
      else if (HEADINGS.has(name)) this.heading(el);
      else if (GROUPS.has(name)) {
        this.groupHeading(el);
        this.main(el, mode, true);
      }
      // `p`, `intro`, `wrapUp`, `content` and anything unexpected that holds text: never dropped
      else this.loose([el], el, mode);
    }
  }

  conclusions(conclusions: XElement): void {
    const ps = elements(conclusions, 'p');
    for (const p of ps.length > 0 ? ps : [conclusions]) {
      const t = inlineText([p]);
      if (t.text !== '') this.push('paragraph', t, p, { kind: 'text', number: null, lead: null });
    }
  }

  /** An annex: its title as a heading, its paragraphs numbered or plain text. */
  attachment(attachment: XElement): void {
    const doc = elements(attachment)[0] ?? attachment;
    const preface = child(doc, 'preface');
    if (preface) {
      for (const title of findAll(preface, 'docTitle')) {
        const t = inlineText([title]);
        if (t.text !== '') this.push('heading', t, title, { kind: 'heading', number: null, lead: null });
      }
    }
    const body = child(doc, 'mainBody') ?? child(doc, 'body');
    if (body) this.main(body, 'numbered');
  }

  private heading(el: XElement): void {
    const t = inlineText([el]);
    this.preambleOfAnnex = fold(t.text) === 'preambule';
    if (t.text !== '') this.push('heading', t, el, { kind: 'heading', number: null, lead: null });
  }

  /** The `num` + `heading` of a grouping element ("I." "Mandat") as one heading block. */
  private groupHeading(group: XElement): void {
    const num = child(group, 'num');
    const heading = child(group, 'heading');
    if (!num && !heading) return;
    const parts = [num, heading].filter((e): e is XElement => e !== null);
    const t = inlineText(parts);
    const number = num ? clean(textOf(num)) || null : null;
    const first = parts[0] as XElement;
    const last = parts[parts.length - 1] as XElement;
    this.push('heading', t, { start: first.start, end: last.end }, { kind: 'heading', number, lead: null });
  }

  /**
   * Split a paragraph or point into its own text (content, or a list's intro) and what follows
   * it (points, nested paragraphs, wrap-up). Headings inside are pushed as they come.
   */
  private split(el: XElement): { num: XElement | null; own: XNode[]; later: XElement[]; span: { start: number; end: number } } {
    const own: XNode[] = [];
    const later: XElement[] = [];
    let ownEnd = el.start;
    for (const c of el.children) {
      if (!isElement(c)) continue;
      const name = localName(c);
      if (name === 'num') continue;
      if (HEADINGS.has(name)) {
        this.heading(c);
      } else if (name === 'list' || name === 'blockList') {
        const intro = child(c, 'intro') ?? child(c, 'listIntroduction');
        if (intro) {
          own.push(intro);
          ownEnd = intro.end;
        }
        for (const item of elements(c)) if (item !== intro) later.push(item);
      } else if (name === 'paragraph' || SUBPARAGRAPHS.has(name) || name === 'wrapUp') {
        later.push(c);
      } else {
        own.push(c);
        ownEnd = c.end;
      }
    }
    return { num: child(el, 'num'), own, later, span: { start: el.start, end: later.length > 0 ? ownEnd : el.end } };
  }

  /** What follows a paragraph's or point's own text. */
  private rest(later: XElement[], mode: Mode): void {
    for (const c of later) {
      const name = localName(c);
      if (name === 'wrapUp') this.push('paragraph', inlineText([c]), c, { kind: 'text', number: null, lead: null });
      else if (name === 'paragraph' && child(c, 'num')) this.paragraph(c, mode);
      else this.subparagraph(c, mode);
    }
  }

  /** A `paragraph`: its own text (content or list intro), then its points. */
  private paragraph(par: XElement, mode: Mode): void {
    const { num, own, later, span } = this.split(par);
    if (num) {
      const t = inlineText(own);
      this.push('paragraph', t, span, { kind: mode, number: operativeNumber(textOf(num)), lead: t.italicLead });
    } else if (own.length > 0) {
      this.loose(own, span, mode);
    }
    this.rest(later, mode);
  }

  /** A paragraph without `num`: "a) …" is a sub-paragraph, "1. …" a numbered paragraph. */
  private loose(nodes: XNode[], span: { start: number; end: number }, mode: Mode): void {
    const t = inlineText(nodes);
    if (t.text === '') return;
    const letter = LEADING_LETTER.exec(t.text);
    if (letter) {
      this.push('list-item', strip(t, letter[0].length), span, { kind: 'subparagraph', number: letter[1] ?? null, lead: null });
      return;
    }
    const digits = LEADING_NUMBER.exec(t.text);
    if (digits) {
      const rest = strip(t, digits[0].length);
      this.push('paragraph', rest, span, { kind: mode, number: digits[1] ?? null, lead: rest.italicLead });
      return;
    }
    if (this.preambleOfAnnex) this.push('paragraph', t, span, { kind: 'preambular', number: null, lead: t.italicLead });
    else this.push('paragraph', t, span, { kind: mode, number: null, lead: mode === 'operative' ? t.italicLead : null });
  }

  /** A `point` (or an unnumbered nested paragraph), and the points inside it. */
  private subparagraph(el: XElement, mode: Mode): void {
    const { num, own, later, span } = this.split(el);
    if (num) {
      this.push('list-item', inlineText(own), span, { kind: 'subparagraph', number: clean(textOf(num)) || null, lead: null });
    } else if (own.length > 0) {
      const t = inlineText(own);
      const letter = LEADING_LETTER.exec(t.text);
      if (letter) this.push('list-item', strip(t, letter[0].length), span, { kind: 'subparagraph', number: letter[1] ?? null, lead: null });
      else this.push('list-item', t, span, { kind: 'subparagraph', number: null, lead: null });
    }
    this.rest(later, mode);
  }

  /** Push a block and, right after it, the footnotes it references. */
  private push(kind: BlockKind, t: InlineText, span: { start: number; end: number }, hints: BlockHints): void {
    if (t.text === '' && t.notes.length === 0) return;
    const block = makeBlock(kind, t.text, this.lineOf(span.start), this.lineOf(Math.max(span.start, span.end - 1)), {
      footnotes: t.notes.map((n) => ({ marker: n.marker, offset: n.offset })),
      links: t.links,
      hints,
    });
    this.blocks.push(block);
    for (const n of t.notes) {
      if (!n.note) continue;
      const body = inlineText(n.note.children);
      this.blocks.push(
        makeBlock('footnote', body.text, this.lineOf(n.note.start), this.lineOf(Math.max(n.note.start, n.note.end - 1)), {
          marker: n.marker,
          links: body.links,
          footnotes: [],
        }),
      );
    }
  }
}

/** The `subheading` (or `heading`) of a paragraph that holds nothing else, or null. */
function headingOnly(el: XElement | undefined): XElement | null {
  if (!el || localName(el) !== 'paragraph') return null;
  const kids = elements(el);
  const only = kids.length === 1 ? kids[0] : undefined;
  return only && HEADINGS.has(localName(only)) ? only : null;
}

/**
 * A bare division heading ("Article 7", "Chapitre II") followed by a paragraph holding only its
 * title ("Accès illégal"): the two subheadings, or null. 79/243's annex prints them apart.
 */
function divisionTitle(el: XElement, next: XElement | undefined): { division: XElement; title: XElement; end: number } | null {
  const division = headingOnly(el);
  const title = division ? headingOnly(next) : null;
  if (!division || !title || !next) return null;
  const d = clean(textOf(division));
  if (divisionLevel(d) === null || d.split(' ').length !== 2 || divisionLevel(clean(textOf(title))) !== null) return null;
  return { division, title, end: next.end };
}

/** "1." / "\t1." → "1"; other numbers ("a)", "I.") as printed. */
function operativeNumber(raw: string): string | null {
  const n = clean(raw);
  if (n === '') return null;
  const digits = /^(\d+)\.?$/.exec(n);
  return digits ? (digits[1] ?? n) : n;
}

/** Remove the first `n` characters (a printed number) and shift the offsets. */
function strip(t: InlineText, n: number): InlineText {
  return {
    text: t.text.slice(n),
    notes: t.notes.map((x) => ({ ...x, offset: Math.max(0, x.offset - n) })),
    links: t.links.map((l) => ({ ...l, offset: l.offset < 0 ? l.offset : Math.max(0, l.offset - n) })),
    italicLead: t.italicLead,
  };
}
