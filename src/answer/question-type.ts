import typesLexicon from '../lexicon/question-types.json' with { type: 'json' };
import frames from '../lexicon/frames.json' with { type: 'json' };
import required from '../lexicon/required.json' with { type: 'json' };
import synonyms from '../lexicon/synonyms.json' with { type: 'json' };
import chat from '../lexicon/chat.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';
import { sectorBefore } from '../corpus/frame.ts';
import type { Sector } from '../corpus/types.ts';
import { segment } from '../text/segment.ts';
import { escapeRe } from '../text/escape.ts';

const types = assertLexicon('question-types.json', typesLexicon);

/** What kind of reply a question wants, read from the cue patterns in `src/lexicon/question-types.json`. */
export type QType = 'compare' | 'why' | 'how' | 'opinion' | 'whatis' | 'when' | 'which' | 'count' | 'rate' | 'whether' | 'example';

export const QTYPES: readonly QType[] = types.types.map((t) => t.type as QType);

const CUES = types.types.map((t) => ({ type: t.type as QType, re: new RegExp(t.cues.join('|'), 'u') }));

/** Every type whose cues the text shows, in the lexicon's order (the first is the main one). */
export function questionTypes(text: string): QType[] {
  return CUES.filter((c) => c.re.test(text)).map((c) => c.type);
}

const WHICH_IS_BEST = new RegExp(types.whichIsBest, 'u');

/** 哪个技校最好: which school or major is best — a quality report rates none above another. */
export function asksWhichIsBest(focus: string): boolean {
  return WHICH_IS_BEST.test(focus);
}

/** A person who says something (班主任说可以争取国家奖学金): who tells, not whose figure is asked. */
const SPEAKER = /(?:班主任|老师|教师|学生|同学|家长|毕业生)(?:私下|跟我|和我|也|都|就)?(?:说|讲|告诉|建议|推荐|让|叫)/gu;

/** The text with each person who says something taken out. */
export function withoutSpeakers(text: string): string {
  return text.replace(SPEAKER, ' ');
}

/** A clause that asks: a question word, or a verb asked both ways (重视不重视, 能不能). */
const ASKING = /吗|么|有[^，,。；;]{1,15}没有?\s*[？?]?\s*$|多少|(?<![好十几差没前])几(?!十)|是否|有没有|怎|什么|啥|哪|咋|如何|(\p{Script=Han})不\1/u;
/** A clause that tells about the asker or their child (孩子住校, 我家娃在读): context, not what is asked. */
/** The asker's family (`chat.json` `family`: 孩子, 闺女, 她爸 …), longest first. */
const FAMILY = [...assertLexicon('chat.json', chat).family].sort((a, b) => b.length - a.length).join('|');
/** The asker's own workplace or village (`chat.json` `askerPlaces`: 店里, 我们厂 …). */
const ASKER_PLACES = assertLexicon('chat.json', chat).askerPlaces.join('|');
const TELLING = new RegExp(`^\\s*(?:(?:我家|我们家|家里|俺家)?(?:${FAMILY}|我|俺)|(?:${ASKER_PLACES}))`, 'u');
/** A clause about the asker's family (闺女在职专上高一, 俺娃班主任老换人, 她爸常年生病). */
export const FAMILY_CLAUSE = new RegExp(`^\\s*(?:俺|我|咱)?们?家?(?:${FAMILY})`, 'u');

/** The clause asks something (a question word, 有没有, 能不能). */
export function asks(clause: string): boolean {
  return ASKING.test(clause);
}

/** The clause only tells about the asker or their child (孩子在读中职、家庭经济困难) and asks nothing. */
export function onlyTells(clause: string): boolean {
  return TELLING.test(clause) && !ASKING.test(clause);
}

const SELF_INTRODUCTION = new RegExp(`^[^\\u4e00-\\u9fff]*(?:${required.selfIntroduction})`, 'u');

/** The clause says who asks (我是…的班主任, 初三班主任, 作为家长): it names the asker, not what is asked. */
export function introducesAsker(clause: string): boolean {
  return SELF_INTRODUCTION.test(clause);
}

/** Types answered by a passage only when a section really addresses them, never by a figure picked by words. */
export const DISCOURSE: ReadonlySet<QType> = new Set(['why', 'how', 'opinion', 'whatis']);

