import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ftsText } from '../../src/store/fts.js';

describe('the indexed form of a paragraph', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')");
  const rows = ['la mise en œuvre', 'lʼexamen des États', 'l’examen', "l'examen", 'Étatique'];
  rows.forEach((r, i) => db.prepare('INSERT INTO t (rowid, text) VALUES (?, ?)').run(i + 1, ftsText(r)));
  const match = (q: string) => (db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').all(q) as { rowid: number }[]).map((r) => r.rowid);

  it('finds œ as oe, and every apostrophe (including U+02BC) as a word boundary', () => {
    expect(match('"mise en oeuvre"')).toEqual([1]);
    expect(match('"l examen"')).toEqual([2, 3, 4]);
    expect(match('etatique')).toEqual([5]);
    expect(match('etats')).toEqual([2]);
  });

});

describe('ftsText', () => {
  it('rewrites the ligatures and U+02BC, and leaves any other text as it is', () => {
    expect(ftsText('Œuvre, œuvre, Æsope, cæcum, lʼexamen')).toBe("OEuvre, oeuvre, AEsope, caecum, l'examen");
    const plain = 'la mise en place d’un cadre de l’examen, États';
    expect(ftsText(plain)).toBe(plain);
  });
});
