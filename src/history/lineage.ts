/**
 * The lineage of a resolution: the earlier texts of the corpus it continues, found from the texts
 * themselves (issue 16). A resolution continues the resolutions it recalls in its opening
 * preambular paragraphs ("Rappelant ses résolutions … 76/19 du 6 décembre 2021 et 77/36 du 7
 * décembre 2022", 78/237) that share its title (`sharesTitle`), or that share the agenda item of such a
 * resolution in their own session: 76/19 recalls 75/240 (same title) and 75/32 ("Favoriser le
 * comportement responsable des États…", agenda item 98 of the 75th session, as 75/240), the two
 * texts of 2020 it merged. Of those, the most recent session's are its direct predecessors; each
 * is traced in turn, so that the lineage is a tree (a merge has several parents). Declared
 * metadata (`continues`, docs/metadata.md) replaces the links found for a document.
 */
import { textKey } from '../diff/words.js';
import type { Document } from '../types.js';

/** How many preambular paragraphs open a resolution (where it recalls its predecessors). */
export const OPENING_PARAGRAPHS = 3;

export type LinkReason = 'title' | 'agenda-item' | 'declared';

export interface LineageNode {
  doc: Document;
  /** why the child continues this text; null at the root */
  via: LinkReason | null;
  /** the paragraph of the child that recalls this text ("PP1"); null at the root or when declared */
  recalled_in: string | null;
  parents: LineageNode[];
}

export interface LineageSource {
  /** a document of the corpus by symbol ("A/RES/77/36"), or null */
  find(symbol: string): Document | null;
  /** declared predecessors of a document (its sidecar or manifest `continues`), or null */
  declared?(doc: Document): string[] | null;
}

interface Candidate {
  doc: Document;
  paragraph: string | null;
  via: LinkReason;
}

/** The documents `doc` directly continues, with the reason for each link. */
export function predecessors(doc: Document, source: LineageSource): Candidate[] {
  const declared = source.declared?.(doc) ?? null;
  if (declared !== null) {
    return declared.map((s) => source.find(s)).filter((d): d is Document => d !== null && d.id !== doc.id)
      .map((d) => ({ doc: d, paragraph: null, via: 'declared' as const }));
  }
  const opening = new Map(doc.paragraphs.filter((p) => p.kind === 'preambular').slice(0, OPENING_PARAGRAPHS).map((p, i) => [p.n, `PP${i + 1}`]));
  const recalled = new Map<string, Candidate>();
  for (const c of doc.citations) {
    if (c.kind !== 'resolution' || c.paragraph_n === null || !opening.has(c.paragraph_n) || recalled.has(c.target)) continue;
    const d = source.find(c.target);
    if (!d || d.id === doc.id || !earlier(d, doc)) continue;
    recalled.set(c.target, { doc: d, paragraph: opening.get(c.paragraph_n) ?? null, via: 'title' });
  }
  const sameTitle = [...recalled.values()].filter((c) => sharesTitle(doc, c.doc));
  const agendaItems = new Set(sameTitle.filter((c) => c.doc.agenda_item).map((c) => `${c.doc.session}:${c.doc.agenda_item}`));
  const sameItem = [...recalled.values()]
    .filter((c) => !sameTitle.includes(c) && c.doc.agenda_item && agendaItems.has(`${c.doc.session}:${c.doc.agenda_item}`))
    .map((c) => ({ ...c, via: 'agenda-item' as const }));
  const all = [...sameTitle, ...sameItem];
  const latest = Math.max(...all.map((c) => c.doc.session ?? -Infinity));
  return all.filter((c) => (c.doc.session ?? -Infinity) === latest).sort((a, b) => order(a.doc, b.doc));
}

/** The lineage tree of `doc`: each predecessor traced in turn (a text met twice is one node). */
export function findLineage(doc: Document, source: LineageSource): LineageNode {
  const seen = new Map<string, LineageNode>();
  const visit = (d: Document, via: LinkReason | null, recalledIn: string | null, path: Set<string>): LineageNode => {
    const node: LineageNode = { doc: d, via, recalled_in: recalledIn, parents: [] };
    const known = seen.get(d.id);
    if (known) {
      node.parents = known.parents;
      return node;
    }
    seen.set(d.id, node);
    const inPath = new Set(path).add(d.id);
    for (const c of predecessors(d, source)) {
      if (!inPath.has(c.doc.id)) node.parents.push(visit(c.doc, c.via, c.paragraph, inPath));
    }
    return node;
  };
  return visit(doc, null, null, new Set());
}

/** Every document of the tree once, oldest first (session, date, symbol). */
export function lineageDocuments(root: LineageNode): Document[] {
  const byId = new Map<string, Document>();
  const walk = (n: LineageNode): void => {
    byId.set(n.doc.id, n.doc);
    n.parents.forEach(walk);
  };
  walk(root);
  return [...byId.values()].sort(order);
}

/** Every link (parent → child) of the tree once. */
export function lineageEdges(root: LineageNode): Array<{ parent: Document; child: Document }> {
  const out = new Map<string, { parent: Document; child: Document }>();
  const walk = (n: LineageNode): void => {
    for (const p of n.parents) {
      out.set(`${p.doc.id}\u0000${n.doc.id}`, { parent: p.doc, child: n.doc });
      walk(p);
    }
  };
  walk(root);
  return [...out.values()];
}

/**
 * The same title, or one that opens with the other: 76/19, which merged the two texts of 2020,
 * is titled "Progrès de l'informatique et des télécommunications et sécurité internationale, et
 * promotion du comportement responsable des États dans l'utilisation du numérique", and 77/36
 * went back to the title of 75/240.
 */
function sharesTitle(a: Document, b: Document): boolean {
  if (!a.title || !b.title) return false;
  const [x, y] = [textKey(a.title), textKey(b.title)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long === short || (long.startsWith(short) && /^[\s,;]/u.test(long.slice(short.length)));
}

function earlier(a: Document, b: Document): boolean {
  if (a.session !== null && b.session !== null && a.session !== b.session) return a.session < b.session;
  return a.date !== null && b.date !== null && a.date < b.date;
}

export function order(a: Document, b: Document): number {
  return (a.session ?? 0) - (b.session ?? 0) || (a.date ?? '').localeCompare(b.date ?? '') || (a.symbol ?? a.id).localeCompare(b.symbol ?? b.id, 'en', { numeric: true });
}

/** "2023" from the adoption date, else the session's first year (78 → 2023). */
export function yearOf(doc: Document): number | null {
  if (doc.date) return Number(doc.date.slice(0, 4));
  return doc.session !== null ? doc.session + 1945 : null;
}