/** A question of those types with no how-many, rate or when cue: no figure is its answer. */
export function onlyDiscourse(qtypes: readonly QType[]): boolean {
  // 怎么申请，要准备哪些材料: a which inside a how-to is still the how-to.
  return qtypes.some((t) => DISCOURSE.has(t)) && !qtypes.some((t) => t === 'count' || t === 'rate' || t === 'when');
}

// 标准 is a standard (每生 2000 元的标准), 标准化 is no amount (标准化验收).
const Q_PER_UNIT = new RegExp(frames.questionPerUnit.map((w) => (w === '标准' ? '标准(?!化)' : w)).join('|'), 'u');
const Q_TOTAL = new RegExp(frames.questionTotal.join('|'), 'u');
const SHARE_OVER = frames.questionShareOver.map((x) => new RegExp(x, 'u'));
const EXCLUSIONS = frames.exclusion.map((x) => new RegExp(x, 'gu'));
const NEGATED = new RegExp(frames.questionNegated, 'u');

/** The measure asked in the negative (没有升学的 → 升学), or null. */
export function negatedMeasure(focus: string): string | null {
  return NEGATED.exec(focus)?.[1] ?? null;
}

/**
 * The words that said a per-student figure is asked (平均, 每个学生): the aggregation slot weighs them, so they
 * leave the words matched around a figure (a per-student figure need not repeat 平均 to answer 平均下来几本).
 * A standard (标准) names a thing of its own and stays.
 */
export function perUnitWords(focus: string): string[] {
  return frames.questionPerUnit.filter((w) => w !== '标准' && focus.includes(w)).sort((a, b) => b.length - a.length);
}

/** A total asked for in so many words (一共, 加起来). */
export function asksTotal(focus: string): boolean {
  return Q_TOTAL.test(focus);
}

const Q_STOCK = new RegExp(frames.questionStock, 'u');

/** How many there are by now is asked (已经通过的有几所, 累计, 一共有几所…过了). */
export function asksStock(focus: string): boolean {
  return Q_STOCK.test(focus);
}

const SUMMED_JOIN = new RegExp(frames.summedJoin, 'u');
/** The pairs of `synonyms.json` `contrasts` (公办/民办): said side by side, both are meant. */
const PAIRS = Object.entries(synonyms.contrasts as Record<string, string[]>).flatMap(([a, bs]) => bs.map((b) => [a, b] as const));

/**
 * The things a sum is asked of, one word each (交通运输系+财会经贸系 取证人数合计 → 交通运输, 财会; 思政、体育、美育
 * 这三类老师加起来 → 思政, 体育, 美育): the word before the first joiner and the word after each; none when no total
 * is asked, fewer than two things are joined, or the pieces state figures.
 */
export function summedItems(text: string): string[] {
  // Only a clause that asks the total, or it with the one before (交通运输系+财会经贸系，取证人数合计), names what is
  // summed (…想跟中职合作搞…，先摸摸底：…升学的总共多少人 sums nothing).
  const clauses = text.split(/[，,；;：:。？?！!]/u);
  for (const [i, clause] of clauses.entries()) {
    if (!Q_TOTAL.test(clause)) continue;
    const items = summedIn(clause);
    if (items.length) return items;
    const withBefore = i > 0 ? summedIn(`${clauses[i - 1]}，${clause}`) : [];
    if (withBefore.length) return withBefore;
  }
  return [];
}

