import { InputError } from '../errors.js';
import type { SourceFormat } from '../types.js';

/**
 * Decide the format from the content, never from the file name.
 *  - Akoma Ntoso: an XML document whose root is <akomaNtoso>.
 *  - Markdown: markdown syntax that PDF extraction never produces (ATX headings, *emphasis*
 *    lead phrases, [links](#), <sup> markers, **bold**).
 *  - PDF text: everything else.
 */
export function detectFormat(text: string, where?: string): SourceFormat {
  const head = text.slice(0, 4096).trimStart();
  // `<akomaNtoso/>`, self-closed, is Akoma Ntoso too (with no document in it: an error of the
  // AKN front-end); it was read as PDF text and stored (issue 18, item 18)
  if (head.startsWith('<?xml') || /^<[A-Za-z][\w:.-]*[\s/>]/.test(head)) {
    if (/<(?:[\w-]+:)?akomaNtoso[\s/>]/.test(text.slice(0, 20000))) return 'akn';
    if (!/^<(?:html|!doctype|sup|br|div|p)\b/i.test(head)) throw new InputError('XML that is not Akoma Ntoso; cybercorpus reads AKN, markdown and PDF text', where);
  }
  const sample = text.slice(0, 200_000);
  let score = 0;
  if (/^#{1,6} \S/m.test(sample)) score += 2;
  if (/<sup>[^<]{1,6}<\/sup>/.test(sample)) score += 2;
  if (/\]\((#|https?:[^)]*)\)/.test(sample)) score += 2;
  if (/^\*[^*\n]{2,60}\* /m.test(sample)) score += 1;
  if (/^\*\*[^*\n]+\*\*/m.test(sample)) score += 1;
  return score >= 2 ? 'markdown' : 'pdf-text';
}
