/**
 * Sorted hits are merged from two streams (paragraphs, footnotes) in JS on the order keys that
 * SQLite sorted each stream on (src/query/search.ts sortedOrder): the comparison must be
 * SQLite's, or the merge would interleave them out of order. Checked against SQLite's own
 * ORDER BY on values where JavaScript's < differs: a character beyond U+FFFF (a surrogate pair in
 * UTF-16) against U+E000–U+FFFF, NULL against text, numbers.
 */
import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { compareSql } from '../../src/query/search.js';

describe('compareSql', () => {
  it('orders as SQLite orders an ORDER BY column', () => {
    const values: (string | number | null)[] = ['b', 'a', 'ab', '', null, 'é', '\ufb01', '\u{1d400}', '\uffff', 'z\u{1f600}', 'z\ue000', 'A', '2024-01-01', '2023-12-31'];
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE v (x)');
    const ins = db.prepare('INSERT INTO v VALUES (?)');
    for (const v of values) ins.run(v);
    const want = db.prepare('SELECT x FROM v ORDER BY x').pluck().all();
    db.close();
    expect([...values].sort(compareSql)).toEqual(want);
    // JavaScript's own order puts the surrogate pair first: the case compareSql exists for
    expect(['\uffff', '\u{1d400}'].sort()).toEqual(['\u{1d400}', '\uffff']);
    expect(['\uffff', '\u{1d400}'].sort(compareSql)).toEqual(['\uffff', '\u{1d400}']);
  });

  it('numbers by value', () => {
    expect([10, 2, -1, 0.5].sort(compareSql)).toEqual([-1, 0.5, 2, 10]);
  });
});
