/**
 * Structure recognition: FrontEndResult (Block stream) → Document.
 *
 *   front matter (metadata.ts) → parts cut out (parts.ts) → paragraphs of the document and of
 *   each part (paragraphs.ts, sections.ts, footnotes.ts) → metadata merged: declared, then
 *   read, then implied by the symbol; nothing invented.
 *
 * AKN blocks carry `hints.kind`: they are trusted as they are (akn.ts decided them).
 * Pure: no I/O; warnings are returned in `Document.warnings`.
 */
import { resolveCountry } from '../lexicon/countries.js';
import { readKindPhrase } from '../lexicon/doc-kinds-fr.js';
import { readLead } from '../lexicon/leads-fr.js';
import type { Block, Document, DocumentKind, DocumentMeta, FrontEndResult, Paragraph, SourceInfo, Warning } from '../types.js';
import { sourceOf } from '../types.js';
import { attachFootnotes, rehomeFootnotes, type PendingFootnote } from './footnotes.js';
import { letteredParts, readFrontMatter, type FrontMatter } from './metadata.js';
import { symbolFacts } from '../lexicon/symbols.js';
import { buildParagraphs, type BlockRole, type SegmentResult } from './paragraphs.js';
import { draftKey, draftSymbols, splitParts, type PartSlice } from './parts.js';
import { headingParts, subLabelKind } from './labels.js';
import { SectionTracker } from './sections.js';

export interface RecognizeContext {
  source: SourceInfo;
  declared: DocumentMeta;
  fileName: string;
}

export function recognize(fe: FrontEndResult, ctx: RecognizeContext): Document {
  if (fe.blocks.some((b) => b.hints?.kind)) return recognizeMarked(fe, ctx);
  const blocks = fe.blocks;
  const front = readFrontMatter(blocks);
  const split = splitParts(blocks, front.end);
  const ownIndexes = [...range(0, front.end).filter((i) => !front.consumed.has(i)), ...split.main];
  const body = buildParagraphs({
    blocks: ownIndexes.map((i) => blocks[i] as Block),
    roles: rolesOf(blocks, front),
    leadStartsResolution: true,
  });

  const read = front.meta;
  // "76/247." then lettered texts: "A/RES/76/247 A-C"; the first letter may have been read under
  // the title already ("A/RES/79/252 A", then "B" further on: "A/RES/79/252 A-B")
  // otherwise the running header's resolution symbol wins over the title's number (PDF text)
  const titled = front.numberedTitle !== null && read.symbol === front.numberedTitle ? front.numberedTitle : null;
  const numbered = titled !== null ? /^(\S+)(?: ([A-Z]))?$/u.exec(titled) : null;
  const parts = numbered ? letteredParts(body.paragraphs, numbered[2]) : null;
  const header = fe.meta?.symbol;
  if (numbered && parts) read.symbol = `${numbered[1]!} ${parts}`;
  else if (titled !== null && headerWins(header, titled)) read.symbol = header;
  const doc = assemble(ctx.declared, read, fe, ctx, body, [...fe.warnings]);
  if (doc.kind === 'other') doc.kind = inferKind(doc, split.parts.length > 0);

  const symbols = draftSymbols(body.paragraphs);
  doc.parts = split.parts.map((slice) => buildPart(slice, blocks, doc, symbols));
  rehomeFootnotes([doc, ...doc.parts]);
  return doc;
}

/**
 * PDF text: the running header prints the resolution's symbol on every page, as the UN files it;
 * the number before the title is printed once, and may say less or another thing. The header
 * wins for a resolution: its part letters, which a budget text prints on lines of their own
 * under the title ("A/RES/76/247 A-C" over "76/247." / "A" / "Crédits ouverts …"; "A/RES/79/252
 * A-B" over "79/252. … A"), and its number where the title's has a slip ("A/RES/78/60" over
 * "78/6.", the AKN file of A/RES/78/60).
 */
function headerWins(header: string | null | undefined, titled: string | null | undefined): header is string {
  return typeof header === 'string' && typeof titled === 'string' && header !== titled && /^A\/RES\//u.test(header) && /^A\/RES\//u.test(titled);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function rolesOf(blocks: readonly Block[], front: FrontMatter): Map<Block, BlockRole> {
  const roles = new Map<Block, BlockRole>();
  for (const i of front.titles) if (blocks[i]) roles.set(blocks[i] as Block, 'title');
  for (const i of front.sponsorLines) if (blocks[i]) roles.set(blocks[i] as Block, 'sponsors');
  return roles;
}

