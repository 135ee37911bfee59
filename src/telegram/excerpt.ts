/**
 * What a Telegram reply quotes: the sentence that holds the figure, or for a passage its few sentences that say
 * most of what was asked — cut only at sentence ends, never inside one. The whole paragraph is a button away.
 */

export interface Excerpt {
  readonly quote: string;
  /** True when the quote leaves out part of the paragraph. */
  readonly trimmed: boolean;
}

/** A passage reply quotes at most this many sentences, and stops adding sentences past this many characters. */
export const PASSAGE_SENTENCES = 3;
export const PASSAGE_CHARS = 160;

const END = /[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]*|$)|\n/gu;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where each sentence stands, with its end mark and closing quote; a text without sentence ends is cut at ；. */
function spans(text: string): Span[] {
  const cut = (re: RegExp): Span[] =>
    [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })).filter((s) => text.slice(s.start, s.end).trim());
  const found = cut(END);
  return found.length > 1 || text.length <= PASSAGE_CHARS ? found : cut(/[^；;]+[；;]?/gu);
}

/** The paragraph's sentences, each with its end mark and closing quote. */
export function sentences(text: string): string[] {
  return spans(text).map((s) => text.slice(s.start, s.end).trim());
}

/** How often the question's words occur. */
const hits = (s: string, words: readonly string[]): number => words.reduce((n, w) => n + (w ? s.split(w).length - 1 : 0), 0);

/** The sentence holding the figure (the one with most question words, when the figure stands in several). */
export function figureExcerpt(paragraph: string, figure: string, highlights: readonly string[] = []): Excerpt {
  const all = sentences(paragraph);
  const holding = all.filter((s) => s.includes(figure));
  if (all.length <= 1 || holding.length === 0) return { quote: paragraph, trimmed: false };
  const best = holding.reduce((a, b) => (hits(b, highlights) > hits(a, highlights) ? b : a));
  return { quote: best, trimmed: true };
}

/** The run of up to three sentences (within the length budget) that holds most question words, earliest first. */
export function passageExcerpt(paragraph: string, highlights: readonly string[] = []): Excerpt {
  const all = spans(paragraph);
  if (paragraph.length <= PASSAGE_CHARS || all.length <= 1) return { quote: paragraph, trimmed: false };
  const text = (from: number, to: number): string => paragraph.slice(all[from]!.start, all[to - 1]!.end).trim();
  let best = { from: 0, to: 1, score: -1 };
  for (let from = 0; from < all.length; from++) {
    let to = from + 1;
    while (to < all.length && to - from < PASSAGE_SENTENCES && text(from, to + 1).length <= PASSAGE_CHARS) to++;
    const score = hits(text(from, to), highlights);
    if (score > best.score) best = { from, to, score };
  }
  const quote = `${best.from > 0 ? '…' : ''}${text(best.from, best.to)}${best.to < all.length ? '…' : ''}`;
  return { quote, trimmed: true };
}
