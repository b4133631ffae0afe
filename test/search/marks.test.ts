/**
 * Match positions, not markers (issue 17): UN texts print square brackets of their own, so the
 * first version's `[match]` in snippets could not be told from the text's. The fixture is the oath
 * of A/RES/77/335's annex, which writes the blank to fill in as « Moi, [nom], jure … ».
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithDb } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';

const OATH = join(FIXTURES, 'search/oath-77-335.md');

interface Hit { text: string; matches: [number, number][]; snippet: string; start?: number }

describe('search: match positions beside UN square brackets', () => {
  const cli = cliWithDb();
  beforeAll(() => expect(cli.run(['add', OATH]).code).toBe(0));
  afterAll(() => cli.cleanup());

  it('machine output: matches are offsets in the text, the snippet is the text without markers', () => {
    const [hit] = JSON.parse(cli.run(['search', 'nom', '--json']).stdout) as Hit[];
    expect(hit!.text.startsWith('« Moi, [nom], jure solennellement')).toBe(true);
    // « (1) space (1) Moi, (4) space (1) [ (1): nom starts at 8
    expect(hit!.matches).toEqual([[8, 11]]);
    expect(hit!.text.slice(8, 11)).toBe('nom');
    // the brackets are the document's: the snippet is its text as written
    expect(hit!.snippet).toContain('Moi, [nom], jure');
    expect(hit!.snippet).toBe(hit!.text);
  });

  it('offsets count characters (code points), as SQLite substr, Python and R do', () => {
    const [line] = cli.run(['search', 'jure', '--kwic', '--jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { start: number; end: number; match: string });
    const [hit] = JSON.parse(cli.run(['search', 'jure', '--json']).stdout) as Hit[];
    expect([line!.start, line!.end]).toEqual(hit!.matches[0]);
    expect([...hit!.text].slice(line!.start, line!.end).join('')).toBe('jure');
  });

  it('text view: ⟦ ⟧ off a terminal, --marks to choose, colour with --color=always or FORCE_COLOR', () => {
    expect(cli.run(['search', 'nom']).stdout).toContain('« Moi, [⟦nom⟧], jure');
    expect(cli.run(['search', 'nom', '--marks', '<>']).stdout).toContain('Moi, [<nom>], jure');
    expect(cli.run(['search', 'nom', '--marks', '<<,>>']).stdout).toContain('Moi, [<<nom>>], jure');
    expect(cli.run(['search', 'nom', '--kwic']).stdout).toMatch(/\[ ⟦nom⟧ \], jure/);
    for (const r of [cli.run(['search', 'nom', '--color=always']), cli.run(['search', 'nom'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })]) {
      expect(r.stdout).toMatch(/Moi, \[\x1b\[[0-9;]*m(?:\x1b\[[0-9;]*m)*nom\x1b\[[0-9;]*m/);
      expect(r.stdout).not.toContain('⟦');
    }
    const bad = cli.run(['search', 'nom', '--marks', '<']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cybercorpus: --marks takes two markers/);
    expect(cli.run(['search', 'nom', '--json', '--marks', '<>']).code).toBe(2);
  });
});
