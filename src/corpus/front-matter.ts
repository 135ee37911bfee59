import type { LineBlock } from './blocks.ts';
import type { HeadingStyle } from './heading-marks.ts';

/**
 * Where the body begins: at the first heading of the report's top numbering style (第一部分, else 一、, else 1.),
 * so numbered items of a cover or foreword are not taken for its first chapter. A foreword (前言, 引言 …) before
 * it is kept as section 0; the cover and anything else before it go.
 */

const TOP_FIRST: readonly HeadingStyle[] = ['chapter', 'chinese', 'arabic', 'path', 'chineseBracket', 'arabicComma', 'arabicBracket'];
const FOREWORD = /^(前\s*言|引\s*言|序\s*言|概\s*述)$/u;
export const FOREWORD_ID = '0';

export function bodyOf(blocks: readonly LineBlock[]): LineBlock[] {
  const styles = new Set(blocks.flatMap((b) => (b.kind === 'mark' ? [b.mark.style] : [])));
  const top = TOP_FIRST.find((s) => styles.has(s));
  const first = blocks.findIndex((b) => b.kind === 'mark' && b.mark.style === top);
  if (first < 0) return [];
  const foreword = blocks.findIndex((b, i) => i < first && b.kind === 'text' && FOREWORD.test(b.text));
  if (foreword < 0) return blocks.slice(first);
  const title = (blocks[foreword] as { text: string }).text.replace(/\s+/gu, '');
  // Numbered items of the foreword are its text, not headings.
  const inForeword = blocks.slice(foreword + 1, first).map((b): LineBlock => (b.kind === 'mark' ? { kind: 'text', text: b.line } : b));
  return [{ kind: 'heading', id: FOREWORD_ID, title }, ...inForeword, ...blocks.slice(first)];
}
