/**
 * Where a markdown text can be cut so that remark parses the pieces exactly as it parses the
 * whole: the markdown front-end feeds remark long documents piece by piece. remark slows down on
 * long inputs (on seed 003, 330 kB: 3.7 MB/s whole, 7 MB/s in pieces of ~80 kB; its trees are
 * also large, and a piece's tree is dropped as soon as it is walked), so pieces make `add` faster
 * and its memory flatter.
 *
 * A cut is safe (CommonMark, as micromark implements it) at the start of a line when:
 *  - the line before is blank: it closes every paragraph, so nothing continues lazily and no
 *    setext underline can attach to text above;
 *  - the line starts in column 0 with a character that is not a list marker: it cannot continue
 *    a list item or indented code (both need indentation), nor join an earlier list (a marker
 *    after a blank line would continue that list and make it loose).
 * Constructs that run over blank lines or reach across the document make the text be parsed
 * whole: fenced code, the HTML blocks that end only at their end condition (`<pre>`,
 * `<script>`, `<style>`, `<textarea>`, comments, processing instructions, declarations, CDATA)
 * and link reference definitions (`[label]: url`, any `]:`). UN pages converted to markdown
 * have none of them.
 *
 * test/frontends/markdown-pieces.test.ts checks on every seed, fixture and rendered AKN text,
 * and on generated markdown, that the pieces give the same tree as the whole.
 */

/** A piece of the text: [start, end) and the line number of its first line. */
export interface Piece {
  start: number;
  end: number;
  line: number;
}

/**
 * Pieces are cut at the first safe line after this many characters. Smaller pieces mean
 * shorter-lived parse trees: at 12,000 rather than 32,000, `add` of the x200 bench corpus peaked
 * ~15 MB lower and ran no slower (from 4,000 to 12,000 it made no difference).
 */
export const PIECE_SIZE = 12_000;

/** `- `, `* `, `+ `, `1. `, `12) ` (or the marker alone on its line) */
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t\n]|$)/;
/** a code fence, or an HTML block that blank lines do not end, at the start of a line */
const UNCUTTABLE = /^[ \t]*(?:`{3}|~{3}|<(?:script|pre|style|textarea)(?:[ \t>]|$)|<[!?])/im;

/** The pieces of `text`, in order, covering it exactly (one piece when no cut is safe). */
export function markdownPieces(text: string, size = PIECE_SIZE): Piece[] {
  if (text.length <= size || text.includes(']:') || UNCUTTABLE.test(text)) return [{ start: 0, end: text.length, line: 1 }];
  const pieces: Piece[] = [];
  let start = 0;
  let startLine = 1;
  let previousBlank = false;
  let lineNo = 0;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl + 1;
    lineNo++;
    const first = text[at];
    const blank = isBlank(text, at, nl < 0 ? text.length : nl);
    if (previousBlank && !blank && at - start >= size && first !== ' ' && first !== '\t'
      && !LIST_MARKER.test(text.slice(at, Math.min(end, at + 12)))) {
      pieces.push({ start, end: at, line: startLine });
      start = at;
      startLine = lineNo;
    }
    previousBlank = blank;
    at = end;
  }
  pieces.push({ start, end: text.length, line: startLine });
  return pieces;
}

/** Only spaces and tabs in text[from, to). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text[k] !== ' ' && text[k] !== '\t') return false;
  return true;
}
