import { numeralValue } from './numerals.ts';

/**
 * A line that may be a section heading, by its number as the genre writes it: 1.1 / 3.4.1 (the whole path),
 * 1. or 1 (arabic), 一、(chinese), （一）(chinese in brackets), 1、(arabic with 、), （1）(arabic in brackets),
 * 第一章 / 第一部分 (chapter). Whether it really is one is decided by the outline, in its context.
 */

export type HeadingStyle = 'path' | 'arabic' | 'arabicComma' | 'chinese' | 'chineseBracket' | 'arabicBracket' | 'chapter';

export interface HeadingMark {
  readonly style: HeadingStyle;
  /** The numbers as read: [3, 4, 1] for 3.4.1, [2] for （二）. */
  readonly numbers: readonly number[];
  readonly title: string;
}

interface Pattern {
  readonly style: HeadingStyle;
  readonly re: RegExp;
  /** Titles of this style may have commas (一、坚持党建引领，推动高质量发展). */
  readonly commas: boolean;
  readonly maxLength: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
// The first of these wins; a title must follow the number on the same line.
const PATTERNS: readonly Pattern[] = [
  { style: 'path', re: /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+|(?=[\u4e00-\u9fff]))(\S.*)$/u, commas: false, maxLength: 30 },
  { style: 'arabic', re: /^(\d{1,2})(?:\.\s*|\s+|．\s*)(\S.*)$/u, commas: false, maxLength: 30 },
  { style: 'arabicComma', re: /^(\d{1,2})、\s*(\S.*)$/u, commas: true, maxLength: 30 },
  { style: 'chinese', re: new RegExp(`^(${CN})、\\s*(\\S.*)$`, 'u'), commas: true, maxLength: 40 },
  { style: 'chineseBracket', re: new RegExp(`^[（(](${CN})[）)]\\s*(\\S.*)$`, 'u'), commas: true, maxLength: 40 },
  { style: 'arabicBracket', re: /^[（(](\d{1,2})[）)]\s*(\S.*)$/u, commas: true, maxLength: 30 },
  { style: 'chapter', re: new RegExp(`^第(${CN}|\\d{1,2})(?:章|部分|篇)\\s*(\\S.*)$`, 'u'), commas: true, maxLength: 40 },
];

// Words a measurement goes on with (291.万平方米, 4.51 万人, 2023 年): a figure, not a heading.
const MEASURE_START = /^(年|月|日|届|学年|%|万|亿)/u;

/** A title is short, says no sentence, starts with a word and is not table cells set apart by spaces. */
function isTitle(title: string, pattern: Pattern): boolean {
  if (title.length < 2 || title.length > pattern.maxLength || !/[\u4e00-\u9fff]/u.test(title)) return false;
  if (MEASURE_START.test(title)) return false;
  if ((pattern.commas ? /[。；：！？;:!?]/u : /[，。；：！？,;:!?、]/u).test(title)) return false;
  // A bare number is the weakest sign of a heading: its title has no space at all (1 智能制造 300 人 is a row).
  if (pattern.style === 'arabic' && /\s/u.test(title)) return false;
  return !/[\u4e00-\u9fff）)]\s+[\u4e00-\u9fff（(]/u.test(title) && !/\s{2,}|\t/u.test(title);
}

export function headingMark(line: string): HeadingMark | null {
  for (const pattern of PATTERNS) {
    const m = pattern.re.exec(line);
    if (!m) continue;
    const title = m[2]!.trim();
    const numbers = m[1]!.split('.').map(numeralValue);
    if (numbers.some((n) => !Number.isFinite(n) || n < 1) || numbers[0]! > 30 || !isTitle(title, pattern)) return null;
    return { style: pattern.style, numbers, title };
  }
  return null;
}
