import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { FLOOR_WORD, MASS_WORD, substringsOf, trimDictionary } from '../src/text/dictionary.ts';
import { dictionaryIsFresh, TRIMMED_DICT } from '../src/text/dictionary-file.ts';
import { USER_DICT } from '../src/text/segment.ts';

const FULL = ['职业 50000 n', '教育 40000 vn', '中 9000 f', '职 800 n', '产教融合 3 l', '够不上 3 l', '怪词 2 n', ''].join('\n');

const entries = (text: string) =>
  text.trim().split('\n').map((l) => l.split(' ')).map(([word, freq]) => ({ word: word!, freq: Number(freq) }));

describe('the trimmed jieba dictionary', () => {
  const trimmed = trimDictionary(FULL, ['推进产教融合，职业教育'], { minFrequency: 3, keepUpTo: 1 });
  const words = entries(trimmed.text).map((e) => e.word);

  it.each([
    ['a common word', '职业', true],
    ['a single character, however rare', '职', true],
    ['a rare word the texts hold', '产教融合', true],
    ['a rare word the texts never hold', '够不上', false],
    ['the rarest word, absent from the texts', '怪词', false],
  ])('keeps %s: %s → %s', (_, word, kept) => {
    expect(words.includes(word)).toBe(kept);
  });

  it('keeps jieba’s total frequency and its lowest frequency, so every kept word weighs what it did', () => {
    const total = (t: string) => entries(t).reduce((s, e) => s + e.freq, 0);
    const lowest = (t: string) => Math.min(...entries(t).map((e) => e.freq));
    expect(total(trimmed.text)).toBe(total(FULL));
    expect(lowest(trimmed.text)).toBe(lowest(FULL));
    expect(words).toEqual(expect.arrayContaining([MASS_WORD, FLOOR_WORD]));
    expect(trimmed).toMatchObject({ kept: 5, dropped: 2 });
  });

  it('adds no placeholder when nothing is dropped', () => {
    expect(trimDictionary(FULL, [FULL]).text).toBe(FULL);
  });

  it('names the line it cannot read', () => {
    expect(() => trimDictionary('职业 many n\n', [])).toThrow(/职业 many n/);
  });

  it('collects the substrings of runs of ideographs only, up to the longest word', () => {
    expect([...substringsOf(['新乡a职教中心'], 3)].sort()).toEqual(['新乡', '中心', '教中', '教中心', '职教', '职教中'].sort());
  });

  it('on disk is fresh for the corpus (else run npm run build-index)', () => {
    expect(dictionaryIsFresh(loadCorpus('corpus').map((r) => r.text))).toBe(true);
  });

  it('cuts and tags every line of the report and the lexicon exactly as jieba’s full dictionary does', () => {
    const files = ['corpus/xinxiang-2023.txt', ...readdirSync('src/lexicon').filter((f) => f.endsWith('.json')).map((f) => join('src/lexicon', f))];
    const cut = (dict: string) =>
      JSON.parse(execFileSync(process.execPath, ['tests/fixtures/cut-with.cjs', dict, USER_DICT, 'dict/tiny.idf.utf8', 'dict/tiny.stop.utf8', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 })) as string[][];
    const withTrimmed = cut(TRIMMED_DICT);
    expect(withTrimmed.length).toBeGreaterThan(1000);
    expect(withTrimmed).toEqual(cut('full'));
  }, 60_000);
});
