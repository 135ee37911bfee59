import type { Fact } from '../corpus/types.ts';
import { type Amount, figureAmount, nearStated } from '../text/amounts.ts';
import { type Evidence, norm } from './evidence.ts';
import { levelBefore, type Question } from './question.ts';
import { groupNamed } from './question-type.ts';
import type { WeightedTerm } from './score.ts';
import weights from './weights.json' with { type: 'json' };
import frames from '../lexicon/frames.json' with { type: 'json' };

/** The ranking weights, named in `weights.json`. */
export const RANK = weights.rank;
/** How far (as a factor) a figure may be from an amount the question states and still be the one it corrects. */
const PREMISE_RATIO = 2;

/**
 * How well a figure fits beyond the words it covers: an ordered list of small factors, each 1 when it does
 * not apply, multiplied together (after the unit's own factor, `unitFactor`, which can rule a figure out).
 */
export interface FitContext {
  readonly q: Question;
  readonly terms: readonly WeightedTerm[];
  readonly f: Fact;
  readonly e: Evidence;
  /** The report's first chapter (its headline figures). */
  readonly firstChapter: string;
  /** The year the report covers (its latest year). */
  readonly reportYear?: number;
}

type Factor = (c: FitContext) => number;

/** How much of the figure's own label the question asks about. */
// 公办民办加一块: a whole asked as the sum of its parts is named by its parts' labels as well as its own.
const label: Factor = ({ q, terms, e }) => {
  const own = labelPrecision(terms, e);
  const withParts = totalAsked(q) && e.parts ? labelPrecision(terms, { ...e, label: `${e.label}${e.parts}` }) : 0;
  return RANK.labelBase + RANK.labelPrecision * Math.max(own, withParts);
};

/** A total is asked (一共, 加一块), in so many words. */
export const totalAsked = (q: FitContext['q']): boolean => q.total || q.aggregation === 'total';

/** A school's own figure fits a question about the whole city less well, all else equal. */
// 案例10 …的参与企业数: a case named by its number is that school's own story; its figures are what is asked.
const scope: Factor = ({ q, f }) =>
  (f.scope.kind === 'entity' && q.entities.length === 0 && q.places.length === 0 && !(q.caseNo !== null && f.caseNo === q.caseNo)) ||
  (f.scope.kind === 'group' && !groupNamed(q.whole, f.scope.name))
    ? RANK.schoolFigureForCityQuestion
    : 1;


/** 一共/总共 asked: a sentence that states a total. */
// …stated before the figure or in its own clause: 共产生一等奖 173 个 after 16 所学校参加 is that later
// figure's total.
const total: Factor = ({ q, e }) => (q.total && /共|总|合计/u.test(totalReach(e)) ? RANK.totalAskedTotalStated : 1);
const totalReach = (e: Evidence): string => {
  const at = e.sentence.indexOf(e.clause);
  return at >= 0 ? e.sentence.slice(0, at + e.clause.length) : e.sentence;
};

/** 全市 asked in so many words: the figure stated for 全市 fits better than one in passing. */
const city: Factor = ({ q, f }) => (q.cityWide && once(f).cityWide ? RANK.cityWideAskedCityWideStated : 1);

/** "Since when" asks for a starting point: a date the report gives as one (从 2012 年秋季学期起). */
const since: Factor = ({ q, e }) => (q.intent === 'date' && /开始|起|以来/u.test(q.focus) && /起|开始|以来/u.test(e.clause) ? RANK.sinceAskedSinceStated : 1);

/**
 * An annual report states its headline figures in its first chapter: a question naming nothing more specific
 * than 老师 or 学校 is about those, not a passing mention later on (20 名教师参赛).
 */
const overview: Factor = ({ terms, f, firstChapter }) => (terms.every((w) => w.weight < 2.5) && f.section.split('.')[0] === firstChapter ? RANK.headlineChapter : 1);

/** The thing counted belongs in the figure's own words (3 人荣获一等奖), not only nearby (4 名教师参加比赛). */
const countedForms = new WeakMap<Question, string[]>();

const CLASSIFIERS = frames.classifiers as Record<string, string[]>;

