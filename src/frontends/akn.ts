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
import { divisionLevel, isDeclarationFormula, isTableLegend } from '../lexicon/doc-kinds-fr.js';
import { clean, fold } from '../text/fold.js';
import { adoptedSymbolSession, gaAdoptedSymbol } from '../lexicon/symbols.js';
import type { Block, BlockHints, BlockKind, DocumentKind, DocumentMeta, FrontEndResult, Warning } from '../types.js';
import { appendBlock, endsWithComma, makeBlock, startsLowerCase } from './blocks.js';
import { type InlineText, inlineText, withoutOwnMarker } from './akn-text.js';
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
  // a collection (75/101 A-B: resolutions A and B under one number) keeps its texts in
  // `components`, each a statement of its own with its letter, title, preamble and body
  const components = findAll(root, 'component').map((c) => elements(c)[0]).filter((d): d is XElement => d !== undefined && child(d, 'mainBody') !== null);
  const conclusions = child(doc, 'conclusions') ?? components.map((c) => child(c, 'conclusions')).find((c) => c !== null) ?? null;
  const meta = readMeta(doc, metaEl, conclusions, workflow.draftSymbol, warnings, lineOf);
  const votes = readVotes(metaEl, { symbol: meta.symbol ?? null, draftSymbol: workflow.draftSymbol, date: meta.date ?? null }, warnings, lineOf);

  const out = new BlockWriter(lineOf);
  const preface = child(doc, 'preface');
  if (preface) out.preface(preface);
  if (components.length > 0) for (const component of components) out.statement(component, true);
  else if (!out.statement(doc, false)) {
    warnings.push({ code: 'akn-no-body', message: 'the document has no <mainBody>: no operative paragraphs', line: lineOf(doc.start) });
  }

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