function summedIn(focus: string): string[] {
  // …not inside a name quoted (“人人持证、技能河南”), nor figures the asker states (17个大类、97个专业); the two of a
  // pair said side by side (公办民办加起来, 专科本科都算) are joined too.
  // …and prizes said together (一二三等奖加一起 → 一等奖、二等奖、三等奖).
  const prizes = focus.replace(/([一二三])([一二三]+)等奖/gu, (_, a: string, rest: string) => [a, ...rest].map((x) => `${x}等奖`).join('、'));
  const paired = PAIRS.reduce((t, [a, b]) => t.split(`${a}${b}`).join(`${a}、${b}`), prizes);
  const pieces = paired.replace(/[“"「『][^”"」』]*[”"」』]/gu, ' ').split(SUMMED_JOIN);
  if (pieces.some((p) => /\d\s*[个所人名家项类万元%]/u.test(p))) return [];
  if (pieces.length < 2) return [];
  const words = (s: string): string[] => segment(s).filter((w) => /^[\u4e00-\u9fff]{2,}$/u.test(w));
  // …the word that tells it from the others: 专职老师和兼职老师 → 专职, 兼职 (老师 is in both).
  const own = (w: string, i: number): boolean => !pieces.some((p, j) => j !== i && p.includes(w));
  const items = pieces.map((p, i) => (i === 0 ? words(p).findLast((w) => own(w, i)) : words(p).find((w) => own(w, i))));
  return items.every((x) => x !== undefined) ? (items as string[]) : [];
}

/** The whole a share is asked of (双师型老师占专任教师的比例 → 专任教师), or null. */
export function shareOver(focus: string): string | null {
  for (const re of SHARE_OVER) {
    const over = re.exec(focus)?.[1]?.trim();
    if (over) return over;
  }
  return null;
}

/** The aggregation a question asks for: a per-student standard, a total, or either. */
export function wantedAggregation(focus: string): 'perUnit' | 'total' | null {
  const perUnit = Q_PER_UNIT.exec(focus);
  const total = Q_TOTAL.exec(focus);
  // 一个娃给六千块钱，那一共发了多少: a per-student amount stated before the total asked is told, not asked.
  if (perUnit && total && total.index > perUnit.index && STATED_AMOUNT.test(focus.slice(perUnit.index, total.index))) return 'total';
  if (perUnit) return 'perUnit';
  return total ? 'total' : null;
}
/** An amount said outright (6000元, 六千块). */
const STATED_AMOUNT = /[\d零一二两三四五六七八九十百千万]+\s*(?:块|元|万|人|个|所|%)/u;

/** The sector a question names (成人教育, 社区, 高职, 普高, 本科), or null for the report's own. */
export function questionSector(focus: string): Sector | null {
  return sectorBefore(focus, focus.length);
}

const OUTSIDE = frames.outsideScope;
const NOT_SCOPE = new RegExp(OUTSIDE.notScopeIf.join('|'), 'u');
const OUTSIDE_RE = new RegExp(`(${OUTSIDE.places.join('|')})[^，,。？?]{0,8}?(?:${OUTSIDE.population.join('|')})`, 'u');

/**
 * A population outside the report asked about as a whole (全国中职在校生, 全省的中职学校): the report counts
 * only its own area. 全国 as a level (国赛一等奖, 全省班主任能力比赛) is not this.
 */
export function outsideScope(focus: string, province = ''): string | null {
  if (NOT_SCOPE.test(focus)) return null;
  const m = OUTSIDE_RE.exec(focus);
  if (m) return m[1]!;
  // 河南省中职学校一共有多少所: the report's province right before its schools, and none of its programmes named.
  const p = province ? new RegExp(`(${escapeRe(province)}省?)的?(?:${OUTSIDE.population.join('|')})`, 'u').exec(focus) : null;
  return p && !PROVINCE_PROGRAMME.test(focus.slice(p.index)) ? p[1]! : null;
}
const PROVINCE_PROGRAMME = new RegExp(OUTSIDE.provinceProgramme.join('|'), 'u');

/** What the question says it does not mean (不是问招生 → 招生), and the text without those clauses. */
export function exclusions(text: string): { excluded: string[]; rest: string } {
  const excluded: string[] = [];
  let rest = text;
  for (const re of EXCLUSIONS) {
    rest = rest.replace(re, (_, what: string) => {
      // 不含免学费和奖学金: each thing ruled out on its own.
      // 不是额定编制数哈: a chat particle at its end is no part of what is ruled out.
      excluded.push(...what.replace(/^(?:问|说|指)/u, '').replace(/[哈啊呀哦啦嘛吧噢]+$/u, '').split(/和|及|、|以及|与/u).map((x) => x.trim()).filter((x) => x.length >= 2));
      return ' ';
    });
  }
  return { excluded, rest };
}

/** 联合体成员里有几所本科: a group's figure answers a question naming the group, or at least its kind (联合体, 联盟). */
export const groupNamed = (question: string, name: string): boolean =>
  question.includes(name) || question.includes(/(?:联合体|联盟|集团)$/u.exec(name)?.[0] ?? name);
