/**
 * Recorded votes in committee reports (004):
 *
 *   « À l'issue d'un vote enregistré, le dixième alinéa a été conservé par 108 voix contre 49,
 *     avec 11 abstentions. Les voix se sont réparties comme suit : »
 *   « Ont voté pour : … »  « Ont voté contre : … »  « Se sont abstenus : … »
 *
 * One pass over the paragraphs in reading order. A tally opens a vote (stated counts, subject,
 * target = the draft symbol named in the subject, or before it in the paragraph, or in an
 * earlier paragraph); each label opens a list; a paragraph without a label continues the open
 * list when it is a list of State names (a list broken by a page), otherwise closes the vote.
 * The lists are split and resolved when complete, so a name broken across paragraphs is
 * re-joined. Counted ≠ stated is a "vote-tally-mismatch" warning; nothing is corrected.
 * The footnotes referenced from the vote's paragraphs are kept as its notes.
 */
import { countryListEnd } from '../lexicon/countries.js';
import { documentSymbolPattern, normaliseSymbol, symbolKind } from '../lexicon/symbols.js';
import {
  NUMBER_WORDS,
  meetingDatePattern,
  SUBJECT_ARTICLE,
  VOTE_LIST_LABELS,
  subjectPatterns,
  tallyPattern,
  voteLabelPattern,
} from '../lexicon/votes-fr.js';
import { dayNumber, frenchMonth, isoDate, sessionYear } from '../lexicon/months.js';
import { clean } from '../text/fold.js';
import type { Tally, Vote, VoteValue, Warning } from '../types.js';
import { resolveList, resolvedShare } from './names.js';

export interface VotingParagraph {
  n: number;
  text: string;
  /** markers of the footnotes referenced from the paragraph */
  footnotes: readonly string[];
}

export interface VotingFootnote {
  marker: string;
  text: string;
}

export interface VoteOptions {
  /** the organ that voted ("C.1" for a First Committee report) */
  body?: string | null;
  /** the session of the General Assembly: gives the year of a meeting dated "le 9 novembre" */
  session?: number | null;
}

export interface VoteResult {
  votes: Vote[];
  warnings: Warning[];
}

const TALLY_RE = tallyPattern();
const MEETING_RE = meetingDatePattern();
const SUBJECT_RES = subjectPatterns();
const LABEL_RE = voteLabelPattern();
const SYMBOL_RE = new RegExp(documentSymbolPattern(), 'g');

/** A paragraph that starts a new numbered paragraph or section: an open list ends before it. */
const NEW_PARAGRAPH = /^\s*(?:\d{1,3}\.|[a-z]\)|[A-Z]\.|[IVXL]+\.)\s/;
/** Most paragraphs an unfinished list waits over (page furniture left in by a front-end). */
const MAX_INTERRUPTION = 40;

/** Least share of known names for an unlabelled paragraph to continue an open list. */
const MIN_CONTINUATION_SHARE = 0.5;

function count(word: string | undefined): number {
  if (word === undefined) return 0;
  const n = Number(word);
  return Number.isInteger(n) ? n : (NUMBER_WORDS.get(word.toLowerCase()) ?? 0);
}

/** The stated tally in a text, with its offset. */
export function statedTally(text: string): { tally: Tally; index: number } | null {
  const m = TALLY_RE.exec(text);
  if (!m) return null;
  return { tally: { yes: count(m[1]), no: count(m[2]), abstain: count(m[3]) }, index: m.index };
}

function draftSymbolsIn(text: string): string[] {
  const out: string[] = [];
  // every symbol has a slash: most texts are decided without running the symbol pattern (issue 14: add no slower)
  if (!text.includes('/')) return out;
  for (const m of text.matchAll(SYMBOL_RE)) {
    const s = normaliseSymbol(m[0]);
    if (s && symbolKind(s) === 'draft') out.push(s);
  }
  return out;
}

/** A meeting named in a text: its date when the year is known (stated, or inferred). */
export interface MeetingMention {
  date: string | null;
  year: number | null;
  month: number;
}

