/**
 * The accuracy harness's own reading of an Akoma Ntoso (AKN4UN) resolution: what the UN page
 * prints, in order, as styled runs. It is deliberately independent of src/frontends/akn (issue
 * 14: "a small reader of its own in bench/, so a bug there cannot hide"); only fast-xml-parser is
 * shared. `truth.ts` takes the scored paragraphs from it; the renderers print it as UN-page
 * markdown and as PDF-extracted text.
 *
 *   <container name="Rappelant"><p><span class="italic">Rappelant</span> sa résolution
 *   <a href="https://undocs.org/fr/A/RES/75/240">75/240</a><authorialNote marker="1">…</authorialNote>,</p>
 *   → { role: "preambular", runs: [ {text:"Rappelant", italic}, {text:" sa résolution "},
 *       {text:"75/240", href}, {note:{marker:"1", runs}}, {text:","} ] }
 */
import { XMLParser } from 'fast-xml-parser';

/** A piece of printed text with its style; a footnote reference is a run with `note`. */
export interface Run {
  text: string;
  italic?: boolean;
  bold?: boolean;
  sup?: boolean;
  href?: string;
  note?: Note;
  /**
   * A second reference to a note printed earlier: its marker, in superscript, with no note of
   * its own (`… pour les villes<sup>8</sup>, …`, 75/124, note 8 printed at paragraph 12); the
   * run's text is empty.
   */
  ref?: string;
}

export interface Note {
  marker: string;
  runs: Run[];
}

/**
 * What a printed block is. Scored roles: preambular, operative, subparagraph. Others are
 * printed (they are real page content the parser must cope with) but not scored.
 */
export type Role =
  | 'title'
  | 'formula'
  | 'heading'
  | 'preambular'
  | 'operative'
  | 'subparagraph'
  | 'table-row'
  | 'text'
  | 'annex-heading'
  | 'annex';

export interface Item {
  role: Role;
  /** the number as printed: "1", "a)", "ii)", "I"; null when none */
  label: string | null;
  runs: Run[];
  /** table rows: the cells */
  cells?: Run[][];
  /** a line printed under a table, part of it (see `paragraph`) */
  underTable?: boolean;
  /** a footnote typed as a body paragraph ("*\tA/75/150."): its marker (see `paragraph`) */
  typedNote?: string;
}

export interface Page {
  /** the file name, which seeds the renderers' variations */
  file: string;
  /** cover page docNumber[@refersTo="#symbol"]: "A/RES/75/19", "A/RES/78/80 A-B" */
  symbol: string | null;
  /** cover page session/@value (empty for emergency special sessions → null) */
  session: number | null;
  /** the adoption date, ISO: conclusions docDate, else FRBRWork adoption date */
  date: string | null;
  /** the cover page's printed lines */
  cover: {
    distribution: string | null;
    issueDate: string | null;
    sessionName: string | null;
    agendaItem: string | null;
    agendaName: string | null;
    docTitle: string | null;
    proponent: Run[];
  };
  /** the job number of the first page's footer, "20-16358" (meta docketNumber, less "(F)") */
  job: string | null;
  /** the preface docNumber as printed ("75/19.", "ES-11/1.") */
  number: string | null;
  title: Run[];
  items: Item[];
}

type XmlNode = Record<string, unknown>;

// The same options as src/frontends/akn-xml.ts, on purpose not imported from it: the truth must
// not share code with the front-end it judges (issue 14).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

export function tagOf(n: XmlNode): string {
  for (const k of Object.keys(n)) if (k !== ':@') return k;
  return '';
}

export function kids(n: XmlNode): XmlNode[] {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

export function attr(n: XmlNode, name: string): string | undefined {
  const a = n[':@'] as Record<string, string> | undefined;
  return a?.[name];
}

/** Local name: `akn4un:voters` → `voters`. */
function local(tag: string): string {
  const i = tag.indexOf(':');
  return i < 0 ? tag : tag.slice(i + 1);
}

function child(n: XmlNode, name: string): XmlNode | undefined {
  return kids(n).find((k) => local(tagOf(k)) === name);
}

function children(n: XmlNode, name: string): XmlNode[] {
  return kids(n).filter((k) => local(tagOf(k)) === name);
}

/** Depth-first search for the first element named `name` (optionally with an attribute value). */
function find(nodes: XmlNode[], name: string, test: (n: XmlNode) => boolean = () => true): XmlNode | undefined {
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === '#text') continue;
    if (local(t) === name && test(n)) return n;
    const deeper = find(kids(n), name, test);
    if (deeper) return deeper;
  }
  return undefined;
}

