/**
 * The human tables measure and cut cells without string-width when every character is one
 * column wide (src/format/output.ts, issue 19): the widths and cuts must be string-width's and
 * wrap-ansi's, character for character.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutTo, table, textWidth } from '../../src/format/output.js';
import { seed } from '../helpers/paths.js';

/** The cut as it was made before the fast path (from 2 columns): wrap-ansi's first line of the whole text. */
const wrapCut = (text: string, width: number) =>
  wrapAnsi(text, width - 1, { hard: true, trim: false, wordWrap: false }).split('\n')[0]!.trimEnd() + '…';

/** A fixed pseudo-random sequence (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('textWidth and cutTo: string-width and wrap-ansi, faster', () => {
  it('every character of the first 12,288 code points has the width string-width gives it', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x3000; cp++) {
      const ch = String.fromCodePoint(cp);
      if (textWidth(ch) !== stringWidth(ch)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('text of French titles and mixed text: the same widths and the same cuts', () => {
    // as `list` prints them (seeds/akn: A/RES/78/237), with the characters the fast path leaves
    // to string-width: © (2 columns), a soft hyphen (0), a combining accent, a CJK character (2)
    const samples = [
      'Progrès de l’informatique et des télécommunications dans le contexte de la sécurité internationale',
      '« Règles, normes et principes » — rapport du Secrétaire général…',
      'Œuvre © 2024', 'cyber\u00adsécurité', 'e\u0301tat', 'Chine 中国', 'A/C.1/78/L.11', '', ' ',
    ];
    const pick = random(19);
    const mixed = [...'abc xyz’«»–—…éÉœŒ©®\u00ad\u0301中 ,.;:'];
    for (let i = 0; i < 150; i++) samples.push(Array.from({ length: Math.floor(pick() * 30) }, () => mixed[Math.floor(pick() * mixed.length)]!).join(''));
    // one column per character (the fast path): words of 0 to 40 characters, one or two spaces apart
    const narrow = [...'abcxyz’«»–—…éÉœŒ,.;:#/_-'];
    const word = () => Array.from({ length: Math.floor(pick() ** 2 * 41) }, () => narrow[Math.floor(pick() * narrow.length)]!).join('');
    for (let i = 0; i < 250; i++) samples.push(Array.from({ length: 1 + Math.floor(pick() * 8) }, word).join(pick() < 0.8 ? ' ' : '  '));
    // the lines of a seed: French text as the documents write it
    samples.push(...readFileSync(seed('003'), 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, 60).map((l) => l.slice(0, 120)));
    const wrong: unknown[] = [];
    for (const text of samples) {
      if (textWidth(text) !== stringWidth(text)) wrong.push({ text, width: textWidth(text), expected: stringWidth(text) });
      for (const width of [2, 3, 5, 8, 13, 21, 34]) {
        if (stringWidth(text) > width && cutTo(text, width) !== wrapCut(text, width)) wrong.push({ text, width, cut: cutTo(text, width), expected: wrapCut(text, width) });
      }
    }
    expect(samples.length).toBeGreaterThan(450);
    expect(wrong).toEqual([]);
  });

  it('a table of 200,000 rows (more values than a spread into Math.max can take)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), 'x']);
    const lines = table(rows, ['n', 'v'], 80).split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[1]).toBe('     0  x');
    expect(lines[200_000]).toBe('199999  x');
  });
});
