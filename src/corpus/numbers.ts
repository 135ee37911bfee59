/** Finding figures in running text: the number, its unit and qualifiers, exactly as written. */
import { isListNumber } from './list-numbers.ts';
import { escapeRe } from '../text/escape.ts';

export type FigureKind = 'quantity' | 'ratio' | 'date' | 'year';

export interface FoundFigure {
  readonly kind: FigureKind;
  readonly text: string;
  readonly value: number | null;
  readonly unit: string;
  readonly index: number;
  readonly end: number;
  /** A year the figure itself names (dates and years). */
  readonly year?: number;
}

// Longest first, so 万平方米 wins over 平方米 and 万人次 over 人次.
export const UNITS = [
  '万平方米', '平方米', '万人次', '人次', '万人', '万元', '亿元', '万册', '课时', 'Mbps', '个百分点', '百分点', '台套', '学时', '小时', '公顷',
  '元', '册', '个', '所', '项', '节', '名', '家', '人', '门', '台', '场', '分', '位', '类', '批', '次', '种', '支', '张', '门',
  '间', '部', '本', '套', '篇', '件', '期', '亩', '辆', '条',
] as const;

const UNIT_ALT = UNITS.map(escapeRe).join('|');

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?(?:\s*(\d{1,2})\s*日)?/gu;
// A day without its year (于 8 月 8 日批复成立): the year is its paragraph's.
const DAY = /(?<![年\d]\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const YEAR = /(\d{4})(?:\s*-\s*(\d{4}))?\s*(年|届|学年)/gu;
const RATIO = /(\d+(?:\.\d+)?)\s*[:：]\s*(\d+(?:\.\d+)?)/gu;
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d*)?)(?:\\s*-\\s*(\\d+))?\\s*(余)?\\s*(%|${UNIT_ALT})?(\\s*以上)?`, 'gu');

/** Section numbers, list markers and names with digits in them are not figures. */
function isMarker(text: string, index: number, end: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  const after = text.slice(end, end + 2);
  if (/(表|图|案例|第)\s*$/u.test(before)) return true;
  if (/^\s*[+＋]/u.test(after) || /[+＋]\s*$/u.test(before)) return true; // 1+X
  if (/^\s*(月|日|号|时|点|周|天)/u.test(after)) return true;
  if (/[A-Za-z]$/u.test(before)) return true;
  return false;
}

export function findFigures(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number): boolean => taken.every(([s, e]) => b <= s || a >= e);
  const take = (f: FoundFigure): void => {
    found.push(f);
    taken.push([f.index, f.end]);
  };

  for (const m of text.matchAll(DATE)) {
    const index = m.index ?? 0;
    take({ kind: 'date', text: m[0].trim(), value: null, unit: 'date', index, end: index + m[0].length, year: Number(m[1]) });
  }
  for (const m of text.matchAll(DAY)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (free(index, end)) take({ kind: 'date', text: m[0].trim(), value: null, unit: 'date', index, end });
  }
  for (const m of text.matchAll(YEAR)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (!free(index, end)) continue;
    const year = Number(m[2] ?? m[1]);
    if (year < 1900 || year > 2100) continue;
    take({ kind: 'year', text: m[0].trim(), value: null, unit: m[3]!, index, end, year });
  }
  for (const m of text.matchAll(RATIO)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (!free(index, end)) continue;
    take({ kind: 'ratio', text: m[0].trim(), value: null, unit: 'ratio', index, end });
  }
  for (const m of text.matchAll(QUANTITY)) {
    const index = m.index ?? 0;
    const raw = m[0].replace(/\s+$/u, '');
    const end = index + raw.length;
    if (!free(index, end) || isMarker(text, index, index + m[1]!.length) || isListNumber(text, index, m[1]!.replace(/\.$/u, ''), UNITS)) continue;
    const unit = m[4] ?? '';
    const isDecimal = m[1]!.includes('.');
    // A bare integer with no unit is a count only where the sentence says what of (生师比为 17.5 is decimal).
    if (!unit && !isDecimal && !/(为|是|达|比)\s*$/u.test(text.slice(Math.max(0, index - 2), index))) continue;
    const value = m[2] ? null : Number(m[1]);
    take({ kind: 'quantity', text: raw, value: Number.isFinite(value) ? value : null, unit, index, end });
  }
  // Counts of people in words (两人代表本省…, 三位老师荣获…); not 一名 (any one), 第一名, 三好学生.
  for (const m of text.matchAll(/(?<![第每一])([两二三四五六七八九十])(位|名|人)(?![次均])/gu)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (!free(index, end)) continue;
    take({ kind: 'quantity', text: m[0], value: CHINESE_DIGITS.indexOf(m[1]!) + 1 || 2, unit: m[2]!, index, end });
  }
  return found.sort((a, b) => a.index - b.index);
}

const CHINESE_DIGITS = '一二三四五六七八九十';

/** Years a stretch of text is about: `2022-2023 学年` gives both. */
export function yearsIn(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR)) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    for (let y = a; y <= b && y - a < 5; y++) if (y >= 1900 && y <= 2100) years.add(y);
  }
  for (const m of text.matchAll(DATE)) years.add(Number(m[1]));
  return [...years];
}