/**
 * The meeting a text names ("À sa 14e séance, le 9 novembre"), or null when it names none.
 * The year is the one printed, else the session's (`sessionYear`), else the year of the last
 * meeting named before (`previous`): the same, or the next one if the month comes earlier.
 */
export function meetingDate(text: string, session: number | null | undefined, previous: MeetingMention | null = null): MeetingMention | null {
  const m = MEETING_RE.exec(text);
  const month = m ? frenchMonth(m[2] ?? '') : null;
  if (!m || month === null) return null;
  let year: number | null = null;
  if (m[3]) year = Number(m[3]);
  else if (session) year = sessionYear(session, month);
  else if (previous?.year) year = month >= previous.month ? previous.year : previous.year + 1;
  return { date: year === null ? null : isoDate(year, month, dayNumber(m[1] ?? '')), year, month };
}

/** "le dixième alinéa" → "dixième alinéa", from the sentence that states the tally. */
export function statedSubject(sentence: string): string | null {
  for (const re of SUBJECT_RES) {
    const m = re.exec(sentence);
    const subject = m?.[1];
    if (subject) {
      const cut = subject.replace(/^.*[,;:]\s*/s, '');
      return clean(cut.replace(SUBJECT_ARTICLE, ''));
    }
  }
  return null;
}

/** The sentence of `text` that ends at or after `index` (from the previous sentence end). */
function sentenceBefore(text: string, index: number): string {
  const head = text.slice(0, index + 40);
  const starts = [...head.slice(0, index).matchAll(/[.;]\s+(?=\p{Lu})/gu)];
  const from = starts.length > 0 ? (starts.at(-1)?.index ?? 0) + 1 : 0;
  return text.slice(from, text.indexOf('voix', index) + 4).trim();
}

interface OpenVote {
  vote: Vote;
  lists: Map<VoteValue, string[]>;
  /** the list being filled, if any */
  open: VoteValue | null;
  footnotes: string[];
  /** paragraphs passed over since the open list was last continued */
  skipped: number;
}

interface Label {
  index: number;
  end: number;
  vote: VoteValue;
}

function labelsIn(text: string): Label[] {
  const out: Label[] = [];
  if (!text.includes(':')) return out; // every label ends with a colon
  for (const m of text.matchAll(LABEL_RE)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const entry = VOTE_LIST_LABELS[group - 1];
    if (entry) out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, vote: entry[1] });
  }
  return out;
}