const PEOPLE_NAMED = new RegExp(Object.values(frames.people as Record<string, string[]>).flat().join('|'), 'u');

const counted: Factor = ({ q, terms, f, e }) => {
  if (!q.counted) return 1;
  let forms = countedForms.get(q);
  if (!forms) {
    const kinds = (frames.countedForms as Record<string, string[]>)[q.counted] ?? [];
    forms = [q.counted, ...kinds, ...terms.filter((w) => w.term.text.includes(q.counted) || w.term.forms.includes(q.counted)).flatMap((w) => w.term.forms)].map(norm).filter((x) => x.length >= 2);
    countedForms.set(q, forms);
  }
  // 多少学生, 多少个班级 asked: a figure whose own words count something else (累计注册用户 500 余人,
  // 62 台智慧黑板) is no answer.
  const own = forms.some((x) => e.label.includes(x) || e.clause.includes(x));
  // …but a head-count that names no people at all (惠及 80632 人次) may count those asked.
  const unnamedHeads = PEOPLE_COUNTED.test(q.counted) && /^(?:万)?(?:人|人次|名)$/u.test(f.unit) && !f.frame?.who && !PEOPLE_NAMED.test(e.clause);
  if (!own && !unnamedHeads && (PEOPLE_COUNTED.test(q.counted) || (q.unitWord !== null && !f.unit.endsWith(q.unitWord)))) return 0;
  if (!own && unnamedHeads) return RANK.countedOnlyInSentence;
  // 多少个项目 asked: 24 所 counts schools, whatever its sentence is about.
  const kinds = CLASSIFIERS[f.unit.replace(/^[万亿]/u, '')];
  if (q.unitWord === '个' && kinds && !kinds.some((k) => q.counted.includes(k))) return RANK.classifierConflict;
  if (!forms.some((x) => e.label.includes(x))) return forms.some((x) => e.sentence.includes(x)) ? RANK.countedOnlyInSentence : 1;
  // 多少个专业 asked: 专业群 and 专业点 count groups and sites of majors, not majors (专业 is not their last word).
  return forms.some((x) => headOf(e.label, x)) ? 1 : RANK.countedNotHead;
};

/** The counted word ends the label or a word of it (专业, 社区学校 、…), or only 数/人数/数量 follow it. */
function headOf(label: string, word: string): boolean {
  for (let at = label.indexOf(word); at >= 0; at = label.indexOf(word, at + 1)) {
    const after = label.slice(at + word.length);
    if (!/^[\u3400-\u9fff]/u.test(after) || /^(?:总?数|人数|数量|人次)/u.test(after)) return true;
  }
  return false;
}


/** 全省比赛 asked: a figure its sentence puts at another level (全国一等奖, 省优质课 … 二等奖 15 节) is not it. */
const level: Factor = ({ q, f }) => {
  if (!q.levels.length) return 1;
  const stated = once(f).level;
  return stated && !q.levels.includes(stated) ? RANK.otherLevel : 1;
};

const list: Factor = ({ q, terms, f, e }) =>
  aggregateFit(terms, f, q.total && /、|加上|以及|和/u.test(q.focus), totalAsked(q) ? e.parts : undefined);

const PEOPLE_COUNTED = /^(?:学生|老师|教师|毕业生|班主任|员工|教职工|新生)$/u;

/** Per-student standard vs total vs part, as asked (每生 / 一共) and as the figure's frame states it. */
const aggregation: Factor = ({ q, terms, f }) => {
  const stated = f.frame?.aggregation;
  // 平均一个老师带多少学生，生师比: a ratio asked is itself per unit.
  if (q.aggregation === 'perUnit' && q.unit === 'ratio' && /比/u.test(f.label)) return 1;
  if (q.aggregation === 'perUnit') return stated === 'perUnit' ? RANK.perUnitAskedPerUnitStated : RANK.perUnitAskedOtherStated;
  // 一共培训多少人: one row of a table (班主任培训 70) is a part of the total, unless it is the table's own total row.
  const part = stated === 'part' || (stated === 'row' && !/合计|总计|共计/u.test(f.label));
  // 民办的中专一共有几所: a part the question names by what sets it apart from its whole (民办学校 of the 24 所) is
  // the total asked.
  // (Not when it names several to sum: 专科本科都算.)
  const whole = f.frame?.whole;
  const setsApart = (x: string): boolean => norm(x).length >= 2 && f.label.includes(norm(x)) && !whole!.includes(norm(x));
  const named = stated === 'part' && !!whole && q.summed.length < 2 &&
    terms.some((w) => w.term.partWeight === 1 && w.weight >= 1 && w.term.forms.some(setsApart));
  if (q.aggregation === 'total') {
    return stated === 'perUnit' ? RANK.totalAskedPerUnitStated : part && !named ? RANK.totalAskedPartStated : 1;
  }
  return stated === 'perUnit' && q.unit !== 'money' ? RANK.perUnitUnasked : 1;
};

