/**
 * Heading hierarchy by meaning, not by markdown level: "Annexe" (0) > "II." (1) > "B." (2) >
 * "3." (3) > "3.1" (4); an unnumbered heading sits one level under the heading before it
 * and replaces an unnumbered sibling. `SectionTracker` keeps the path ("II. Contexte >
 * A. Participation") that every paragraph records in `section`. A treaty's divisions ("Chapitre
 * II" > "Article 7", lexicon/doc-kinds-fr.ts) are numbered headings of their own depth.
 */
import { divisionLevel, isAnnexHeading } from '../lexicon/doc-kinds-fr.js';
import { readBareLabel, readLabel, type LabelKind } from './labels.js';

/** Level of a numbered heading by its label kind. */
export const HEADING_LEVELS: Readonly<Partial<Record<LabelKind, number>>> = {
  roman: 1,
  capital: 2,
  arabic: 3,
  letter: 4,
  dotted: 4,
};

interface Entry {
  level: number;
  label: string;
  numbered: boolean;
}

export class SectionTracker {
  private stack: Entry[] = [];

  /** Enter a heading. `labelKind` null: unnumbered. `annex`: a new root (level 0). */
  enter(label: string, labelKind: LabelKind | null, annex = false): void {
    let level: number;
    const division = annex || labelKind !== null ? null : divisionLevel(label);
    if (annex) level = 0;
    else if (labelKind !== null) level = HEADING_LEVELS[labelKind] ?? 3;
    else if (division !== null) level = division;
    else {
      const top = this.stack[this.stack.length - 1];
      level = top === undefined ? 1 : top.numbered || top.level === 0 ? top.level + 1 : top.level;
    }
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1]?.level ?? -1) >= level) this.stack.pop();
    this.stack.push({ level, label, numbered: labelKind !== null || annex || division !== null });
  }

  /**
   * Enter a heading as printed, its label in front: "II. Contexte", "B", "I", "Annexe".
   * A lone "I" or "B" (a sectioned resolution's label line, its title on the next line) has
   * the level of "I." or "B.". `root`: a new root, as an annex is (the letter of a resolution
   * in a collection, 75/101 A-B).
   */
  enterHeading(text: string, root = false): void {
    const kind = readLabel(text)?.kind ?? readBareLabel(text);
    this.enter(text, kind, root || isAnnexHeading(text));
  }

  /** The current path, or null outside any heading. */
  path(): string | null {
    return this.stack.length === 0 ? null : this.stack.map((e) => e.label).join(' > ');
  }
}