/** All the text under a node, notes excluded, whitespace collapsed. */
export function plain(n: XmlNode): string {
  return textOf(inline(kids(n)));
}

const SPACE = /[ \t\r\n]+/gu;

/** Mixed content → runs. Tables and lists are not inline: the structure walk handles them. */
export function inline(nodes: XmlNode[], style: Omit<Run, 'text' | 'note'> = {}): Run[] {
  const out: Run[] = [];
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === '#text') {
      const text = String(n['#text'] ?? '').replace(SPACE, ' ');
      if (text !== '') out.push({ text, ...style });
      continue;
    }
    const name = local(t);
    if (name === 'authorialNote') {
      const marker = attr(n, 'marker') ?? '';
      out.push({ text: '', note: { marker, runs: withoutOwnMarker(block(kids(n)), marker) } });
    } else if (name === 'eol' || name === 'br') {
      out.push({ text: ' ', ...style });
    } else if (name === 'img' || name === 'table' || name === 'list' || name === 'num') {
      // not inline text
    } else if (name === 'p' && out.length > 0) {
      // a second <p> of the same block: the printed text goes on after a space
      out.push({ text: ' ', ...style }, ...inline(kids(n), style));
    } else {
      const cls = attr(n, 'class') ?? '';
      const next = { ...style };
      if (/\bitalic\b/u.test(cls) || name === 'i') next.italic = true;
      if (/\bbold\b/u.test(cls) || name === 'b') next.bold = true;
      if (name === 'sup') next.sup = true;
      if (name === 'a') next.href = attr(n, 'href') ?? '';
      const runs = inline(kids(n), next);
      // a superscript prints raised against the word before it: a space typed inside it before
      // its letters is no gap on the page (`n<sup> o</sup> 42671`, 76/16 note 7, is "nº 42671"
      // as the 4,269 other `<sup>o</sup>` of the dev folder print; the only such superscript)
      if (name === 'sup' && runs[0] && /^ \p{L}/u.test(runs[0].text)) runs[0] = { ...runs[0], text: runs[0].text.slice(1) };
      out.push(...runs);
    }
  }
  return out;
}

/**
 * A note's body that opens with its own marker in superscript (`<authorialNote marker="19"><p>
 * <sup>19</sup> Résolution 69/283 …`, 76/138; split `<sup>1</sup><sup>7</sup>`, 77/162): the page
 * prints the marker once, before the note; it is not the note's text (12 files of the dev folder).
 */
function withoutOwnMarker(runs: Run[], marker: string): Run[] {
  let seen = '';
  let i = 0;
  while (i < runs.length && (runs[i]!.text.trim() === '' && !runs[i]!.note || runs[i]!.sup)) {
    if (runs[i]!.sup) seen += runs[i]!.text.trim();
    i++;
  }
  return seen !== '' && seen === marker ? trimRuns(runs.slice(i)) : runs;
}

/** A superscript that can only be a note marker: digits, or asterisks. */
const MARKER = /^(?:\d+|\*+)$/u;

/**
 * A superscript number in the text that is the marker of a note printed earlier is a second
 * reference to that note, as the page prints it (`… le Nouveau Programme pour les
 * villes<sup>8</sup>, …`, 75/124; `… du 12 août 1949<sup>2</sup>, …`, 78/11): not text. The XML
 * keeps such a reference as a plain `<sup>` (8 files of the dev folder; every digit-only `<sup>`
 * outside the notes is one). In document order: the title, then the items.
 */
