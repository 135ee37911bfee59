/**
 * PDF text items → lines in reading order: items of a page are grouped by their baseline, lines run top to
 * bottom and items left to right; a wide gap between two items (a table's next cell) becomes a tab, a narrow
 * one between Latin letters or digits a space, and none at all inside Chinese text.
 */

export interface TextItem {
  readonly text: string;
  readonly x: number;
  /** Baseline, growing upwards as in PDF. */
  readonly y: number;
  readonly width: number;
  /** Font size (the height of an em). */
  readonly size: number;
}

// A gap of this many ems or more is a cell boundary; of this much or more, a word space.
const CELL_GAP = 1.5;
const WORD_GAP = 0.2;

/** Items whose baselines lie within a fraction of an em of each other share a line. */
function groupByBaseline(items: readonly TextItem[]): TextItem[][] {
  // pdfjs reports the space between two runs as an item of its own: the gap itself says what it was.
  const sorted = items.filter((i) => i.text.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const ref = line?.[0];
    if (line && ref && Math.abs(ref.y - item.y) <= Math.max(ref.size, item.size) * 0.4) line.push(item);
    else lines.push([item]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

function joint(left: TextItem, right: TextItem): string {
  const gap = right.x - (left.x + left.width);
  const em = Math.max(left.size, right.size, 1);
  if (gap >= CELL_GAP * em) return '\t';
  if (gap >= WORD_GAP * em && !/\s$/u.test(left.text) && !/^\s/u.test(right.text)) return ' ';
  return '';
}

function lineText(items: readonly TextItem[]): string {
  let text = items[0]!.text;
  for (let i = 1; i < items.length; i++) text += joint(items[i - 1]!, items[i]!) + items[i]!.text;
  return text.replace(/[ \u00a0]+\t|\t[ \u00a0]+/gu, '\t').replace(/\s+$/u, '');
}

/** A line of the page with where it starts and ends. */
export interface PlacedLine {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly size: number;
}

/** The page's lines, top to bottom, with their extent. */
export function placedLines(items: readonly TextItem[]): PlacedLine[] {
  return groupByBaseline(items)
    .map((l) => ({ text: lineText(l), left: l[0]!.x, right: Math.max(...l.map((i) => i.x + i.width)), size: Math.max(...l.map((i) => i.size)) }))
    .filter((l) => l.text.trim().length > 0);
}

/** The page's lines, top to bottom. */
export function pageLines(items: readonly TextItem[]): string[] {
  return placedLines(items).map((l) => l.text);
}
