import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runShell } from '../helpers/cli.js';
import { buildCorpus, type Corpus } from './fixture.js';

let c: Corpus;
beforeAll(() => {
  c = buildCorpus();
});
afterAll(() => c?.cleanup());

/** Run the CLI with its stdout going where a shell redirection says. */
const shell = (script: string) => runShell(script, { CLI: `${process.execPath} ${BIN} --db ${c.db}` });

describe('streaming to pipes and devices', () => {
  it('the export is larger than a pipe buffer (so the next tests close the pipe mid-export)', () => {
    const bytes = shell('$CLI export --csv | wc -c').stdout.trim();
    expect(bytes).toMatch(/^\d+$/);
    expect(Number(bytes)).toBeGreaterThan(256 * 1024);
  });

  it.each([
    ['--csv', 'document_id,symbol,session,n,kind,number,lead,text,section,parent_n,footnotes,line,end_line,source_path,text_folded\r\n'],
    ['--tsv', 'document_id\tsymbol\tsession\tn\tkind\tnumber\tlead\ttext\tsection\tparent_n\tfootnotes\tline\tend_line\tsource_path\ttext_folded\n'],
    ['--json', '[\n'],
  ])('`export %s | head -1` ends quietly, exit 0', (flag, first) => {
    const r = shell(`$CLI export ${flag} | head -1`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(first);
  });

  it('`export --jsonl | head -c 10` ends quietly, exit 0', () => {
    const r = shell('$CLI export --jsonl | head -c 10');
    expect(r).toEqual({ code: 0, stdout: '{"document', stderr: '' });
  });

  it.each(['--csv', '--json', '--jsonl --table vote_records'])('a full disk (`export %s > /dev/full`) is one line, exit 2', (flags) => {
    const r = shell(`$CLI export ${flags} > /dev/full`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cybercorpus: cannot write: no space left on device [ENOSPC] (stdout)\n');
  });

  it('a redirection to a file gets the same bytes as a pipe', () => {
    const piped = shell('$CLI export --tsv --table citations | cat').stdout;
    const filed = shell('f=$(mktemp); $CLI export --tsv --table citations > "$f"; cat "$f"; rm -f "$f"').stdout;
    expect(filed).toBe(piped);
    expect(piped.split('\n')[0]).toBe('document_id\tseq\ttarget\tkind\tas_written\tparagraph_n\tfootnote\tdate\tspan_start\tspan_end');
  });
});
