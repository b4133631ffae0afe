/**
 * French words the PDF-text front-end may rebuild when the extraction broke them apart
 * (`d omaine`, `téléco mmunication`) or hyphenated them at a line end, in addition to the
 * words of the document itself (the main evidence). Lower case, as written (accents kept).
 *
 * Data only: the vocabulary of UN texts on ICT and international security. Short words
 * (one letter) are never joined to a neighbour on their own evidence: see SINGLE_LETTER_WORDS.
 */

/**
 * Articles, prepositions, conjunctions, pronouns: printed on their own far more often than
 * as the broken piece of a word, so never joined to a neighbour (`de venir`, `en cours`,
 * `pour suivre`, `quel que` are four words of the dev corpus, not `devenir` …).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'de', 'des', 'du', 'la', 'le', 'les', 'un', 'une', 'et', 'ou', 'en', 'au', 'aux', 'dans',
  'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'entre', 'vers', 'contre', 'que', 'qui', 'dont',
  'ce', 'ces', 'cet', 'cette', 'son', 'sa', 'ses', 'leur', 'leurs', 'il', 'ils', 'elle', 'elles',
  'se', 'ne', 'pas', 'plus', 'ainsi', 'aussi', 'afin', 'selon', 'lors', 'quel', 'quelle',
  'quels', 'quelles', 'tout', 'tous', 'toute', 'toutes', 'si', 'ni', 'mais', 'car',
]);

export const FRENCH_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'notamment',
  // the vocabulary of these resolutions and reports
  'assemblée', 'générale', 'résolution', 'résolutions', 'décision', 'décisions', 'rapport',
  'rapports', 'session', 'sessions', 'séance', 'séances', 'commission', 'comité', 'groupe',
  'groupes', 'travail', 'travaux', 'experts', 'gouvernementaux', 'secrétaire', 'secrétariat',
  'général', 'états', 'état', 'membres', 'membre', 'nations', 'unies', 'organisation',
  'organisations', 'international', 'internationale', 'internationales', 'internationaux',
  'sécurité', 'informatique', 'informatiques', 'télécommunication', 'télécommunications',
  'technologie', 'technologies', 'information', 'informations', 'communication',
  'communications', 'numérique', 'numériques', 'cyberespace', 'cybersécurité', 'domaine',
  'domaines', 'résultat', 'résultats', 'examen', 'examiner', 'étude', 'études', 'adoption',
  'comportement', 'responsable', 'responsables', 'règle', 'règles', 'norme', 'normes',
  'principe', 'principes', 'mesure', 'mesures', 'confiance', 'renforcement', 'capacités',
  'capacité', 'coopération', 'essentiel', 'essentielle', 'essentiels', 'contribution',
  'contributions', 'application', 'applications', 'utilisation', 'développement', 'progrès',
  'paix', 'stabilité', 'droit', 'droits', 'charte', 'souveraineté', 'infrastructure',
  'infrastructures', 'recommandation', 'recommandations', 'constatations', 'observations',
  'questions', 'question', 'mandat', 'consensus', 'dialogue', 'institutionnel', 'régulier',
  'propositions', 'proposition', 'programme', 'action', 'prochaines', 'étapes', 'recommandées',
  'préoccupée', 'rappelant', 'notant', 'soulignant', 'réaffirmant', 'considérant', 'confirmant',
  'affirmant', 'saluant', 'décide', 'demande', 'invite', 'prie', 'encourage', 'engage',
  'concernant', 'conformément', 'également', 'particulier', 'particulière', 'ensemble',
  'conflits', 'conflit', 'menaces', 'menace', 'risques', 'risque', 'stratégies', 'stratégie',
  'partage', 'répertoire', 'interlocuteurs', 'vision', 'commune', 'commun', 'communs',
  'multilatéral', 'multilatérale', 'régional', 'régionale', 'régionales', 'régionaux',
  'sous-régionales', 'militaire', 'militaires', 'civil', 'civile', 'pacifique', 'pacifiques',
  'malveillante', 'malveillantes', 'fonctionnalités', 'approvisionnement', 'chaîne',
]);

/** The one-letter words of French: never evidence that a lone letter is a word fragment. */
export const SINGLE_LETTER_WORDS: ReadonlySet<string> = new Set(['a', 'à', 'y', 'ô', 'o']);
