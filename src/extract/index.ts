/**
 * Extraction: fill `sponsors`, `citations` and `votes` of a recognised document and of each
 * of its parts (the drafts a committee report recommends, the replies of an SG report).
 *
 * Rows the format states explicitly (AKN workflow sponsors, AKN plenary votes) arrive in the
 * front-end result and are kept as they are. Everything else is read from the paragraphs.
 */
import type { Document, FrontEndResult, Paragraph, Sponsor, Warning } from '../types.js';
import { extractCitations } from './citations.js';
import { sameDraft, sponsorGroupsInText, sponsorsFromHeading, type SponsorGroup } from './sponsors.js';
import { committeeNamed } from '../lexicon/votes-fr.js';
import { extractVotes } from './votes.js';

/** Fill sponsors, citations and votes of a recognised document (and its parts). */
export function extractAll(doc: Document, fe: FrontEndResult): void {
  extractDocument(doc);
  if (fe.sponsors && fe.sponsors.length > 0) doc.sponsors = mergeSponsors(fe.sponsors, doc.sponsors);
  if (fe.votes && fe.votes.length > 0) doc.votes = [...fe.votes, ...doc.votes];
}

/**
 * Extract one document and, recursively, its parts. Each warning goes to the document (or
 * part) whose paragraph it concerns, with that paragraph's source line.
 */
function extractDocument(doc: Document): void {
  const warnings: Warning[] = [];
  // only the document's own symbol (printed in its running headers) is no citation: its aliases
  // may be texts it really cites — 78/100 was adopted from a draft in the Special Committee's
  // report A/78/23, and cites that report in a footnote
  const self = doc.symbol === null ? [] : [doc.symbol];
  doc.citations = extractCitations(doc.paragraphs, doc.footnotes.map((f) => ({ ...f, paragraph: f.paragraph_n })), { self });

  const heading = headingSponsors(doc.paragraphs, warnings);
  const groups = reportSponsorGroups(doc.paragraphs, warnings);
  doc.sponsors = heading;

  const { votes, warnings: voteWarnings } = extractVotes(doc.paragraphs, doc.footnotes, { session: doc.session });
  if (votes.length > 0) {
    const body = votingBody(doc);
    for (const v of votes) v.body = body;
  }
  doc.votes = votes;
  warnings.push(...voteWarnings);

  for (const part of doc.parts) extractDocument(part);

  // a report's lists belong to the draft they name: its part when there is one
  for (const g of groups) {
    const part = g.draft ? partOf(doc, g.draft) : null;
    const into = part ?? doc;
    into.sponsors = mergeSponsors(into.sponsors, g.sponsors);
  }
  doc.warnings.push(...withLines(warnings, doc.paragraphs));
}

/** Give a warning that names a paragraph the paragraph's first source line. */
function withLines(warnings: Warning[], paragraphs: readonly Paragraph[]): Warning[] {
  const lines = new Map(paragraphs.map((p) => [p.n, p.line]));
  return warnings.map((w) => (w.line === undefined && w.paragraph_n !== undefined && lines.has(w.paragraph_n) ? { ...w, line: lines.get(w.paragraph_n) } : w));
}

/**
 * Who voted: the document's committee, else the Main Committee its text names first (a
 * committee report: "… de la renvoyer à la Première Commission"), else unknown.
 */
function votingBody(doc: Document): string | null {
  if (doc.committee) return doc.committee;
  for (const p of doc.paragraphs) {
    const body = committeeNamed(p.text);
    if (body) return body;
  }
  return null;
}

/** The sponsors of the first paragraph that is a draft heading with a sponsor list. */
function headingSponsors(paragraphs: readonly Paragraph[], warnings: Warning[]): Sponsor[] {
  for (const p of paragraphs) {
    const local: Warning[] = [];
    const sponsors = sponsorsFromHeading(p.text, local, p.n);
    if (sponsors) {
      warnings.push(...local);
      return sponsors;
    }
  }
  return [];
}

function reportSponsorGroups(paragraphs: readonly Paragraph[], warnings: Warning[]): SponsorGroup[] {
  const groups: SponsorGroup[] = [];
  let previous: string | null = null;
  for (const p of paragraphs) {
    const found = sponsorGroupsInText(p.text, warnings, p.n, previous);
    groups.push(...found);
    previous = found.at(-1)?.draft ?? previous;
  }
  return groups;
}

/** The part of a document that is the given draft (same symbol, any revision). */
function partOf(doc: Document, draft: string): Document | null {
  for (const part of doc.parts) {
    const symbols = [part.symbol, ...part.aliases].filter((s): s is string => s !== null);
    if (symbols.some((s) => sameDraft(s, draft))) return part;
  }
  return null;
}

/** Add sponsors without repeating a (country or name, role) already there. */
function mergeSponsors(into: readonly Sponsor[], more: readonly Sponsor[]): Sponsor[] {
  const out = [...into];
  const key = (s: Sponsor): string => `${s.country ?? s.as_written}\u0000${s.role}`;
  const seen = new Set(out.map(key));
  for (const s of more) {
    if (seen.has(key(s))) continue;
    seen.add(key(s));
    out.push(s);
  }
  return out;
}
