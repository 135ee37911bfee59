/** Chinese numerals read as numbers: as headings and cases write them (一 … 九十九), and amounts as people say them. */

export const DIGITS = '零一二三四五六七八九';

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; Arabic digits pass through; anything else is NaN. */
export function numeralValue(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(written);
  if (!m || written === '') return Number.NaN;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS.indexOf(tens) : Number.NaN;
  return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}

/** 六百 → 600, 一万四千 → 14000, 一万四 → 14000, 六百五 → 650, 十二 → 12; null when it is no amount. */
export function chineseAmount(written: string): number | null {
  const digit = (c: string): number => DIGITS.indexOf(c === '两' ? '二' : c === '〇' ? '零' : c);
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  const below = (w: string): number | null => {
    let total = 0;
    let pending = -1;
    let place = 1;
    let zero = false;
    for (const c of w) {
      if (c in units) {
        total += (pending < 0 ? 1 : pending) * units[c]!;
        place = units[c]! / 10;
        pending = -1;
      } else {
        const d = digit(c);
        if (d < 0) return null;
        if (d === 0) zero = true;
        pending = d;
      }
    }
    // 一万四, 六百五: a digit right after the last unit is the next place down (一百零五 is 105).
    return pending > 0 ? total + pending * (zero ? 1 : place) : total;
  };
  const [high, low] = written.split('万');
  if (low === undefined) return below(written);
  const h = below(high!);
  const l = low === '' ? 0 : /^[一二两三四五六七八九]$/u.test(low) ? digit(low) * 1000 : below(low);
  return h === null || l === null ? null : h * 10000 + l;
}
