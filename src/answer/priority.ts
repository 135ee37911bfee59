import typesLexicon from '../lexicon/question-types.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';

const types = assertLexicon('question-types.json', typesLexicon);
const PRIORITY = new RegExp(types.priority, 'u');
const JOIN = new RegExp(types.itemJoin, 'gu');
/** How the last thing listed asks (…惠及人次分别为多少, …奖励金额各多少): kept after the thing chosen. */
const ASK_TAIL = /(?:分别|各自?|都)?(?:为|是)?(?:多少|几)[\u4e00-\u9fff]{0,2}$/u;

/** What an item names: after its question word (多少个专业 → 专业), else its last four characters (…资金拨付额 → 金拨付额). */
function coreOf(item: string): string {
  const after = /(?:多少|几)[个所名人项家位]?([^多少几]*)$/u.exec(item)?.[1];
  return after && after.length >= 1 ? after : item.slice(-4);
}

/** Characters two strings share. */
function shared(a: string, b: string): number {
  return [...new Set(a)].filter((c) => b.includes(c)).length;
}

/**
 * 获奖学生人数、奖励金额各多少？先报人数: of two things asked together, the one the asker wants first is the question
 * (国家奖学金：获奖学生人数是多少) — the item whose own words fit what is named first best, the earlier on a tie.
 */
export function priorityAsked(text: string): string {
  const m = PRIORITY.exec(text);
  if (!m || m.index === 0) return text;
  const wanted = m[1]!;
  const before = text.slice(0, m.index);
  const start = Math.max(...['？', '?', '。', '！', '!'].map((p) => before.lastIndexOf(p, before.length - 2))) + 1;
  const sentence = before.slice(start).replace(/[？?。！!]+$/u, '');
  const tail = ASK_TAIL.exec(sentence)?.[0] ?? '';
  const items = sentence.slice(0, sentence.length - tail.length).split(JOIN)
    .map((x) => x.trim())
    .filter((x) => x.length >= 2);
  if (items.length < 2) return text;
  const fit = (x: string): number => {
    const core = coreOf(x);
    return shared(core, wanted) - [...core].filter((c) => !wanted.includes(c)).length;
  };
  const best = items.reduce((b, x) => (fit(x) > fit(b) ? x : b));
  // The lead before the first item (国家奖学金：, 2023年…) is every item's.
  const lead = best === items[0] ? '' : leadOf(items[0]!);
  const asked = /多少|几/u.test(best) ? best : `${lead}${best}${tail ? '是多少' : ''}`;
  return `${before.slice(0, start)}${asked}？${text.slice(m.index + m[0].length)}`;
}

/** What comes before the thing named in the first item (国家奖学金：获奖学生人数 → 国家奖学金：). */
function leadOf(first: string): string {
  return /^.*[：:]/u.exec(first)?.[0] ?? '';
}