/** 成人教育 / 社区 / 本科 asked or not, and the sector the figure's frame puts it in. */
const sector: Factor = ({ q, f }) => {
  const stated = f.frame?.sector ?? null;
  // 本科的国家奖学金 asked: a figure of the report's own sector (no other stated) is of another kind of school.
  if (q.sector) return stated === q.sector ? RANK.sectorAskedSectorStated : stated ? RANK.sectorAskedOtherStated : RANK.sectorAskedNoneStated;
  return stated === 'adult' || stated === 'community' ? RANK.sectorUnaskedOtherStated : 1;
};

/** 600 分以上 15 人: a bound naming a class is no value asked, unless a bound is asked (600分以上的). */
const category: Factor = ({ q, f }) => (f.frame?.category && !/以上|以下|以内|超过|不到/u.test(q.focus) ? RANK.categoryStated : 1);

/** The question names the figure's own measure (升学, 获奖, 结项 …). */
const measure: Factor = ({ q, f }) => {
  const m = f.frame?.measure;
  if (!m) return 1;
  if (q.focus.includes(m)) return RANK.measureNamed;
  // 全市有多少所中等职业学校: the 16 所 that took part in a contest are a subset, not how many there are.
  return PARTICIPATION.includes(m) && !PARTICIPATION.some((w) => q.focus.includes(w)) ? RANK.participationUnasked : RANK.measureUnnamed;
};
const PARTICIPATION: readonly string[] = frames.participation;

/** A占B的比例 asked: a share whose own part is B (B占C的) is the share of B, read the other way round. */
const share: Factor = ({ q, f }) => {
  if (!q.shareOver) return 1;
  // 升学的学生里面考上本科的占多少: a rate named by its part alone (升学比例 6262 of the graduates) is that part's
  // share of another whole, never a share taken of that part.
  const named = !f.frame?.shareOf && f.frame?.aggregation === 'rate' ? norm(f.label).replace(/(?:比例|比率|占比|率)$/u, '') : '';
  if (named.length >= 2 && norm(q.shareOver).includes(named)) return 0;
  const of = f.frame?.shareOf;
  if (!of) return 1;
  const over = norm(q.shareOver);
  return norm(of).includes(over) || over.includes(norm(of)) ? RANK.shareOfWholeAsked : 1;
};

/** 最新那一届, 最近一年 asked: a figure of an earlier year than the report's own is an older one. */
// No year asked (某职专毕业出去起薪多少): the report's own year is meant, a little more than an earlier one.
const latest: Factor = ({ q, f, reportYear }) =>
  !reportYear || !f.years.length || Math.max(...f.years) >= reportYear ? 1
    : q.latest ? RANK.latestAskedEarlierStated
      : q.years.length === 0 ? RANK.yearUnaskedEarlierStated : 1;

/**
 * 听说有5万多人？到底多少, 有100多家企业参加，具体是多少家: the figure the asker is correcting is near the amount
 * they state (within `PREMISE_RATIO`), of the same kind; one of the same words but far from it is less likely meant.
 */
const premise: Factor = ({ q, f }) => {
  const amount = once(f).amount;
  return amount && q.premises.length && nearStated(amount, q.premises, PREMISE_RATIO) ? RANK.nearStatedAmount : 1;
};

