import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithDb, runCli, tempDir } from '../helpers/cli.js';
import { FIXTURES, SEEDS, seed } from '../helpers/paths.js';

/** What the corpus holds, as seen through the CLI: equal fingerprints = corpus untouched. */
function fingerprint(run: ReturnType<typeof cliWithDb>['run']): string {
  const list = run(['list', '--parts', '--json']);
  const stats = run(['stats', '--json']);
  expect(list.code).toBe(0);
  expect(stats.code).toBe(0);
  const s = JSON.parse(stats.stdout) as Record<string, unknown>;
  delete s.database;
  return JSON.stringify([JSON.parse(list.stdout), s]);
}

describe('cybercorpus add', () => {
  const cli = cliWithDb();
  const tmp = tempDir();
  let before = '';

  beforeAll(() => {
    const r = cli.run(['add', SEEDS]);
    expect(r.stderr).toContain('19 added, 0 replaced, 0 unchanged, 0 failed');
    expect(r.code).toBe(0);
    before = fingerprint(cli.run);
  });
  afterAll(() => {
    cli.cleanup();
    tmp.cleanup();
  });

  it('adds the five seeds with their declared symbols, and the 14 AKN resolutions of seeds/akn/', () => {
    const list = JSON.parse(cli.run(['list', '--json']).stdout) as { id: string; symbol: string | null; kind: string }[];
    expect(list).toHaveLength(19);
    expect(list.filter((d) => d.kind === 'resolution').map((d) => d.id).sort()).toEqual(['74/247', '74/28', '74/29', '75/240', '75/282', '75/32', '76/19', '77/36', '77/37', '78/16', '78/237', '79/237', '79/243', '80/16'].map((r) => `A/RES/${r}`).sort());
    const ids = list.map((d) => d.id);
    expect(ids).toContain('A/C.1/78/L.11');
    expect(ids).toContain('A/75/394');
    expect(list.find((d) => d.id === 'A/C.1/78/L.11')!.kind).toBe('draft-resolution');
    expect(list.find((d) => d.id === 'A/75/394')!.kind).toBe('report');
  });

  it('re-adding unchanged files does nothing', () => {
    const r = cli.run(['add', SEEDS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('0 added, 0 replaced, 19 unchanged, 0 failed');
    expect(fingerprint(cli.run)).toBe(before);
  });

  it('a changed file replaces its rows; changing it back restores them', () => {
    const copy = join(tmp.dir, 'copy-000.txt');
    copyFileSync(seed('000'), copy);
    writeFileSync(copy.replace(/\.txt$/, '.txt.meta.json'), JSON.stringify({ symbol: 'X/TEST/1' }));
    expect(cli.run(['add', copy]).stderr).toContain('1 added');
    const n1 = (JSON.parse(cli.run(['show', 'X/TEST/1', '--json']).stdout) as { paragraphs: unknown[] }).paragraphs.length;
    writeFileSync(copy, readFileSync(copy, 'utf8') + '\n\n9. *Décide* de rester saisie de la question.\n');
    const r = cli.run(['add', copy]);
    expect(r.stderr).toContain('0 added, 1 replaced');
    const doc = JSON.parse(cli.run(['show', 'X/TEST/1', '--json']).stdout) as { paragraphs: { text: string }[] };
    expect(doc.paragraphs.length).toBe(n1 + 1);
    expect(doc.paragraphs.at(-1)!.text).toContain('de rester saisie de la question');
    expect(cli.run(['remove', 'X/TEST/1']).code).toBe(0);
    expect(fingerprint(cli.run)).toBe(before);
  });

  describe('bad input: one error line, exit 2, corpus untouched', () => {
    const cases: [string, () => string, RegExp][] = [
      ['a missing path', () => join(tmp.dir, 'nope.txt'), /^cybercorpus: no such file or directory \(.*nope\.txt\)$/],
      ['an empty file', () => { const p = join(tmp.dir, 'empty.txt'); writeFileSync(p, ''); return p; }, /^cybercorpus: empty file \(.*empty\.txt\)$/],
      ['a blank file', () => { const p = join(tmp.dir, 'blank.txt'); writeFileSync(p, '\n \n\t\n'); return p; }, /^cybercorpus: empty file \(.*blank\.txt\)$/],
      ['a binary file', () => { const p = join(tmp.dir, 'image.txt'); writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])); return p; }, /^cybercorpus: binary file, not a text document \(.*image\.txt\)$/],
      ['an empty folder', () => { const p = join(tmp.dir, 'emptydir'); mkdirSync(p, { recursive: true }); return p; }, /^cybercorpus: folder has no files \(.*emptydir\)$/],
      ['a glob that matches nothing', () => join(tmp.dir, '*.nothing'), /^cybercorpus: no file matches the pattern \(.*\*\.nothing\)$/],
      ['XML that is not Akoma Ntoso', () => { const p = join(tmp.dir, 'feed.xml'); writeFileSync(p, '<?xml version="1.0"?>\n<rss><channel/></rss>\n'); return p; }, /^cybercorpus: XML that is not Akoma Ntoso.* \(.*feed\.xml\)$/],
      ['invalid declared metadata', () => { const p = join(tmp.dir, 'meta.txt'); copyFileSync(seed('000'), p); writeFileSync(p + '.meta.json', '{"session": "78"}'); return p; }, /^cybercorpus: metadata field 'session' must be a number \(.*meta\.txt\.meta\.json\)$/],
    ];
    for (const [name, make, message] of cases) {
      it(name, () => {
        const r = cli.run(['add', make()]);
        expect(r.code).toBe(2);
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(r.stderr.trimEnd()).toMatch(message);
        expect(r.stdout).toBe('');
        expect(fingerprint(cli.run)).toBe(before);
      });
    }

    it('an unreadable file', () => {
      const p = join(tmp.dir, 'secret.txt');
      copyFileSync(seed('001'), p);
      chmodSync(p, 0o000);
      chmodSync(tmp.dir, 0o755);
      // root reads everything: run the CLI as an unprivileged user with a database it can write
      const asRoot = process.getuid?.() === 0;
      let r;
      if (asRoot) {
        const own = tempDir('cybercorpus-nobody-');
        chmodSync(own.dir, 0o777);
        const db = join(own.dir, 'c.db');
        const spawn = (args: string[]) => runCli(['--db', db, ...args], { uid: 65534, gid: 65534 });
        expect(spawn(['add', seed('000')]).code).toBe(0);
        const fp = spawn(['list', '--json']).stdout;
        r = spawn(['add', p]);
        expect(spawn(['list', '--json']).stdout).toBe(fp);
        own.cleanup();
      } else {
        r = cli.run(['add', p]);
        expect(fingerprint(cli.run)).toBe(before);
      }
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd()).toMatch(/^cybercorpus: permission denied: cannot read the file \(.*secret\.txt\)$/);
    });

    it('a bad file among good ones adds nothing, unless --keep-going', () => {
      const good = join(tmp.dir, 'good.txt');
      copyFileSync(seed('001'), good);
      writeFileSync(good + '.meta.json', JSON.stringify({ symbol: 'X/GOOD/1' }));
      const bad = join(tmp.dir, 'empty.txt');
      writeFileSync(bad, '');
      const r = cli.run(['add', good, bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/empty file \(.*empty\.txt\)/);
      expect(r.stderr).toContain('nothing was added');
      expect(fingerprint(cli.run)).toBe(before);

      const k = cli.run(['add', '--keep-going', good, bad]);
      expect(k.code).toBe(2);
      expect(k.stderr).toContain('1 added, 0 replaced, 0 unchanged, 1 failed');
      expect(cli.run(['show', 'X/GOOD/1', '--json']).code).toBe(0);
      expect(cli.run(['remove', 'X/GOOD/1']).code).toBe(0);
      expect(fingerprint(cli.run)).toBe(before);
    });
  });
});