function readMeta(
  doc: XElement,
  metaEl: XElement | null,
  conclusions: XElement | null,
  draftSymbol: string | null,
  warnings: Warning[],
  lineOf: (o: number) => number,
): DocumentMeta {
  const cover = child(doc, 'coverPage');
  const preface = child(doc, 'preface');
  const work = metaEl ? find(metaEl, 'FRBRWork') : null;
  const expression = metaEl ? find(metaEl, 'FRBRExpression') : null;

  const kind: DocumentKind = /decision/i.test(doc.attrs.name ?? '') ? 'decision' : 'resolution';

  let symbol: string | null = null;
  const coverNumber = cover ? (find(cover, 'docNumber', { refersTo: '#symbol' }) ?? find(cover, 'docNumber')) : null;
  if (coverNumber) symbol = clean(textOf(coverNumber)) || null;
  if (!symbol) {
    const numbers = preface ? findAll(preface, 'docNumber').map((n) => clean(textOf(n))) : [];
    const m = numbers[0] ? /(\d+)\/(\d+)/.exec(numbers[0]) : null;
    // "75/253." then the letter "B" (75/253 B)
    const letter = numbers.slice(1).find((n) => /^[A-Z]$/u.test(n));
    if (m) symbol = gaAdoptedSymbol(kind, m[1]!, m[2]!, letter ?? null);
  }
  if (!symbol) {
    const uri = work ? find(work, 'FRBRthis')?.attrs.value ?? '' : '';
    const m = /\/(\d+)-(\d+)\//.exec(uri);
    if (m) symbol = gaAdoptedSymbol(kind, m[1]!, m[2]!);
  }
  if (!symbol) warnings.push({ code: 'akn-no-symbol', message: 'no document symbol on the cover page, in the preface or in FRBR', line: lineOf(doc.start) });

  // the date printed under the text first: FRBR's adoption date is sometimes the issue date
  // (75/220: adopted "21 décembre 2020", FRBR 2020-12-30)
  let date = realDate(conclusions ? find(conclusions, 'docDate')?.attrs.date : undefined);
  if (!date) date = realDate(work ? find(work, 'FRBRdate', { name: 'adoption' })?.attrs.date : undefined);
  if (!date && metaEl) {
    const adopted = findAll(metaEl, 'step').find((s) => s.attrs.outcome === 'adopted');
    date = realDate(adopted?.attrs.date);
  }

  const sessionEl = cover ? find(cover, 'session') : null;
  const sessionValue = Number.parseInt(sessionEl?.attrs.value ?? '', 10);
  const session = Number.isFinite(sessionValue) ? sessionValue : adoptedSymbolSession(symbol);

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
    agenda_item: agendaItem,
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
/** Number printed at the start of an unnumbered paragraph: "a)", "aa)" (after "z)", 75/192), "ii)", "1." */
const LEADING_LETTER = /^(\(?(?:[a-z]|([a-z])\2|[ivx]{1,5})\))\s+/u;
const LEADING_NUMBER = /^(\d{1,3})\.\s+/u;

type Mode = 'operative' | 'numbered';

class BlockWriter {
  readonly blocks: Block[] = [];
  /** a number printed with an empty paragraph, waiting for the text it numbers */
  private carried: string | null = null;
  /** under an annex's "Préambule" heading (a treaty's preamble: "Ayant à l'esprit …,") */
  private preambleOfAnnex = false;
  /** right after a table's rows (or the lines printed under it) */
  private underTable = false;
  /** the markers of the notes met so far: a `<sup>` holding one is a second reference to it */
  private readonly printedNotes = new Set<string>();
  constructor(private readonly lineOf: (offset: number) => number) {}

  private inline(nodes: XNode[]): InlineText {
    return inlineText(nodes, { printed: this.printedNotes });
  }

  preface(preface: XElement): void {
    const title = find(preface, 'docTitle');
    if (!title) return;
    const t = this.inline([title]);
    // a note on the preface's letter (75/242 B: "B" + a note saying where part A was printed)
    // goes with the title
    const inTitle = new Set(findAll(title, 'authorialNote'));
    for (const note of findAll(preface, 'authorialNote')) {
      if (!inTitle.has(note)) t.notes.push({ marker: clean(note.attrs.marker ?? ''), offset: t.text.length, note });
    }
    if (t.text !== '') this.push('heading', t, title, { kind: 'title', number: null, lead: null, level: 1 });
  }

  /**
   * A statement's text: preamble, body, conclusions, annexes; a component of a collection
   * first gives its letter and title ("A", "L'information au service de l'humanité") as
   * headings. False when it has no body.
   */
  statement(doc: XElement, component: boolean): boolean {
    const preface = component ? child(doc, 'preface') : null;
    if (preface) {
      // the letter is a root of the section paths: "B > I > Introduction"
      const letter = find(preface, 'docNumber');
      const t = letter ? this.inline([letter]) : null;
      if (letter && t) this.push('heading', t, letter, { kind: 'heading', number: null, lead: null, level: 0 });
      const title = find(preface, 'docTitle');
      if (title) this.heading(title);
    }
    // in document order: some files repeat preamble and body (80/173: preamble, body, preamble,
    // body, the footnotes in the later ones)
    let body = false;
    for (const el of elements(doc)) {
      const name = localName(el);
      if (name === 'preamble') this.preamble(el);
      else if (name === 'mainBody' || name === 'body') {
        const from = this.blocks.length;
        this.main(el, 'operative');
        this.preambleAtBodyStart(from);
        body = true;
      } else if (name === 'conclusions') this.conclusions(el);
    }
    for (const attachment of findAll(doc, 'attachment')) this.attachment(attachment);
    return body;
  }

  /**
   * Issue 14's rule: "Preambular paragraphs open with a participle or adjective and end with a
   * comma; operative ones open with a verb in the present and end with ';' or '.'". Some files
   * put the last preambular paragraph(s) at the start of mainBody, unnumbered ("*Se réaffirmant
   * résolue* à combattre l’impunité …, conformément au droit international," before "1.
   * *Prend note* …", 76/118, 13 files of sessions 75–80): the page prints them as preamble, and
   * markdown and PDF text read them so. The unnumbered paragraphs that open a body, before
   * anything else of it, and end with a comma are preambular.
   */
  private preambleAtBodyStart(from: number): void {
    for (let i = from; i < this.blocks.length; i++) {
      const b = this.blocks[i] as Block;
      if (b.kind === 'footnote') continue;
      if (b.kind !== 'paragraph' || b.hints?.kind !== 'operative' || b.hints.number !== null || !endsWithComma(b.text)) return;
      b.hints = { ...b.hints, kind: 'preambular' };
    }
  }

  preamble(preamble: XElement): void {
    for (const el of elements(preamble)) {
      const name = localName(el);
      if (name === 'formula') {
        this.push('paragraph', this.inline(el.children), el, { kind: 'formula', number: null, lead: null });
      } else if (name === 'container' && find(el, 'table')) {
        this.table(el);
      } else if (name === 'container' || name === 'recital' || name === 'citation') {
        // "*Notant* que …, on entend notamment :" and its a) b) c) in a blockList (76/250)
        const list = child(el, 'blockList');
        const intro = list ? child(list, 'listIntroduction') : null;
        const own = el.children.filter((c) => c !== list);
        const t = this.inline(intro ? [...own, intro] : own);
        // the lead is the italic span that opens the text, as in markdown (not `@name`, which
        // sometimes names a shorter or a different phrase); a container bold throughout is a
        // heading ("Couloirs de transport et de transit" between preambular paragraphs, 78/148)
        if (t.bold && t.notes.length === 0 && !list) this.push('heading', t, el, { kind: 'heading', number: null, lead: null, strong: true });
        else this.push('paragraph', t, el, { kind: kindOf(t, 'preambular'), number: null, lead: t.italicLead });
        if (list) this.items(list);
      } else if (name === 'blockList' || name === 'list') {
        this.items(el); // 75/55: the a) b) c) of the preambular paragraph before
      } else if (HEADINGS.has(name)) {
        this.heading(el);
      } else if (GROUPS.has(name)) {
        this.preamble(el);
      } else {
        // `p` and anything unexpected that holds text: a preambular paragraph, never dropped
        const t = this.inline([el]);
        this.push('paragraph', t, el, { kind: kindOf(t, 'preambular'), number: null, lead: t.italicLead });
      }
    }
  }

  /** The items of a preamble's `blockList`: sub-paragraphs. */
  private items(list: XElement): void {
    for (const item of elements(list)) if (SUBPARAGRAPHS.has(localName(item))) this.subparagraph(item, 'operative');
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
        this.push('heading', this.inline([title.division, title.title]), { start: el.start, end: title.end }, { kind: 'heading', number: null, lead: null });
        this.preambleOfAnnex = false;
        i++;
      } else if (name === 'paragraph') this.paragraph(el, mode);
      else if (SUBPARAGRAPHS.has(name)) this.subparagraph(el, mode);
      else if ((name === 'num' || name === 'heading') && grouped) continue;
      else if (HEADINGS.has(name)) this.heading(el);
      else if (name === 'table' || (name === 'container' && find(el, 'table'))) this.table(el);
      else if (GROUPS.has(name)) {
        this.groupHeading(el);
        this.main(el, mode, true);
      }
      // `p`, `intro`, `wrapUp`, `content` and anything unexpected that holds text: never dropped
      else this.loose(this.inline([el]), el, mode);
    }
  }

  conclusions(conclusions: XElement): void {
    const ps = elements(conclusions, 'p');
    for (const p of ps.length > 0 ? ps : [conclusions]) {
      const t = this.inline([p]);
      if (t.text !== '') this.push('paragraph', t, p, { kind: 'text', number: null, lead: null });
    }
  }

  /** An annex: its title as a heading, its paragraphs numbered or plain text. */
  attachment(attachment: XElement): void {
    const doc = elements(attachment)[0] ?? attachment;
    const preface = child(doc, 'preface');
    if (preface) {
      for (const title of findAll(preface, 'docTitle')) {
        const t = this.inline([title]);
        if (t.text !== '') this.push('heading', t, title, { kind: 'heading', number: null, lead: null });
      }
    }
    const body = child(doc, 'mainBody') ?? child(doc, 'body');
    if (body) this.main(body, 'numbered');
  }

  /**
   * A heading line; a `crossHeading refersTo="#preamble"` is no heading but a preambular
   * paragraph of a sectioned body (75/253 B: each section "I", "II" … opens with its own
   * "*Ayant examiné* …," before its operative paragraphs).
   */
  private heading(el: XElement): void {
    const t = this.inline([el]);
    this.preambleOfAnnex = fold(t.text) === 'preambule';
    if (el.attrs.refersTo === '#preamble') this.push('paragraph', t, el, { kind: 'preambular', number: null, lead: t.italicLead });
    else if (t.text !== '') this.push('heading', t, el, { kind: 'heading', number: null, lead: null });
  }

  /**
   * A table (`container name="table"`: 76/238's scale of assessments, a budget's staffing
   * table): one row per block, its cells joined by " | ", empty rows left out.
   */
  private table(el: XElement): void {
    for (const row of findAll(el, 'tr')) {
      const cells = elements(row).filter((c) => localName(c) === 'td' || localName(c) === 'th').map((c) => this.inline([c]));
      const text = cells.map((c) => c.text).filter((c) => c !== '').join(' | ');
      if (text === '') continue;
      this.push('table-row', { text, notes: cells.flatMap((c) => c.notes.map((n) => ({ ...n, offset: 0 }))), links: [], italicLead: null, bold: false }, row, { kind: 'text', number: null, lead: null });
    }
    this.underTable = true;
  }

  /** The `num` + `heading` of a grouping element ("I." "Mandat") as one heading block. */
  private groupHeading(group: XElement): void {
    const num = child(group, 'num');
    const heading = child(group, 'heading');
    if (!num && !heading) return;
    const parts = [num, heading].filter((e): e is XElement => e !== null);
    const t = this.inline(parts);
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
      if (name === 'wrapUp') this.push('paragraph', this.inline([c]), c, { kind: 'text', number: null, lead: null });
      else if (name === 'paragraph' && child(c, 'num')) this.paragraph(c, mode);
      else this.subparagraph(c, mode);
    }
  }

  /**
   * A `paragraph`: its own text (content or list intro), then its points.
   *  - bold throughout ("Titre I", "Barème des traitements de base minima", 75/245; "I.
   *    Introduction" with its `num`, 76/3): a heading;
   *  - a number printed with an empty paragraph (76/3: `<num>1.</num>` and an empty `p`, the
   *    text in the next, unnumbered paragraph): the number goes to the next paragraph's text.
   */
  private paragraph(par: XElement, mode: Mode): void {
    const { num, own, later, span } = this.split(par);
    const heads = num === null && later.length === 0 ? headingsOnly(own) : null;
    if (heads) {
      // `<content><p><subheading>Introduction</subheading></p></content>` (77/128): headings
      for (const h of heads) this.heading(h);
      return;
    }
    let number = num ? operativeNumber(textOf(num)) : null;
    let t = this.inline(own);
    // the number's period typed into the text: `<num>1.1</num>` `<p>.\tFaire prendre conscience …`
    // (A/RES/76/3, the goals of "Espace 2030"): the page prints "1.1. Faire …"
    if (number !== null && /^\d+(?:\.\d+)+$/u.test(number) && /^\.\s/u.test(t.text)) t = strip(t, /^\.\s+/u.exec(t.text)![0].length);
    if (t.text === '' && t.notes.length === 0) {
      if (number !== null && later.length === 0) this.carried = number;
      this.rest(later, mode);
      return;
    }
    if (number === null && this.carried !== null && !LEADING_LETTER.test(t.text)) number = this.carried;
    this.carried = null;
    if (number === null && this.continuesCut(t, span)) {
      this.rest(later, mode);
      return;
    }
    if (number === null && t.text.startsWith('«') && this.announcesQuotation()) {
      // the quotation a preambular paragraph announces, typed as a body paragraph between two
      // preambles: "*Rappelant* sa résolution 79/232 … un avis consultatif sur la question
      // ci‑après :" / "« Quelles sont les obligations d’Israël … ? »" (A/RES/80/116)
      this.push('paragraph', t, span, { kind: 'text', number: null, lead: null });
      this.rest(later, mode);
      return;
    }
    const typed = number === null ? TYPED_NOTE.exec(t.text) : null;
    if (typed) {
      // a footnote typed as a body paragraph, printed at the foot of its page: "*\tA/75/150."
      // (A/RES/75/1, the asterisk's reference lost), "*\tIndemnités pour charges de famille …"
      // (A/RES/77/256 A, after "… fixées par l’Assemblée générale* ;"): a note, marker "*"
      const body = strip(t, typed[0].length);
      this.blocks.push(makeBlock('footnote', body.text, this.lineOf(span.start), this.lineOf(Math.max(span.start, span.end - 1)), {
        marker: typed[1]!,
        links: body.links,
        footnotes: [],
      }));
      this.rest(later, mode);
      return;
    }
    if (/^FootnoteText/u.test(par.attrs.class ?? '') || kindOf(t, mode, number) === 'text') {
      // a table's note typed as a paragraph (76/239: "a Un dégrèvement de 70 pour cent …")
      this.push('paragraph', t, span, { kind: 'text', number, lead: null });
    } else if (t.bold) {
      // printed as the group headings are: "I. Introduction", its number in the hints as well
      const printed = num ? this.inline([num, ...own]) : t;
      this.push('heading', printed, span, { kind: 'heading', number, lead: null, strong: true });
    } else if (number !== null && LEADING_LETTER.test(`${number} `)) {
      // numbered "a)" (76/84 A: "*Demande instamment* … :" then a) … f)): a sub-paragraph
      this.push('list-item', t, span, { kind: 'subparagraph', number, lead: null });
    } else if (number !== null) this.push('paragraph', t, span, { kind: mode, number, lead: t.italicLead });
    else this.loose(t, span, mode);
    this.rest(later, mode);
  }

  /**
   * A paragraph without `num`: bold throughout, a heading; "a) …" a sub-paragraph; "1. …" a
   * numbered paragraph.
   */
  private loose(t: InlineText, span: { start: number; end: number }, mode: Mode): void {
    if (t.text === '') return;
    if (this.underTable && (isTableLegend(t.text) || t.italicLead === null && !/[.;:,!?]$/u.test(t.text))) {
      // lines printed under a table, in roman type, without final punctuation: 76/238's ten
      // State names after the scale of assessments — part of the table, not paragraphs; and
      // the table's key, "*Abréviations* : G(1eC) = …" (75/246)
      this.push('paragraph', t, span, { kind: 'text', number: null, lead: null });
      this.underTable = true;
      return;
    }
    if (kindOf(t, mode) === 'text') {
      this.push('paragraph', t, span, { kind: 'text', number: null, lead: null });
      return;
    }
    if (t.bold) {
      this.push('heading', t, span, { kind: 'heading', number: null, lead: null, strong: true });
      return;
    }
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
    if (mode === 'operative' && isDeclarationFormula(t.text)) this.push('paragraph', t, span, { kind: 'formula', number: null, lead: null });
    else if (this.preambleOfAnnex) this.push('paragraph', t, span, { kind: 'preambular', number: null, lead: t.italicLead });
    else this.push('paragraph', t, span, { kind: mode, number: null, lead: mode === 'operative' ? t.italicLead : null });
  }

  /** A `point` (or an unnumbered nested paragraph), and the points inside it. */
  private subparagraph(el: XElement, mode: Mode): void {
    const { num, own, later, span } = this.split(el);
    if (num) {
      const t = this.inline(own);
      // bold throughout, a heading, as a paragraph is: the title of the table under a list's
      // intro ("35. *Approuve* les modifications … ci-dessous :" / "A. **Administration des
      // pensions**" / the staffing table, A/RES/77/258, 80/243)
      if (t.bold) this.push('heading', this.inline([num, ...own]), span, { kind: 'heading', number: operativeNumber(textOf(num)), lead: null, strong: true });
      else this.push('list-item', t, span, { kind: 'subparagraph', number: operativeNumber(textOf(num)), lead: null });
    } else if (own.length > 0) {
      const t = this.inline(own);
      const letter = LEADING_LETTER.exec(t.text);
      if (letter) this.push('list-item', strip(t, letter[0].length), span, { kind: 'subparagraph', number: letter[1] ?? null, lead: null });
      else this.push('list-item', t, span, { kind: 'subparagraph', number: null, lead: null });
    }
    this.rest(later, mode);
  }

  /**
   * One paragraph typed as two, cut mid-sentence: "2. *Engage vivement* … les petits États
   * insulaires en" / "développement en vue de faciliter …" (A/RES/78/315, para_5–6). An
   * unnumbered paragraph in lower case after a paragraph that ends with no punctuation at all
   * goes on with it, as the markdown and PDF front-ends re-join a paragraph cut by a page end.
   */
  private continuesCut(t: InlineText, span: { start: number; end: number }): boolean {
    let open: Block | undefined;
    for (let i = this.blocks.length - 1; i >= 0 && !open; i--) if (this.blocks[i]!.kind !== 'footnote') open = this.blocks[i];
    if (!open || (open.kind !== 'paragraph' && open.kind !== 'list-item') || !/[\p{L}\p{N}]$/u.test(open.text) || !startsLowerCase(t.text)) return false;
    const at = this.blocks.length;
    this.push(open.kind, t, span, open.hints ?? {});
    const [cut, ...notes] = this.blocks.splice(at);
    appendBlock(open, cut!);
    this.blocks.push(...notes);
    return true;
  }

  /** The last paragraph pushed is a preambular one that ends with a colon. */
  private announcesQuotation(): boolean {
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const b = this.blocks[i]!;
      if (b.kind !== 'footnote') return b.hints?.kind === 'preambular' && /:\s*$/u.test(b.text);
    }
    return false;
  }

  /** Push a block and, right after it, the footnotes it references. */
  private push(kind: BlockKind, t: InlineText, span: { start: number; end: number }, hints: BlockHints): void {
    if (t.text === '' && t.notes.length === 0) return;
    this.underTable = false;
    const block = makeBlock(kind, t.text, this.lineOf(span.start), this.lineOf(Math.max(span.start, span.end - 1)), {
      footnotes: t.notes.map((n) => ({ marker: n.marker, offset: n.offset })),
      links: t.links,
      hints,
    });
    this.blocks.push(block);
    for (const n of t.notes) {
      if (!n.note) continue;
      const body = this.inline(withoutOwnMarker(n.note.children, n.marker));
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

/**
 * Content whose only text is in `subheading` or `heading` elements (77/128: `<content><p>
 * <subheading>Introduction</subheading></p></content>`, section titles in roman type): those
 * elements, or null.
 */
function headingsOnly(nodes: XNode[]): XElement[] | null {
  const found: XElement[] = [];
  const visit = (ns: XNode[]): boolean => ns.every((n) => {
    if (!isElement(n)) return clean(n.text) === '';
    const name = localName(n);
    if (name === 'subheading' || name === 'heading') {
      found.push(n);
      return true;
    }
    return (name === 'content' || name === 'p' || name === 'span') && visit(n.children);
  });
  return visit(nodes) && found.length > 0 ? found : null;
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

/**
 * Text printed in a body that is no paragraph of the resolution: a separator ("* * *", 78/148)
 * or a footnote typed as a paragraph ("* A/75/150.", 75/1) is "text"; anything else is `kind`.
 */
function kindOf<K extends string>(t: InlineText, kind: K, number: string | null = null): K | 'text' {
  if (!/[\p{L}\p{N}]/u.test(t.text)) return 'text';
  if (number === null && /^\*+\s/u.test(t.text)) return 'text';
  return kind;
}

/** A footnote typed as a body paragraph: its asterisk marker, then text ("*\tA/75/150."; not "* * *"). */
const TYPED_NOTE = /^(\*+)\s+(?=.*[\p{L}\p{N}])/u;

/** "1." / "\t1." → "1", "A." → "A"; other numbers ("a)", "3.10") as printed. */
function operativeNumber(raw: string): string | null {
  // the period is punctuation, not part of the number: "1." → "1", a point's "A." → "A" (77/258)
  return clean(raw).replace(/\.$/u, '') || null;
}

/** Remove the first `n` characters (a printed number) and shift the offsets. */
function strip(t: InlineText, n: number): InlineText {
  return {
    text: t.text.slice(n),
    notes: t.notes.map((x) => ({ ...x, offset: Math.max(0, x.offset - n) })),
    links: t.links.map((l) => ({ ...l, offset: l.offset < 0 ? l.offset : Math.max(0, l.offset - n) })),
    italicLead: t.italicLead,
    bold: t.bold,
  };
}
