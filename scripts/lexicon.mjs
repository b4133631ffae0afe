// The lead-phrase lexicon as data (npm run lexicon): src/lexicon/leads-fr-data.ts, regenerated
// from the UN's own italic leads in folders of Akoma Ntoso resolutions (default ../shared/akn-dev,
// 1,451 French resolutions of sessions 75–80, and ../shared/akn, the 14 ICT and cybercrime
// resolutions the project bundles).
//
//   node scripts/lexicon.mjs [FOLDER…]     (needs dist/: npm run lexicon builds first)
//
// For every preambular container and operative paragraph whose text opens in italics, the lead
// is that italic span as structure reads it (src/lexicon/leads-fr.ts `italicLead`: the last word
// completed, a trailing article or preposition dropped). Each distinct lead becomes a phrase,
// with the kind it opens most often and its count.
//
// PDF text has no italics: there the lead is read from the lexicon alone (src/lexicon/leads-fr.ts
// `matchLead`): the candidates are the phrases the paragraph opens with and the longest one
// extended by modifiers ("également", "avec satisfaction" …), shortest first (`leadChain`). A
// lead that runs on past the italics is wrong, one that stops early at a word is accepted
// (issue 14). But the UN's italics are not consistent: "Considère également", "Se déclare
// préoccupée", "Invite instamment" are the italic lead in some resolutions, and only
// "Considère", "Se déclare", "Invite" in others. So for every step from one candidate P to the
// next, longer one (on the italic paragraphs whose text offers that step) the script counts how
// often the UN italicised the longer one (`extended`) and how often it stopped at P or between
// (`stopped`). A step is taken only when the UN takes it in at least CONSISTENCY of them; the
// others are written to LEAD_STOPS, and the lead stops before them.
//
// The threshold, measured on the dev folder (58,971 italic leads; each read back without its
// italics; "run on" = leads longer than the italics, "stop early" = shorter, accepted):
//
//   CONSISTENCY   steps stopped   run on (files)   stop early
//   0.9                 67           57 (49)           302
//   0.95                73           51 (43)           378
//   0.98                82           39 (34)           791
//   0.985               87           33 (29)         1,148
//   0.99                93           22 (21)         1,964
//   0.998              109            2 (2)          6,303
//   1 (never)          110            0 (0)          7,408
//
// The runs-on left are single slips among hundreds ("Prie" alone, twice in 345 "Prie
// également"; "Décide" alone, twice in 149 "Décide également"): no rule on the text alone can
// tell them, so any threshold trades them for leads cut short. The real PDF seeds bound it from
// above: seed 004 prints "Décide également" (the UN takes that step 147 times in 149, 98.7 %)
// and "Décide en outre" (77 in 78), seed 001 "Prenant note avec satisfaction"; their leads are
// the whole italic phrases. 0.985 is the highest round threshold that keeps them, and halves the
// runs-on of the old rule (a phrase kept when it was the lead ten times more often than a
// shorter one: 57 in 49 files).
const CONSISTENCY = 0.985;
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAkn } from '../dist/frontends/akn.js';
import { LeadIndex, firstWords, italicLead, leadChain, leadTokens, stepKey } from '../dist/lexicon/leads-fr.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const folders = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : ['akn-dev', 'akn'].map((f) => join(ROOT, '..', 'shared', f));
const OUT = join(ROOT, 'src', 'lexicon', 'leads-fr-data.ts');

/** Italic-led paragraphs: { lead, kind, text }. */
const paragraphs = [];
const files = folders.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.xml')).sort().map((f) => join(d, f)));
for (const f of files) {
  for (const b of parseAkn(readFileSync(f, 'utf8')).blocks) {
    const kind = b.hints?.kind;
    if ((kind !== 'preambular' && kind !== 'operative') || !b.hints?.lead) continue;
    const lead = italicLead(b.text, b.hints.lead);
    if (lead !== null && /^\p{Lu}/u.test(lead)) paragraphs.push({ lead, kind, text: b.text });
  }
}

/** Phrases by folded key: the most frequent written form, counts per kind. */
const phrases = new Map();
for (const { lead, kind } of paragraphs) {
  const key = leadTokens(lead).join(' ');
  const p = phrases.get(key) ?? { forms: new Map(), preambular: 0, operative: 0 };
  p.forms.set(lead, (p.forms.get(lead) ?? 0) + 1);
  p[kind]++;
  phrases.set(key, p);
}
const written = (p) => [...p.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];

// each step of each italic paragraph's candidate chain: taken by the italics or not
const index = new LeadIndex([...phrases.values()].map((p) => ({ phrase: written(p), kind: 'preambular' })));
const steps = new Map();
for (const { lead, text } of paragraphs) {
  const words = firstWords(text);
  const chain = leadChain(words, index);
  const n = leadTokens(lead).length;
  for (let i = 0; i + 1 < chain.length && n >= chain[i].length; i++) {
    const key = stepKey(words, chain[i].length, chain[i + 1].length);
    const s = steps.get(key) ?? { stopped: 0, extended: 0 };
    if (n >= chain[i + 1].length) s.extended++;
    else s.stopped++;
    steps.set(key, s);
  }
}
const stops = [...steps]
  .filter(([, s]) => s.extended < CONSISTENCY * (s.stopped + s.extended))
  .map(([key, s]) => [...key.split(' > '), s.stopped, s.extended])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));

const rows = [...phrases.values()]
  .map((p) => [written(p), p.operative > p.preambular ? 'operative' : 'preambular', p.preambular + p.operative])
  .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const lines = [
  '// Generated by scripts/lexicon.mjs (npm run lexicon) from the italic leads of',
  `// ${files.length} French Akoma Ntoso resolutions (${folders.map((d) => relative(ROOT, d)).join(', ')}): do not edit by hand.`,
  '// [phrase as written, the kind of paragraph it opens most often, how many paragraphs it leads]',
  "export const LEAD_DATA: ReadonlyArray<readonly [string, 'preambular' | 'operative', number]> = [",
  ...rows.map(([phrase, kind, count]) => `  [${JSON.stringify(phrase)}, '${kind}', ${count}],`),
  '];',
  '',
  `// Steps from a lead to a longer one that the UN's italics take in fewer than ${CONSISTENCY * 100} % of the`,
  '// paragraphs that offer them: where there are no italics, the lead stops before them.',
  '// [shorter lead, longer lead (folded), paragraphs whose italics stop short, paragraphs whose italics take the step]',
  'export const LEAD_STOPS: ReadonlyArray<readonly [string, string, number, number]> = [',
  ...stops.map(([from, to, stopped, extended]) => `  [${JSON.stringify(from)}, ${JSON.stringify(to)}, ${stopped}, ${extended}],`),
  '];',
  '',
];
writeFileSync(OUT, lines.join('\n'));
console.error(`lexicon: ${paragraphs.length} italic leads in ${files.length} files → ${rows.length} phrases, ${stops.length} steps to stop before → ${OUT}`);