describe('cybercorpus add: notes, --quiet, every bad file named', () => {
  const cli = cliWithDb();
  const tmp = tempDir();
  afterAll(() => {
    cli.cleanup();
    tmp.cleanup();
  });
  // five copies of one resolution (A/RES/99/1): the first keeps the id, four are renamed ~2…~5
  const copies = () => {
    const dir = join(tmp.dir, 'copies');
    mkdirSync(dir, { recursive: true });
    for (const k of [1, 2, 3, 4, 5]) copyFileSync(join(FIXTURES, 'cli/resolution.txt'), join(dir, `r${k}.txt`));
    return dir;
  };

  it('without --keep-going names every bad file, not only the first, and adds nothing', () => {
    const dir = join(tmp.dir, 'bad');
    mkdirSync(dir);
    copyFileSync(seed('001'), join(dir, 'a-good.txt'));
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-empty.txt'), '');
    const r = cli.run(['add', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty file \(.*b-empty\.txt\)/);
    expect(r.stderr).toMatch(/empty file \(.*c-empty\.txt\)/);
    expect(r.stderr).toContain('nothing was added: 2 files failed');
    expect(JSON.parse(cli.run(['list', '--json']).stdout)).toEqual([]);
  });

  it('repeated notes become one line with a count; --verbose prints each, --quiet none', () => {
    const r = cli.run(['add', copies()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('cybercorpus: 4 ids renamed (already in the corpus from another file): see --verbose');
    expect(r.stderr).not.toContain('stored as');
    expect(r.stderr).toContain('5 added, 0 replaced, 0 unchanged, 0 failed');

    expect(cli.run(['remove', 'A/RES/99/1', 'A/RES/99/1~2', 'A/RES/99/1~3', 'A/RES/99/1~4', 'A/RES/99/1~5']).code).toBe(0);
    const v = cli.run(['add', '--verbose', copies()]);
    for (const k of [2, 3, 4, 5]) expect(v.stderr).toContain(`A/RES/99/1 is already in the corpus from another file; this one is stored as A/RES/99/1~${k}`);

    const q = cli.run(['add', '--quiet', join(tmp.dir, 'copies', 'r1.txt')]);
    expect(q.code).toBe(0);
    expect(q.stderr).toBe('');
    const qBad = cli.run(['add', '--quiet', join(tmp.dir, 'bad', 'b-empty.txt')]);
    expect(qBad.code).toBe(2);
    expect(qBad.stderr).toMatch(/^cybercorpus: empty file \(.*b-empty\.txt\)\n$/);
  });
});
