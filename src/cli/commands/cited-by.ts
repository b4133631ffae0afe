import type { RegisterCommand } from '../command.js';
import { withOutputOptions } from '../command.js';
import type { Column } from '../../format/output.js';
import type { CitingRow } from '../../query/citations.js';
import { utf16Index } from '../../text/offsets.js';

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
      const { citationTargets } = await import('../../query/citations.js');
      const targets = citationTargets(db, ref, { linked: opts.linked === true });
      const { citedBy } = await import('../../query/citations.js');
      const rows = citedBy(db, targets);
      const { CITING_ROW_KEYS } = await import('../../query/citations.js');
      const columns: Column<CitingRow>[] = CITING_ROW_KEYS.map((key) => ({ key, get: (r) => r[key] }));
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
  { key: 'document', get: (r) => r.symbol ?? r.document_id },
  { key: '¶', get: (r) => (r.paragraph_n ?? '') + (r.footnote ? ` note ${r.footnote}` : '') },
  { key: 'line', get: (r) => r.line },
  { key: 'as written', get: (r) => r.as_written },
  { key: 'text', get: (r) => around(r) },
];

/**
 * `text` from a little before the citation (…), so that it shows on a narrow terminal. The span
 * places it in the paragraph's text (in code points, as SQLite counts); a footnote's span is in
 * the footnote's, so there the as-written text is looked up.
 */
function around(r: CitingRow): string {
  const text = r.text ?? '';
  const inText = r.footnote === null && r.span_start !== null ? utf16Index(text, r.span_start) : text.indexOf(r.as_written);
  const at = Math.max(0, inText - 30);
  return (at > 0 ? '…' : '') + text.slice(at);
}
