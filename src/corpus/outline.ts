import type { HeadingMark, HeadingStyle } from './heading-marks.ts';

/**
 * The outline of a report whose headings mix numbering styles: each style takes the level where it first
 * appears under its parent (一、 then （一） then 1、), and a section's id is its path (2.3.1) whatever the style,
 * so that ids are unique and sorted like the report. A 1.1-style number is its own path. A numbered line that
 * does not continue its level (a list item 1. inside a section, a table row, a number that went backwards) is
 * not a heading.
 */

interface Open {
  readonly style: HeadingStyle;
  readonly id: string;
  readonly number: number;
}

export class Outline {
  private readonly open: Open[] = [];
  private readonly used = new Set<string>();

  /** The id of the section this heading opens, or null when it is not a heading here. */
  accept(mark: HeadingMark): string | null {
    const placed = mark.style === 'path' ? this.placePath(mark.numbers) : this.placeStyled(mark.style, mark.numbers[0]!);
    if (!placed || this.used.has(placed.id)) return null;
    this.open.splice(placed.depth);
    this.open.push({ style: mark.style, id: placed.id, number: mark.numbers.at(-1)! });
    this.used.add(placed.id);
    return placed.id;
  }

  /** 3.4.1 sits under 3.4, which must be open (or be the report's first heading). */
  private placePath(numbers: readonly number[]): { id: string; depth: number } | null {
    const id = numbers.join('.');
    const parent = numbers.slice(0, -1).join('.');
    const depth = numbers.length - 1;
    if (this.used.size > 0 && this.open[depth - 1]?.id !== parent && !this.used.has(parent)) return null;
    return { id, depth };
  }

  private placeStyled(style: HeadingStyle, n: number): { id: string; depth: number } | null {
    const at = this.open.findIndex((o) => o.style === style);
    if (at >= 0) {
      // A sibling: the numbering goes on (a gap is tolerated, going back is not).
      if (n <= this.open[at]!.number) return null;
      return { id: this.idUnder(at, n), depth: at };
    }
    // A new, deeper level starts at its first number (or anywhere for the report's first heading).
    if (this.used.size > 0 && n !== 1) return null;
    return { id: this.idUnder(this.open.length, n), depth: this.open.length };
  }

  private idUnder(depth: number, n: number): string {
    const parent = this.open[depth - 1]?.id;
    return parent ? `${parent}.${n}` : String(n);
  }
}