/** Declared metadata wins over what is read, which wins over what the symbol implies. */
function assemble(
  declared: DocumentMeta,
  read: DocumentMeta,
  fe: FrontEndResult,
  ctx: RecognizeContext,
  body: SegmentResult,
  warnings: Warning[],
): Document {
  const m: DocumentMeta = { ...(fe.meta ?? {}), ...definedOnly(read), ...definedOnly(declared) };
  const symbol = m.symbol ?? null;
  const facts = symbolFacts(symbol);
  const id = symbol ?? ctx.fileName.replace(/\.[^.]+$/u, '');
  return makeDocument(id, {
    symbol,
    aliases: m.aliases ?? [],
    kind: m.kind ?? facts.kind ?? 'other',
    title: m.title ?? null,
    organ: m.organ ?? facts.organ,
    committee: m.committee ?? facts.committee,
    session: m.session ?? facts.session,
    agenda_item: m.agenda_item ?? null,
    date: m.date ?? null,
    distribution: m.distribution ?? null,
    language: m.language ?? 'fr',
    original_languages: m.original_languages ?? [],
  }, ctx.source, body, warnings);
}

/** The metadata fields of a Document, all resolved. */
type ResolvedMeta = Pick<Document, 'symbol' | 'aliases' | 'kind' | 'title' | 'organ' | 'committee' | 'session' |
  'agenda_item' | 'date' | 'distribution' | 'language' | 'original_languages'>;

/** A Document with its paragraphs and footnotes; extraction fills sponsors, citations, votes. */
function makeDocument(id: string, meta: ResolvedMeta, source: SourceInfo, body: SegmentResult, warnings: Warning[]): Document {
  return {
    id,
    ...meta,
    ...source,
    paragraphs: body.paragraphs,
    footnotes: body.footnotes,
    sponsors: [],
    citations: [],
    votes: [],
    parts: [],
    warnings: [...warnings, ...body.warnings],
  };
}

function definedOnly(meta: DocumentMeta): DocumentMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== null)) as DocumentMeta;
}

/** A document that printed no kind: say what its structure shows, or "other". */
function inferKind(doc: Document, hasParts: boolean): DocumentKind {
  if (hasParts) return 'report';
  const count = (k: Paragraph['kind']): number => doc.paragraphs.filter((p) => p.kind === k).length;
  if (count('numbered') > 0 && count('operative') === 0) return 'report';
  return 'other';
}

/** One embedded draft or reply → a Document of its own. */
function buildPart(slice: PartSlice, blocks: readonly Block[], parent: Document, symbols: Map<string, string>): Document {
  const own = slice.blocks.map((i) => blocks[i] as Block);
  const heading = blocks[slice.heading] as Block;
  const submission = slice.kind === 'submission';
  const front = readFrontMatter(own, 0, own.length, { titles: !submission });
  const kept = own.filter((_, i) => !front.consumed.has(i));
  const roles = new Map<Block, BlockRole>();
  for (const i of front.titles) if (own[i]) roles.set(own[i] as Block, 'title');
  const body = buildParagraphs({ blocks: kept, roles, mode: submission ? 'report' : 'resolution' });
  const warnings: Warning[] = [];

  let author: string | null | undefined;
  let symbol: string | null = null;
  let title: string | null;
  if (submission) {
    const country = resolveCountry(heading.text);
    author = country?.iso3 ?? null;
    if (!country) warnings.push({ code: 'country-unresolved', message: `reply heading "${heading.text}" names no known State or organisation`, line: heading.line });
    title = heading.text;
  } else {
    symbol = symbols.get(draftKey(slice.kind, slice.label)) ?? null;
    title = front.meta.title ?? null;
  }
  const facts = symbolFacts(symbol);
  const label = submission ? (author ?? slugOf(slice.label)) : `${slice.kind === 'draft-decision' ? 'projet-de-decision' : 'projet-de-resolution'}-${slice.label || 'sans-numero'}`;
  const doc = makeDocument(`${parent.id}#${label}`, {
    symbol,
    aliases: [],
    kind: submission ? 'submission' : slice.kind,
    title,
    organ: facts.organ ?? parent.organ,
    committee: facts.committee ?? (submission ? null : parent.committee),
    session: facts.session ?? parent.session,
    agenda_item: submission ? null : parent.agenda_item,
    date: submission ? (front.meta.date ?? null) : null,
    distribution: null,
    language: parent.language,
    original_languages: submission ? (front.meta.original_languages ?? []) : [],
  }, sourceOf(parent), body, warnings);
  if (submission) doc.author = author ?? null;
  return doc;
}

