import type { Fact } from '../corpus/types.ts';
import required from '../lexicon/required.json' with { type: 'json' };
import stopwords from '../lexicon/stopwords.json' with { type: 'json' };
import synonyms from '../lexicon/synonyms.json' with { type: 'json' };
import frameWords from '../lexicon/frames.json' with { type: 'json' };
import type { Sector } from '../corpus/types.ts';
import questionTypes from '../lexicon/question-types.json' with { type: 'json' };
import intentsLexicon from '../lexicon/intents.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';
import { tagsOf } from '../text/segment.ts';
import { type Evidence, matchLevel, norm, type ReportText } from './evidence.ts';
import { CONTEXT_PART, levelsIn, type Question, type Term, type UnitClass } from './question.ts';
import { asks, FAMILY_CLAUSE, groupNamed, introducesAsker, onlyTells, withoutSpeakers } from './question-type.ts';
import { escapeRe } from '../text/escape.ts';
import { INTENTION } from './cues.ts';

export interface WeightedTerm {
  readonly term: Term;
  readonly weight: number;
  readonly known: boolean;
}

const GROUPS = required.groups.map((g) => g.map(norm));
/** Words before a group word that make it one person (那个…的女生). */
const INDIVIDUAL = assertLexicon('required.json', required).individual;
/** Nouns that say what kind of reply is wanted (流程, 做法, 例子), from `question-types.json`. */
/** Words that only say what kind of example is asked (真实, 成功), from `question-types.json`. */
const EXAMPLE_QUALIFIERS: ReadonlySet<string> = new Set(questionTypes.exampleQualifiers);
export const ANSWER_KINDS = new Set(assertLexicon('question-types.json', questionTypes).answerKinds);
/** Words that ask for a judgement (最好, 靠谱): no topic, in any report. */
const OPINION_WORDS = new Set(questionTypes.opinionWords);
const UNKNOWN_MEASURE = new RegExp(required.unknownMeasure, 'u');
const DOMAIN = new Set(required.domainWords.map(norm));
// Characters of talk rather than of things: a word holding one is not a thing the question asks about.
const TALK_TAGS = new Set(stopwords.talkTags);
/** jieba tags every piece of the word as talk (本身 r, 平时 t, 里面 f): it names no thing. */
const isTalk = (word: string): boolean => tagsOf(word).every((t) => TALK_TAGS.has(t));
const FUNCTION_CHARS = new RegExp(`[${assertLexicon('stopwords.json', stopwords).talkCharacters}]`, 'u');

/**
 * Term weights: rarer in the report counts more; words that name no measure of the report (中考, 建了)
 * and the report's own subject (中职) count less; words the report never uses count a little.
 */
/** Words that check a figure stated (真的假的, 对吗), wherever they stand in the message. */
const CHECKED_ANYWHERE = new RegExp(assertLexicon('intents.json', intentsLexicon).checkedAnywhere, 'u');

/** A kind of reply asked by name (用什么办法, 有哪些措施): read once per question. */
const KINDS = [...ANSWER_KINDS].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const KIND_ASKED = new RegExp(`(?:什么|啥|哪些|哪种|何种)(${KINDS})`, 'gu');
/** A remark the asker makes after the ask about themselves, what they heard or mean to do (…，听说公办不收学费). */
const OWN_REMARK = /^\s*(?:(?:我|俺|咱)(?!们?市|们?县)|听说|据说|听人说|听别人说|想让|打算)/u;

