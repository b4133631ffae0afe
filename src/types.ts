/**
 * The data model of cybercorpus.
 *
 * Two layers:
 *  - `Block`: what a front-end (markdown, pdf-text, akn) produces. The front-ends hide the
 *    format: the same text as markdown or as PDF text must give the same Block stream
 *    (modulo line numbers and link/URL evidence).
 *  - `Document` and friends: the contract of the JSON export and of the SQLite tables
 *    (see docs/model.md). Field names are stable; extend, do not rename.
 */

export type SourceFormat = 'markdown' | 'pdf-text' | 'akn';

/* ------------------------------------------------------------------ blocks */

export type BlockKind =
  /** a title or section heading; its level is decided by structure recognition, not here */
  | 'heading'
  /** a running paragraph of text */
  | 'paragraph'
  /** an item of a bulleted or lettered list (`- a)`, `•`, `–`) */
  | 'list-item'
  /** a footnote definition: `marker` says which */
  | 'footnote'
  /** a table row (table of contents, etc.); cells joined by ` | ` in text */
  | 'table-row';

/** A footnote reference inside a block's text. */
export interface FootnoteRef {
  /** the marker as printed: "1", "27", "*", "a" */
  marker: string;
  /** character offset in `Block.text` where the marker stood (the marker itself is removed) */
  offset: number;
}

/** A hyperlink or PDF link URL seen in the source: evidence, not text. */
export interface LinkRef {
  /** the linked text as printed, e.g. "A/78/265" (may be "" for a bare URL line) */
  text: string;
  /** the target, e.g. "https://undocs.org/fr/A/78/265", or null for `(#)` links */
  href: string | null;
  /** character offset of the linked text in Block.text, or -1 if unknown */
  offset: number;
}

/** Hints a front-end may give when the source marks structure explicitly (AKN, italics). */
export interface BlockHints {
  /** paragraph kind when the source says it (AKN preamble container → "preambular") */
  kind?: ParagraphKind;
  /** the paragraph number as printed ("1", "a)", "ii)") when the source marks it */
  number?: string | null;
  /** the lead phrase when the source marks it (markdown italics, AKN container @name) */
  lead?: string | null;
  /** the whole block was bold/strong in the source */
  strong?: boolean;
  /** the whole block was italic/emphasis in the source */
  emphasis?: boolean;
  /** heading level as printed (unreliable in markdown; a hint only) */
  level?: number;
}

export interface Block {
  kind: BlockKind;
  /**
   * Clean joined text: lines re-joined, page furniture removed, footnote markers removed
   * (their positions are in `footnotes`), Unicode NFC, spaces collapsed, text as written
   * (typographic apostrophes and non-breaking spaces are kept; matching folds them).
   */
  text: string;
  /** for kind "footnote": the marker it defines */
  marker?: string;
  /** footnote references inside `text` */
  footnotes: FootnoteRef[];
  /** links/URLs seen in this block */
  links: LinkRef[];
  /** 1-based source line span, inclusive */
  line: number;
  endLine: number;
  hints?: BlockHints;
}

export interface Warning {
  /** stable machine code, e.g. "footnote-unmatched", "lead-unknown", "country-unresolved" */
  code: string;
  message: string;
  line?: number;
  /** the paragraph index `n` it concerns, when known */
  paragraph_n?: number;
  /** the id of the part (embedded draft or reply) it concerns, when not the document itself */
  part_id?: string;
}

/** Metadata a front-end or a declared-metadata sidecar may provide. All optional. */
export interface DocumentMeta {
  symbol?: string | null;
  aliases?: string[];
  kind?: DocumentKind;
  title?: string | null;
  organ?: string | null;
  committee?: string | null;
  session?: number | null;
  agenda_item?: string | null;
  date?: string | null;
  distribution?: string | null;
  language?: string | null;
  original_languages?: string[];
  /** declared only: the resolutions this text continues ("A/RES/75/282"), for `history`; replaces the links found in the text */
  continues?: string[];
}

/** What every front-end returns. */
export interface FrontEndResult {
  format: SourceFormat;
  blocks: Block[];
  warnings: Warning[];
  /** metadata read from explicit markup (AKN FRBR/preface); markdown/pdf leave it empty */
  meta?: DocumentMeta;
  /** rows the format states explicitly (AKN workflow sponsors, AKN voting) */
  sponsors?: Sponsor[];
  votes?: Vote[];
  /** AKN: the draft symbol the resolution was adopted from, and the report it came with */
  draftSymbol?: string | null;
  reportSymbol?: string | null;
}

/* ---------------------------------------------------------------- document */

export type DocumentKind =
  | 'draft-resolution'
  | 'resolution'
  | 'draft-decision'
  | 'decision'
  | 'report'
  | 'submission'
  | 'other';

