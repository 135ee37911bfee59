/** Chinese numerals as headings and cases write them (一 … 九十九), and Arabic digits, read as numbers. */

const DIGITS = '零一二三四五六七八九';

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; Arabic digits pass through; anything else is NaN. */
export function numeralValue(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(written);
  if (!m || written === '') return Number.NaN;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS.indexOf(tens) : Number.NaN;
  return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}
