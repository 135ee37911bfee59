import { CorpusError } from '../errors.ts';
import { numeralValue } from './numerals.ts';
import type { ReportMeta } from './types.ts';

/** What `add-report` is told about a new report; what it is not told it reads from the report's cover. */
export interface MetaOptions {
  readonly id: string;
  readonly title?: string;
  readonly issuer?: string;
  readonly city?: string;
  readonly province?: string;
  readonly year?: number;
  readonly published?: string;
  readonly level?: 'city' | 'county' | 'school';
  readonly school?: string;
  readonly places?: readonly string[];
  readonly isDefault: boolean;
}

const COVER_LINES = 40;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The report's title as its cover writes it (the first line naming a 质量…报告), joined with a year line under it. */
function coverTitle(cover: readonly string[]): string | undefined {
  const i = cover.findIndex((l) => /质量.{0,6}报告/u.test(l) && l.length <= 60);
  if (i < 0) return undefined;
  const next = cover[i + 1] ?? '';
  const before = cover[i - 1] ?? '';
  // 某某学院 / 高等职业教育质量年度报告: the owner's name stands on the line above the genre's name.
  const owner = /^(?:高等|中等)?(?:职业教育)?质量/u.test(cover[i]!) && before.length <= 24 && !/\d/u.test(before) ? before : '';
  return owner + cover[i] + (/^[（(]\s*\d{4}\s*(?:年度?)?\s*[）)]$/u.test(next) ? next.replace(/\s+/gu, ' ') : '');
}

/** The year covered, from the title: （2023 年度）, 2024 年, 2023—2024 学年 (the later one). */
function titleYear(title: string): number | undefined {
  const years = [...title.matchAll(/(20\d{2})/gu)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}

const CN_DIGITS = '〇一二三四五六七八九';

/** The date on the cover (2024 年 1 月, or 二〇二四年十二月) as 2024-01. */
function coverDate(cover: readonly string[]): string | undefined {
  for (const l of cover) {
    const m = /^(20\d{2})\s*年\s*(\d{1,2})\s*月$/u.exec(l);
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
    const cn = /^二[〇零]([〇零一二三四五六七八九]{2})\s*年\s*([一二三四五六七八九十]{1,2})\s*月$/u.exec(l);
    const month = cn ? numeralValue(cn[2]!) : Number.NaN;
    if (cn && month >= 1 && month <= 12) return `20${[...cn[1]!].map((c) => CN_DIGITS.indexOf(c === '零' ? '〇' : c)).join('')}-${String(month).padStart(2, '0')}`;
  }
  return undefined;
}

const shortOf = (title: string): string => title.replace(/\s*[（(][^）)]*[）)]\s*$/u, '').replace(/\s*[（(]?\s*20\d{2}\s*(?:年度?)?\s*[）)]?\s*$/u, '').trim();

/** The metadata for `corpus/ID.meta.json`; fails naming the flags to give when the cover does not say. */
export function newMeta(file: string, text: string, o: MetaOptions): ReportMeta {
  if (!ID.test(o.id)) throw new CorpusError(file, `--id "${o.id}" must be lower-case letters, digits and dashes (e.g. school-2024)`);
  const cover = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, COVER_LINES);
  const title = o.title ?? coverTitle(cover);
  const year = o.year ?? (title ? titleYear(title) : undefined);
  const published = o.published ?? coverDate(cover);
  const level = o.level ?? (o.school ? 'school' : 'city');
  const missing = [
    ...(title ? [] : ['--title']),
    ...(o.issuer ? [] : ['--issuer']),
    ...(o.city ? [] : ['--city']),
    ...(o.province ? [] : ['--province']),
    ...(year ? [] : ['--year']),
    ...(published ? [] : ['--published YYYY-MM']),
    ...(level === 'school' && !o.school ? ['--school'] : []),
  ];
  if (missing.length) throw new CorpusError(file, `the cover does not say it: give ${missing.join(', ')}`);
  return {
    id: o.id,
    title: title!,
    shortTitle: shortOf(title!),
    issuer: o.issuer!,
    city: o.city!,
    province: o.province!,
    yearCovered: year!,
    published: published!,
    default: o.isDefault,
    level,
    sector: /高等职业教育|高职/u.test(title!) ? 'higher' : 'secondary',
    ...(o.school ? { school: o.school } : {}),
    ...(o.places?.length ? { places: o.places } : {}),
  };
}