function markRepeatedRefs(page: { title: Run[]; cover: { proponent: Run[] }; items: Item[] }): void {
  const seen = new Set<string>();
  const visit = (runs: Run[]): void => {
    runs.forEach((r, k) => {
      if (r.note) {
        seen.add(r.note.marker);
        visit(r.note.runs);
      } else if (r.sup && MARKER.test(r.text.trim()) && seen.has(r.text.trim())) {
        runs[k] = { text: '', ref: r.text.trim() };
      }
    });
  };
  visit(page.cover.proponent);
  visit(page.title);
  for (const item of page.items) {
    visit(item.runs);
    for (const cell of item.cells ?? []) visit(cell);
  }
}

/** Runs of a block element, trimmed at both ends. */
function block(nodes: XmlNode[]): Run[] {
  return trimRuns(inline(nodes));
}

export function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length > 0 && !out[0]!.note && out[0]!.text.trim() === '') out.shift();
  while (out.length > 0 && !out[out.length - 1]!.note && out[out.length - 1]!.text.trim() === '') out.pop();
  if (out.length > 0 && !out[0]!.note) out[0]!.text = out[0]!.text.trimStart();
  const last = out[out.length - 1];
  if (last && !last.note) last.text = last.text.trimEnd();
  return out;
}

/** The printed text of runs (notes excluded), spaces collapsed. */
export function textOf(runs: Run[]): string {
  return runs
    .filter((r) => !r.note)
    .map((r) => r.text)
    .join('')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

/** Every note of the runs, in order. */
export function notesOf(runs: Run[]): Note[] {
  return runs.filter((r) => r.note).map((r) => r.note!);
}

/** The markers the runs reference, in order: their notes and second references to earlier ones. */
export function refsOf(runs: Run[]): string[] {
  return runs.filter((r) => r.note || r.ref !== undefined).map((r) => r.note?.marker ?? r.ref!);
}

/** "\t1." → "1"; "a)" stays "a)"; "I" stays "I". */
function label(num: XmlNode | undefined): string | null {
  if (!num) return null;
  const t = plain(num).trim().replace(/\.$/u, '').trim();
  return t === '' ? null : t;
}

/**
 * Every printed character is bold ("Titre I", "Chapitre 1"); a superscript set in roman inside
 * the bold line does not count (79/301: "… allant du 1<sup>er</sup> juillet 2023 …").
 */
function boldThroughout(runs: Run[]): boolean {
  const printed = runs.filter((r) => !r.note && !(r.sup && !r.bold) && r.text.trim() !== '');
  return printed.length > 0 && printed.every((r) => r.bold);
}

/**
 * An unnumbered paragraph that opens with a sub-paragraph label: "\ta)\tde …" (75/32); after
 * "z)" the letters double: "aa)" (75/192, operative 6).
 */
const LABEL = /^((?:[a-z]|([a-z])\2|[ivxlc]+|[a-z]\.\d+)\))\s+/u;
/** A footnote typed as a body paragraph: its asterisk marker, then text ("*\tA/75/150."). */
const TYPED_NOTE = /^(\*+)\s+(?=.*[\p{L}\p{N}])/u;
/** A dotted number: "1.1", "3.12". */
const DOTTED = /^\d+(?:\.\d+)+$/u;
/** Paragraphs a paragraph typed after them can continue (not headings, table rows or notes). */
const CUT_ROLES: ReadonlySet<Role> = new Set(['preambular', 'operative', 'subparagraph', 'annex']);
/** The key printed under a table: "Abréviations :", "Source :", "Note :". */
const TABLE_KEY = /^(?:Abréviations?|Sources?|Notes?)\s*:/u;
/** A body paragraph numbered like a sub-paragraph: "a)", "aa)", "ii)", "(b)". */
const SUB_NUMBER = /^\(?(?:[a-z]|([a-z])\1|[ivxlc]+)\)$/u;

function tableRows(table: XmlNode): Item[] {
  const rows: Item[] = [];
  for (const tr of children(table, 'tr')) {
    const cells = kids(tr)
      .filter((c) => ['td', 'th'].includes(local(tagOf(c))))
      .map((c) => block(kids(c)));
    rows.push({ role: 'table-row', label: null, runs: cells.flat(), cells });
  }
  return rows;
}

interface Walk {
  items: Item[];
  /** a number printed with an empty paragraph: it belongs to the next one */
  pending: string | null;
  annex: boolean;
}