export function weighTerms(q: Question, text: ReportText, factLabels: string): WeightedTerm[] {
  // What is said after the last clause that asks (…有多少所中职学校啊，挑花眼了): a remark, not what is asked.
  const clauses = q.focus.split(/[，,]/u);
  const lastAsking = clauses.findLastIndex((c) => asks(c));
  const remark = lastAsking >= 0 ? clauses.slice(lastAsking + 1).join('，') : '';
  // (…and a clause where the asker says who they are: 我是银行的.)
  const tells = (c: string): boolean => (FAMILY_CLAUSE.test(c) || introducesAsker(c)) && !asks(c);
  const story = clauses.slice(0, Math.max(0, lastAsking)).filter(tells).join('，');
  // (…and what they heard or mean to do: …，想让娃上公办的，听说公办不收学费.)
  const ownRemark = lastAsking >= 0 ? clauses.slice(lastAsking + 1).filter((c) => OWN_REMARK.test(c)).join('，') : '';
  // What the clauses up to the last asking one say, and what those not about the family say (read once, not per word).
  const asking = clauses.slice(0, lastAsking + 1).join('，');
  const notStory = clauses.filter((c) => !FAMILY_CLAUSE.test(c) && !introducesAsker(c)).join('，');
  const firstAsking = clauses.findIndex((c) => asks(c));
  const intention = clauses.slice(0, Math.max(0, firstAsking)).filter((c) => INTENTION.test(c)).join('，');
  const askingOnly = firstAsking >= 0 ? clauses.slice(firstAsking).join('，') : q.focus;
  const kindsAsked = new Set([...q.whole.matchAll(KIND_ASKED)].map((m) => m[1]!));
  return q.terms.map((term) => {
    // Known: in the report's text, or in a label the ingestion spelled out (第一、二、三产业 → 第二产业).
    // Known: in the report's text, in a label the ingestion spelled out, or in a section title (对策建议).
    const known = text.df(term) > 0 || term.forms.some((f) => norm(f).length >= 2 && (factLabels.includes(norm(f)) || text.inTitles(f)));
    // A word the report never uses weighs little when it is talk (没考, 一半, 真的假) and much when it names
    // something (参军入伍, 公务员): a question about that is not answered by the rest of its words.
    // …nor when it is only in a remark after the question (挑花眼了).
    const remarked = term.partWeight === 1 && remark.includes(term.text) && !asking.includes(term.text);
    // …nor when it is only in the story around the part asked: it is not what is asked.
    // …nor when it is only in a clause about the asker's family before the one that asks (她爸常年生病家里紧张，…).
    const storied = story.includes(term.text) && !notStory.includes(term.text);
    // …nor when it is only in the part an elliptical focus borrows its topic from (刷视频说…国家奖学金。这个奖学金…).
    const content = !known && !remarked && !storied && !term.borrowed && term.partWeight === 1 && /^[\u4e00-\u9fff]{2,4}$/u.test(term.text) && !FUNCTION_CHARS.test(term.text) && !isTalk(term.text);
    let weight = term.partWeight * (known ? text.idf(term) : content ? 2 : 0.5);
    if (!content && !text.isMeasureWord(term, factLabels)) weight *= 0.45;
    if (DOMAIN.has(norm(term.text))) weight *= 0.25;
    // …and a word of the report only in a remark the asker makes about themselves (…百分之多少，我要写进总结里)
    // counts as the story around the question does.
    if (known && ownRemark.includes(term.text) && !asking.includes(term.text)) weight *= CONTEXT_PART;
    // …and so does one in what they mean to do, told before the clause that asks (想选个好就业的专业，…开的最多的是哪些专业).
    if (known && intention.includes(term.text) && !askingOnly.includes(term.text)) weight *= CONTEXT_PART;
    // 备案审核是个啥流程: 流程 says a how-to is asked; a report that never says 流程 can still answer it.
    // …nor 用什么办法, 有哪些措施 whatever the report calls its own: the kind of reply asked, not a thing in it.
    if ((!known && ANSWER_KINDS.has(term.text)) || kindsAsked.has(term.text) || OPINION_WORDS.has(term.text)) weight = 0;
    // 有没有真实的成功例子: what kind of example is asked names nothing the example must hold.
    if (q.qtypes.includes('example') && EXAMPLE_QUALIFIERS.has(term.text)) weight = 0;
    return { term, weight, known };
  });
}

