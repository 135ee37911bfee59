/**
 * jieba's dictionary, trimmed to what can matter here. Its 349k words take ~235 MB once loaded; 200k of them are
 * seen at most three times in jieba's training text, and a rare word only changes a cut where it occurs. So the
 * trimmed dictionary keeps every common word, every short word, and every rare word that occurs in a report or a
 * lexicon (the
 * texts whose cuts must not change), and two placeholder entries that keep jieba's arithmetic as it was: the
 * dropped words' frequency mass (each word's weight is log(freq / total)) and the lowest frequency (jieba's
 * weight for a character it does not know). Cutting any kept text then gives exactly the full dictionary's words.
 */

/** Options of {@link trimDictionary}, merged over {@link TRIM_DEFAULTS}. */
export interface TrimOptions {
  /** Words seen more often than this in jieba's training text are kept whatever the texts. */
  readonly minFrequency: number;
  /**
   * Words of at most this many characters are kept however rare: a rare two-character word (汽修) dropped would be
   * cut into pieces jieba glues to its neighbours (学汽/修好), which then read as typos.
   */
  readonly keepUpTo: number;
}

export const TRIM_DEFAULTS: TrimOptions = { minFrequency: 3, keepUpTo: 2 };

/** Private-use characters: never in a text jieba is given (only runs of CJK ideographs reach it). */
export const MASS_WORD = '\uE000\uE001';
export const FLOOR_WORD = '\uE002\uE003';

export interface Trimmed {
  /** The dictionary file's text, one `word freq tag` a line. */
  readonly text: string;
  readonly kept: number;
  readonly dropped: number;
}

interface Entry {
  readonly word: string;
  readonly freq: number;
  readonly line: string;
}

function parse(full: string): Entry[] {
  const entries: Entry[] = [];
  for (const line of full.split('\n')) {
    if (!line.trim()) continue;
    const [word, freq] = line.split(' ');
    const n = Number(freq);
    if (!word || !Number.isFinite(n)) throw new Error(`dictionary: line "${line.slice(0, 40)}" is not "word freq tag"`);
    entries.push({ word, freq: n, line: line.trimEnd() });
  }
  return entries;
}

/** Every run of CJK ideographs' substrings of 2 to `longest` characters: the rare words a text can hold. */
export function substringsOf(texts: Iterable<string>, longest: number): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(/[\u3400-\u9fff]{2,}/gu)) {
      for (let i = 0; i < run.length - 1; i++) {
        for (let n = 2; n <= longest && i + n <= run.length; n++) found.add(run.slice(i, i + n));
      }
    }
  }
  return found;
}

/** The dictionary `full`, keeping rare words only where `texts` hold them. */
export function trimDictionary(full: string, texts: Iterable<string>, options: Partial<TrimOptions> = {}): Trimmed {
  const { minFrequency, keepUpTo } = { ...TRIM_DEFAULTS, ...options };
  const entries = parse(full);
  const longest = entries.reduce((m, e) => Math.max(m, e.word.length), 0);
  const inTexts = substringsOf(texts, longest);
  const lines: string[] = [];
  let droppedMass = 0;
  let dropped = 0;
  for (const e of entries) {
    if (e.freq > minFrequency || [...e.word].length <= keepUpTo || inTexts.has(e.word)) lines.push(e.line);
    else {
      droppedMass += e.freq;
      dropped++;
    }
  }
  const floor = entries.reduce((m, e) => Math.min(m, e.freq), Infinity);
  // The two placeholders add up to the dropped mass, so the total stays what it was.
  if (dropped) lines.push(`${MASS_WORD} ${droppedMass - floor} x`, `${FLOOR_WORD} ${floor} x`);
  return { text: `${lines.join('\n')}\n`, kept: entries.length - dropped, dropped };
}
