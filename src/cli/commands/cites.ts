import type { RegisterCommand } from '../command.js';
import { collect, withOutputOptions } from '../command.js';
import type { Column } from '../../format/output.js';
import type { Citation, CitationKind, Document } from '../../types.js';
import { CITATION_KINDS } from '../../types.js';
import { UsageError } from '../../errors.js';
import { withParts } from '../../walk.js';

interface CitesRow {
  /** the citing document or part */
  id: string;
  symbol: string | null;
  c: Citation;
  /** the stored document that carries the cited symbol, if any */
  found: string | null;
  path: string;
  line: number | null;
}

/** `cybercorpus cites REF`: what a document (and its parts) cites. */
export const registerCites: RegisterCommand = (program, ctx, setExitCode) => {
  withOutputOptions(program.command('cites')
    .argument('<ref>', 'document: id, symbol, 78/237, or a file path (parsed on the fly if not in the corpus)')
    .option('--kind <kind>', `only citations of this kind (${CITATION_KINDS.join(', ')}); comma-separated or repeated: any`, collect)
    .description('list what a document cites: resolutions, decisions, documents, meeting records'))
    .action(async (ref: string, opts: { kind?: string[]; json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords, notice } = await import('../../format/output.js');
      const format = outputFormat(opts);
      const { loadRef } = await import('../load.js');
      const { doc, note } = await loadRef(ctx, ref);
      if (note) notice(note);
      const { documentsBySymbol } = await import('../../store/queries-extract.js');
      const kinds = citationKinds(opts.kind);
      const rows = citesRows(doc).filter((r) => kinds === null || kinds.has(r.c.kind));
      const found = documentsBySymbol(await ctx.open(), rows.map((r) => r.c.target));
      for (const r of rows) r.found = found.get(r.c.target) ?? null;
      const columns: Column<CitesRow>[] = [
        { key: 'id', get: (r) => r.id },
        { key: 'symbol', get: (r) => r.symbol },
        { key: 'target', get: (r) => r.c.target },
        { key: 'kind', get: (r) => r.c.kind },
        { key: 'asWritten', get: (r) => r.c.asWritten },
        { key: 'paragraph', get: (r) => r.c.paragraph },
        { key: 'footnote', get: (r) => r.c.footnote ?? null },
        { key: 'date', get: (r) => r.c.date },
        // where it stands in its footnote's (if any) or paragraph's text (issue 15)
        { key: 'span_start', get: (r) => r.c.spanStart ?? null },
        { key: 'span_end', get: (r) => r.c.spanEnd ?? null },
        { key: 'found', get: (r) => r.found },
        ...(format === 'json' || format === 'jsonl'
          ? [{ key: 'source', get: (r: CitesRow) => ({ path: r.path, line: r.line }) }]
          : [{ key: 'path', get: (r: CitesRow) => r.path }, { key: 'line', get: (r: CitesRow) => r.line }]),
      ];
      const n = writeRecords(format, rows, columns, renderCites);
      if (n === 0) setExitCode(1);
    });
};

function citesRows(doc: Document): CitesRow[] {
  return withParts(doc).flatMap((d) => {
    const lines = new Map(d.paragraphs.map((p) => [p.n, p.line]));
    return d.citations.map((c) => ({ id: d.id, symbol: d.symbol, c, found: null, path: d.source_path, line: c.paragraph === null ? null : (lines.get(c.paragraph) ?? null) }));
  });
}

/** `A/75/394 ¶4 note 1  A/C.1/75/PV.2  meeting-record` (+ date, + where it is in the corpus). */
function renderCites(r: CitesRow): string {
  const where = `${r.symbol ?? r.id} ¶${r.c.paragraph ?? '–'}${r.c.footnote ? ` note ${r.c.footnote}` : ''}`;
  const extra = [r.c.date, r.found ? `in corpus: ${r.found}` : null].filter(Boolean).join('  ');
  return `${where.padEnd(28)}  ${r.c.target.padEnd(22)}  ${r.c.kind}${extra ? `  ${extra}` : ''}`;
}

/** The kinds asked for with --kind (repeated or comma-separated), or null for all; an unknown kind is an error. */
function citationKinds(values: string[] | undefined): Set<CitationKind> | null {
  if (!values || values.length === 0) return null;
  const out = new Set<CitationKind>();
  for (const v of values.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean)) {
    const kind = CITATION_KINDS.find((k) => k === v);
    if (!kind) throw new UsageError(`unknown citation kind '${v}'; kinds: ${CITATION_KINDS.join(', ')}`);
    out.add(kind);
  }
  return out;
}
