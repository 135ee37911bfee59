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
