/**
 * What an AKN4UN file states about the life of a resolution: the workflow steps (draft
 * symbol, sponsors, additional sponsors, the committee report) and the plenary recorded vote
 * (`analysis/parliamentary/voting`). Names are in English (sponsors as printed, voters in upper
 * case) and go through the country gazetteer; a name it does not know is kept with
 * `country: null` and a warning.
 */
import { clean } from '../text/fold.js';
import { resolveCountry, splitCountryList } from '../lexicon/countries.js';
import type { Sponsor, SponsorRole, Tally, Vote, VoteRecord, VoteValue, Warning } from '../types.js';
import { type XElement, elements, find, findAll, textOf } from './akn-xml.js';

export interface Workflow {
  draftSymbol: string | null;
  reportSymbol: string | null;
  /** the paragraph of the report that recommends it ("14"), when stated */
  reportParagraph: string | null;
  sponsors: Sponsor[];
}

/** Workflow outcomes that name the draft (the symbol is in `as`, the sponsors in `by`). */
const DRAFT_OUTCOMES = /^draft(?:Resolution|Decision)(?:Revised)?$/i;
/** Outcomes that list the sponsors who joined later. */
const ADDITIONAL_OUTCOMES = /AdditionalSponsors$/i;
/** The outcome of the committee report recommending adoption. */
const REPORT_OUTCOMES = /^recommendedForAdoption$/i;

export function readWorkflow(meta: XElement | null, warnings: Warning[], lineOf: (offset: number) => number): Workflow {
  const wf: Workflow = { draftSymbol: null, reportSymbol: null, reportParagraph: null, sponsors: [] };
  const workflow = meta ? find(meta, 'workflow') : null;
  if (!workflow) return wf;
  for (const step of elements(workflow, 'step')) {
    const outcome = step.attrs.outcome ?? '';
    const as = symbolAttr(step.attrs.as);
    let role: SponsorRole | null = null;
    if (ADDITIONAL_OUTCOMES.test(outcome)) role = 'additional';
    else if (DRAFT_OUTCOMES.test(outcome)) {
      role = 'sponsor';
      if (as && wf.draftSymbol === null) wf.draftSymbol = as;
    } else if (REPORT_OUTCOMES.test(outcome)) {
      if (as && wf.reportSymbol === null) {
        wf.reportSymbol = as;
        wf.reportParagraph = clean(step.attrs.refersTo ?? '') || null;
      }
    }
    if (role) wf.sponsors.push(...sponsorsOf(step, role, warnings, lineOf));
  }
  return wf;
}

/** "A/C.1/78/L.11" (spaces inside removed); "" → null. */
function symbolAttr(value: string | undefined): string | null {
  const v = clean(value ?? '');
  return v === '' ? null : v;
}

function sponsorsOf(step: XElement, role: SponsorRole, warnings: Warning[], lineOf: (offset: number) => number): Sponsor[] {
  const by = clean(step.attrs.by ?? '');
  if (by === '') return [];
  const out: Sponsor[] = [];
  for (const item of splitCountryList(by)) {
    const asWritten = clean(item.asWritten);
    if (item.country === null) {
      warnings.push({
        code: 'country-unresolved',
        message: `sponsor "${asWritten}" is not in the country gazetteer`,
        line: lineOf(step.start),
      });
    }
    out.push({ country: item.country?.iso3 ?? null, name: item.country?.fr ?? asWritten, as_written: asWritten, role });
  }
  return out;
}

/* ------------------------------------------------------------------- votes */

/** `count/@refersTo` → vote value. */
const COUNT_VALUES: Readonly<Record<string, VoteValue>> = {
  inFavour: 'yes',
  inFavor: 'yes',
  yes: 'yes',
  against: 'no',
  no: 'no',
  abstaining: 'abstain',
  abstention: 'abstain',
  abstentions: 'abstain',
  abstain: 'abstain',
};

export interface VoteContext {
  symbol: string | null;
  draftSymbol: string | null;
  date: string | null;
}

/**
 * The plenary recorded vote, or none when the resolution was adopted without a vote (or the
 * file has no voting section). Stated figures come from `count/@value`, records from the
 * voters' names; `counted` is computed from the records.
 */
export function readVotes(meta: XElement | null, ctx: VoteContext, warnings: Warning[], lineOf: (offset: number) => number): Vote[] {
  const votes: Vote[] = [];
  if (!meta) return votes;
  for (const voting of findAll(meta, 'voting')) {
    const counts = findAll(voting, 'count');
    if (counts.length === 0) continue;
    const stated: Tally = { yes: 0, no: 0, abstain: 0 };
    let anyStated = false;
    const records: VoteRecord[] = [];
    for (const count of counts) {
      const value = COUNT_VALUES[clean(count.attrs.refersTo ?? '').replace(/^#/, '')];
      if (value === undefined) {
        warnings.push({ code: 'vote-unknown-count', message: `voting count "${count.attrs.refersTo ?? ''}" is not in favour, against or abstaining`, line: lineOf(count.start) });
        continue;
      }
      const n = Number.parseInt(clean(count.attrs.value ?? ''), 10);
      if (Number.isFinite(n)) {
        stated[value] += n;
        anyStated = true;
      }
      for (const voter of findAll(count, 'organization').concat(findAll(count, 'person'))) {
        const written = clean(textOf(voter) || voter.attrs.showAs || '');
        if (written === '') continue;
        const country = resolveCountry(written);
        if (!country) {
          warnings.push({ code: 'country-unresolved', message: `voter "${written}" is not in the country gazetteer`, line: lineOf(voter.start) });
        }
        records.push({ country: country?.iso3 ?? null, name: country?.fr ?? written, vote: value });
      }
    }
    const counted: Tally = { yes: 0, no: 0, abstain: 0 };
    for (const r of records) counted[r.vote]++;
    const target = ctx.symbol;
    votes.push({
      subject: ctx.draftSymbol ? `projet de résolution ${ctx.draftSymbol}` : `résolution ${target ?? ''}`.trim(),
      target,
      paragraph_n: null,
      body: 'plenary',
      date: ctx.date,
      stated: anyStated ? stated : null,
      counted,
      records,
    });
    if (anyStated && records.length > 0 && (stated.yes !== counted.yes || stated.no !== counted.no || stated.abstain !== counted.abstain)) {
      warnings.push({
        code: 'vote-count-mismatch',
        message: `stated vote ${stated.yes}-${stated.no}-${stated.abstain} differs from the ${records.length} names listed (${counted.yes}-${counted.no}-${counted.abstain})`,
        line: lineOf(voting.start),
      });
    }
  }
  return votes;
}

