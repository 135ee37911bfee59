/** Competition and award levels (国家级, 省级, 市级), read the same way from the report and from questions. */
import { escapeRe } from './escape.ts';

export type Level = 'nation' | 'province' | 'city';

// Competition and award levels. 全市 is not one: it is whose figure it is (全市获得一等奖 13 节 at the 省 level).
export const LEVEL_WORDS: readonly [RegExp, Level][] = [
  [/全国|国家级|国赛|国[培]/gu, 'nation'],
  [/全省|省级|省赛|省里|省[培]|省(?=[\u4e00-\u9fff]{0,3}(?:课|赛|评选|比赛|大赛))/gu, 'province'],
  // 全市/本市/我市 say whose figure it is, and 市参赛 that a city took part: neither is a level.
  [/市级|市赛|市里|(?<![全本我])市(?!参赛)(?=[\u4e00-\u9fff]{0,3}(?:课|赛|评选|比赛|大赛))/gu, 'city'],
];

/** The level words, with the report's own province by name (某省高水平学校 is a provincial title) when known. */
const byProvince = new Map<string, readonly [RegExp, Level][]>();

function wordsFor(province: string): readonly [RegExp, Level][] {
  if (!province) return LEVEL_WORDS;
  const known = byProvince.get(province);
  if (known) return known;
  const named = new RegExp(`${escapeRe(province)}省`, 'gu');
  const words = LEVEL_WORDS.map(([re, level]): [RegExp, Level] => (level === 'province' ? [new RegExp(`${re.source}|${named.source}`, 'gu'), level] : [re, level]));
  byProvince.set(province, words);
  return words;
}

/** The competition or award levels a text names. */
export function levelsIn(text: string, province = ''): Level[] {
  return wordsFor(province).filter(([re]) => new RegExp(re.source, 'u').test(text)).map(([, level]) => level);
}

/** The level named last before `end` in `text` (the one a figure there belongs to), or null. */
export function levelBefore(text: string, end: number, province = ''): Level | null {
  let best: { at: number; level: Level } | null = null;
  for (const [re, level] of wordsFor(province)) {
    for (const m of text.slice(0, end).matchAll(re)) if (!best || m.index > best.at) best = { at: m.index, level };
  }
  return best?.level ?? null;
}
