/**
 * The text tables of every command (src/format/output.ts `table`): widths counted in columns,
 * not UTF-16 units, with printable ASCII measured by its length (issue 19: string-width on every
 * cell was two thirds of `search --count`), and no limit on the number of rows (a spread into
 * Math.max overflowed the stack past ~125,000).
 */
import { describe, expect, it } from 'vitest';
import { table } from '../../src/format/output.js';

describe('table', () => {
  it('aligns ASCII, accented and wide cells by the columns they take', () => {
    // é is one column, 漢 two, — one; the numeric column is right-aligned
    expect(table([['abc', '1'], ['é', '22'], ['漢', '3'], ['—', '4']], ['k', 'n'], 80)).toBe(
      'k     n\nabc   1\né    22\n漢    3\n—     4\n');
  });

  it('cuts a cell wider than its share with … and keeps the others whole', () => {
    expect(table([['abcdefghij', 'xyz'], ['é', 'zz']], ['key', 'value'], 12)).toBe(
      'key     value\nabcde…  xyz\né       zz\n');
  });

  it('prints 200,000 rows', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`d${i}`, String(i % 7)]);
    const lines = table(rows, ['id', 'n'], 80).split('\n');
    expect(lines.length).toBe(200_002);
    expect(lines[200_000]).toBe('d199999  2'); // 199,999 = 7 × 28,571 + 2
  });
});