function push(w: Walk, item: Item): void {
  // an annex's a) b) are sub-paragraphs in the document model (of its numbered paragraphs), in
  // every format: scored as such
  if (w.annex && item.role !== 'table-row' && item.role !== 'subparagraph') item = { ...item, role: item.role === 'heading' ? 'annex-heading' : 'annex' };
  w.items.push(item);
}

/** Points of a list (and their sublists) → sub-paragraphs. */
function points(w: Walk, list: XmlNode): void {
  for (const k of kids(list)) {
    const name = local(tagOf(k));
    if (name === 'point' || name === 'item') {
      const content = child(k, 'content');
      const runs = block(content ? kids(content) : kids(k).filter((c) => local(tagOf(c)) !== 'num'));
      // a point bold throughout is a heading, as a paragraph is: the title of the table under a
      // list's intro ("35. *Approuve* les modifications … tableau ci-dessous :" / "A. **Administration
      // des pensions**" / the table, 77/258 and 80/243: the dev folder's only two bold points)
      const role = boldThroughout(runs) ? 'heading' : 'subparagraph';
      if (textOf(runs) !== '' || notesOf(runs).length > 0) push(w, { role, label: label(child(k, 'num')), runs });
      for (const sub of kids(k).filter((c) => ['list', 'sublist', 'blockList'].includes(local(tagOf(c))))) points(w, sub);
    } else if (name === 'sublist' || name === 'list' || name === 'blockList') {
      points(w, k);
    } else if (name === 'intro' || name === 'listIntroduction' || name === 'wrapUp') {
      const runs = block(kids(k));
      if (textOf(runs) !== '') push(w, { role: w.annex ? 'annex' : 'text', label: null, runs });
    }
  }
}

