import type { Document, FrontEndResult } from '../types.js';

/** Fill sponsors, citations and votes of a recognised document (and its parts). */
export function extractAll(doc: Document, fe: FrontEndResult): void {
  // PLACEHOLDER: extractors are built in their own change; the AKN rows pass through.
  if (fe.sponsors) doc.sponsors = fe.sponsors;
  if (fe.votes) doc.votes = fe.votes;
}
