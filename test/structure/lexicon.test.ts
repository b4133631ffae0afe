import { describe, expect, it } from 'vitest';
import { looksLikePreambularLead, matchLead } from '../../src/lexicon/leads-fr.js';
import { parseFrenchOrdinal, parseSessionLine } from '../../src/lexicon/sessions-fr.js';
import {
  isAnnexHeading, isSponsorLine, readAgendaItem, readCommittee, readDistribution, readKindPhrase,
  readOriginalLine, readPartHeading,
} from '../../src/lexicon/doc-kinds-fr.js';

describe('matchLead', () => {
  it('reads preambular leads of seed 000, with their modifiers', () => {
    expect(matchLead('Rappelant ses résolutions 36/103 du 9 décembre 1981,')).toEqual({ lead: 'Rappelant', kind: 'preambular' });
    expect(matchLead('Se déclarant préoccupée par le fait que ces technologies')?.lead).toBe('Se déclarant préoccupée');
    expect(matchLead('Considérant également que la diffusion et l’emploi')?.lead).toBe('Considérant également');
    expect(matchLead('Commémorant le vingt-cinquième anniversaire')?.lead).toBe('Commémorant');
  });
  it('reads operative leads with modifiers', () => {
    expect(matchLead('Se félicite également de la création du répertoire')).toEqual({ lead: 'Se félicite également', kind: 'operative' });
    expect(matchLead('Décide en outre que le groupe de travail')?.lead).toBe('Décide en outre');
    expect(matchLead('Note qu’il y a eu des interruptions')?.lead).toBe('Note');
  });
  it('takes phrases with a modifier inside and after the base (seed 001)', () => {
    expect(matchLead('Prenant également en considération les résultats du Sommet')?.lead).toBe('Prenant également en considération');
    expect(matchLead('Prenant note avec satisfaction des travaux du Groupe')?.lead).toBe('Prenant note avec satisfaction');
  });
  it('stops at a comma: "Rappelant, à cet égard, …" leads with "Rappelant"', () => {
    expect(matchLead('Rappelant, à cet égard, les modalités et principes définis')?.lead).toBe('Rappelant');
  });
  it('folds apostrophes and keeps the text as written', () => {
    expect(matchLead('S’inspirant de la Charte')?.lead).toBe('S’inspirant');
    expect(matchLead("S'inspirant de la Charte")?.lead).toBe("S'inspirant");
  });
  it('does not read a lead in lower case, in a continuation or in ordinary prose', () => {
    expect(matchLead('rappelant ses résolutions')).toBeNull();
    expect(matchLead('Les États Membres sont invités')).toBeNull();
    expect(matchLead('Notamment, les États')).toBeNull();
  });
  it('guesses an unknown present participle as a lead', () => {
    expect(looksLikePreambularLead('Méditant sur les progrès')).toBe('Méditant');
    expect(looksLikePreambularLead('La Commission')).toBeNull();
  });
});

describe('session ordinals', () => {
  it('reads the sessions of the seeds and a few harder ones', () => {
    expect(parseSessionLine('Soixante-dix-huitième session')).toBe(78);
    expect(parseSessionLine('Soixante-dix-neuvième session')).toBe(79);
    expect(parseFrenchOrdinal('soixante-quinzième')).toBe(75);
    expect(parseFrenchOrdinal('quatre-vingtième')).toBe(80);
    expect(parseFrenchOrdinal('quatre-vingt-onzième')).toBe(91);
    expect(parseFrenchOrdinal('vingt et unième')).toBe(21);
    expect(parseFrenchOrdinal('Première')).toBe(1);
    expect(parseFrenchOrdinal('cinquante-neuvième')).toBe(59);
    expect(parseFrenchOrdinal('centième')).toBe(100);
  });
  it('rejects what is not a session line', () => {
    expect(parseSessionLine('Session extraordinaire')).toBeNull();
    expect(parseSessionLine('Première Commission')).toBeNull();
    expect(parseFrenchOrdinal('soixante')).toBeNull();
  });
});

describe('cover lines and document kinds', () => {
  it('reads the cover lines of seeds 000 and 003', () => {
    expect(readDistribution('Distr. limitée')).toBe('limitée');
    expect(readDistribution('Distr. générale')).toBe('générale');
    expect(readCommittee('Première Commission')).toBe('C.1');
    expect(readAgendaItem("Point 94 de l'ordre du jour")).toBe('94');
    expect(readAgendaItem('Point 93 de la liste préliminaire*')).toBe('93');
    expect(readOriginalLine('Original : anglais/russe')?.languages).toEqual(['en', 'ru']);
    expect(readOriginalLine('Original : anglais, chinois, espagnol, français, russe')?.languages).toEqual(['en', 'zh', 'es', 'fr', 'ru']);
  });
  it('reads a reply\'s bracketed original line, with or without a date glued to it', () => {
    expect(readOriginalLine('[Original : anglais]')).toEqual({ languages: ['en'], rest: '', open: false });
    expect(readOriginalLine('[Original : espagnol 29 avril 2024]')?.rest).toBe('29 avril 2024');
    expect(readOriginalLine('Original : anglais, chinois,')?.open).toBe(true);
    expect(readOriginalLine('Originalité du dispositif')).toBeNull();
  });
  it('tells the sponsors line, the kind phrases and the part headings', () => {
    expect(isSponsorLine('Azerbaïdjan, Bélarus et Zimbabwe : projet de résolution')).toBe(true);
    expect(isSponsorLine('Progrès de l’informatique et des télécommunications')).toBe(false);
    expect(readKindPhrase('Rapport du Secrétaire général')).toBe('report');
    expect(readKindPhrase('Zimbabwe : projet de résolution')).toBe('draft-resolution');
    expect(readPartHeading('Projet de résolution II')).toEqual({ kind: 'draft-resolution', label: 'II' });
    expect(readPartHeading('Projet de décision I')).toEqual({ kind: 'draft-decision', label: 'I' });
    expect(readPartHeading('Projet de résolution A/C.1/75/L.4')).toBeNull();
    expect(isAnnexHeading('Annexe*')).toBe(true);
    expect(isAnnexHeading('Annexe I')).toBe(true);
    expect(isAnnexHeading('Annexe au présent rapport')).toBe(false);
  });
});