/**
 * The terms with the words told before the clause that asks weighed as context (娃留守在家怕没人管，…，全市一共有多少个
 * 班主任 → 留守, 在家): a second reading, for a question the first finds nothing for. The same terms when no clause
 * before the asking one tells anything, or the asking clauses name nothing themselves.
 */
export function quietStory(q: Question, terms: readonly WeightedTerm[]): readonly WeightedTerm[] {
  const clauses = q.focus.split(/[，,]/u);
  const first = clauses.findIndex((c) => asks(c) || /多少|几/u.test(c));
  if (first <= 0) return terms;
  const told = clauses.slice(0, first).join('，');
  const asking = clauses.slice(first).join('，');
  let changed = false;
  const out = terms.map((w) => {
    if (w.term.partWeight !== 1 || !told.includes(w.term.text) || asking.includes(w.term.text)) return w;
    changed = true;
    return { ...w, weight: w.weight * CONTEXT_PART };
  });
  // (A level, 那全国排第几, names nothing the asking clause counts.)
  const names = out.some((w) => w.weight >= 1 && asking.includes(w.term.text) && !levelsIn(w.term.text).length);
  return changed && names ? out : terms;
}

const CONTRASTS = new Map(Object.entries(assertLexicon('synonyms.json', synonyms).contrasts as Record<string, string[]>));

/**
 * For a whether question (民办的也免学费吗): each word of a pair (公办/民办) may be found as the other, since a
 * passage saying which one it is (对所有公办中等职业学校…免除学费) answers it.
 */
export function withContrasts(terms: readonly WeightedTerm[]): WeightedTerm[] {
  return terms.map((w) => {
    const other = w.term.forms.flatMap((f) => CONTRASTS.get(norm(f)) ?? []);
    return other.length ? { ...w, term: { ...w.term, forms: [...new Set([...w.term.forms, ...other])] } } : w;
  });
}

/** The "whose figure" groups (民办) with each word's other of its pair (公办), for a whether question's passage. */
export function withContrastGroups(groups: readonly string[][]): string[][] {
  return groups.map((g) => [...new Set([...g, ...g.flatMap((w) => CONTRASTS.get(w) ?? [])])]);
}

/** A word the report never uses that names a measure (辍学率, 分数线): no figure can answer it. */
export function unknownMeasure(terms: readonly WeightedTerm[], asking?: string): string | null {
  const t = terms.find((w) => !w.known && w.term.partWeight === 1 && UNKNOWN_MEASURE.test(w.term.text) && (asking === undefined || asking.includes(w.term.text)));
  return t ? t.term.text : null;
}


/** 一般走哪个银行, 哪家医院: one thing asked to be named, of a kind the report never mentions — it names none of them. */
export function unknownWhich(terms: readonly WeightedTerm[], asking: string): string | null {
  const named = /哪(?:个|家|所|一个|一家)\s*([\u4e00-\u9fff]{2,4})/u.exec(asking)?.[1];
  if (!named) return null;
  const t = terms.find((w) => !w.known && w.term.partWeight === 1 && named.startsWith(w.term.text) && w.term.text.length >= 2);
  return t && !FUNCTION_CHARS.test(t.term.text) && !isTalk(t.term.text) ? t.term.text : null;
}

const PEOPLE = /^(?:教师|老师|学生|毕业生|班主任|员工|教职工|校长|专业|学校|人数)/u;

/**
 * A word the report never uses that narrows who is counted (外籍教师, 博士老师): the report has no figure for
 * that part of them, whatever it says of all of them.
 */
