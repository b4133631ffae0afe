import { describe, expect, it } from 'vitest';
import { clean, fold } from '../../src/text/fold.js';

describe('fold: the matching key', () => {
  it('folds case, accents, apostrophes, ligatures, hyphen variants and space-like characters', () => {
    expect(fold('Programme d’action')).toBe(fold("programme d'action"));
    expect(fold('étatique')).toBe('etatique');
    expect(fold('mise en Œuvre de l’œuvre')).toBe("mise en oeuvre de l'oeuvre");
    expect(fold('celles\u2011ci')).toBe('celles-ci');
    expect(fold('Groupe de travail\u00a0:  numérique\u202f;')).toBe('groupe de travail : numerique ;');
  });

  it('clean keeps the text as written but normalises spaces and NFC', () => {
    expect(clean('  Re\u0301affirmant\u00a0 l’examen ')).toBe('Réaffirmant l’examen');
  });
});
