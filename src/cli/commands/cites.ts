import type { RegisterCommand } from '../command.js';
import { collect, withOutputOptions } from '../command.js';
import type { Column } from '../../format/output.js';
import type { CitationKind } from '../../types.js';
import { CITATION_KINDS } from '../../types.js';
import { UsageError } from '../../errors.js';
import type { CitationRow } from '../../query/citations.js';

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
      const { citationsOf, CITATION_ROW_KEYS } = await import('../../query/citations.js');
      const rows = citationsOf(await ctx.open(), doc, citationKinds(opts.kind));
      const columns: Column<CitationRow>[] = CITATION_ROW_KEYS.map((key) => ({ key, get: (r) => r[key] }));
      const n = writeRecords(format, rows, columns, renderCites);
      if (n === 0) setExitCode(1);
    });
};

/** `A/75/394 ¶4 note 1  A/C.1/75/PV.2  meeting-record` (+ date, + where it is in the corpus). */
function renderCites(r: CitationRow): string {
  const where = `${r.symbol ?? r.document_id} ¶${r.paragraph_n ?? '–'}${r.footnote ? ` note ${r.footnote}` : ''}`;
  const extra = [r.date, r.target_document_id ? `in corpus: ${r.target_document_id}` : null].filter(Boolean).join('  ');
  return `${where.padEnd(28)}  ${r.target.padEnd(22)}  ${r.kind}${extra ? `  ${extra}` : ''}`;
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
