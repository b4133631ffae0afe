/**
 * French lead phrases of General Assembly resolutions.
 *
 *  - Preambular paragraphs open with a participle or an adjective agreeing with
 *    "l'Assemblée générale" (feminine): "Rappelant", "Se déclarant préoccupée", "Consciente".
 *  - Operative paragraphs open with a verb in the present: "Décide", "Se félicite", "Prie".
 *  - Either may be extended by modifiers: "Se félicite également", "Décide en outre",
 *    "Prenant note avec satisfaction", "Se déclarant préoccupée également".
 *
 * Data: `PREAMBULAR_LEADS`, `OPERATIVE_LEADS`, `LEAD_MODIFIERS`.
 * Builders: `leadTable()` (folded token sequences), `matchLead(text)`.
 * Matching folds case, accents and apostrophes; the lead is returned as written.
 */
import { fold } from '../text/fold.js';

export type LeadKind = 'preambular' | 'operative';

/** Preambular lead phrases (base forms; modifiers are added by `matchLead`). */
export const PREAMBULAR_LEADS: readonly string[] = [
  'Accueillant', 'Accueillant avec satisfaction', 'Affirmant', 'Alarmée', 'Appréciant', 'Appelant',
  'Ayant à l’esprit', 'Ayant examiné', 'Ayant présent à l’esprit', 'Commémorant', 'Condamnant',
  'Confirmant', 'Consciente', 'Considérant', 'Constatant', 'Convaincue', 'Décidant', 'Déplorant',
  'Demandant', 'Déterminée', 'Encourageant', 'Estimant', 'Exprimant', 'Félicitant', 'Gardant à l’esprit',
  'Guidée par', 'Insistant', 'Jugeant', 'Mesurant', 'Notant', 'Observant', 'Persuadée', 'Préoccupée',
  'Profondément préoccupée', 'Prenant acte', 'Prenant en considération', 'Prenant note',
  'Prenant également en considération', 'Rappelant', 'Réaffirmant', 'Reconnaissant', 'Réitérant',
  'Résolue', 'Sachant', 'Saluant', 'S’inspirant', 'Se déclarant préoccupée', 'Se déclarant profondément préoccupée',
  'Se déclarant alarmée', 'Se déclarant convaincue', 'Se félicitant', 'Sensible', 'Soucieuse', 'Soulignant',
  'Soutenant', 'Tenant compte', 'Tenant compte également', 'Vivement préoccupée',
];

/** Operative lead verbs (base forms; modifiers are added by `matchLead`). */
export const OPERATIVE_LEADS: readonly string[] = [
  'Accueille', 'Accueille avec satisfaction', 'Adopte', 'Affirme', 'Appelle', 'Apprécie', 'Approuve',
  'Appuie', 'Autorise', 'Charge', 'Condamne', 'Confirme', 'Considère', 'Constate', 'Convient', 'Déclare',
  'Décide', 'Demande', 'Déplore', 'Encourage', 'Engage', 'Entérine', 'Estime', 'Exhorte', 'Exprime',
  'Félicite', 'Insiste', 'Invite', 'Juge', 'Note', 'Prend acte', 'Prend note', 'Prie', 'Prie instamment',
  'Demande instamment', 'Rappelle', 'Réaffirme', 'Recommande', 'Reconnaît', 'Réitère', 'Remercie',
  'Renouvelle', 'Rend hommage', 'Sait gré', 'Salue', 'Se déclare préoccupée', 'Se déclare résolue',
  'Se félicite', 'Souligne', 'Souscrit', 'Soutient', 'Exige', 'Lance un appel', 'Attend avec intérêt',
];

/** Words that extend a lead: "également", "en outre", "avec satisfaction" … */
export const LEAD_MODIFIERS: readonly string[] = [
  'également', 'en outre', 'aussi', 'de nouveau', 'à nouveau', 'enfin', 'instamment', 'vivement',
  'avec satisfaction', 'avec préoccupation', 'avec inquiétude', 'avec intérêt', 'avec appréciation',
  'avec une profonde préoccupation', 'avec gratitude', 'avec regret',
];

