/**
 * Issue 18: cases of the adversarial run that held, kept so that they keep holding. XML entity
 * attacks (XXE, billion laughs), values that look like SQL or FTS syntax, `kill -9` of `add` and
 * `remove` at several moments (the corpus is untouched or fully updated, never in between).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers/cli.js';
import { writeSeedCopies } from '../helpers/paths.js';
import { type Cli, Database, kill, smallCorpus, storedIds } from './corpus.js';

let c: Cli;
let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  c = smallCorpus();
  tmp = tempDir('cybercorpus-adv-held-');
});
afterAll(() => {
  c?.cleanup();
  tmp?.cleanup();
});

const AKN_HEAD = '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><preamble><formula name="enactingFormula"><p>';
const AKN_TAIL = '</p></formula></preamble></statement></akomaNtoso>';

describe('XML entity attacks', () => {
  it('XXE: an external entity naming a local file is not expanded', () => {
    const secret = join(tmp.dir, 'secret.txt');
    writeFileSync(secret, 'MOT-DE-PASSE-SECRET');
    const path = join(tmp.dir, 'xxe.xml');
    writeFileSync(path, `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file://${secret}">]>\n${AKN_HEAD}L’Assemblée générale, &xxe;${AKN_TAIL}\n`);
    const r = c.run(['add', path]);
    expect(`${r.stdout}${r.stderr}`).not.toContain('MOT-DE-PASSE-SECRET');
    const db = new Database(c.db, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM paragraphs WHERE text LIKE '%MOT-DE-PASSE%'").pluck().get()).toBe(0);
    db.close();
  });

  it('billion laughs: nested entities are not expanded (the process ends, memory stays small)', () => {
    const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('\n');
    const path = join(tmp.dir, 'laughs.xml');
    writeFileSync(path, `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY l0 "rire">\n${levels}]>\n${AKN_HEAD}&l10;${AKN_TAIL}\n`);
    const r = c.run(['add', path]);
    expect(r.stderr).not.toMatch(/bug|internal error|heap/);
    const db = new Database(c.db, { readonly: true });
    const longest = db.prepare('SELECT max(length(text)) FROM paragraphs').pluck().get() as number;
    db.close();
    expect(longest).toBeLessThan(100_000);
  });
});

describe('values that look like syntax are taken as text', () => {
  it('SQL and FTS5 syntax in references, filters and queries change nothing', () => {
    const before = storedIds(c.db);
    const values: string[][] = [
      ['show', "x'; DROP TABLE documents; --"],
      ['remove', "' OR 1=1 --"],
      ['search', 'x', '--sponsor', "FRA' OR '1'='1"],
      ['search', 'paragraphs_fts MATCH "*" OR rowid > 0'],
      ['search', '"a" NEAR/0 "b" ^ { } : *'],
      ['export', '--csv', '--table', 'documents; DROP TABLE documents'],
      ['search', 'x', '--session', '1; DELETE FROM documents'],
    ];
    for (const args of values) {
      const r = c.run(args);
      expect(r.stderr, args.join(' ')).not.toMatch(/bug|internal error/);
      expect([0, 1, 2], args.join(' ')).toContain(r.code);
    }
    expect(storedIds(c.db)).toEqual(before);
  });
});

describe('kill -9 of a writer', () => {
  it('at several moments of add and remove, the corpus is as before or fully updated, and sound', async () => {
    const folder = join(tmp.dir, 'batch');
    writeSeedCopies(folder, 2);
    const before = storedIds(c.db);
    // moments spread over the run (no timing is asserted: each outcome is allowed, not the mix)
    for (const ms of [100, 400, 900, 1600, 2500]) {
      const child = spawn(process.execPath, [BIN, '--db', c.db, 'add', folder], { stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, ms));
      await kill(child);
      const ids = storedIds(c.db);
      expect([before.length, before.length + 10]).toContain(ids.length);
      const db = new Database(c.db, { readonly: true });
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      db.close();
      if (ids.length > before.length) {
        // fully added: remove the batch again, and kill that at the same moment
        const extra = ids.filter((id) => !before.includes(id));
        const rm = spawn(process.execPath, [BIN, '--db', c.db, 'remove', ...extra], { stdio: 'ignore' });
        await new Promise((resolve) => setTimeout(resolve, ms));
        await kill(rm);
        expect([before.length, before.length + 10]).toContain(storedIds(c.db).length);
        if (storedIds(c.db).length > before.length) {
          const r = c.run(['remove', ...extra]);
          expect(r.code, r.stderr).toBe(0);
        }
      }
      expect(storedIds(c.db)).toEqual(before);
    }
  }, 300_000);
});
