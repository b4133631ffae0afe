import { describe, expect, it } from 'vitest';
import { extractVotes, meetingDate, statedSubject, statedTally } from '../../src/extract/votes.js';
import { committeeNamed } from '../../src/lexicon/votes-fr.js';
import type { Vote } from '../../src/types.js';
import { SEED_004_FOOTNOTE_1, SEED_004_FOOTNOTE_2, SEED_004_VOTING } from './passages.js';

const footnotes = [{ marker: '2', text: SEED_004_FOOTNOTE_2 }];
const result = extractVotes(SEED_004_VOTING, footnotes, { body: 'C.1' });
const codes = (v: Vote | undefined, value: 'yes' | 'no' | 'abstain'): (string | null)[] =>
  (v?.records ?? []).filter((r) => r.vote === value).map((r) => r.country);

describe('the five recorded votes of seed 004', () => {
  it('finds five votes, each with its stated tally (as read in paragraphs 6, 9 and 10 a–c)', () => {
    expect(result.votes.map((v) => [v.paragraph_n, v.stated])).toEqual([
      [1, { yes: 153, no: 11, abstain: 9 }],
      [12, { yes: 57, no: 31, abstain: 63 }],
      [21, { yes: 108, no: 49, abstain: 11 }],
      [28, { yes: 92, no: 52, abstain: 24 }],
      [35, { yes: 104, no: 50, abstain: 20 }],
    ]);
  });
  it('counts the printed lists (lists broken by page breaks included) equal to the stated tallies', () => {
    // counted by reading the lists of the seed: they agree with the tallies the report states
    for (const v of result.votes) expect(v.counted).toEqual(v.stated);
    expect(result.votes.map((v) => v.records.length)).toEqual([173, 151, 168, 168, 174]);
    expect(result.warnings).toEqual([]);
  });
  it('states what was voted on and which draft', () => {
    expect(result.votes.map((v) => [v.subject, v.target])).toEqual([
      ['projet de résolution A/C.1/75/L.4', 'A/C.1/75/L.4'],
      ['motion visant à mettre aux voix séparément le paragraphe 1 du projet de résolution A/C.1/75/L.8/Rev.1', 'A/C.1/75/L.8/Rev.1'],
      ['dixième alinéa', 'A/C.1/75/L.8/Rev.1'],
      ['paragraphe 1', 'A/C.1/75/L.8/Rev.1'],
      ['projet de résolution A/C.1/75/L.8/Rev.1', 'A/C.1/75/L.8/Rev.1'],
    ]);
    expect(result.votes.every((v) => v.body === 'C.1')).toBe(true);
  });
  it('resolves the lists of the vote on L.4 to countries', () => {
    const v = result.votes[0];
    expect(codes(v, 'no')).toEqual(['BDI', 'CHN', 'CUB', 'DMA', 'RUS', 'IRN', 'NIC', 'SYR', 'PRK', 'VEN', 'ZWE']);
    expect(codes(v, 'abstain')).toEqual(['BLR', 'KHM', 'COM', 'DJI', 'EGY', 'LBN', 'MMR', 'PLW', 'LAO']);
    // the list continues after the page break: Sao Tomé-et-Principe ends page 1, Sénégal starts page 2
    const yes = codes(v, 'yes');
    expect(yes.slice(0, 3)).toEqual(['AFG', 'ZAF', 'ALB']);
    expect(yes[yes.indexOf('STP') + 1]).toBe('SEN');
    expect(yes.slice(-2)).toEqual(['VNM', 'YEM']);
    expect(v?.records.find((r) => r.country === 'CIV')).toEqual({ country: 'CIV', name: "Côte d'Ivoire", vote: 'yes' });
  });
  it('re-joins a name broken by the page break ("République populaire démocratique de" / "Corée")', () => {
    const no = codes(result.votes[1], 'no');
    expect(no.slice(-7)).toEqual(['PRK', 'SGP', 'LKA', 'TJK', 'VEN', 'ZMB', 'ZWE']);
    // "États-Unis d’Amérique.," (a stray period inside the list) is the United States, not the list's end
    expect(codes(result.votes[1], 'yes')).toContain('USA');
    expect(codes(result.votes[1], 'yes').at(-1)).toBe('UKR');
  });
  it('keeps footnote 2 (later changes of intention) with the vote on the tenth preambular paragraph, and records the votes as cast', () => {
    const v = result.votes[2];
    expect(v?.notes).toEqual([SEED_004_FOOTNOTE_2]);
    expect(v?.records.find((r) => r.country === 'TGO')?.vote).toBe('no');
    expect(v?.records.find((r) => r.country === 'GUY')?.vote).toBe('abstain');
    expect(v?.records.find((r) => r.country === 'USA')).toEqual({ country: 'USA', name: "États-Unis d'Amérique", vote: 'no' });
    expect(result.votes.filter((x) => x.notes !== undefined)).toHaveLength(1);
  });
  it('ends the last vote at the next heading ("Trinité-et-Tobago.." then "C. Examen …")', () => {
    expect(codes(result.votes[4], 'abstain').slice(-2)).toEqual(['TON', 'TTO']);
  });
});

