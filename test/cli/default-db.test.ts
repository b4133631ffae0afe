import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { seed } from '../helpers/paths.js';

describe('database location', () => {
  const home = tempDir('cybercorpus-xdg-');
  afterAll(() => home.cleanup());
  const env = { XDG_DATA_HOME: home.dir };

  it('builds the default corpus from the bundled seeds on first use, with one note, then reuses it', () => {
    const first = runCli(['list', '--json'], { env });
    expect(first.code).toBe(0);
    const dbFile = join(home.dir, 'cybercorpus', 'corpus.db');
    expect(first.stderr.trim()).toBe(`cybercorpus: building the default corpus from the bundled seeds in ${dbFile}`);
    expect(existsSync(dbFile)).toBe(true);
    expect((JSON.parse(first.stdout) as unknown[]).length).toBe(19); // 5 seed documents + 14 AKN resolutions (seeds/akn/)

    const second = runCli(['list', '--json'], { env });
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  });

  it('a default corpus built by an older version picks up new bundled seeds on first use, with one note', () => {
    const old = tempDir('cybercorpus-xdg-');
    const oldEnv = { XDG_DATA_HOME: old.dir };
    const dbFile = join(old.dir, 'cybercorpus', 'corpus.db');
    expect(runCli(['list'], { env: oldEnv }).code).toBe(0);
    // an older version's corpus: the five seeds only, and the seed files it was built from
    const family = ['74/247', '74/28', '74/29', '75/240', '75/282', '75/32', '76/19', '77/36', '77/37', '78/16', '78/237', '79/237', '79/243', '80/16'];
    expect(runCli(['remove', ...family], { env: oldEnv }).code).toBe(0);
    const db = new Database(dbFile);
    db.prepare("UPDATE meta SET value = 'older-seeds' WHERE key = 'seeds-files'").run();
    db.close();
    expect((JSON.parse(runCli(['list', '--json'], { env: { ...oldEnv, CYBERCORPUS_DB: dbFile } }).stdout) as unknown[]).length).toBe(5);

    const r = runCli(['diff', '77/36', '78/237', '--stat'], { env: oldEnv });
    expect(r.stderr.trim()).toBe(`cybercorpus: adding this version's bundled seeds to ${dbFile}`);
    expect(r.code).toBe(1);
    const again = runCli(['list', '--json'], { env: oldEnv });
    expect(again.stderr).toBe('');
    expect((JSON.parse(again.stdout) as unknown[]).length).toBe(19);
    old.cleanup();
  });

  it('right after install: diff 77/36 78/237, show 78/237 with its draft, France’s votes on the family', () => {
    const fresh = tempDir('cybercorpus-xdg-');
    const env = { XDG_DATA_HOME: fresh.dir };
    const diff = runCli(['diff', '77/36', '78/237'], { env });
    expect(diff.code).toBe(1);
    expect(diff.stdout.split('\n').slice(0, 2)).toEqual(['--- A/RES/77/36', '+++ A/RES/78/237']);
    const show = runCli(['show', '78/237'], { env });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('adopted from draft: A/C.1/78/L.11');
    expect(runCli(['show', 'A/C.1/78/L.11', '--json'], { env }).stdout).toContain('"source_path"'); // seed 000 itself
    // read in the AKN lists (<count refersTo="inFavour|against|abstaining">, FRANCE)
    const fra = JSON.parse(runCli(['votes', '--country', 'FRA', '--json', '--kind', 'resolution'], { env }).stdout) as { symbol: string; vote: string }[];
    expect(Object.fromEntries(fra.map((v) => [v.symbol.replace('A/RES/', ''), v.vote]))).toEqual({
      '74/28': 'yes', '74/29': 'abstain', '74/247': 'no', '75/32': 'yes', '75/240': 'no', '77/36': 'no', '77/37': 'yes', '78/16': 'yes', '78/237': 'no',
    });
    fresh.cleanup();
  });

  it('search works on a fresh install with nothing else to do', () => {
    const fresh = tempDir('cybercorpus-xdg-');
    const r = runCli(['search', "programme d'action"], { env: { XDG_DATA_HOME: fresh.dir } });
    fresh.cleanup();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/⟦programme d.action⟧/i);
  });

  it('--db wins over CYBERCORPUS_DB, which wins over the default; both start empty', () => {
    const d = tempDir();
    const viaEnv = join(d.dir, 'env.db');
    const viaFlag = join(d.dir, 'flag.db');
    for (const path of [viaEnv, viaFlag]) openStore(path).close();
    const a = runCli(['stats', '--json'], { env: { ...env, CYBERCORPUS_DB: viaEnv } });
    expect(JSON.parse(a.stdout)).toMatchObject({ database: viaEnv, counts: { documents: 0 } });
    const b = runCli(['--db', viaFlag, 'stats', '--json'], { env: { ...env, CYBERCORPUS_DB: viaEnv } });
    expect(JSON.parse(b.stdout)).toMatchObject({ database: viaFlag, counts: { documents: 0 } });
    d.cleanup();
  });

  it('only add makes a database: any other command given a path where there is none is an error (issue 17)', () => {
    const d = tempDir();
    const missing = join(d.dir, 'typo', 'x.db');
    for (const args of [['stats'], ['search', 'numérique'], ['list'], ['remove', '78/237'], ['export', '--csv']]) {
      const r = runCli(['--db', missing, ...args], { env });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(`cybercorpus: no corpus at this path; \`cybercorpus --db PATH add FILES…\` makes one (${missing})\n`);
    }
    expect(existsSync(join(d.dir, 'typo'))).toBe(false);
    const a = runCli(['--db', missing, 'add', seed('000')], { env });
    expect(a.code).toBe(0);
    expect(existsSync(missing)).toBe(true);
    d.cleanup();
  });

  it('a database path that is a folder or not a cybercorpus database is one error line, exit 2', () => {
    const d = tempDir();
    const r = runCli(['--db', d.dir, 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`cybercorpus: the database path is a directory (${d.dir})`);
    const junk = join(d.dir, 'junk.db');
    writeFileSync(junk, 'this is not sqlite at all, just text '.repeat(200));
    const j = runCli(['--db', junk, 'list']);
    expect(j.code).toBe(2);
    expect(j.stderr.trim().split('\n')).toHaveLength(1);
    expect(j.stderr).toMatch(/^cybercorpus: (not a cybercorpus database|cannot open the database).*junk\.db\)$/m);
    d.cleanup();
  });
});
