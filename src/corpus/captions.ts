import { numeralValue } from './numerals.ts';

/**
 * Captions of tables (表 1 …, 表1：…, 表 2-1 …), figures (图 1 …, 图1-2：…) and cases (案例 3 …, 案例分享 12：…,
 * 【案例 4】…, 典型案例 5 …). A case's title may be on the next line when its own line has only the number.
 */

export interface Caption {
  readonly kind: 'tableCaption' | 'figure' | 'case';
  /** The number as written (1, 2-1). */
  readonly label: string;
  /** The leading number (2 for 2-1). */
  readonly no: number;
  readonly title: string;
}

const NUMBER = '(\\d{1,3}(?:\\s*[-－—.．]\\s*\\d{1,3})?)';
const SEPARATOR = '(?:\\s*[:：.．、]\\s*|\\s+)';
const TABLE = new RegExp(`^表\\s*${NUMBER}${SEPARATOR}(\\S.*)$`, 'u');
const FIGURE = new RegExp(`^图\\s*${NUMBER}${SEPARATOR}(\\S.*)$`, 'u');
const CASE_HEAD = '^[【\\[]?\\s*(?:典型)?案例(?:分享|展示|介绍)?\\s*';
const CASE_TAIL = `(?:\\s*[】\\]]\\s*[:：]?\\s*|${SEPARATOR}|\\s*$)(\\S.*)?$`;
const CASE = new RegExp(`${CASE_HEAD}${NUMBER}${CASE_TAIL}`, 'u');
const CASE_CN = new RegExp(`${CASE_HEAD}([一二三四五六七八九十]{1,3})${CASE_TAIL}`, 'u');
// A paragraph that ends on one of these is a sentence that mentions a case, not a case's title.
const SENTENCE_END = /[。！？!?；;…]["”’」』)）]?$/u;

const cleanLabel = (label: string): string => label.replace(/\s+/gu, '').replace(/[－—．]/gu, (c) => (c === '．' ? '.' : '-'));
const leading = (label: string): number => Number(/^\d+/.exec(label)?.[0] ?? Number.NaN);

export function captionOf(line: string): Caption | null {
  const table = TABLE.exec(line);
  if (table && !line.includes('\t')) return made('tableCaption', table[1]!, table[2]!);
  const figure = FIGURE.exec(line);
  if (figure) return made('figure', figure[1]!, figure[2]!);
  if (SENTENCE_END.test(line)) return null;
  const c = CASE.exec(line);
  if (c) return made('case', c[1]!, c[2] ?? '');
  const cn = CASE_CN.exec(line);
  if (cn) return { kind: 'case', label: cn[1]!, no: numeralValue(cn[1]!), title: (cn[2] ?? '').replace(/[:：]\s*$/u, '').trim() };
  return null;
}

function made(kind: Caption['kind'], label: string, title: string): Caption {
  const clean = cleanLabel(label);
  return { kind, label: clean, no: leading(clean), title: title.replace(/[:：]\s*$/u, '').trim() };
}