function paragraph(w: Walk, n: XmlNode): void {
  const num = label(child(n, 'num'));
  const heads = kids(n).filter((k) => ['subheading', 'heading'].includes(local(tagOf(k))));
  const content = child(n, 'content');
  const list = child(n, 'list');
  for (const h of heads) {
    const runs = block(kids(h));
    if (textOf(runs) !== '') push(w, { role: 'heading', label: null, runs });
  }
  if (content && num === null && !list && headingsOnly(kids(content))) {
    // `<content><p><subheading>Introduction</subheading></p></content>` (77/128): a heading
    const runs = block(kids(content));
    if (textOf(runs) !== '') push(w, { role: 'heading', label: null, runs });
    return;
  }
  let runs: Run[] = [];
  if (content) runs = block(kids(content));
  const intro = list ? child(list, 'intro') : undefined;
  if (intro) runs = block(kids(intro));
  if (num !== null && DOTTED.test(num) && runs[0] && /^\.\s/u.test(runs[0].text)) {
    // the number's period typed into the text: `<num>1.1</num>` `<p>.\tFaire prendre conscience …`
    // (76/3, the goals of "Espace 2030", 32 paragraphs): the page prints "1.1. Faire …"
    runs = trimRuns([{ ...runs[0], text: runs[0].text.replace(/^\.\s+/u, '') }, ...runs.slice(1)]);
  }
  const number = num ?? w.pending;
  const empty = textOf(runs) === '' && notesOf(runs).length === 0;
  if (empty) {
    if (num && !list) w.pending = num;
    if (list) points(w, list);
    return;
  }
  w.pending = null;
  const before = w.items[w.items.length - 1];
  if (number === null && !list && before && CUT_ROLES.has(before.role) && /[\p{L}\p{N}]$/u.test(textOf(before.runs)) && /^\p{Ll}/u.test(textOf(runs)) && !LABEL.test(textOf(runs))) {
    // one paragraph typed as two, cut mid-sentence: "2. *Engage vivement* … les petits États
    // insulaires en" / "développement en vue de faciliter …" (78/315, para_5–6; the only such
    // cut of the dev folder: no punctuation at the end, lower case after; not "b) … ; ou" / "c) Le
    // lieu …", 80/162's annexed convention, whose next item opens with its label)
    before.runs = [...before.runs, { text: ' ' }, ...runs];
    return;
  }
  if (number === null && before?.role === 'preambular' && /:\s*$/u.test(textOf(before.runs)) && /^«/u.test(textOf(runs))) {
    // the quotation a preambular paragraph announces, typed as a body paragraph between two
    // preambles: "*Rappelant* sa résolution 79/232 … un avis consultatif sur la question
    // ci‑après :" / "« Quelles sont les obligations d’Israël … ? »" (80/116): text, not operative
    push(w, { role: 'text', label: null, runs });
    return;
  }
  const typedNote = number === null ? TYPED_NOTE.exec(textOf(runs)) : null;
  const last = w.items[w.items.length - 1];
  const underTable = last !== undefined && (last.role === 'table-row' || last.underTable === true);
  if (/^FootnoteText/u.test(attr(n, 'class') ?? '') || typedNote || /^\*+\s/u.test(textOf(runs)) || !/[\p{L}\p{N}]/u.test(textOf(runs))) {
    // a footnote typed as a body paragraph ("*\tA/75/150.", 75/1; "*\tIndemnités pour charges de
    // famille …", 77/256 A): text, and one of the page's notes, printed at the foot of its page
    // with the asterisk the text lost or keeps ("… fixées par l’Assemblée générale* ;"); a
    // separator ("* * *"): text
    push(w, { role: 'text', label: number, runs, ...(typedNote ? { typedNote: typedNote[1]! } : {}) });
  } else if (number === null && underTable && (TABLE_KEY.test(textOf(runs)) || !opensInItalics(runs) && !/[.;:,!?]$/u.test(textOf(runs)))) {
    // lines printed under a table, unnumbered, in roman type, without final punctuation: 76/238's
    // ten State names after the scale of assessments, 76/239's "États classés dans la catégorie
    // C …" — part of the table, not operative paragraphs; and the table's key, "*Abréviations* :
    // G(1eC) = agent des services généraux …" (75/246 types it as a body paragraph, 77/258 and
    // 80/243 as FootnoteText: the same line under the same staffing table)
    push(w, { role: 'text', label: null, runs, underTable: true });
  } else if (number === null && DECLARATION_FORMULA.test(textOf(runs)) && ENDS_WITH_COMMA.test(textOf(runs))) {
    push(w, { role: 'formula', label: null, runs });
  } else if (boldThroughout(runs) && notesOf(runs).length === 0) {
    push(w, { role: 'heading', label: number, runs });
  } else if (number !== null && SUB_NUMBER.test(number)) {
    // <num>a)</num> on a body paragraph (78/80 A, 79/1): a sub-paragraph, printed "a) …"
    push(w, { role: 'subparagraph', label: number, runs });
  } else if (number === null && LABEL.test(textOf(runs))) {
    const m = LABEL.exec(textOf(runs))!;
    push(w, { role: 'subparagraph', label: m[1]!, runs: dropLabel(runs, m[0]!) });
  } else if (number !== null && LABEL.test(`${number} `)) {
    // a paragraph numbered "a)" (76/84 A: "*Demande instamment* … :" then a) … f)) is a
    // sub-paragraph, as an unnumbered one opening with "a)" is
    push(w, { role: 'subparagraph', label: number, runs });
  } else {
    push(w, { role: 'operative', label: number, runs });
  }
  // the list's points after its intro, which is this paragraph's own text
  if (list) points(w, { list: kids(list).filter((k) => local(tagOf(k)) !== 'intro') });
}

/** The first printed run is italic (a lead). */
function opensInItalics(runs: Run[]): boolean {
  return runs.find((r) => !r.note && r.text.trim() !== '')?.italic === true;
}

/**
 * Content whose only text is in `subheading` or `heading` elements: `<content><p><subheading>
 * Introduction</subheading></p></content>` (77/128's section titles, in roman type).
 */
function headingsOnly(nodes: XmlNode[]): boolean {
  let found = false;
  const visit = (ns: XmlNode[]): boolean => {
    for (const n of ns) {
      const name = local(tagOf(n));
      if (name === '#text') {
        if (String(n['#text'] ?? '').trim() !== '') return false;
      } else if (name === 'subheading' || name === 'heading') found = true;
      else if (name === 'p' || name === 'span') {
        if (!visit(kids(n))) return false;
      } else return false;
    }
    return true;
  };
  return visit(nodes) && found;
}

