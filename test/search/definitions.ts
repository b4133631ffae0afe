/**
 * The concordance's context cut as docs/search.md defines it, written plainly: the oracle of
 * identical.test.ts and phrase-match.test.ts (src/query/kwic.ts reads only the text next to a
 * match, issue 19). `left` and `right` are the whole flattened text before and after the match.
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