describe('layouts and leniency', () => {
  it('waits over page furniture left inside a list (rule, footnote 1, URL lines of seed 004 page 1)', () => {
    const furniture = ['__________________', `1 ${SEED_004_FOOTNOTE_1}`, 'https://undocs.org/fr/A/75/123', 'https://undocs.org/fr/A/C.1/75/L.4'];
    const texts = [...SEED_004_VOTING.slice(0, 3).map((p) => p.text), ...furniture, ...SEED_004_VOTING.slice(3, 9).map((p) => p.text)];
    const r = extractVotes(texts.map((text, i) => ({ n: i + 1, text, footnotes: [] })), []);
    expect(r.votes).toHaveLength(1);
    expect(r.votes[0]?.counted).toEqual({ yes: 153, no: 11, abstain: 9 });
    expect(r.warnings).toEqual([]);
  });
  it('reads the labels and lists inside one paragraph', () => {
    const r = extractVotes(
      [
        {
          n: 7,
          text: 'À l’issue d’un vote enregistré, la Commission a adopté le projet de résolution A/C.1/78/L.11 par 3 voix contre 1, avec 1 abstention. Les voix se sont réparties comme suit : Ont voté pour : Chine, Cuba, Iran (République islamique d’). Ont voté contre : États -Unis d’Amérique. Se sont abstenus : Suisse.',
          footnotes: [],
        },
      ],
      [],
    );
    expect(r.votes).toHaveLength(1);
    expect(r.votes[0]?.stated).toEqual({ yes: 3, no: 1, abstain: 1 });
    expect(r.votes[0]?.records.map((x) => [x.country, x.vote])).toEqual([
      ['CHN', 'yes'], ['CUB', 'yes'], ['IRN', 'yes'], ['USA', 'no'], ['CHE', 'abstain'],
    ]);
    expect(r.warnings).toEqual([]);
  });
  it('reads the singular labels of a list with one State', () => {
    const r = extractVotes(
      [{ n: 1, text: 'le projet a été adopté par 2 voix contre 1, avec 1 abstention. Ont voté pour : Chine, Cuba. A voté contre : Israël. S’est abstenue : Inde.', footnotes: [] }],
      [],
    );
    expect(r.votes[0]?.records.map((x) => [x.country, x.vote])).toEqual([['CHN', 'yes'], ['CUB', 'yes'], ['ISR', 'no'], ['IND', 'abstain']]);
    expect(r.warnings).toEqual([]);
  });
  it('reports a mismatch between stated and counted without correcting it', () => {
    const r = extractVotes(
      [
        { n: 1, text: 'le paragraphe 5 a été conservé par 3 voix contre 1, avec 2 abstentions. Les voix se sont réparties comme suit :', footnotes: [] },
        { n: 2, text: 'Ont voté pour : Chine, Cuba. Ont voté contre : France. Se sont abstenus : Inde, Brésil.', footnotes: [] },
      ],
      [],
    );
    expect(r.votes[0]?.stated).toEqual({ yes: 3, no: 1, abstain: 2 });
    expect(r.votes[0]?.counted).toEqual({ yes: 2, no: 1, abstain: 2 });
    expect(r.warnings).toMatchObject([{ code: 'vote-tally-mismatch', paragraph_n: 1 }]);
  });
  it('keeps an unknown name with country null and warns', () => {
    const r = extractVotes(
      [{ n: 1, text: 'le projet a été adopté par 2 voix contre zéro, sans abstention. Ont voté pour : Chine, Narnia.', footnotes: [] }],
      [],
    );
    expect(r.votes[0]?.stated).toEqual({ yes: 2, no: 0, abstain: 0 });
    expect(r.votes[0]?.records).toEqual([
      { country: 'CHN', name: 'Chine', vote: 'yes' },
      { country: null, name: 'Narnia', vote: 'yes' },
    ]);
    expect(r.warnings).toMatchObject([{ code: 'country-unresolved', paragraph_n: 1 }]);
  });
  it('finds no vote in a paragraph adopted without a vote', () => {
    const text = 'À la même séance, la Commission a adopté le projet de décision A/C.1/75/L.47 sans le mettre aux voix (voir par. 18 ci-après, projet de décision I).';
    expect(extractVotes([{ n: 1, text, footnotes: [] }], []).votes).toEqual([]);
  });
});

