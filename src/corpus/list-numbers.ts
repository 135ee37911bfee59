/**
 * A list number (1. 加强党建 …, 2．…) at the start of a paragraph or after a sentence or colon: not a figure
 * and not a decimal that lost its digits. A number with a unit after the point (291.万平方米) is still a defect.
 */

const BEFORE = /(?:^|[。；;：:！？!?\s（(])$/u;
const AFTER = /^[.．]\s*[\u4e00-\u9fff]/u;

export function isListNumber(text: string, index: number, digits: string, units: readonly string[]): boolean {
  if (digits.length > 2 || !BEFORE.test(text.slice(Math.max(0, index - 1), index))) return false;
  const after = text.slice(index + digits.length);
  if (!AFTER.test(after)) return false;
  const word = after.slice(1).trimStart();
  return !units.some((u) => word.startsWith(u));
}