/** Ends with a comma (closing quotes or brackets aside): how a preambular paragraph ends. */
const ENDS_WITH_COMMA = /,[\s»”"’)\]]*$/u;

/**
 * The issue's rule (14): "Preambular paragraphs open with a participle or adjective and end
 * with a comma; operative ones open with a verb in the present and end with ';' or '.'". Some
 * files put the last preambular paragraph(s) at the start of mainBody, unnumbered ("*Se
 * réaffirmant résolue* à combattre l’impunité …, conformément au droit international," before
 * "1. *Prend note* …", 76/118; 13 files of the dev folder): the page prints them as preamble.
 * So the unnumbered paragraphs that open a body, before anything else of it, and end with a
 * comma are preambular.
 */
function preambleAtBodyStart(items: Item[], from: number): void {
  for (let i = from; i < items.length; i++) {
    const item = items[i]!;
    if (item.role !== 'operative' || item.label !== null || !ENDS_WITH_COMMA.test(textOf(item.runs))) return;
    items[i] = { ...item, role: 'preambular' };
  }
}

/**
 * A declaration's own formula, printed as a body paragraph: "Nous, chefs d’État et de
 * gouvernement …, réunis à New York le 22 septembre 2021 …," before "1. *Réaffirmons* …" (76/1,
 * 80/173). It is the subject of the numbered paragraphs, as "L’Assemblée générale," is of a
 * resolution's: a formula, neither preambular nor operative.
 */
const DECLARATION_FORMULA = /^Nous,\s/u;

/** Remove a printed label (and the spaces after it) from the start of the runs. */
function dropLabel(runs: Run[], printed: string): Run[] {
  let left = printed.length;
  const out: Run[] = [];
  for (const r of runs) {
    if (left > 0 && !r.note) {
      const t = r.text.trimStart();
      const skip = Math.min(left, t.length);
      left -= skip;
      const rest = t.slice(skip);
      if (rest !== '') out.push({ ...r, text: left === 0 ? rest.trimStart() : rest });
      continue;
    }
    out.push(r);
  }
  return trimRuns(out);
}

/** mainBody (or a section) → items. */
function body(w: Walk, nodes: XmlNode[]): void {
  for (const n of nodes) {
    const name = local(tagOf(n));
    if (name === '#text') continue;
    if (name === 'paragraph') paragraph(w, n);
    else if (name === 'section' || name === 'title' || name === 'hcontainer' || name === 'division' || name === 'chapter' || name === 'part') {
      const num = label(child(n, 'num'));
      const heads = kids(n).filter((k) => ['subheading', 'heading'].includes(local(tagOf(k))));
      if (num !== null && heads.length === 0) push(w, { role: 'heading', label: num, runs: [] });
      heads.forEach((h, i) => {
        const runs = block(kids(h));
        if (textOf(runs) !== '' || (i === 0 && num !== null)) push(w, { role: 'heading', label: i === 0 ? num : null, runs });
      });
      body(w, kids(n).filter((k) => !['num', 'subheading', 'heading'].includes(local(tagOf(k)))));
    } else if (name === 'crossHeading') {
      const runs = block(kids(n));
      if (textOf(runs) === '') continue;
      // a preamble inside a sectioned body (budget texts): "Ayant examiné …,"
      push(w, { role: attr(n, 'refersTo') === '#preamble' ? 'preambular' : 'heading', label: null, runs });
    } else if (name === 'subheading' || name === 'heading') {
      const runs = block(kids(n));
      if (textOf(runs) !== '') push(w, { role: 'heading', label: null, runs });
    } else if (name === 'container' || name === 'blockContainer') {
      const table = find(kids(n), 'table');
      if (table) w.items.push(...tableRows(table));
      else {
        const runs = block(kids(n));
        if (textOf(runs) !== '') push(w, { role: 'text', label: null, runs });
      }
    } else if (name === 'table') {
      w.items.push(...tableRows(n));
    } else if (name === 'blockList' || name === 'list') {
      points(w, n);
    } else if (name === 'p') {
      const runs = block(kids(n));
      if (textOf(runs) !== '') push(w, { role: 'text', label: null, runs });
    } else {
      body(w, kids(n));
    }
  }
}

function preamble(w: Walk, n: XmlNode): void {
  for (const k of kids(n)) {
    const name = local(tagOf(k));
    if (name === 'formula') {
      w.items.push({ role: 'formula', label: null, runs: block(kids(k)) });
    } else if (name === 'container') {
      const list = child(k, 'blockList');
      if (list) {
        // "Notant que … on entend notamment :" then a) b) c)
        const intro = child(list, 'listIntroduction');
        const before = block(kids(k).filter((c) => local(tagOf(c)) !== 'blockList'));
        const runs = trimRuns([...before, ...(intro ? inline(kids(intro)) : [])]);
        if (textOf(runs) !== '') w.items.push({ role: 'preambular', label: null, runs });
        points(w, { blockList: kids(list).filter((c) => local(tagOf(c)) !== 'listIntroduction') });
        continue;
      }
      const table = find(kids(k), 'table');
      if (table) {
        w.items.push(...tableRows(table));
        continue;
      }
      const runs = block(kids(k));
      // a container bold throughout is a heading, as in the body ("Couloirs de transport et de
      // transit" between preambular paragraphs, 78/148)
      if (boldThroughout(runs) && notesOf(runs).length === 0) w.items.push({ role: 'heading', label: null, runs });
      else if (textOf(runs) !== '' || notesOf(runs).length > 0) w.items.push({ role: 'preambular', label: null, runs });
    } else if (name === 'blockList') {
      points(w, k);
    } else if (name === 'p') {
      const runs = block(kids(k));
      if (textOf(runs) !== '') w.items.push({ role: 'text', label: null, runs });
    }
  }
}

function conclusions(w: Walk, n: XmlNode): void {
  for (const p of children(n, 'p')) {
    // "33e séance plénière" <eol/> "1er décembre 2020": two printed lines
    let line: Run[] = [];
    const flush = (): void => {
      const runs = trimRuns(line);
      if (textOf(runs) !== '') w.items.push({ role: 'text', label: null, runs });
      line = [];
    };
    const walk = (nodes: XmlNode[]): void => {
      for (const k of nodes) {
        const name = local(tagOf(k));
        if (name === 'eol') flush();
        else if (name === '#text') line.push(...inline([k]));
        else if (name === 'event' || name === 'p') walk(kids(k));
        else line.push(...inline([k]));
      }
    };
    walk(kids(p));
    flush();
  }
}

/** One statement (or a component's statement): preamble, body, conclusions, annexes. */
function statement(w: Walk, s: XmlNode, component: boolean): void {
  if (component) {
    const preface = child(s, 'preface');
    const pp = preface ? find(kids(preface), 'p') : undefined;
    if (pp) {
      const num = find(kids(pp), 'docNumber');
      const title = find(kids(pp), 'docTitle');
      push(w, { role: 'heading', label: num ? plain(num) : null, runs: title ? block(kids(title)) : [] });
    }
  }
  // in document order: some files repeat them (80/173: preamble, body, preamble, body)
  for (const k of kids(s)) {
    const name = local(tagOf(k));
    if (name === 'preamble') preamble(w, k);
    else if (name === 'mainBody') {
      const from = w.items.length;
      body(w, kids(k));
      preambleAtBodyStart(w.items, from);
    }
  }
  w.pending = null;
  const concl = child(s, 'conclusions');
  if (concl) conclusions(w, concl);
  const atts = child(s, 'attachments');
  if (atts) {
    const annex: Walk = { items: w.items, pending: null, annex: true };
    for (const a of children(atts, 'attachment')) {
      for (const doc of kids(a)) {
        const preface = child(doc, 'preface');
        if (preface) for (const p of children(preface, 'p')) push(annex, { role: 'heading', label: null, runs: block(kids(p)) });
        const m = child(doc, 'mainBody');
        if (m) body(annex, kids(m));
      }
    }
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}$/u;

/** Read an AKN file's text into a Page. */
export function readPage(xml: string, file: string): Page {
  const root = parser.parse(xml) as XmlNode[];
  const akn = root.find((n) => local(tagOf(n)) === 'akomaNtoso');
  if (!akn) throw new Error(`${file}: not an akomaNtoso document`);
  const top = kids(akn).find((n) => !['#text', '?xml'].includes(tagOf(n)) && local(tagOf(n)) !== 'components');
  if (!top) throw new Error(`${file}: no document inside akomaNtoso`);
  const cover = child(top, 'coverPage');
  const coverKids = cover ? kids(cover) : [];
  const byName = (name: string, test?: (n: XmlNode) => boolean): XmlNode | undefined => find(coverKids, name, test);
  const symbolNode = byName('docNumber', (n) => attr(n, 'refersTo') === '#symbol');
  const sessionNode = byName('session');
  const sessionValue = sessionNode ? attr(sessionNode, 'value') ?? '' : '';
  const docDate = byName('docDate');
  const preface = child(top, 'preface');
  const pp = preface ? find(kids(preface), 'p') : undefined;
  const numberNode = pp ? find(kids(pp), 'docNumber') : undefined;
  const titleNode = pp ? find(kids(pp), 'docTitle') : undefined;
  // what follows the title in the preface — the part letter and its note (75/253 B in the same
  // <p>, 75/257 B in a second one) — is printed on the title line
  const titleRuns = titleNode ? block(kids(titleNode)) : [];
  if (preface && pp) {
    const after = [
      ...kids(pp).slice(kids(pp).indexOf(titleNode ?? {}) + 1),
      ...children(preface, 'p').filter((p) => p !== pp).flatMap((p) => kids(p)),
    ];
    const extra = inline(after.filter((k) => local(tagOf(k)) !== 'authorialNote'));
    if (textOf(extra) !== '') titleRuns.push({ text: ' ' }, ...trimRuns(extra));
    for (const k of after) if (local(tagOf(k)) === 'authorialNote') titleRuns.push(...inline([k]));
  }

  const w: Walk = { items: [], pending: null, annex: false };
  statement(w, top, false);
  const comps = kids(akn).find((n) => local(tagOf(n)) === 'components');
  if (comps) {
    for (const c of children(comps, 'component')) {
      const s = kids(c).find((k) => tagOf(k) !== '#text');
      if (s) statement(w, s, true);
    }
  }

  // adoption date: printed under the text (conclusions), else the FRBR work's adoption date
  let date: string | null = null;
  const concl = [top, ...(comps ? children(comps, 'component').flatMap((c) => kids(c)) : [])]
    .map((s) => child(s, 'conclusions'))
    .find((c) => c !== undefined);
  const cd = concl ? find(kids(concl), 'docDate') : undefined;
  if (cd && ISO.test(attr(cd, 'date') ?? '')) date = attr(cd, 'date')!;
  if (date === null) {
    const fd = find(kids(top), 'FRBRdate', (n) => attr(n, 'name') === 'adoption');
    const v = fd ? attr(fd, 'date') ?? '' : '';
    if (ISO.test(v) && v >= '1945') date = v;
  }

  const proponentNode = byName('docProponent');
  const coverProponent = proponentNode ? block(kids(proponentNode)) : [];
  const coverText = (name: string, test?: (n: XmlNode) => boolean): string | null => {
    const n = byName(name, test);
    const t = n ? plain(n) : '';
    return t === '' ? null : t;
  };
  markRepeatedRefs({ title: titleRuns, cover: { proponent: coverProponent }, items: w.items });
  const docket = find(kids(top), 'docketNumber');
  return {
    file,
    job: docket ? plain(docket).replace(/\s*\(F\)$/u, '') || null : null,
    symbol: symbolNode ? plain(symbolNode) || null : null,
    session: /^\d+$/u.test(sessionValue) ? Number(sessionValue) : null,
    date,
    cover: {
      distribution: coverText('docStatus'),
      issueDate: docDate ? plain(docDate) || null : null,
      sessionName: sessionNode ? plain(sessionNode) || null : null,
      agendaItem: coverText('inline', (n) => attr(n, 'name') === 'agenda item'),
      agendaName: coverText('inline', (n) => attr(n, 'name') === 'agenda item name'),
      docTitle: coverText('docTitle'),
      proponent: coverProponent,
    },
    number: numberNode ? plain(numberNode) || null : null,
    title: titleRuns,
    items: w.items,
  };
}
