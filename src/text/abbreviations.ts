/**
 * Shorthand that takes the first character of each word of a name (交运系 for 交通运输系, 财经 for 财会经贸): a
 * question word the report never writes is read as the one report word it abbreviates that way. Words of four or
 * six characters are read as two or three two-character words; a shorthand that two report words share, or that
 * the report itself writes, is left alone. A common word can look like a shorthand (老大 of 老年大学), so only one
 * followed by what follows the full word in the report (交运系 as 交通运输系) is read so.
 */
export class Abbreviations {
  private readonly full = new Map<string, string | null>();

  /** `words`: the report's words; `written`: the report's text, where a shorthand it writes itself is found. */
  constructor(words: Iterable<string>, private readonly written: string) {
    for (const word of new Set(words)) {
      if (!/^(?:[\u4e00-\u9fff]{4}|[\u4e00-\u9fff]{6})$/u.test(word)) continue;
      const short = [...word].filter((_, i) => i % 2 === 0).join('');
      if (written.includes(short)) continue;
      // Two report words with one shorthand: it names neither.
      this.full.set(short, this.full.has(short) && this.full.get(short) !== word ? null : word);
    }
  }

  /** The report word `typed` abbreviates when `next` (the character typed after it) follows it in the report too. */
  expand(typed: string, next: string): string | null {
    if (this.written.includes(typed) || !/^[\u4e00-\u9fff]$/u.test(next)) return null;
    const word = this.full.get(typed);
    return word && this.written.includes(word + next) ? word : null;
  }
}
