/**
 * The phrases of a recorded vote as French UN reports print them:
 *
 *   « … la Commission a adopté le projet de résolution A/C.1/75/L.4 par 153 voix contre 11,
 *     avec 9 abstentions (…). Les voix se sont réparties comme suit :
 *       Ont voté pour : …   Ont voté contre : …   Se sont abstenus : … »
 *
 * Data (labels, tally phrases, subject phrases) and small builders returning RegExps.
 */
import type { VoteValue } from '../types.js';
import { monthAlternatives } from './months.js';

/** The labels that open each list of a recorded vote (regex sources, case-insensitive). */
export const VOTE_LIST_LABELS: readonly (readonly [source: string, vote: VoteValue])[] = [
  ['(?:ont|a)\\s+vot[ée]\\s+pour', 'yes'],
  ['(?:ont|a)\\s+vot[ée]\\s+contre', 'no'],
  ['(?:se\\s+sont\\s+abstenu(?:e)?s|s[\'’]\\s?est\\s+abstenu(?:e)?)', 'abstain'],
  // English, for reports read in the original
  ['in\\s+favour', 'yes'],
  ['against', 'no'],
  ['abstaining', 'abstain'],
];

/** Number words that may stand for a count in a tally ("contre zéro", "avec une abstention"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['zéro', 0],
  ['aucune', 0],
  ['un', 1],
  ['une', 1],
  ['deux', 2],
  ['trois', 3],
]);

const COUNT = `(\\d+|${[...NUMBER_WORDS.keys()].join('|')})`;

/**
 * Regex of a stated tally: "par 153 voix contre 11, avec 9 abstentions",
 * "par 57 voix contre 31 et 63 abstentions", "par 150 voix contre zéro, sans abstention".
 * Groups: 1 yes, 2 no, 3 abstain (undefined when "sans abstention").
 */
export function tallyPattern(): RegExp {
  return new RegExp(
    `par\\s+${COUNT}\\s+voix\\s+contre\\s+${COUNT}\\s*,?\\s*(?:(?:avec|et)\\s+${COUNT}\\s+abstentions?|sans\\s+abstention)`,
    'iu',
  );
}

/** Regex of a vote-list label followed by its colon; group i+1 matches VOTE_LIST_LABELS[i]. */
export function voteLabelPattern(): RegExp {
  const alts = VOTE_LIST_LABELS.map(([s]) => `(?<![\\p{L}])(${s})\\s*:`);
  return new RegExp(alts.join('|'), 'giu');
}

/** Phrases that announce a recorded vote without a tally in the same sentence. */
export const RECORDED_VOTE_PHRASES: readonly string[] = ['vote enregistr[ée]', 'les voix se sont r[ée]parties'];

/**
 * How the subject of the vote is stated before the tally (regex sources; group 1 = subject):
 *  - "la Commission a adopté le projet de résolution A/C.1/75/L.4 par 153 voix …"
 *  - "la motion visant à … a été adoptée par 57 voix …"
 *  - "le dixième alinéa a été conservé par 108 voix …"
 */
export const SUBJECT_PATTERNS: readonly string[] = [
  '(?<![\\p{L}])(?:a|ont)\\s+(?:adopt[ée]|rejet[ée]|approuv[ée]|maintenu|conserv[ée])\\s+(.+?)\\s+par\\s+\\S+\\s+voix',
  '(?:^|[,;:]\\s*|\\b(?:et|puis)\\s+)((?:le|la|les|l[\'’])\\s*.+?)\\s+(?:a|ont)\\s+[ée]t[ée]\\s+(?:adopt|rejet|conserv|maintenu|approuv)\\S*(?:\\s+dans\\s+son\\s+ensemble)?\\s+par\\s+\\S+\\s+voix',
];

export function subjectPatterns(): RegExp[] {
  return SUBJECT_PATTERNS.map((s) => new RegExp(s, 'iu'));
}

/** Articles stripped from the start of a stated subject. */
export const SUBJECT_ARTICLE = /^(?:le|la|les|l['’])\s*/iu;

/** The Main Committees of the General Assembly as French reports name them → their symbol part. */
export const MAIN_COMMITTEES: readonly (readonly [source: string, body: string])[] = [
  ['premi[èe]re\\s+commission', 'C.1'],
  ['deuxi[èe]me\\s+commission', 'C.2'],
  ['troisi[èe]me\\s+commission', 'C.3'],
  ['quatri[èe]me\\s+commission', 'C.4'],
  ['cinqui[èe]me\\s+commission', 'C.5'],
  ['sixi[èe]me\\s+commission', 'C.6'],
];

/** The first Main Committee a text names ("… renvoyer à la Première Commission" → "C.1"), or null. */
const MAIN_COMMITTEE_RES = MAIN_COMMITTEES.map(([source, body]) => [new RegExp(source, 'iu'), body] as const);

export function committeeNamed(text: string): string | null {
  let best: { index: number; body: string } | null = null;
  for (const [re, body] of MAIN_COMMITTEE_RES) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.index)) best = { index: m.index, body };
  }
  return best?.body ?? null;
}

/**
 * The meeting at which the votes were taken: "À sa 14e séance, le 9 novembre" (year optional).
 * Groups: 1 day, 2 month, 3 year. "À la même séance" keeps the meeting before.
 */
export function meetingDatePattern(): RegExp {
  return new RegExp(
    `s[ée]ance[^.;:]{0,40}?,?\\s+le\\s+(\\d{1,2}(?:\\s?(?:er|re))?|premier)\\s+(${monthAlternatives()})(?:\\s+(\\d{4}))?`,
    'iu',
  );
}
