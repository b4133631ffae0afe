/**
 * The citation graph of the selected documents as GraphML (http://graphml.graphdrawing.org/),
 * which R (igraph::read_graph(format = "graphml")), Python (networkx.read_graphml) and Gephi
 * open. Nodes are the selected documents (their parts folded into them) and the symbols they
 * cite; a cited symbol that is a document of the corpus is that document's node. One directed
 * edge per (citing document, cited symbol), weighted by the number of citation rows (paragraphs
 * and footnotes that cite it).
 */
import type { DocumentFilter } from '../query/filters.js';
import { filterSql } from '../query/filters.js';
import type { Db } from '../store/store.js';
import type { Sink } from './sink.js';

/** Node and edge attributes, declared once as GraphML keys. */
const KEYS: readonly { id: string; for: 'node' | 'edge'; name: string; type: 'string' | 'int' }[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'node_type', for: 'node', name: 'node_type', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'document_id', for: 'node', name: 'document_id', type: 'string' },
  { id: 'title', for: 'node', name: 'title', type: 'string' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'int' },
  { id: 'edge_kind', for: 'edge', name: 'kind', type: 'string' },
];

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in an XML attribute or element; characters XML 1.0 forbids are dropped. */
function xml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

interface DocRow {
  id: string;
  symbol: string | null;
  kind: string;
  title: string | null;
}

interface EdgeRow {
  source: string;
  target: string;
  kind: string;
  n: number;
}

/** The graph's nodes and edges (pure data, in a stable order). */
export function citationGraph(db: Db, filter: DocumentFilter): { nodes: Map<string, Record<string, string | null>>; edges: EdgeRow[] } {
  const f = filterSql(filter, 'd');
  const docs = db.prepare(`SELECT d.id, d.symbol, d.kind, d.title FROM documents d
      WHERE d.parent_id IS NULL AND (${f.sql}) ORDER BY d.id`).all(...f.params) as DocRow[];
  const edges = db.prepare(`SELECT coalesce(d.parent_id, d.id) AS source, x.target, x.kind, count(*) AS n
      FROM citations x JOIN documents d ON d.id = x.document_id
      WHERE (${f.sql}) GROUP BY source, x.target, x.kind ORDER BY source, x.target, x.kind`).all(...f.params) as EdgeRow[];
  const nodes = new Map<string, Record<string, string | null>>();
  /** a document's node id: its symbol (what others cite), else its id */
  const nodeOf = new Map<string, string>();
  for (const d of docs) {
    const id = d.symbol ?? d.id;
    nodeOf.set(d.id, id);
    nodes.set(id, { label: d.symbol ?? d.id, node_type: 'document', kind: d.kind, document_id: d.id, title: d.title });
  }
  const inCorpus = db.prepare(`SELECT id, kind, title FROM documents WHERE symbol = ? AND parent_id IS NULL ORDER BY id LIMIT 1`);
  const out: EdgeRow[] = [];
  for (const e of edges) {
    const source = nodeOf.get(e.source);
    if (source === undefined) continue;
    if (!nodes.has(e.target)) {
      const stored = inCorpus.get(e.target) as { id: string; kind: string; title: string | null } | undefined;
      nodes.set(e.target, stored
        ? { label: e.target, node_type: 'document', kind: stored.kind, document_id: stored.id, title: stored.title }
        : { label: e.target, node_type: 'symbol', kind: e.kind, document_id: null, title: null });
    }
    out.push({ ...e, source });
  }
  return { nodes, edges: out };
}

/** Write the citation graph of the selected documents as GraphML. */
export async function writeGraphml(db: Db, sink: Sink, filter: DocumentFilter): Promise<{ nodes: number; edges: number }> {
  const { nodes, edges } = citationGraph(db, filter);
  await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    + 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  for (const k of KEYS) await sink.write(`  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`);
  await sink.write('  <graph id="citations" edgedefault="directed">\n');
  for (const [id, attrs] of nodes) {
    let line = `    <node id="${xml(id)}">`;
    for (const [key, value] of Object.entries(attrs)) if (value !== null) line += `<data key="${key}">${xml(value)}</data>`;
    await sink.write(`${line}</node>\n`);
  }
  let i = 0;
  for (const e of edges) {
    await sink.write(`    <edge id="e${i++}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.n}</data><data key="edge_kind">${xml(e.kind)}</data></edge>\n`);
  }
  await sink.write('  </graph>\n</graphml>\n');
  return { nodes: nodes.size, edges: edges.length };
}
