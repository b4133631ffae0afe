/**
 * checkMarkdownBounds counts a paragraph's marks only once the paragraph is longer than the
 * smaller bound (issue 14: add no slower); what it refuses, and the line it names, must not
 * depend on where that happens.
 */
import { describe, expect, it } from 'vitest';
import { MARKDOWN_BOUNDS, checkMarkdownBounds } from '../../src/frontends/markdown-bounds.js';

const refusal = (text: string): string | null => {
  try {
    checkMarkdownBounds(text);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

describe('markdown bounds', () => {
  const { brackets, delimiters, nesting } = MARKDOWN_BOUNDS;

  it('counts the brackets of a paragraph over all its lines, and names its first line', () => {
    // line 1: a title; line 3 opens a paragraph whose brackets go one over the bound on line 5
    const text = `# Titre\n\n${'['.repeat(brackets - 1)}\ntexte\n[[\n`;
    expect(refusal(text)).toBe(`markdown beyond what a UN document holds: more than ${brackets} brackets in one paragraph (line 3); not read`);
  });

  it('starts counting again after a blank line', () => {
    const half = '['.repeat(brackets / 2 + 1);
    expect(refusal(`${half}\n\n${half}\n`)).toBeNull();
    expect(refusal(`${half}\n${half}\n`)).toMatch(/brackets in one paragraph \(line 1\)/);
  });

  it('reports what comes first in the text: marks before a nesting further down', () => {
    const deep = `${'> '.repeat(nesting + 1)}x`;
    expect(refusal(`${'*'.repeat(delimiters + 1)}\n${deep}\n`)).toMatch(/emphasis or code marks in one paragraph \(line 1\)/);
    expect(refusal(`${deep}\n${'*'.repeat(delimiters + 1)}\n`)).toBe(`markdown beyond what a UN document holds: ${nesting + 1} containers nested on one line, at most ${nesting} (line 1); not read`);
  });

  it('reads a long paragraph within the bounds', () => {
    expect(refusal(`${'Les États Membres [A/78/265](#) '.repeat(brackets / 4)}\n`)).toBeNull();
  });
});
