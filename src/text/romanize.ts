import { pinyin } from 'pinyin-pro';

/**
 * A report's own place names as English writes them (某某县 → moumou, 某某示范区 → moumou), from
 * the names in its metadata: their pinyin without tones, the administrative suffix dropped. An English question
 * then names them as the report does, with no report's names written into the lexicon.
 */
export function romanized(name: string): string[] {
  const bare = name.replace(/(?:示范区|县|市|区)$/u, '');
  if (!/^[\u4e00-\u9fff]{2,}$/u.test(bare)) return [];
  const syllables = pinyin(bare, { toneType: 'none', type: 'array', v: true });
  return [...new Set([syllables.join(''), syllables.join(' '), syllables.join('-')])];
}

const cache = new Map<string, readonly [string, string][]>();

/** English phrase → the report's name, for every name given, longest phrase first (computed once per set of names). */
export function englishNames(names: readonly string[]): readonly [string, string][] {
  const key = names.join('|');
  let pairs = cache.get(key);
  if (!pairs) {
    pairs = names
      .filter(Boolean)
      .flatMap((n) => romanized(n).map((r): [string, string] => [r, n]))
      .sort((a, b) => b[0].length - a[0].length);
    cache.set(key, pairs);
  }
  return pairs;
}