/** 不是问招生: a figure whose own words are what the question rules out. */
const excluded: Factor = ({ q, f, e }) => {
  if (!q.excluded.length) return 1;
  // 公共基础课（不含思想政治课）教学满意度: a label that itself leaves X out is no figure about X.
  const own = e.label.replace(/(?:不含|不包括|除)[^）)，,]*/gu, '');
  // 不是班主任老师: the people word after what is ruled out (老师, 学生) says only who they are.
  const ruledOut = q.excluded.map((x) => norm(x).replace(/(?<=..)(?:老师|教师|学生|人员|们)$/u, ''));
  // 不算省培国培: two short words run together (省培、国培) are ruled out where the label lists them apart.
  const apart = (x: string): boolean => /^[\u4e00-\u9fff]{4}$/u.test(x) && own.includes(x.slice(0, 2)) && own.includes(x.slice(2));
  const listed = (x: string): boolean => (once(f).items ?? []).some((item) => item.includes(x));
  return ruledOut.some((x) => own.includes(x) || apart(x) || listed(x)) ? RANK.excludedNamed : 1;
};

/**
 * 交通运输系+财会经贸系 取证人数合计, 思政、体育、美育老师加起来: where the report states the things summed one by one,
 * only a figure stated over two or more of them is the sum asked; one of them (or something else of their sentence) is
 * not, and no sum is ever computed. What a figure is of: its label, parts and the list before it, else its clause, else
 * the clause before it (财会经贸系 551 名同学参与考核，533 名同学取证).
 */
const summed: Factor = ({ q, terms, f, e }) => {
  if (q.summed.length < 2) return 1;
  const namedIn = (text: string): number => q.summed.filter((item) => formsOf(item, terms).some((x) => text.includes(x))).length;
  // (The label first: 公办学校 14 所…、民办学校 10 所 share one clause, each its own label.)
  const own = namedIn(`${e.label}${e.parts ?? ''}${(once(f).items ?? []).join('')}`) || namedIn(e.clause) ||
    namedIn(e.before?.split(/[，,]/u).filter((c) => c.trim()).at(-1) ?? '');
  if (own >= 2) return 1;
  // …stated one by one: another of them in the figure's paragraph.
  return namedIn(e.paragraph) > own ? RANK.notSumOfSummed : 1;
};

/** A word of the question and the report's words for it. */
function formsOf(word: string, terms: readonly WeightedTerm[]): string[] {
  const term = terms.find((w) => w.term.text === word || w.term.text.includes(word) || word.includes(w.term.text));
  return [word, ...(term?.term.forms ?? [])].map(norm).filter((x) => x.length >= 2);
}

/**
 * 一共有几所中职学校过了省标准化验收, 已经通过的: how many by now, asked with no year, is a figure stated as one
 * (11 所学校已通过…验收), not the count of one year's event (2023年…共有5所学校通过).
 */
const stock: Factor = ({ q, f }) => {
  if (!q.stock || q.years.length) return 1;
  if (f.frame?.stock) return RANK.stockAskedStockStated;
  return /(?:19|20)\d{2}\s*年/u.test(f.clause) ? RANK.stockAskedYearStated : 1;
};

/** The factors in order, by name (`--explain` prints each one). */
export const FACTORS: readonly (readonly [string, Factor])[] = Object.entries({
  label, scope, total, city, since, overview, counted, level, list, aggregation, sector, measure, share, latest, excluded,
  premise, category, summed, stock,
});

export function fit(c: FitContext): number {
  return FACTORS.reduce((product, [, factor]) => product * factor(c), 1);
}

/** Each factor's value for one figure, by name. */
export function fitFactors(c: FitContext): Record<string, number> {
  return Object.fromEntries(FACTORS.map(([name, factor]) => [name, Number(factor(c).toFixed(3))]));
}

/**
 * A figure after a list (共发放国家助学金、免学费、国家奖学金 … 7761.955 万元) is the sum over the list: it
 * answers a question naming two or more of the items, and not one asking about a single item; and a question
 * asking for the sum of several is answered less well by a figure with no list before it.
 */
/** What a figure's own sentence says around it, worked out once per figure: questions only compare with it. */
interface AroundFigure {
  readonly level: ReturnType<typeof levelBefore>;
  /** 全市 or 我市 said before the figure: it is stated for the whole city. */
  readonly cityWide: boolean;
  /** The items of a list the figure sums, or null when none stands before it. */
  readonly items: readonly string[] | null;
  /** Its size on one scale (4.51 万人 → 45100 people), to compare with an amount the question states. */
  readonly amount: Amount | null;
}

