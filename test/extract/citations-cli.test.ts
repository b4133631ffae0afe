/**
 * cites --kind, cited-by in every symbol form, export --graph graphml: the real CLI on the two
 * fixtures of test/fixtures/citations/, made of sentences of real resolutions of the dev folder
 * (A/RES/99/2: A_RES_75_172 for 2625 (XXV), A_RES_75_48 for the Security Council list,
 * A_RES_75_170 for the Human Rights Council, A_RES_76_10 for ES-10/15 and A/ES‑10/794 with
 * U+2011, A_RES_75_1 for 217 A (III), A_RES_79_1 for "CBD/COP/15/17, décision 15/4",
 * A_RES_79_88 for décision 60/522; A/RES/99/3 cites A/RES/99/2 twice and 2625 (XXV)).
 * Expected values read in the fixtures.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithDb } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';

interface CitesJson { document_id: string; target: string; kind: string; paragraph_n: number | null; footnote: string | null }

describe('citations on the command line', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', join(FIXTURES, 'citations')]).code).toBe(0));
  afterAll(() => cli.cleanup());

  const citedBy = (ref: string): string[] => {
    const r = cli.run(['cited-by', ref, '--json']);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as CitesJson[]).map((x) => `${x.document_id} ${x.target}`);
  };

  it.each([
    ['2625 (XXV)', ['A/RES/99/2 A/RES/2625(XXV)', 'A/RES/99/3 A/RES/2625(XXV)']],
    ['A/RES/2625(XXV)', ['A/RES/99/2 A/RES/2625(XXV)', 'A/RES/99/3 A/RES/2625(XXV)']],
    ['S/RES/2334(2016)', null],
    ['S/RES/2117(2013)', ['A/RES/99/2 S/RES/2117(2013)']],
    ['2117 (2013)', ['A/RES/99/2 S/RES/2117(2013)']],
    ['ES-10/15', ['A/RES/99/2 A/RES/ES-10/15']],
    ['A/ES\u201110/794', ['A/RES/99/2 A/ES-10/794']],
    ['A/HRC/RES/43/1', ['A/RES/99/2 A/HRC/RES/43/1']],
    // the whole resolution finds the part the text cites: 217 A (III)
    ['217 (III)', ['A/RES/99/2 A/RES/217A(III)']],
    ['217 A (III)', ['A/RES/99/2 A/RES/217A(III)']],
    ['décision 60/522'.replace('décision ', 'A/DEC/'), ['A/RES/99/2 A/DEC/60/522']],
    ['99/2', ['A/RES/99/3 A/RES/99/2', 'A/RES/99/3 A/RES/99/2']],
  ] as const)('cited-by %s', (ref, expected) => {
    if (expected === null) {
      const r = cli.run(['cited-by', ref, '--json']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toEqual([]);
    } else {
      expect(citedBy(ref)).toEqual(expected);
    }
  });

  it('the decision of another body after its document is no citation', () => {
    const r = cli.run(['cited-by', 'A/DEC/15/4', '--json']);
    expect(r.code).toBe(1);
  });

  it('cites --kind keeps the kinds asked for, repeated or comma-separated; an unknown kind is a usage error', () => {
    const rows = JSON.parse(cli.run(['cites', 'A/RES/99/2', '--kind', 'hrc-resolution,decision', '--kind', 'security-council-resolution', '--json']).stdout) as CitesJson[];
    expect(rows.map((r) => [r.target, r.kind])).toEqual([
      ['S/RES/2106(2013)', 'security-council-resolution'],
      ['S/RES/2117(2013)', 'security-council-resolution'],
      ['S/RES/2122(2013)', 'security-council-resolution'],
      ['S/RES/2220(2015)', 'security-council-resolution'],
      ['A/HRC/RES/43/1', 'hrc-resolution'],
      ['A/DEC/60/522', 'decision'],
    ]);
    expect(cli.run(['cites', 'A/RES/99/3', '--kind', 'draft']).code).toBe(1);
    const bad = cli.run(['cites', 'A/RES/99/2', '--kind', 'treaty']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cybercorpus: unknown citation kind 'treaty'; kinds: resolution, decision, /);
  });

  it('export --table citations carries the kind', () => {
    const rows = cli.run(['export', '--table', 'citations', '--jsonl', '--columns', 'document_id,target,kind', '--doc', 'A/RES/99/2']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(rows.find((r) => r.target === 'A/HRC/RES/43/1')?.kind).toBe('hrc-resolution');
    expect(rows.find((r) => r.target === 'A/ES-10/794')?.kind).toBe('document');
    expect(rows).toHaveLength(12);
  });

  it('export --graph graphml is valid GraphML that a real XML parser reads: documents, cited symbols, weighted edges', () => {
    const r = cli.run(['export', '--graph', 'graphml']);
    expect(r.code, r.stderr).toBe(0);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name: string, _path: unknown, _leaf: unknown, attribute: boolean) => !attribute && ['key', 'node', 'edge', 'data'].includes(name) }).parse(r.stdout) as {
      graphml: { key: { id: string; for: string; 'attr.name': string; 'attr.type': string }[]; graph: { edgedefault: string; node: { id: string; data: { key: string; '#text': string }[] }[]; edge: { source: string; target: string; data: { key: string; '#text': string | number }[] }[] } };
    };
    const g = parsed.graphml.graph;
    expect(g.edgedefault).toBe('directed');
    const nodes = new Map(g.node.map((n) => [n.id, Object.fromEntries(n.data.map((d) => [d.key, String(d['#text'])]))]));
    // 2 documents + 12 distinct targets of 99/2 (99/3 adds only 99/2 itself, a document node)
    expect(nodes.size).toBe(14);
    expect(nodes.get('A/RES/99/2')).toMatchObject({ node_type: 'document', kind: 'resolution', document_id: 'A/RES/99/2' });
    expect(nodes.get('S/RES/2334(2016)')).toBeUndefined();
    expect(nodes.get('S/RES/2117(2013)')).toMatchObject({ node_type: 'symbol', kind: 'security-council-resolution' });
    const weight = (s: string, t: string): number | undefined => {
      const e = g.edge.find((x) => x.source === s && x.target === t);
      return e ? Number(e.data.find((d) => d.key === 'weight')?.['#text']) : undefined;
    };
    expect(weight('A/RES/99/3', 'A/RES/99/2')).toBe(2);
    expect(weight('A/RES/99/3', 'A/RES/2625(XXV)')).toBe(1);
    expect(weight('A/RES/99/2', 'A/RES/2625(XXV)')).toBe(1);
    expect(g.edge).toHaveLength(14);
    expect(parsed.graphml.key.find((k) => k.id === 'weight')).toMatchObject({ for: 'edge', 'attr.type': 'int' });
  });

  it('export --graph with a table, a format or an unknown graph format is a usage error', () => {
    expect(cli.run(['export', '--graph', 'gexf']).stderr.trim()).toBe("cybercorpus: unknown graph format 'gexf'; the one format is graphml");
    expect(cli.run(['export', '--graph', 'graphml', '--csv']).code).toBe(2);
  });
});

/**
 * A resolution's aliases are the drafts it was adopted from; when the draft was printed in a
 * report (78/100: the Special Committee's report A/78/23), the resolution cites that report in a
 * footnote, and the citation is kept. Only the document's own symbol (its running header in PDF
 * text) is no citation. Fixture: test/fixtures/akn/minimal.xml with the workflow's draft step
 * `as="A/99/23"` and footnote 1 citing A/99/23.
 */
describe('a citation of the report that holds the draft', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', join(FIXTURES, 'citations-self', 'draft-in-report.xml')]).code).toBe(0));
  afterAll(() => cli.cleanup());

  it('is kept, with its footnote', () => {
    const show = JSON.parse(cli.run(['show', '99/1', '--json']).stdout) as { aliases: string[] };
    expect(show.aliases).toEqual(['A/99/23']);
    const r = cli.run(['cites', '99/1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    // "Documents officiels …, Supplément no 23 (A/99/23)": a supplement that holds a body's report
    expect((JSON.parse(r.stdout) as CitesJson[]).map((c) => [c.target, c.kind, c.footnote])).toContainEqual(['A/99/23', 'report', '1']);
  });
});
