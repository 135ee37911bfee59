/**
 * The contents lists (目录, 表目录, 图目录, 案例目录): their headings, and entries ending in a page number after
 * leaders (……8, ....8, ·····8), a tab or spaces, or written - 8 -. Their titles repeat the body's headings, which
 * must be read only once, where the body has them.
 */

const CONTENTS_HEADING = /^(?:目\s*录|目\s*次|表\s*目\s*录|图\s*目\s*录|案例\s*目\s*录|contents)$/iu;
// An entry anywhere: leaders or a dashed page number at its end.
const ENTRY = /(?:(?:\s|\.{2,}|[\u4e00-\u9fff）)])[-—–]\s*\d{1,3}\s*[-—–]|(?:\.{2,}|…+|⋯+|·{2,}|．{2,}|-{3,}|—{2,}|_{3,})\s*\d{1,3})\s*$/u;
// An entry inside a contents list: a short title, then a tab or space, then the page number.
const LISTED = /^\S.{0,60}?[\t ]+\d{1,3}$/u;

export const isContentsEntry = (line: string): boolean => ENTRY.test(line);

// A contents list without page numbers is this many short lines at most.
const MAX_UNNUMBERED = 120;

/**
 * A contents list whose entries have no page numbers: its first entry comes back as the body's first heading,
 * and every line between the two is short and says no sentence. The list goes, the body stays.
 */
export function dropUnnumberedContents(lines: readonly string[]): string[] {
  const heading = lines.findIndex((l) => CONTENTS_HEADING.test(l.trim()));
  if (heading < 0) return [...lines];
  const first = nextFilled(lines, heading);
  const entry = lines[first]?.trim() ?? '';
  if (!entry || isContentsEntry(entry) || LISTED.test(entry)) return [...lines];
  for (let j = first + 1; j < lines.length && j - first <= MAX_UNNUMBERED; j++) {
    const line = lines[j]!.trim();
    if (line === entry) return [...lines.slice(0, heading), ...lines.slice(j)];
    if (line.length > 40 || /[。；]/u.test(line)) break;
  }
  return [...lines];
}

/** Drops the contents headings, every leader entry, and the entries of a list that follows a contents heading. */
export function dropContents(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let inList = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (CONTENTS_HEADING.test(line)) {
      inList = true;
      return;
    }
    if (isContentsEntry(line)) return;
    if (inList) {
      if (!line || LISTED.test(line) || isCutEntry(line, lines[nextFilled(lines, i)]?.trim() ?? '')) return;
      inList = false;
    }
    kept.push(raw);
  });
  return kept;
}

/** A title whose page number went to the next line with the rest of the title. */
function isCutEntry(line: string, next: string): boolean {
  return line.length <= 40 && !/[。；]/u.test(line) && (isContentsEntry(next) || LISTED.test(next));
}

function nextFilled(lines: readonly string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && !lines[j]!.trim()) j++;
  return j;
}
