import { describe, expect, it } from 'vitest';
import { normaliseSymbol, symbolKind } from '../../src/lexicon/symbols.js';

describe('normaliseSymbol', () => {
  it('expands the short resolution form, with its part', () => {
    expect(normaliseSymbol('78/237')).toBe('A/RES/78/237');
    expect(normaliseSymbol('43/78 H')).toBe('A/RES/43/78H');
    expect(normaliseSymbol('43/78h')).toBe('A/RES/43/78H');
  });
  it('writes full symbols in their canonical case and accepts its own output', () => {
    expect(normaliseSymbol('a/c.1/75/l.8/rev.1')).toBe('A/C.1/75/L.8/Rev.1');
    expect(normaliseSymbol('A/C.1/75/PV.14')).toBe('A/C.1/75/PV.14');
    expect(normaliseSymbol('A/AC.292/2023/INF/5')).toBe('A/AC.292/2023/INF/5');
    expect(normaliseSymbol('A/RES/43/78 H')).toBe('A/RES/43/78H');
    expect(normaliseSymbol('A/RES/43/78H')).toBe('A/RES/43/78H');
    expect(normaliseSymbol('E/RES/1996/31')).toBe('E/RES/1996/31');
    expect(normaliseSymbol('A/65/154/add.1')).toBe('A/65/154/Add.1');
  });
  it('refuses what is not a symbol', () => {
    expect(normaliseSymbol('2019/12')).toBeNull();
    expect(normaliseSymbol('circulaire')).toBeNull();
    expect(normaliseSymbol('X/78/265')).toBeNull();
    expect(normaliseSymbol('A')).toBeNull();
    expect(normaliseSymbol('A/78/2-65')).toBeNull();
  });
});

describe('symbolKind', () => {
  it('classifies by series and segment', () => {
    expect(symbolKind('A/RES/75/240')).toBe('resolution');
    expect(symbolKind('A/DEC/72/512')).toBe('decision');
    expect(symbolKind('E/RES/1996/31')).toBe('ecosoc-resolution');
    expect(symbolKind('A/C.1/75/PV.14')).toBe('meeting-record');
    expect(symbolKind('A/C.1/75/L.8/Rev.1')).toBe('draft');
    expect(symbolKind('A/78/265')).toBe('document');
  });
});
