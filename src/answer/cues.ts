import intentsLexicon from '../lexicon/intents.json' with { type: 'json' };
import stopwords from '../lexicon/stopwords.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';
import { segment, tagsOf } from '../text/segment.ts';
import type { Intent, UnitClass } from './question.ts';

// The cue patterns a part of a question is read by (src/lexicon/intents.json): what it asks for, what unit, and the
// figures it states.
export const INTENTS = assertLexicon('intents.json', intentsLexicon);
export const CUE = {
  date: new RegExp(INTENTS.intents.date, 'u'),
  list: new RegExp(INTENTS.intents.list, 'u'),
  number: new RegExp(INTENTS.intents.number, 'u'),
  english: new RegExp(INTENTS.english, 'u'),
};
export const VAGUE = new RegExp(INTENTS.vague, 'u');
// In order: a unit the question names outright (多少人, 多少钱, 比例) beats one its topic implies (奖学金 → 钱),
// so 获得国家奖学金的有多少人 asks for people, not money.
export const UNIT_CUES: readonly [RegExp, UnitClass, string | null, boolean][] = INTENTS.units.map((u) => [
  new RegExp(u.cue.split('{PEOPLE}').join(INTENTS.people.join('|')), 'u'),
  u.unit as UnitClass,
  u.word,
  (u as { implied?: boolean }).implied === true,
]);

/** What a part asks for by its cue words: a date, a list, a figure, or (null) none of these. */
export function intentOf(part: string): Intent | null {
  if (CUE.date.test(part)) return 'date';
  if (CUE.list.test(part)) return 'list';
  if (CUE.number.test(part)) return 'number';
  return null;
}

/** A figure stated with its unit (1.2万人, 一万四千多人, 88%). */
export const AMOUNT_SAID = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]{2,})\\s*(?:多|余|来)?\\s*(?:万|亿)?\\s*';
/** Asking whether a statement is so (是不是说…, …吗, 真的假的, 属实). */
export const WHETHER_CHECK = new RegExp(INTENTS.whetherCheck, 'u');
export const FIGURE_STATED = new RegExp(`${AMOUNT_SAID}(?:人次|人|个|所|名|元|块|家|项|%)`, 'u');
/** …every such figure (not 个 or 所, which also count what is asked: 几所), and not one asked about (多少). */
export const FIGURE_STATED_ALL = new RegExp(`${AMOUNT_SAID}(?:人次|人|名|元|块|家|项|%)(?![\\u4e00-\\u9fff]*多少)`, 'gu');

/** Words that carry no meaning for finding a figure (src/lexicon/stopwords.json). */
export const STOP: ReadonlySet<string> = new Set(stopwords.words);
// Years are read apart; left in, they glue to the next word (2023年市本级 → 年市).
export const YEAR_WORD = /(?:19|20)\d{2}\s*(?:[-—~至到]\s*(?:19|20)\d{2}\s*)?(?:年度|学年|年|届)?/gu;

/** jieba's tags of times and measure words (去年 t, 人次 q). */
const NAMING_NOTHING: ReadonlySet<string> = new Set(['t', 'q']);

/** A clause telling what the asker means to do (想选个…, 想让店里几个小妹也去考个证, 打算让娃…): told, not asked. */
export const INTENTION = /^\s*(?:我|俺)?(?:想|打算|准备)(?:选|学|报|让|给|找|去)/u;

/** Words of a text that can name something (not stop words, not lone characters, no question words). */
export function contentWords(text: string, city = ''): number {
  const words = segment(text.replace(YEAR_WORD, ' '));
  // (Nor the report's own city, a time or a measure word: 某市去年多少人次拿到了 names nothing counted.)
  const own = (w: string): boolean => city !== '' && (w === city || w === `${city}市`);
  const namesNothing = (w: string): boolean => own(w) || tagsOf(w).every((t) => NAMING_NOTHING.has(t));
  return words.filter((w) => w.length >= 2 && !STOP.has(w) && !/多少|几|什么|怎么|是否/u.test(w) && !namesNothing(w)).length;
}

/** A focus whose one word names a rate outright (升学比例是多少) names what it asks: no topic is borrowed. */
export function namesOne(text: string): boolean {
  return segment(text.replace(YEAR_WORD, ' ')).some((w) => w.length >= 4 && /(?:比例|占比|率|比|度)$/u.test(w));
}
