import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dictionaryToLoad } from './dictionary-file.ts';
import { normalize } from './normalize.ts';

// The one module that touches nodejieba: everything else depends on `segment()`.
const require = createRequire(import.meta.url);

export const USER_DICT = fileURLToPath(new URL('../../dict/user.dict.utf8', import.meta.url));
// Keyword extraction is never used: a one-line IDF and stop-word list keep its dictionaries out of memory (~18 MB).
const TINY_IDF = fileURLToPath(new URL('../../dict/tiny.idf.utf8', import.meta.url));
const TINY_STOP = fileURLToPath(new URL('../../dict/tiny.stop.utf8', import.meta.url));

interface Jieba {
  load(options: { dict?: string; userDict: string; idfDict?: string; stopWordDict?: string }): void;
  cut(sentence: string, hmm?: boolean): string[];
  cutForSearch(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
}

let jieba: Jieba | undefined;

function loadJieba(): Jieba {
  if (jieba) return jieba;
  // nodejieba aborts the whole process on a missing dictionary path, so look first.
  for (const file of [USER_DICT, TINY_IDF, TINY_STOP]) {
    if (!existsSync(file)) throw new Error(`segment: dictionary missing at ${file}; restore it from git`);
  }
  const loaded = require('nodejieba') as Jieba;
  // The trimmed dictionary (dictionary.ts) cuts the reports exactly as the full one, in half the memory.
  const trimmed = dictionaryToLoad();
  const dict = trimmed ? { dict: trimmed } : {};
  loaded.load({ ...dict, userDict: USER_DICT, idfDict: TINY_IDF, stopWordDict: TINY_STOP });
  jieba = loaded;
  return loaded;
}

/**
 * Numbers (4.51, 1:2.57, 51%, 2022-2023) and Latin words are cut by us so they stay whole;
 * only runs of Chinese go to jieba.
 */
const ATOM = /(\d+\s*\+\s*[a-z]\b|\d+(?:\.\d+)?\s*[:：]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?%?|[a-z][a-z+]*|[\u3400-\u9fff]+)/giu;

export interface SegmentOptions {
  /** Also emit the shorter words inside long ones (中等职业学校 → 中等, 职业, 学校 …). */
  readonly forSearch?: boolean;
}

/** Normalised tokens of `text`, punctuation and white space dropped. */
export function segment(text: string, options: SegmentOptions = {}): string[] {
  const tokens: string[] = [];
  const normal = normalize(text).toLowerCase();
  for (const match of normal.matchAll(ATOM)) {
    const atom = match[0].replace(/\s+/g, '').replace('：', ':');
    if (/^[\u3400-\u9fff]/u.test(atom)) {
      const jb = loadJieba();
      const words = options.forSearch ? jb.cutForSearch(atom, true) : jb.cut(atom, true);
      for (const w of words) if (w.trim()) tokens.push(w);
    } else {
      tokens.push(atom);
    }
  }
  return tokens;
}

/** Loads the dictionaries now rather than on the first question (≈1 s, once per process). */
export function warmUp(): void {
  loadJieba();
}

const tagCache = new Map<string, readonly string[]>();
/** How many words' tags are kept (question words are many and each is asked about often; the cache starts over). */
const TAG_CACHE_SIZE = 20000;

/** jieba's part-of-speech tags of a word's pieces (n noun, v verb, r pronoun, f locative, t time, x unknown …). */
export function tagsOf(word: string): readonly string[] {
  let tags = tagCache.get(word);
  if (!tags) {
    if (tagCache.size >= TAG_CACHE_SIZE) tagCache.clear();
    tagCache.set(word, (tags = loadJieba().tag(word).map((t) => t.tag)));
  }
  return tags;
}