describe('tally and subject phrases', () => {
  it('reads the tally variants', () => {
    expect(statedTally('a été adoptée par 57 voix contre 31, avec 63 abstentions')?.tally).toEqual({ yes: 57, no: 31, abstain: 63 });
    expect(statedTally('par 150 voix contre zéro, avec une abstention')?.tally).toEqual({ yes: 150, no: 0, abstain: 1 });
    expect(statedTally('par 92 voix\ncontre 52 et 24 abstentions')?.tally).toEqual({ yes: 92, no: 52, abstain: 24 });
    expect(statedTally('sans le mettre aux voix')).toBeNull();
  });
  it('reads the subject of the vote', () => {
    expect(statedSubject('la Commission a adopté le projet de résolution A/C.1/75/L.4 par 153 voix')).toBe('projet de résolution A/C.1/75/L.4');
    expect(statedSubject('À l’issue d’un vote enregistré, le dixième alinéa a été conservé par 108 voix')).toBe('dixième alinéa');
  });
});

describe('committeeNamed', () => {
  it('names the first Main Committee a text mentions', () => {
    // seed 004, paragraph 1
    expect(committeeNamed('… la question intitulée « Progrès de l’informatique et des télécommunications et sécurité internationale » et de la renvoyer à la Première Commission.')).toBe('C.1');
    expect(committeeNamed('la Sixième Commission, puis la Première Commission')).toBe('C.6');
    expect(committeeNamed('la Commission a adopté')).toBeNull();
  });
});

describe('meetingDate', () => {
  it('dates the meeting from the printed year, the session, or the meeting named before', () => {
    expect(meetingDate('À sa 1re séance, le 6 octobre 2020, compte tenu', null)?.date).toBe('2020-10-06');
    expect(meetingDate('À sa 14e séance, le 9 novembre, à l’issue d’un vote enregistré', 75)?.date).toBe('2020-11-09');
    expect(meetingDate('À sa 30e séance, le 2 mars, la Commission', 75)?.date).toBe('2021-03-02');
    const october = meetingDate('À sa 1re séance, le 6 octobre 2020,', null);
    expect(meetingDate('À sa 14e séance, le 9 novembre,', null, october)?.date).toBe('2020-11-09');
    expect(meetingDate('À sa 20e séance, le 1er février,', null, october)?.date).toBe('2021-02-01');
    expect(meetingDate('À sa 14e séance, le 9 novembre,', null)).toEqual({ date: null, year: null, month: 11 });
    expect(meetingDate('Le 4 octobre, la délégation des États-Unis d’Amérique a déposé', 75)).toBeNull();
  });
});
