/**
 * Paragraph labels as printed at the start of a block: "1.", "12.", "I.", "A.", "a)", "ii)",
 * "3.1". Data: `LABEL_PATTERNS` (one named pattern per label kind); builder: `readLabel`.
 */

export type LabelKind =
  /** "1." report paragraph or operative paragraph number */
  | 'arabic'
  /** "3.1" dotted section number (headings only) */
  | 'dotted'
  /** "IV." section heading number */
  | 'roman'
  /** "B." section heading letter */
  | 'capital'
  /** "a)", "aa)" sub-paragraph letter, or "iii)" (told apart by `subLabelKind`) */
  | 'letter'
  /** "ii)" sub-sub-paragraph numeral */
  | 'numeral'
  /** "1)" item of a numbered list */
  | 'item';

export interface Label {
  kind: LabelKind;
  /** the number as stored in Paragraph.number: "1", "3.1", "IV.", "B.", "a)", "ii)" */
  number: string;
  /** the numeric value for "arabic" labels, else null */
  value: number | null;
  /** the text after the label */
  rest: string;
}

/** One pattern per label kind, tried in this order; group 1 is the label, group 2 the rest. */
export const LABEL_PATTERNS: ReadonlyArray<readonly [LabelKind, RegExp]> = [
  ['dotted', /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/su],
  ['arabic', /^(\d{1,3})\.\s*(\S.*)$/su],
  ['roman', /^([IVXL]{1,6})\.\s+(\S.*)$/su],
  ['capital', /^([A-Z])\.\s+(\S.*)$/su],
  ['letter', /^\(?([a-z]{1,2}|[ivxl]{3,6})\)\s+(\S.*)$/su],
  ['item', /^\(?(\d{1,2})\)\s+(\S.*)$/su],
];

/** "i", "ii", "iv", "xii": a lower-case Roman numeral. */
export function isRomanNumeral(s: string): boolean {
  return /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/u.test(s) && s !== '';
}

/** The label a block of text opens with, or null. "a)" and "i)" are told apart by the caller. */
export function readLabel(text: string): Label | null {
  for (const [kind, re] of LABEL_PATTERNS) {
    const m = re.exec(text);
    if (!m?.[1] || m[2] === undefined) continue;
    const label = m[1];
    switch (kind) {
      case 'arabic':
        return { kind, number: label, value: Number(label), rest: m[2] };
      case 'dotted':
        return { kind, number: label, value: null, rest: m[2] };
      case 'roman':
      case 'capital':
        return { kind, number: `${label}.`, value: null, rest: m[2] };
      case 'letter':
      case 'item':
        return { kind, number: `${label})`, value: null, rest: m[2] };
      default:
        return null;
    }
  }
  return null;
}

/**
 * A heading's number and title as stored: "II. Contexte" → "II." + "Contexte"; a heading
 * without a label ("Barème des traitements de base minima", a lone "B") keeps its text whole.
 * One reading for every format, so that AKN, markdown and PDF text store the same heading.
 */
export function headingParts(text: string): { number: string | null; text: string } {
  const label = readLabel(text);
  return label ? { number: label.number, text: label.rest } : { number: null, text };
}

/**
 * A heading that is a label alone, as sectioned resolutions print it on a line of its own
 * above the section's title ("I", "IV", "B"; 75/245 prints "A" then "Barème des traitements
 * de base minima"): its kind, or null.
 */
export function readBareLabel(text: string): 'roman' | 'capital' | null {
  const t = text.trim();
  if (/^[IVXL]{1,6}\.?$/u.test(t) && isRomanNumeral(t.replace('.', '').toLowerCase())) return 'roman';
  if (/^[A-Z]\.?$/u.test(t)) return 'capital';
  return null;
}

/** Letter "i", "v", "x" right after "h", "u", "w" is a letter; otherwise a Roman numeral. */
export function subLabelKind(letter: string, previousLetter: string | null): 'letter' | 'numeral' {
  if (!isRomanNumeral(letter)) return 'letter';
  if (previousLetter !== null && previousLetter.length === 1 && letter.length === 1 &&
      previousLetter.charCodeAt(0) + 1 === letter.charCodeAt(0)) return 'letter';
  return 'numeral';
}
