/**
 * Page furniture left in the text by a PDF: page numbers (3, - 3 -, ·3·, 第 3 页, 3/20, 第 3 页 共 20 页, iii), and
 * running headers and footers (the report's or the school's name repeated on every page, with or without the
 * page number). They go before anything else, so the sentences they cut can be joined again.
 */

import { captionOf } from './captions.ts';
import { headingMark } from './heading-marks.ts';

const PAGE_NUMBER = /^[-—–－·•\s]*(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*[/／]\s*\d{1,3})?(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?[-—–－·•\s]*$/u;
const ROMAN_PAGE = /^[-—–－·•\s]*[ivxIVX]{1,5}[-—–－·•\s]*$/u;
// A line said on most pages is furniture from this many repeats on.
const REPEATS = 3;

export const isPageNumber = (line: string): boolean => PAGE_NUMBER.test(line) || ROMAN_PAGE.test(line);

/** The line without a page number stuck to its start or end (报告名称 3, 3 报告名称, 报告名称 - 3 -). */
function furnitureKey(line: string): string {
  return line
    .trim()
    .replace(/[-—–－\s]*(?:第\s*)?\d{1,3}(?:\s*页)?[-—–－\s]*$/u, '')
    .replace(/^[-—–－\s]*\d{1,3}[-—–－\s]+/u, '')
    .trim();
}

/** Could be a running header: not a table row, not a sentence, not a numbered heading (1. 主要做法 in every chapter), short. */
const headerLike = (key: string): boolean =>
  key.length >= 4 && key.length <= 60 && !key.includes('\t') && !/[。；;！？!?]/u.test(key) && !headingMark(key) && !captionOf(key);

/** Lines that are page numbers or repeated running headers/footers are dropped; every other line is kept as it is. */
export function dropPageFurniture(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = furnitureKey(line);
    if (headerLike(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const running = new Set([...counts].filter(([, n]) => n >= REPEATS).map(([key]) => key));
  return lines.filter((line) => !(line.trim() && isPageNumber(line.trim())) && !running.has(furnitureKey(line)));
}