export function unknownQualifier(terms: readonly WeightedTerm[], focusText: string): string | null {
  // Only the clause that asks (…，23届高考本科录了多少个学生): the talk before it (我是高三的班主任) is context.
  const clauses = focusText.split(/[，,：:]/u);
  // (…and with no such word, the last clause: 来电人反映中职娃毕业都去大厂了，请核实到…基层就业的人数.)
  const focus = clauses.find((c) => /多少|几|是否|有没有/u.test(c)) ?? clauses.at(-1) ?? focusText;
  for (const w of terms) {
    if (!focus.includes(w.term.text)) continue;
    // Only a word that can describe people (外籍, 博士), not a stray piece of the question (两所, 生对, 选个).
    if (w.known || w.term.partWeight !== 1 || !/^[\u4e00-\u9fff]{2,4}$/u.test(w.term.text) || FUNCTION_CHARS.test(w.term.text)) continue;
    // 那比22届提高了百分之几: a word opening with 那/这 points back; it narrows nothing.
    if (/^[那这]/u.test(w.term.text)) continue;
    // A level (省里, 国赛) is no destination nor kind of people.
    if (levelsIn(w.term.text).length) continue;
    const at = focus.indexOf(w.term.text);
    const rest = at >= 0 ? focus.slice(at + w.term.text.length).replace(/^的/u, '') : '';
    const noun = PEOPLE.exec(rest)?.[0];
    if (noun) return `${w.term.text}${noun}`;
    // …or is itself the people counted (校长有多少位)…
    if (/[师生员长工匠人手家]$/u.test(w.term.text) && /^(?:有|共|一共)?(?:多少|几)(?:位|名)/u.test(rest)) return w.term.text;
    // …or says where they went (毕业生考公务员, 去当兵, 出国留学): a destination the report never counts.
    const verb = /(?:考上|报考|考|当|做|去|进|出国)$/u.exec(at > 0 ? focus.slice(0, at) : '')?.[0];
    if (verb) return `${verb}${w.term.text}`;
  }
  return null;
}

/**
 * Groups of "whose figure" words the question uses; each must be found near the answer. Who is talking
 * (我是…的班主任，…本科录了多少个学生) is no whose-figure word.
 */
export function requiredGroups(terms: readonly WeightedTerm[], focusText = ''): string[][] {
  // Only the part asked, and not who the asker is (我是…班主任，…) nor who said something (班主任说可以争取…):
  // whose figure is asked. A follow-up part (会不会有老师专门管这个) names no one whose figure it must be.
  // Nor the story told of the child (娃明年初中毕业，…公办的中职学校一共有几所).
  const own = withoutSpeakers(withoutSelfIntroduction(focusText) || focusText).split(/[，,]/u).filter((c) => !onlyTells(c)).join('，');
  const asked = (w: WeightedTerm): boolean => !focusText || own.includes(w.term.text);
  // 那个…考上本科的女生: one person, not a group by gender.
  const onePerson = (w: WeightedTerm): boolean => new RegExp(`${INDIVIDUAL}${escapeRe(w.term.text)}`, 'u').test(own);
  const out: string[][] = [];
  for (const group of GROUPS) {
    const used = terms.some((w) => w.term.partWeight === 1 && asked(w) && w.term.forms.some((f) => group.includes(norm(f))) && !onePerson(w));
    if (used) out.push(group);
  }
  // 学汽修的毕业生一个月能挣多少: what the graduates studied narrows whose figure it is, like a group word.
  // …and so does a major named before 专业 and its graduates (计算机专业毕业好就业吗).
  for (const w of terms) {
    const at = focusText.indexOf(w.term.text);
    // (读中职, 上职专: the report's own kind of school is no major.)
    if (w.term.partWeight !== 1 || !w.known || at < 0 || DOMAIN.has(norm(w.term.text))) continue;
    if (STUDIED.test(focusText.slice(0, at)) || MAJOR_OF.test(focusText.slice(at + w.term.text.length))) out.push(w.term.forms.map(norm));
  }
  return out;
}