const aroundCache = new WeakMap<Fact, AroundFigure>();

function once(f: Fact): AroundFigure {
  let around = aroundCache.get(f);
  if (!around) {
    const at = Math.max(0, f.sentence.indexOf(f.text));
    // The level said before the figure, else the one its own clause names after it (指导 4 名教师参加全省…).
    const before = f.sentence.slice(0, at);
    // The level is the frame's, read at ingest (with the report's province by name); a figure with no frame is read here.
    const level = f.frame ? f.frame.level : (levelBefore(f.sentence, at) ?? levelBefore(f.clause, f.clause.length));
    around = { level, cityWide: /全市|我市/u.test(before), items: listBefore(before), amount: figureAmount(f.value, f.unit) };
    aroundCache.set(f, around);
  }
  return around;
}

function listBefore(before: string): string[] | null {
  const stretch = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1);
  const list = /[^，、；。,\s]+(?:、[^，、；。,\s]+)+/u.exec(stretch);
  if (!list) return null;
  const raw = list[0].split('、').map(norm);
  // A breakdown (市级 3 所、县级 11 所) is no list of things summed: its pieces are figures and units.
  if (raw.some((x) => x.length < 2)) return null;
  // The first item carries the verb before the list (共发放国家助学金): keep no more of it than the others have.
  const longest = Math.max(...raw.slice(1).map((x) => x.length));
  return raw.map((x, i) => (i === 0 ? x.slice(-longest) : x));
}

/** Whether the figure is a total: stated as one (共, 合计), or after a list of what it sums. */
export function statesTotal(f: Fact): boolean {
  return f.frame?.aggregation === 'total' || /共|合计|总/u.test(f.label) || once(f).items !== null;
}

/** `parts`: the labels of the figure's parts, the items a total asked of it sums when two or more (公办学校|民办学校). */
function aggregateFit(terms: readonly WeightedTerm[], f: Fact, sumOfSeveral: boolean, parts?: string): number {
  const items = once(f).items ?? (parts?.includes('|') ? parts.split('|') : null);
  // A sum of several things asked (助学金、免学费加上奖学金 总共): a figure for one thing is a weaker fit.
  if (!items) return sumOfSeveral ? RANK.sumAskedSingleFigure : 1;
  // A word names an item only when it is in that item alone (国家 is in two of them).
  const named = new Set<number>();
  for (const w of terms) {
    if (w.weight < 1) continue;
    for (const form of w.term.forms.map(norm)) {
      const hits = items.flatMap((item, i) => (form.length >= 2 && item.includes(form) ? [i] : []));
      if (hits.length === 1) named.add(hits[0]!);
    }
  }
  return named.size >= 2 ? RANK.listSumTwoNamed : named.size === 1 ? RANK.listSumOneNamed : 1;
}

/** Share of the label's own words that the question asks about: 应届毕业生满意度 is less of a fit for 毕业生满意度. */
export function labelPrecision(terms: readonly WeightedTerm[], e: Evidence): number {
  // The school-type words are in most labels and say nothing, unless they are all the question asks about
  // (全市有多少所中职学校): then a label that is mostly them is the better fit.
  const generic = terms.every((w) => w.weight < 0.5) ? /全市|我市|其中|共|为|是|的|了|有|达|率为/gu : /全市|我市|中等职业学校|中等职业教育|其中|共|为|是|的|了|有|达|率为/gu;
  const label = e.label.replace(/[\d.%:（）()“”"、，\s]/gu, '').replace(generic, '');
  if (!label) return 0.5;
  let covered = 0;
  const marks = new Array<boolean>(label.length).fill(false);
  for (const w of terms) {
    for (const f of w.term.forms) {
      const form = norm(f);
      if (form.length < 2) continue;
      let at = label.indexOf(form);
      while (at >= 0) {
        for (let i = at; i < at + form.length; i++) marks[i] = true;
        at = label.indexOf(form, at + 1);
      }
    }
  }
  for (const m of marks) if (m) covered++;
  return covered / label.length;
}

