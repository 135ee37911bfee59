import { captionOf } from './captions.ts';
import { headingMark } from './heading-marks.ts';

/**
 * Headings a PDF broke over two lines: a number on a line of its own (一、 / 学生发展), and a long title whose
 * last words went to the next line (（一）坚持党建引领，推动学校高质量 / 发展). Both are put back on one line.
 */

const BARE_MARK = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:\.\d{1,2}){1,3}|第[一二三四五六七八九十\d]{1,3}(?:章|部分|篇))$/u;
// A title this long may have wrapped; what wrapped is a few words, no sentence, no figure.
const WRAPS_AT = 12;
const TAIL = /^[\u4e00-\u9fff“”《》—]{1,12}$/u;

function nextFilled(lines: readonly string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && !lines[j]!.trim()) j++;
  return j;
}

export function joinBrokenHeadings(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const j = nextFilled(lines, i);
    const next = lines[j]?.trim() ?? '';
    const bare = BARE_MARK.test(line) && next && !headingMark(next) && !captionOf(next);
    const mark = bare ? null : headingMark(line);
    const wrapped = mark && mark.title.length >= WRAPS_AT && TAIL.test(next) && !headingMark(next) && !captionOf(next) && headingMark(`${line}${next}`);
    if (bare || wrapped) {
      out.push(bare && /^\d/u.test(line) ? `${line} ${next}` : `${line}${next}`);
      i = j;
    } else out.push(lines[i]!);
  }
  return out;
}