/** The words before a major studied (学汽修的, 读幼儿保育的). */
const STUDIED = /(?:^|[，,\s])(?:学|读|念)$/u;
/** The words after a major whose graduates are asked about (计算机专业毕业, 护理专业的毕业生). */
const MAJOR_OF = /^专业的?(?:毕业|学生)/u;

/** The focus without the clauses where the asker says who they are (我是某县职专高三的班主任，…); '' if none. */
function withoutSelfIntroduction(focusText: string): string {
  const clauses = focusText.split(/[，,：:]/u);
  const own = clauses.filter((c) => !introducesAsker(c));
  return own.length < clauses.length ? own.join('，') : '';
}

/** A term this heavy (rare in the report) is one a figure's surroundings must hold to answer. */
export const KEY_WEIGHT = 3.5;

/** The share of the question's weight found around the figure; `totalAsked` lets a whole own its parts' words. */
export function coverage(terms: readonly WeightedTerm[], e: Evidence, totalAsked = false): { score: number; strong: number; missingKey: boolean } {
  let total = 0;
  let got = 0;
  let strong = 0;
  let missingKey = false;
  for (const w of terms) {
    total += w.weight;
    const level = matchLevel(w.term, e, totalAsked);
    got += w.weight * level;
    if (level >= 0.75) strong += w.weight;
    if (level === 0 && w.known && w.term.partWeight === 1 && w.weight >= KEY_WEIGHT) missingKey = true;
  }
  return total > 0 ? { score: got / total, strong: strong / total, missingKey } : { score: 0, strong: 0, missingKey };
}

const OWN_SECTOR = new RegExp(frameWords.ownSector.join('|'), 'u');
const SECTOR_WORDS = frameWords.sectors as Record<Sector, string[]>;

const UNIT_CLASS: Readonly<Record<string, UnitClass>> = {
  人: 'people', 万人: 'people', 名: 'people', 人次: 'people', 万人次: 'people', 位: 'people',
  元: 'money', 万元: 'money', 亿元: 'money',
  '%': 'percent', ratio: 'ratio', '': 'ratio',
  平方米: 'area', 万平方米: 'area', Mbps: 'bandwidth', 分: 'score',
};

export function unitClassOf(unit: string): UnitClass {
  return UNIT_CLASS[unit] ?? 'count';
}

/** Measure words people use for the one the report writes (frames.json `measureAlike`). */
const MEASURE_ALIKE = frameWords.measureAlike as Record<string, string[]>;

export function unitFactor(q: Question, f: Fact): number {
  if (!q.unit || f.kind === 'list') return 1;
  const cls = unitClassOf(f.unit);
  if (cls === q.unit) {
    if (!q.unitWord) return 1;
    if (f.unit.endsWith(q.unitWord)) return 1.05;
    // 几家职专: 家 said of schools the report counts by 所.
    if (MEASURE_ALIKE[q.unitWord]?.some((w) => f.unit.endsWith(w))) return 1;
    // 几所 asked, 2 节 found: another measure word counts another kind of thing (个 is said of anything);
    // 多少人次 asked, 56 人 found: persons are not person-times.
    const visits = (u: string): boolean => u.endsWith('人次');
    return (cls === 'count' && q.unitWord !== '个') || (cls === 'people' && visits(q.unitWord) !== visits(f.unit)) ? 0.8 : 0.9;
  }
  if (q.unit === 'ratio' && cls === 'percent') return 0.6;
  if (q.unit === 'percent' && cls === 'ratio') return 0.6;
  // 几个一等奖 answered by 3 人荣获一等奖: 个 is said of people too; 几节课 is never so many people.
  if (q.unit === 'count' && cls === 'people') return q.unitWord === '个' ? 0.95 : q.unitWord ? 0 : 0.7;
  if (q.unit === 'people' && cls === 'count') return 0.55;
  // 升学率 asked, 9 人 found: a figure of another kind never answers, however well its words match.
  return 0;
}

