/** Sentences, semicolon segments and comma clauses of a paragraph, as offset ranges into it. */

export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function splitAt(text: string, base: number, boundary: RegExp): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (boundary.test(text[i]!)) {
      // A closing quote or bracket right after the stop still belongs to the sentence.
      let end = i + 1;
      while (end < text.length && /["”’」』)）]/u.test(text[end]!)) end++;
      if (end > start) units.push({ start: base + start, end: base + end, text: text.slice(start, end) });
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) units.push({ start: base + start, end: base + text.length, text: text.slice(start) });
  return units.filter((u) => u.text.trim().length > 0);
}

export const sentencesOf = (text: string, base = 0): Unit[] => splitAt(text, base, /[。！？!?]/u);
export const segmentsOf = (text: string, base = 0): Unit[] => splitAt(text, base, /[；;]/u);
// A comma between digits (1:2.57,在校生) is still a clause break here: the report uses it so.
export const clausesOf = (text: string, base = 0): Unit[] => splitAt(text, base, /[，,：:]/u);

export function unitAt(units: readonly Unit[], offset: number): Unit | undefined {
  return units.find((u) => offset >= u.start && offset < u.end);
}