function slugOf(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[^A-Za-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
}

/**
 * Blocks whose kinds the source marked (AKN): paragraphs as marked; the lead from the opening
 * italics, else from the lexicon (`readLead`, as for markdown); sub-paragraphs attached to the paragraph before them.
 */
function recognizeMarked(fe: FrontEndResult, ctx: RecognizeContext): Document {
  const paragraphs: Paragraph[] = [];
  const pending: PendingFootnote[] = [];
  const sections = new SectionTracker();
  let owner: Paragraph | null = null;
  let letter: { p: Paragraph; letter: string } | null = null;
  for (const b of fe.blocks) {
    if (b.kind === 'footnote') {
      pending.push({ block: b, after: paragraphs.length });
      continue;
    }
    const kind = b.hints?.kind ?? (b.kind === 'heading' ? 'heading' : 'text');
    if (kind === 'heading') sections.enterHeading(b.text, b.hints?.level === 0);
    // the markup says where the italics are: a paragraph that opens in roman has no lead (76/3:
    // "Compte tenu de la singularité de son mandat …" is a statement, not "*Compte tenu*")
    const lead = (kind === 'preambular' || kind === 'operative') && b.hints?.lead !== null ? (readLead(b.text, b.hints?.lead)?.lead ?? null) : null;
    const heading = kind === 'heading' ? headingParts(b.text) : null;
    const p: Paragraph = {
      n: paragraphs.length + 1,
      kind,
      number: heading ? heading.number : (b.hints?.number ?? null),
      lead: lead === null ? null : lead.trim(),
      text: heading ? heading.text : b.text,
      section: kind === 'title' ? null : sections.path(),
      footnotes: [...new Set(b.footnotes.map((f) => f.marker))],
      line: b.line,
      end_line: b.endLine,
    };
    if (kind === 'subparagraph') {
      // "i)" after "e)" belongs to "e)" (79/243, article 2: "e) … fournisseur de services … : i) …"),
      // told apart from the letter "i)" after "h)" as the other formats do
      const raw = (p.number ?? '').replace(/^\(|\)$/gu, '');
      const sub = subLabelKind(raw, letter && letter.p.parent_n === (owner?.n ?? null) ? letter.letter : null);
      p.parent_n = sub === 'numeral' && letter ? letter.p.n : (owner?.n ?? null);
      if (sub === 'letter' && raw !== '') letter = { p, letter: raw };
    } else if ((kind === 'preambular' || kind === 'operative' || kind === 'numbered') && !/^\p{Ll}/u.test(p.text)) {
      // (a paragraph opening in lower case ends the list before it: "afin que …", 79/243 art. 11)
      // a treaty's article paragraphs in an annex ("La présente Convention a pour objet :") own their "a)"
      owner = p;
      letter = null;
    } else if (kind === 'heading') {
      owner = null;
      letter = null;
    }
    paragraphs.push(p);
  }
  const body: SegmentResult = { paragraphs, footnotes: attachFootnotes(paragraphs, pending), warnings: [] };
  const read: DocumentMeta = {};
  const titleBlock = fe.blocks.find((b) => b.hints?.kind === 'title');
  if (titleBlock && !fe.meta?.title) read.title = titleBlock.text;
  const kindLine = fe.blocks.filter((b) => b.hints?.kind === 'title').map((b) => readKindPhrase(b.text)).find((k) => k !== null);
  if (!fe.meta?.kind && kindLine) read.kind = kindLine;
  return assemble(ctx.declared, read, fe, ctx, body, [...fe.warnings]);
}