/** Two consecutive years (2022-2023 学年): a school year, not two calendar years. */
const isSchoolYear = (years: readonly number[]): boolean => years.length === 2 && years[1] === years[0]! + 1;

/** Why this fact cannot answer the question, or null when it may. */
export function mismatch(q: Question, f: Fact, e: Evidence, groups: readonly string[][]): string | null {
  const around = `${e.sentence} ${e.titles} ${e.paragraph}`;
  for (const place of q.elsewhere) {
    // 河南省 is found as 河南; 全省 only as 全省 (全 alone is in 全市).
    const stem = norm(place).length > 2 ? norm(place).replace(/(省|市)$/u, '') : norm(place);
    if (!around.includes(stem)) return `place ${place}`;
  }
  // 升本科的327个学生里，考上职业本科的有多少: 327 is what the asker has, not what they ask (unless they check it).
  const amount = /^\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?)?/u.exec(f.text.replace(/\s+/gu, ''))?.[0];
  // …unless the figure is stated to be checked anywhere in the message (…专科录取率100%？真的假的).
  if (amount && q.stated.includes(amount) && !q.qtypes.includes('whether') && !CHECKED_ANYWHERE.test(q.whole) && f.kind !== 'date' && f.kind !== 'year') return 'stated in the question';
  // 没有升学的占百分之几: the share that did (升学比例 51%) is not it; only a figure of those who did not is.
  if (q.negated && !/未|没|不/u.test(e.label)) return 'negated';
  // 几月份打到卡上: a year alone (2023 年) says no month.
  if (q.asksDay && f.kind === 'year' && !/月/u.test(f.text)) return 'a year for a day asked';
  if (q.sectionRef && f.section !== q.sectionRef && !f.section.startsWith(`${q.sectionRef}.`)) return 'section';
  if (q.years.length && !f.years.some((y) => q.years.includes(y))) return 'year';
  // 2023-2024学年 asked, 2022-2023 学年 stated: school years that share a calendar year are still two years.
  if (isSchoolYear(q.years) && isSchoolYear(f.years) && q.years[0] !== f.years[0]) return 'school year';
  // A group's member (联合 2 所高职院校) is no figure of the whole city unless the group is named.
  const scoped = f.scope.kind === 'entity' || (f.scope.kind === 'group' && !groupNamed(q.whole, f.scope.name)) ? f.scope.name : null;
  if (q.entities.length) {
    const named = q.entities.some((n) => scoped === n || e.sentence.includes(norm(n)));
    if (!named) return 'institution';
  } else if (q.places.length) {
    const inPlace = q.places.some((p) => (scoped ?? '').includes(p) || e.sentence.includes(norm(p)));
    if (!inPlace) return 'county';
  } else if (scoped && (q.cityWide || q.cityNamed)) return 'city-wide asked';
  // 本科的国家奖学金每人多少: a figure its sentence says is of the report's own kind of school (设立中等职业教育国家
  // 奖学金…6000 元), and that names not the kind asked, is not it.
  if (q.sector && q.sector !== 'adult' && q.sector !== 'community' && !f.frame?.sector && OWN_SECTOR.test(e.sentence)) {
    if (!SECTOR_WORDS[q.sector].some((w) => e.sentence.includes(w))) return 'other sector';
  }
  // 学生参加国赛拿了几个一等奖: a figure of what teachers won (2 名班主任…荣获全国一等奖 1 个) is not it.
  if (q.who && f.frame?.who && f.frame.who !== q.who) return 'who';
  // …or the total the text states over its rows (表3 合计多少人 → 共培训 410 人).
  if (q.table !== null && f.table !== q.table && f.totalOf !== q.table) return 'table';
  if (q.caseNo !== null && f.caseNo !== q.caseNo) return 'case';
  for (const group of groups) if (!group.some((g) => around.includes(g))) return `about ${group[0]}`;
  return null;
}
