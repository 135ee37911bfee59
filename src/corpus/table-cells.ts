/**
 * Table rows as a PDF leaves them: cells set apart by tabs (kept as they are), or, inside a table, by runs of
 * spaces or single spaces between short cells. A row says no sentence.
 */

const SENTENCE = /[。；！？;!?]/u;
const MAX_CELL = 24;

/** The cells of a line set apart by spaces, or null when the line reads as running text. */
export function spacedCells(line: string): string[] | null {
  if (SENTENCE.test(line)) return null;
  const wide = line.split(/\s{2,}|\u3000+/u).map((c) => c.trim()).filter(Boolean);
  if (wide.length >= 2) return wide;
  if (/[，,]/u.test(line)) return null;
  const narrow = line.split(/\s+/u).filter(Boolean);
  return narrow.length >= 2 && narrow.every((c) => c.length <= MAX_CELL) ? narrow : null;
}

export const tabCells = (line: string): string[] => line.split('\t').map((c) => c.trim());

/**
 * A row a PDF left with fewer tabs than its table has columns (a cell ran up to the next one, so the gap became a
 * space): the rightmost cell that has a space is split at its last space until the row is as wide as the table.
 */
export function fitWidth(cells: readonly string[], width: number): string[] {
  const out = [...cells];
  while (out.length < width) {
    const at = out.findLastIndex((c) => /\s/u.test(c.trim()));
    if (at < 0) break;
    const cell = out[at]!.trim();
    const cut = cell.search(/\s+\S*$/u);
    out.splice(at, 1, cell.slice(0, cut).trim(), cell.slice(cut).trim());
  }
  return out;
}

/** A short line with no separator and no sentence in it, right under a row: the rest of that row's last cell. */
export const isCellContinuation = (line: string): boolean => [...line].length <= 30 && !/[\s，。；：,;:！？!?]/u.test(line);

/**
 * A line of a chart's labels that the PDF left as text (axis years, bar values: 2021 2022 2023, 95.6% 93.1%):
 * figures and units only, no word, no punctuation of a sentence. Outside a table it is no text of the report.
 */
export const isChartLabel = (line: string): boolean => /\d/u.test(line) && /^[\d\s.%％年月万亿元人个所项名次届-]+$/u.test(line);

const NUMERIC = /^[\d.,]+%?$/u;

/** A number set apart by a space inside a cell (智能制造专业群 4200) is a cell of its own that lost its tab. */
export function splitNumbers(cells: readonly string[]): string[] {
  return cells.flatMap((cell) => {
    const tokens = cell.trim().split(/\s+/u);
    if (tokens.length < 2 || !tokens.some((t) => NUMERIC.test(t))) return [cell];
    const out: string[] = [];
    for (const t of tokens) {
      const last = out.at(-1);
      if (last !== undefined && !NUMERIC.test(t) && !NUMERIC.test(last)) out[out.length - 1] = `${last} ${t}`;
      else out.push(t);
    }
    return out;
  });
}
