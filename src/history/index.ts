/**
 * `historyOf(doc, source)`: the lineage of a resolution and the provenance of its paragraphs, in
 * the JSON shape of `cybercorpus history --json` (docs/history.md).
 */
import type { Document } from '../types.js';
import { findLineage, type LineageNode, type LineageSource, type LinkReason, yearOf } from './lineage.js';
import { traceParagraphs, type DroppedParagraph, type ParagraphHistory } from './provenance.js';

export type { LineageSource } from './lineage.js';
export type { DroppedParagraph, ParagraphHistory, ParagraphVersion } from './provenance.js';
export { findParagraph } from './provenance.js';

export interface LineageJson {
  document_id: string;
  symbol: string | null;
  title: string | null;
  session: number | null;
  year: number | null;
  via: LinkReason | null;
  recalled_in: string | null;
  parents: LineageJson[];
}

export interface History {
  document: { document_id: string; symbol: string | null; title: string | null; year: number | null };
  lineage: LineageJson;
  paragraphs: ParagraphHistory[];
  dropped: DroppedParagraph[];
}

function toJson(n: LineageNode): LineageJson {
  return {
    document_id: n.doc.id, symbol: n.doc.symbol, title: n.doc.title, session: n.doc.session, year: yearOf(n.doc),
    via: n.via, recalled_in: n.recalled_in, parents: n.parents.map(toJson),
  };
}

export function historyOf(doc: Document, source: LineageSource): History {
  const root = findLineage(doc, source);
  const { paragraphs, dropped } = traceParagraphs(root);
  return {
    document: { document_id: doc.id, symbol: doc.symbol, title: doc.title, year: yearOf(doc) },
    lineage: toJson(root),
    paragraphs,
    dropped,
  };
}