/** Extract the recorded votes of a sequence of paragraphs. */
export function extractVotes(paragraphs: readonly VotingParagraph[], footnotes: readonly VotingFootnote[], options: VoteOptions = {}): VoteResult {
  const votes: Vote[] = [];
  const warnings: Warning[] = [];
  const noteText = new Map(footnotes.map((f) => [f.marker, clean(f.text)]));
  let current: OpenVote | null = null;
  let lastDraft: string | null = null;
  /** the date of the last meeting named ("À sa 14e séance, le 9 novembre"); "à la même séance" keeps it */
  let meeting: MeetingMention | null = null;

  const close = (): void => {
    if (current) votes.push(finish(current, noteText, warnings));
    current = null;
  };
  const append = (v: OpenVote, text: string): void => {
    if (v.open) v.lists.get(v.open)?.push(text);
  };

  for (const p of paragraphs) {
    const text = p.text;
    const tally = statedTally(text);
    const labels = labelsIn(text);
    let cursor = 0;

    meeting = meetingDate(tally ? text.slice(0, tally.index) : text, options.session, meeting) ?? meeting;

    if (tally) {
      close();
      const before = text.slice(0, tally.index);
      const sentence = sentenceBefore(text, tally.index);
      const subject = statedSubject(sentence);
      const target = (subject ? draftSymbolsIn(subject).at(-1) : undefined) ?? draftSymbolsIn(before).at(-1) ?? lastDraft;
      current = {
        vote: {
          subject: subject ?? (target ? `projet ${target}` : 'vote enregistré'),
          target: target ?? null,
          paragraph_n: p.n,
          body: options.body ?? null,
          date: meeting?.date ?? null,
          stated: tally.tally,
          counted: { yes: 0, no: 0, abstain: 0 },
          records: [],
        },
        lists: new Map([['yes', []], ['no', []], ['abstain', []]]),
        open: null,
        footnotes: [],
        skipped: 0,
      };
      cursor = tally.index;
    } else if (current && labels.length === 0) {
      // an unlabelled paragraph: the rest of a list broken by a page, or the end of the vote
      const end = countryListEnd(text);
      const first = current.open !== null && (current.lists.get(current.open)?.length ?? 0) === 0;
      if (current.open !== null && (first || resolvedShare(text.slice(0, end)) >= MIN_CONTINUATION_SHARE)) {
        append(current, text.slice(0, end));
        current.footnotes.push(...p.footnotes);
        current.skipped = 0;
        if (end < text.length) current.open = null;
      } else if (current.open !== null && !NEW_PARAGRAPH.test(text) && current.skipped < MAX_INTERRUPTION) {
        // an unfinished list interrupted by what a page leaves behind (a footnote block, a URL
        // line, a running header) when the front-end did not remove it: wait for the rest
        current.skipped++;
      } else {
        close();
      }
    } else if (!current && labels.length > 0) {
      current = {
        vote: { subject: lastDraft ? `projet ${lastDraft}` : 'vote enregistré', target: lastDraft, paragraph_n: p.n, body: options.body ?? null, date: null, stated: null, counted: { yes: 0, no: 0, abstain: 0 }, records: [] },
        lists: new Map([['yes', []], ['no', []], ['abstain', []]]),
        open: null,
        footnotes: [],
        skipped: 0,
      };
    }

    if (current && (tally || labels.length > 0)) {
      current.footnotes.push(...p.footnotes);
      // text before the first label continues the open list
      const firstLabel = labels.find((l) => l.index >= cursor);
      if (!tally && current.open !== null && firstLabel && firstLabel.index > 0) {
        append(current, text.slice(0, Math.min(firstLabel.index, countryListEnd(text))));
      }
      for (let i = 0; i < labels.length; i++) {
        const label = labels[i];
        if (!label || label.index < cursor) continue;
        const next = labels[i + 1]?.index ?? text.length;
        current.open = label.vote;
        const end = Math.min(next, countryListEnd(text, label.end));
        append(current, text.slice(label.end, end));
        if (end < next) current.open = null;
      }
    }
    for (const d of draftSymbolsIn(text)) lastDraft = d;
  }
  close();
  return { votes, warnings };
}

function finish(v: OpenVote, noteText: Map<string, string>, warnings: Warning[]): Vote {
  const vote = v.vote;
  const counted: Tally = { yes: 0, no: 0, abstain: 0 };
  for (const value of ['yes', 'no', 'abstain'] as const) {
    const text = (v.lists.get(value) ?? []).join(' ');
    for (const row of resolveList(text, 'voter', warnings, vote.paragraph_n)) {
      vote.records.push({ country: row.country, name: row.name, vote: value });
      counted[value]++;
    }
  }
  vote.counted = counted;
  const notes = [...new Set(v.footnotes)].map((m) => noteText.get(m)).filter((t): t is string => t !== undefined);
  if (notes.length > 0) vote.notes = notes;
  const s = vote.stated;
  if (s && (s.yes !== counted.yes || s.no !== counted.no || s.abstain !== counted.abstain)) {
    const w: Warning = {
      code: 'vote-tally-mismatch',
      message: `vote on ${vote.subject}: stated ${s.yes}-${s.no}-${s.abstain}, lists count ${counted.yes}-${counted.no}-${counted.abstain}`,
    };
    if (vote.paragraph_n !== null) w.paragraph_n = vote.paragraph_n;
    warnings.push(w);
  }
  return vote;
}
