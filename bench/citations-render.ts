// The markdown and PDF-text renderings of an AKN file, from the structure accuracy harness
// (bench/accuracy/, issue 14): bench/citations.mjs bundles this entry with esbuild, as
// bench/accuracy/run.mjs does, so both measurements read the very same renderings.
export { readPage } from './accuracy/page.js';
export { renderMarkdown, renderPdf } from './accuracy/render.js';
