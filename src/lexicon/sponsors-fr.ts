/**
 * The phrases that introduce lists of sponsors in French UN documents (regex sources,
 * case-insensitive; the list follows the colon).
 *
 *  - draft resolution heading: "Azerbaïdjan, Bélarus, … et Zimbabwe : projet de résolution"
 *  - committee report: "… a déposé un projet de résolution intitulé « … » (A/C.1/75/L.4) au nom
 *    des pays suivants : …. Par la suite, les pays suivants se sont joints aux auteurs du projet
 *    de résolution : …"
 */
import type { SponsorRole } from '../types.js';

/** The end of a draft's heading: the sponsor list stands before it. */
export const DRAFT_HEADING_TAIL = '\\s*:\\s*projet\\s+de\\s+(?:r[ée]solution|d[ée]cision)(?:\\s+r[ée]vis[ée]e?)?\\s*\\.?$';

/** Phrases after which a list of sponsors follows, with the role they give. */
export const SPONSOR_LIST_PHRASES: readonly (readonly [source: string, role: SponsorRole])[] = [
  ['au\\s+nom\\s+des\\s+(?:pays|[ée]tats(?:\\s+membres)?|d[ée]l[ée]gations)\\s+suivant(?:e)?s', 'sponsor'],
  ['(?:se\\s+sont|s[\'’]\\s?est)\\s+joint(?:e)?s?\\s+aux\\s+auteurs(?:\\s+du\\s+projet\\s+de\\s+(?:r[ée]solution|d[ée]cision)(?:\\s+r[ée]vis[ée]e?)?)?', 'additional'],
  ['(?:se\\s+sont|s[\'’]\\s?est)\\s+port[ée]e?s?\\s+coauteurs?(?:\\s+du\\s+projet\\s+de\\s+(?:r[ée]solution|d[ée]cision))?', 'additional'],
];

export function draftHeadingPattern(): RegExp {
  return new RegExp(`^(.+?)${DRAFT_HEADING_TAIL}`, 'isu');
}

/** Regex of the phrases; capture group i+1 matches SPONSOR_LIST_PHRASES[i]. */
export function sponsorPhrasePattern(): RegExp {
  return new RegExp(SPONSOR_LIST_PHRASES.map(([s]) => `(${s})\\s*:`).join('|'), 'giu');
}
