import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';
import type { Column } from '../../format/output.js';
import type { CitingRow } from '../../store/queries-extract.js';

/** `cybercorpus cited-by SYMBOL`: which paragraphs of which documents cite a text. */
export const registerCitedBy: RegisterCommand = (program, ctx, setExitCode) => {
  withOutputOptions(program.command('cited-by')
    .argument('<symbol>', 'what is cited: a symbol (A/78/265, A/RES/75/240), the short form 75/240, or a document of the corpus')
    .option('--linked', 'also the symbols linked to it in the corpus (the draft a resolution came from, and back)')
    .description('list the paragraphs that cite a resolution, decision or document'))
    .action(async (ref: string, opts: { linked?: boolean; json?: boolean; jsonl?: boolean; csv?: boolean; tsv?: boolean }) => {
      const { outputFormat, writeRecords } = await import('../../format/output.js');
      const format = outputFormat(opts);
      const db = await ctx.open();
      const { citationTargets } = await import('../../store/queries-extract.js');
      const targets = citationTargets(db, ref, { linked: opts.linked === true });
      const { citedBy } = await import('../../store/queries-extract.js');
      const rows = citedBy(db, targets);
      const columns: Column<CitingRow>[] = [
        { key: 'id', get: (r) => r.id },
        { key: 'symbol', get: (r) => r.symbol },
        { key: 'paragraph', get: (r) => r.paragraph },
        { key: 'footnote', get: (r) => r.footnote },
        { key: 'target', get: (r) => r.target },
        { key: 'kind', get: (r) => r.kind },
        { key: 'asWritten', get: (r) => r.asWritten },
        { key: 'date', get: (r) => r.date },
        { key: 'span_start', get: (r) => r.spanStart },
        { key: 'span_end', get: (r) => r.spanEnd },
        { key: 'text', get: (r) => r.text },
        ...(format === 'json' || format === 'jsonl'
          ? [{ key: 'source', get: (r: CitingRow) => r.source }]
          : [{ key: 'path', get: (r: CitingRow) => r.source.path }, { key: 'line', get: (r: CitingRow) => r.source.line }]),
      ];
      const n = writeRecords(format, rows, format === 'text' ? TEXT_COLUMNS : columns);
      if (n === 0) setExitCode(1);
    });
};

/**
 * The human view: a table with a header row, fitted to the terminal; the text column starts a
 * little before the citation (`…ses résolutions 36/103 du 9 décembre 1981…`) and is cut at the
 * terminal's edge.
 */
const TEXT_COLUMNS: Column<CitingRow>[] = [
  { key: 'document', get: (r) => r.symbol ?? r.id },
  { key: '¶', get: (r) => (r.paragraph ?? '') + (r.footnote ? ` note ${r.footnote}` : '') },
  { key: 'line', get: (r) => r.source.line },
  { key: 'as written', get: (r) => r.asWritten },
  { key: 'text', get: (r) => around(r) },
];

/**
 * `text` from a little before the citation (…), so that it shows on a narrow terminal. The span
 * places it in the paragraph's text; a footnote's span is in the footnote's, so there the
 * as-written text is looked up.
 */
function around(r: CitingRow): string {
  const text = r.text ?? '';
  const inText = r.footnote === null && r.spanStart !== null ? r.spanStart : text.indexOf(r.asWritten);
  const at = Math.max(0, inText - 30);
  return (at > 0 ? '…' : '') + text.slice(at);
}