interface LeadEntry {
  tokens: string[];
  kind: LeadKind;
}

/** Folded tokens of a phrase ("Se déclarant préoccupée" → ["se", "declarant", "preoccupee"]). */
export function leadTokens(phrase: string): string[] {
  return fold(phrase).split(' ').filter((t) => t !== '');
}

let table: LeadEntry[] | null = null;
let modifiers: string[][] | null = null;

/** The lead table, longest phrases first (built once). */
export function leadTable(): readonly LeadEntry[] {
  if (table === null) {
    table = [
      ...PREAMBULAR_LEADS.map((p) => ({ tokens: leadTokens(p), kind: 'preambular' as const })),
      ...OPERATIVE_LEADS.map((p) => ({ tokens: leadTokens(p), kind: 'operative' as const })),
    ].sort((a, b) => b.tokens.length - a.tokens.length);
  }
  return table;
}

function modifierTable(): readonly string[][] {
  if (modifiers === null) modifiers = LEAD_MODIFIERS.map(leadTokens).sort((a, b) => b.length - a.length);
  return modifiers;
}

export interface LeadMatch {
  /** the lead as written, e.g. "Se félicite également" */
  lead: string;
  kind: LeadKind;
}

/** How much of a paragraph's start is looked at for its lead. */
const HEAD_CHARS = 160;

interface Word {
  /** as written, without trailing punctuation */
  raw: string;
  folded: string;
  /** a comma, semicolon or colon followed the word: the lead cannot go on past it */
  stops: boolean;
}

/** The first `max` words of a text. */
function firstWords(text: string, max: number): Word[] {
  const out: Word[] = [];
  // a lead is a few words: look at the start of the text only
  for (const w of text.slice(0, HEAD_CHARS).trim().split(/\s+/)) {
    if (out.length >= max || w === '') break;
    const raw = w.replace(/[,;:.]+$/u, '');
    out.push({ raw, folded: fold(raw), stops: raw !== w });
    if (raw !== w) break;
  }
  return out;
}

function matchTokens(words: readonly Word[], at: number, tokens: readonly string[]): boolean {
  if (at + tokens.length > words.length) return false;
  for (let i = 0; i < tokens.length; i++) {
    const w = words[at + i];
    if (!w || w.folded !== tokens[i]) return false;
    if (w.stops && i < tokens.length - 1) return false;
  }
  return true;
}

/**
 * The lead phrase a paragraph opens with, or null. The paragraph must start with a capital
 * letter (leads are capitalised; a lower-case start is a continuation). Modifiers are taken
 * greedily after the base phrase, unless a comma closes the lead ("Rappelant, à cet égard, …").
 */
export function matchLead(text: string): LeadMatch | null {
  const words = firstWords(text, 10);
  const first = words[0];
  if (!first || !/^\p{Lu}/u.test(first.raw)) return null;
  for (const entry of leadTable()) {
    if (!matchTokens(words, 0, entry.tokens)) continue;
    let end = entry.tokens.length;
    for (let extended = true; extended && !words[end - 1]?.stops; ) {
      extended = false;
      for (const mod of modifierTable()) {
        if (matchTokens(words, end, mod)) {
          end += mod.length;
          extended = true;
          break;
        }
      }
    }
    return { lead: words.slice(0, end).map((w) => w.raw).join(' '), kind: entry.kind };
  }
  return null;
}

/** Does the word look like a lead the lexicon lacks (a capitalised present participle)? */
export function looksLikePreambularLead(text: string): string | null {
  const first = firstWords(text, 1)[0];
  if (!first || !/^\p{Lu}/u.test(first.raw)) return null;
  return /ant$/u.test(first.folded) ? first.raw : null;
}
