import { describe, expect, it } from 'vitest';
import { adoptedSymbolSession, gaAdoptedSymbol, normaliseSymbol, readSymbolLine, resolutionShortForm, symbolFacts, symbolKind, undocsSymbol } from '../../src/lexicon/symbols.js';

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
    // a year-numbered resolution, as running text reads it (76/185: "les résolutions 2013/38 … et 2019/23")
    expect(normaliseSymbol('2013/38')).toBe('E/RES/2013/38');
    expect(normaliseSymbol('S/PRST/2022/6')).toBe('S/PRST/2022/6');
    expect(normaliseSymbol('A/65/154/add.1')).toBe('A/65/154/Add.1');
  });
  it('refuses what is not a symbol', () => {
    expect(normaliseSymbol('2019/1200')).toBeNull();
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

/** The symbol grammar the front-ends and the metadata reader use, in its one owner (issue 15). */
describe('symbols of the document itself and of its links', () => {
  it('reads what a symbol says of its document', () => {
    expect(symbolFacts('A/C.1/78/L.11')).toEqual({ organ: 'A', committee: 'C.1', session: 78, kind: 'draft-resolution' });
    expect(symbolFacts('A/RES/75/240')).toEqual({ organ: 'A', committee: null, session: 75, kind: 'resolution' });
    expect(symbolFacts('A/DEC/72/512')).toEqual({ organ: 'A', committee: null, session: 72, kind: 'decision' });
    expect(symbolFacts('A/75/394')).toEqual({ organ: 'A', committee: null, session: 75, kind: null });
    expect(symbolFacts('CEDAW/C/GC/39')).toEqual({ organ: null, committee: null, session: null, kind: null });
  });
  it('reads a line that is a symbol alone', () => {
    expect(readSymbolLine(' A/C.1/78/L.11 ')).toBe('A/C.1/78/L.11');
    expect(readSymbolLine('A/RES/75/240 et A/RES/75/241')).toBeNull();
    expect(readSymbolLine('A/RES')).toBeNull();
  });
  it('reads the symbol of an undocs.org link and the short form running text prints', () => {
    expect(undocsSymbol('https://undocs.org/fr/A/RES/75/240')).toBe('A/RES/75/240');
    expect(undocsSymbol('https://www.undocs.org/A/ES-10/794/')).toBe('A/ES-10/794');
    expect(undocsSymbol('https://www.un.org/fr/')).toBeNull();
    expect(resolutionShortForm('A/RES/75/240')).toBe('75/240');
    expect(resolutionShortForm('A/RES/78/183 A')).toBe('78/183 A');
    expect(resolutionShortForm('A/75/240')).toBeNull();
  });
  it('builds and reads an adopted text\'s symbol', () => {
    expect(gaAdoptedSymbol('resolution', 75, 253, 'B')).toBe('A/RES/75/253 B');
    expect(gaAdoptedSymbol('decision', '75', '540')).toBe('A/DEC/75/540');
    expect(adoptedSymbolSession('A/RES/75/253 B')).toBe(75);
    expect(adoptedSymbolSession('A/75/253')).toBeNull();
  });
  it('kinds a presidential statement', () => {
    expect(symbolKind('S/PRST/2022/6')).toBe('presidential-statement');
    expect(symbolKind('S/2022/6')).toBe('document');
  });
});
