/**
 * Amounts a question states as a premise (听说有5万多人, 一年好像五千块, 七成都升学了, 100多家企业) and the size of a
 * report figure, on one scale, so that ranking can tell which figure the asker is correcting. Only compared, never
 * shown: a figure is still copied from the report.
 */

/**
 * `some`: a count in 个, which may be of people or of things (二十来个); `visits`: people counted each time (人次), never
 * the same figure as people counted once (10万人次 is no claim about 5 万人).
 */
export type AmountClass = 'people' | 'visits' | 'money' | 'percent' | 'count' | 'some';

export interface Amount {
  readonly value: number;
  readonly cls: AmountClass;
}

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** 五千 → 5000, 二十 → 20, 两千八 → 2800 (a digit after 千 is hundreds), 十 → 10; NaN when it is no number. */
export function chineseNumber(text: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 1;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined) return Number.NaN;
    if (unit >= 1e4) {
      total += (section + Math.max(digit, 0)) * unit;
      section = 0;
    } else {
      section += (digit < 0 ? 1 : digit) * unit;
    }
    digit = -1;
    lastUnit = unit;
  }
  // 两千八: a lone digit after a unit is of the next unit down.
  if (digit >= 0) section += lastUnit >= 10 ? (digit * lastUnit) / 10 : digit;
  return total + section;
}

const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 100 };
const NUMBER = String.raw`(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:万[零〇一二两三四五六七八九十百千]+)?)`;
const STATED = new RegExp(
  `${NUMBER}\\s*(?:多|余|来)?\\s*(?:个(?=\\s*[万亿]))?\\s*(万|亿)?\\s*(?:多|余|来)?\\s*(成|%|人次|人|名|位|个娃|个学生|元|块钱|块|家|所|个)?`,
  'gu',
);
const PERCENT_WORDS = /百分之([零一二两三四五六七八九十]+|\d+(?:\.\d+)?)/gu;

function classOf(unit: string): AmountClass {
  if (/^(?:成|%)$/u.test(unit)) return 'percent';
  if (unit === '人次') return 'visits';
  if (/^(?:人|名|位|个娃|个学生)$/u.test(unit)) return 'people';
  if (/^(?:元|块钱|块)$/u.test(unit)) return 'money';
  return unit === '个' ? 'some' : 'count';
}

/** Words of money spent or given (发了, 投入, 资金): a bare 万 said with them is an amount of money. */
const MONEY_TALK = /钱|资金|经费|投入|拨付|拨了|发了|发放|花了|补助|资助|补贴/u;

/** Words that say an amount is heard or guessed, not read (听说, 好像, 是不是): a premise the asker wants checked. */
const HEDGE = /听说|说|讲|称|传|好像|大概|大约|约|左右|据说|记得|以为|是不是|对吗|对不对|真的|属实|没错/u;

/** The sentence around a stretch, up to its full stops. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(...['。', '！', '!', '；', ';', '\n', '？', '?'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const ends = ['。', '！', '!', '；', ';', '\n'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/**
 * The amounts a question states as premises (not years, table or case numbers), each on the scale of its class: in a
 * sentence that says it was heard or guessed (老乡跟我说…有5万多人), or asked to be confirmed (有10个亿？). An amount the
 * asker read in the report (我看报告里写了…九千多人次) is no premise.
 */
export function statedAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(STATED)) {
    const confirmed = /^[^，,。]{0,3}[？?吗吧]/u.test(text.slice(m.index + m[0].length));
    if (!confirmed && !HEDGE.test(sentenceAt(text, m.index))) continue;
    const [, number, big, unit] = m;
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    // 10个亿 with no unit is money, and so is 7000多万 said of money (资助学生发了7000多万); a bare number with neither
    // is no amount (a year, a row).
    const moneyTalk = big === '万' && MONEY_TALK.test(sentenceAt(text, m.index));
    if (/[表图第]|案例/u.test(before) || (!unit && big !== '亿' && !moneyTalk)) continue;
    const base = /^\d/u.test(number!) ? Number(number) : chineseNumber(number!);
    if (!Number.isFinite(base) || base === 0) continue;
    const value = unit === '成' ? base * 10 : base * (big ? MAGNITUDE[big]! : 1);
    out.push({ value, cls: unit ? classOf(unit) : 'money' });
  }
  for (const m of text.matchAll(PERCENT_WORDS)) {
    if (!HEDGE.test(sentenceAt(text, m.index))) continue;
    const base = /^\d/u.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
    if (Number.isFinite(base) && base > 0) out.push({ value: base, cls: 'percent' });
  }
  return out;
}

/** A report figure's size and class (4.51 万人 → 45100 people), or null for one without a value. */
export function figureAmount(value: number | null | undefined, unit: string): Amount | null {
  if (value === null || value === undefined) return null;
  const big = /^(万|亿)/u.exec(unit)?.[1];
  const rest = unit.replace(/^(万|亿)/u, '');
  const scaled = value * (big ? MAGNITUDE[big]! : 1);
  if (rest === '%') return { value: scaled, cls: 'percent' };
  if (rest === '人次') return { value: scaled, cls: 'visits' };
  if (/^(?:人|名|位)$/u.test(rest)) return { value: scaled, cls: 'people' };
  if (/^元$/u.test(rest)) return { value: scaled, cls: 'money' };
  return { value: scaled, cls: 'count' };
}

/** Within a factor of `ratio` of a stated amount of the same class (a premise to check may be far off: 5万多, 4.51万). */
export function nearStated(figure: Amount, stated: readonly Amount[], ratio: number): boolean {
  const same = (s: Amount): boolean => s.cls === figure.cls || (s.cls === 'some' && (figure.cls === 'people' || figure.cls === 'count'));
  return stated.some((s) => same(s) && figure.value !== s.value && figure.value <= s.value * ratio && figure.value >= s.value / ratio);
}
