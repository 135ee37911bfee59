import { captionOf } from '../corpus/captions.ts';
import { headingMark } from '../corpus/heading-marks.ts';
import type { PlacedLine } from './text-items.ts';

/**
 * A line that ends a sentence exactly at the right margin may not end its paragraph: when the next line starts at
 * the left margin (a new paragraph would be indented) and is no heading or caption, it goes on the same line, so
 * that the text's own rule (a paragraph ends with its sentence) is not misled by where the line happened to break.
 */

const ENDS_SENTENCE = /[。！？!?；;]["”’」』)）]?$/u;

export function joinFullLines(lines: readonly PlacedLine[]): string[] {
  const body = lines.filter((l) => [...l.text].length >= 10 && !l.text.includes('\t'));
  if (body.length < 2) return lines.map((l) => l.text);
  const left = Math.min(...body.map((l) => l.left));
  const right = Math.max(...body.map((l) => l.right));
  const out: string[] = [];
  let open: PlacedLine | null = null;
  for (const line of lines) {
    const goesOn =
      open !== null &&
      ENDS_SENTENCE.test(open.text) &&
      open.right >= right - open.size &&
      line.left <= left + line.size / 2 &&
      !open.text.includes('\t') &&
      !line.text.includes('\t') &&
      !headingMark(line.text.trim()) &&
      !captionOf(line.text.trim());
    if (goesOn) out[out.length - 1] += line.text;
    else out.push(line.text);
    open = line;
  }
  return out;
}
