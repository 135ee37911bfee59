import { pinyin } from 'pinyin-pro';

/**
 * Typos that sound right (比列 for 比例, 就业律 for 就业率), repaired against the report's own
 * words by their pinyin: a word the report never uses is read as a report word of the same length that shares
 * a character with it and sounds the same, or differs in one syllable's final only (lie ~ li). Only one such
 * word may fit; otherwise nothing is repaired.
 */
const sounds = (word: string): string[] => pinyin(word, { toneType: 'none', type: 'array', v: true });
const soundCache = new Map<string, string[]>();
/**
 * A report or lexicon word's syllables, toneless (比例 → bi, li), worked out once per word for every reader of sounds
 * (typo repair, pinyin inside English). Only for the reports' and lexicons' words: typed words are never cached.
 */
export function syllables(word: string): string[] {
  let s = soundCache.get(word);
  if (!s) soundCache.set(word, (s = sounds(word)));
  return s;
}

/** Two syllables that a hurried typist confuses: the same, or the same initial with a close final. */
function close(a: string, b: string): boolean {
  if (a === b) return true;
  const initial = (s: string) => /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/u.exec(s)?.[0] ?? '';
  if (initial(a) !== initial(b)) return false;
  const fa = a.slice(initial(a).length);
  const fb = b.slice(initial(b).length);
  return fa.startsWith(fb) || fb.startsWith(fa) || fa.replace(/g$/u, '') === fb.replace(/g$/u, '');
}

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

  /**
   * The report's word for a typed word it never uses, or null. `notTypos`: characters (of talk, of asking: 几, 多少,
   * 拿到) that no typo of a report word holds; `exact`: only a word that sounds the same, never one that sounds close.
   */
  repair(typed: string, notTypos: RegExp, exact = false): string | null {
    if (!/^[\u4e00-\u9fff]{2,4}$/u.test(typed) || notTypos.test(typed)) return null;
    const sound = sounds(typed);
    const sharing = (this.byLength.get(typed.length) ?? []).filter(({ word }) => [...typed].some((ch, i) => word[i] === ch));
    // A word that sounds the same wins over one that sounds close.
    const same = sharing.filter(({ sound: s }) => s.every((x, i) => x === sound[i]));
    if (same.length) return same.length === 1 ? same[0]!.word : null;
    if (exact) return null;
    const near = sharing.filter(({ sound: s }) => s.every((x, i) => close(x, sound[i]!)) && s.filter((x, i) => x !== sound[i]).length <= 1);
    return near.length === 1 ? near[0]!.word : null;
  }
}

/** Every reading of one character, toneless (长 → chang, zhang). */
const readingsOf = (ch: string): string[] => pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true });

/**
 * One character typed for another of the same sound (思正课 → 思政课, 智彗 → 智慧, 建档力卡 → 建档立卡), repaired
 * against the report's own wording rather than its words (jieba may cut the typo apart: 台智/彗): a stretch of 2
 * to 4 characters around a suspect word that the report never writes, but writes with one character changed to
 * one that can sound the same. Longer stretches first; a stretch the report writes in two such ways is left alone.
 */
export class HomophoneRepair {
  private readonly readings = new Map<string, Set<string>>();

  /** `text`: the report's paragraphs and rows, normalised, joined by a character that is never in a question word. */
  constructor(private readonly text: string) {}

  private soundsOf(ch: string): Set<string> {
    let s = this.readings.get(ch);
    if (!s) this.readings.set(ch, (s = new Set(readingsOf(ch))));
    return s;
  }

  private homophones(a: string, b: string): boolean {
    const sb = this.soundsOf(b);
    return [...this.soundsOf(a)].some((r) => sb.has(r));
  }

  /** The report's writings of `window` with only the character at `i` changed, to one that can sound the same. */
  private variants(window: string, i: number): Set<string> {
    const left = window.slice(0, i);
    const right = window.slice(i + 1);
    const found = new Set<string>();
    const anchor = left.length >= right.length ? left : right;
    for (let at = this.text.indexOf(anchor); at >= 0; at = this.text.indexOf(anchor, at + 1)) {
      const start = anchor === left ? at : at - i - 1;
      if (start < 0) continue;
      const candidate = this.text.slice(start, start + window.length);
      if (candidate.length !== window.length || !candidate.startsWith(left) || !candidate.endsWith(right)) continue;
      const ch = candidate[i]!;
      if (ch !== window[i] && /[\u4e00-\u9fff]/u.test(ch) && this.homophones(ch, window[i]!)) found.add(candidate);
    }
    return found;
  }

  /**
   * `run` (a stretch of ideographs) with the typo at one character of `[from, to)` repaired, or null. The repaired
   * stretch must hold, across that character, one of the report's own words (`words`), whole: of three characters
   * or more, or of two when the typed character is one the report never writes (and at least `least`). `whole`: the
   * report word must hold all of `[from, to)`; `verbatim`: no report word is needed, only a stretch the report writes.
   */
  repair(
    run: string, from: number, to: number, words: ReadonlySet<string>, notTypos: RegExp, least = 0, whole = false, verbatim = false,
  ): string | null {
    for (let n = Math.min(4, run.length); n >= Math.max(2, least); n--) {
      for (let start = Math.max(0, from - n + 1); start < Math.min(to, run.length - n + 1); start++) {
        const window = run.slice(start, start + n);
        if (this.text.includes(window)) continue;
        const fixes = new Set<string>();
        for (let i = Math.max(0, from - start); i < Math.min(n, to - start); i++) {
          if (notTypos.test(window[i]!)) continue;
          // A short word (智慧) only for a character the report never writes (彗): 说 → 数 would make 人数 of 人说.
          const shortest = Math.max(least, this.text.includes(window[i]!) ? 3 : 2);
          const span: [number, number] = whole ? [from - start, to - start] : [i, i + 1];
          // (`verbatim`: a stretch of `least` characters the report writes is enough, whatever its words.)
          for (const v of this.variants(window, i)) if (verbatim || holdsWordAcross(v, span, words, shortest)) fixes.add(v);
        }
        if (fixes.size === 1) return run.slice(0, start) + [...fixes][0]! + run.slice(start + n);
      }
    }
    return null;
  }
}

/** Whether `text` holds, whole, a word of at least `shortest` characters that spans positions `[from, to)`. */
function holdsWordAcross(text: string, [from, to]: [number, number], words: ReadonlySet<string>, shortest: number): boolean {
  for (let a = 0; a <= from; a++) {
    for (let b = Math.max(to, a + 1); b <= text.length; b++) if (b - a >= shortest && words.has(text.slice(a, b))) return true;
  }
  return false;
}