export type ParagraphKind =
  | 'preambular'
  | 'operative'
  | 'subparagraph'
  | 'numbered'
  | 'heading'
  | 'list-item'
  | 'formula'
  | 'title'
  | 'text';

export interface Paragraph {
  /** 1-based position in the document (or part), in reading order */
  n: number;
  kind: ParagraphKind;
  /** "1", "a)", "ii)", "I.", "A." or null */
  number: string | null;
  /** "Rappelant", "Se déclarant préoccupée", "Se félicite également" … or null */
  lead: string | null;
  /** clean, joined, without footnote markers */
  text: string;
  /** the heading path this paragraph sits under, e.g. "II. Contexte > A. Participation" */
  section: string | null;
  /** markers of the footnotes referenced from this paragraph */
  footnotes: string[];
  /** for subparagraphs: the n of the paragraph they belong to */
  parent_n?: number | null;
  /** 1-based source line span */
  line: number;
  end_line: number;
}

export interface Footnote {
  marker: string;
  text: string;
  /** n of the paragraph that references it, or null if no reference was found */
  paragraph_n: number | null;
  line?: number;
}

export type SponsorRole = 'sponsor' | 'additional';

export interface Sponsor {
  /** ISO 3166-1 alpha-3 ("RUS"), "EUU" for the European Union, or null when unresolved */
  country: string | null;
  /** canonical French short name, or the name as written when unresolved */
  name: string;
  as_written: string;
  role: SponsorRole;
}

/** What a citation points to (the `kind` column of the citations table). */
export const CITATION_KINDS = [
  'resolution',
  'decision',
  'ecosoc-resolution',
  'security-council-resolution',
  'hrc-resolution',
  'presidential-statement',
  'document',
  'meeting-record',
  'draft',
  'report',
] as const;

export type CitationKind = (typeof CITATION_KINDS)[number];

export interface Citation {
  /** normalised full symbol: "A/RES/75/240", "A/DEC/72/512", "A/78/265", "A/RES/43/78H" */
  target: string;
  kind: CitationKind;
  as_written: string;
  /** n of the paragraph it occurs in, or null when it occurs in a footnote only */
  paragraph_n: number | null;
  /** the footnote marker when it occurs in a footnote */
  footnote?: string | null;
  /** ISO date stated next to it ("du 4 décembre 1998"), else null */
  date: string | null;
  /**
   * Where it stands in the text of its footnote (when `footnote` is set) or of its paragraph:
   * character offsets (code points, 0-based, end exclusive), so that the text sliced there is
   * `asWritten`. Null for rows stored before the spans were recorded.
   */
  span_start?: number | null;
  span_end?: number | null;
}

export type VoteValue = 'yes' | 'no' | 'abstain';

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

export interface VoteRecord {
  country: string | null;
  name: string;
  vote: VoteValue;
}

export interface Vote {
  /** what was voted on, as stated: "projet de résolution A/C.1/75/L.8/Rev.1", "paragraphe 5 du dispositif" */
  subject: string;
  /** symbol of the text voted on, when known */
  target: string | null;
  /** n of the paragraph that reports the vote */
  paragraph_n: number | null;
  /** the organ that voted: "C.1" (First Committee) or "plenary" */
  body?: string | null;
  date?: string | null;
  stated: Tally | null;
  counted: Tally;
  records: VoteRecord[];
  /** footnotes attached to the vote (e.g. later changes of intention) */
  notes?: string[];
}

/** The file a document was read from (the `source_*` columns of the documents table). */
export interface SourceInfo {
  /** path of the source file when it was added: `source_path:line` cites a paragraph */
  source_path: string;
  source_format: SourceFormat;
  /** SHA-256 of the file's bytes */
  source_sha256: string;
  /** number of lines of the file */
  source_lines: number;
}

/** The source fields of a document, alone (a part is read from its parent's file). */
export function sourceOf(doc: SourceInfo): SourceInfo {
  return { source_path: doc.source_path, source_format: doc.source_format, source_sha256: doc.source_sha256, source_lines: doc.source_lines };
}

export interface Document extends SourceInfo {
  id: string;
  symbol: string | null;
  aliases: string[];
  kind: DocumentKind;
  title: string | null;
  organ: string | null;
  committee: string | null;
  session: number | null;
  agenda_item: string | null;
  date: string | null;
  distribution: string | null;
  language: string | null;
  original_languages: string[];
  /** submissions: the ISO3 code of the State/organisation that wrote it */
  author?: string | null;
  paragraphs: Paragraph[];
  footnotes: Footnote[];
  sponsors: Sponsor[];
  citations: Citation[];
  votes: Vote[];
  parts: Document[];
  warnings: Warning[];
}
