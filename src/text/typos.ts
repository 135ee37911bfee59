import { pinyin } from 'pinyin-pro';

/**
 * Typos that sound right (比列 for 比例, 就业律 for 就业率), repaired against the report's own
 * words by their pinyin: a word the report never uses is read as a report word of the same length that shares
 * a character with it and sounds the same, or differs in one syllable's final only (lie ~ li). Only one such
 * word may fit; otherwise nothing is repaired.
 */
const syllables = (word: string): string[] => pinyin(word, { toneType: 'none', type: 'array', v: true });

/** Two syllables that a hurried typist confuses: the same, or the same initial with a close final. */
function close(a: string, b: string): boolean {
  if (a === b) return true;
  const initial = (s: string) => /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/u.exec(s)?.[0] ?? '';
  if (initial(a) !== initial(b)) return false;
  const fa = a.slice(initial(a).length);
  const fb = b.slice(initial(b).length);
  return fa.startsWith(fb) || fb.startsWith(fa) || fa.replace(/g$/u, '') === fb.replace(/g$/u, '');
}

const QUESTION_CHARS = /[几多少吗呢吧啊呀么什哪谁怎咋啥是有了的在和与到去来给拿能会要个]/u;

export class TypoRepair {
  private readonly byLength = new Map<number, { word: string; sound: string[] }[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (!/^[\u4e00-\u9fff]{2,4}$/u.test(word)) continue;
      const list = this.byLength.get(word.length) ?? [];
      list.push({ word, sound: syllables(word) });
      this.byLength.set(word.length, list);
    }
  }

  /** The report's word for a typed word it never uses, or null. */
  repair(typed: string): string | null {
    // Question words and talk (几项, 多少, 拿到) are never typos of the report's words.
    if (!/^[\u4e00-\u9fff]{2,4}$/u.test(typed) || QUESTION_CHARS.test(typed)) return null;
    const sound = syllables(typed);
    const sharing = (this.byLength.get(typed.length) ?? []).filter(({ word }) => [...typed].some((ch, i) => word[i] === ch));
    // A word that sounds the same wins over one that sounds close.
    const same = sharing.filter(({ sound: s }) => s.every((x, i) => x === sound[i]));
    if (same.length) return same.length === 1 ? same[0]!.word : null;
    const near = sharing.filter(({ sound: s }) => s.every((x, i) => close(x, sound[i]!)) && s.filter((x, i) => x !== sound[i]).length <= 1);
    return near.length === 1 ? near[0]!.word : null;
  }
}
