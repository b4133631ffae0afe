import type { Document } from './types.js';

/** A document and all its parts, depth first, in reading order. */
export function withParts(doc: Document): Document[] {
  const out: Document[] = [];
  const visit = (d: Document): void => {
    out.push(d);
    d.parts.forEach(visit);
  };
  visit(doc);
  return out;
}
