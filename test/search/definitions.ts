/**
 * Definitions written plainly, the oracles of identical.test.ts and phrase-match.test.ts
 * (src/query/kwic.ts reads only the text next to a match, issue 19).
 */
import { mark, Words, type Span } from '../../src/query/kwic.js';

/**
 * The concordance's context cut as docs/search.md defines it. `left` and `right` are the whole
 * flattened text before and after the match.
 */
export function cutContext(left: string, right: string, window: number): { left: string; right: string } {
  if (left.length > window) {
    const cut = left.slice(left.length - window);
    const sp = cut.indexOf(' ');
    left = '…' + (sp >= 0 && sp < window / 2 ? cut.slice(sp + 1) : cut.slice(1));
  }
  if (right.length > window) {
    const cut = right.slice(0, window);
    const sp = cut.lastIndexOf(' ');
    right = (sp > window / 2 ? cut.slice(0, sp) : cut.slice(0, -1)) + '…';
  }
  return { left, right };
}

/** A hit's snippet, on the words of the whole text (what snippetOf did before issue 19). */
export function wholeSnippet(text: string, spans: Span[], open: string, close: string, size: number): string {
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  const ws = new Words(text);
  if (ws.length <= size) return flat(mark(text, spans, open, close));
  const first = spans[0] ? ws.starts.findIndex((start) => start >= spans[0]!.start) : 0;
  let a = Math.max(0, first - Math.floor(size / 4));
  const b = Math.min(ws.length, a + size);
  a = Math.max(0, b - size);
  let to = b >= ws.length ? text.length : ws.ends[b - 1]!;
  for (const s of spans) if (s.start < to && s.end > to) to = s.end;
  if (to < text.length) to += /^[^\s\p{L}\p{N}]*/u.exec(text.slice(to, to + 8))![0].length;
  const from = a === 0 ? 0 : ws.starts[a]!;
  return flat(`${a > 0 ? '…' : ''}${mark(text, spans, open, close, from, to).trim()}${to < text.length ? '…' : ''}`);
}
