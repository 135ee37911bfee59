import { chineseAmount, DIGITS, numeralValue } from '../corpus/numerals.ts';
import { type Amount, statedAmounts } from '../text/amounts.ts';
import { normalize } from '../text/normalize.ts';
import { englishNames } from '../text/romanize.ts';
import { segment, tagsOf } from '../text/segment.ts';
import english from '../lexicon/english.json' with { type: 'json' };
import places from '../lexicon/places.json' with { type: 'json' };
import synonyms from '../lexicon/synonyms.json' with { type: 'json' };
import chat from '../lexicon/chat.json' with { type: 'json' };
import required from '../lexicon/required.json' with { type: 'json' };
import weights from './weights.json' with { type: 'json' };
import frames from '../lexicon/frames.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';
import type { Entity } from '../corpus/entities.ts';
import type { Sector } from '../corpus/types.ts';
import { asks, asksTotal, exclusions, introducesAsker, withoutSpeakers, negatedMeasure, shareOver, outsideScope, perUnitWords, questionSector, questionTypes, summedItems, asksStock, wantedAggregation, type QType } from './question-type.ts';
import { escapeRe } from '../text/escape.ts';
import { priorityAsked } from './priority.ts';
import { claimBefore, comparedAfter, firstEnumerated, statedBefore, twoFiguresAsked } from './pieces.ts';
import { contentWords, CUE, FIGURE_STATED, FIGURE_STATED_ALL, INTENTS, intentOf, UNIT_CUES, namesOne, STOP, VAGUE, WHETHER_CHECK, YEAR_WORD } from './cues.ts';

import { peopleAsked } from '../corpus/frame.ts';
import type { People } from '../corpus/types.ts';

export type Intent = 'number' | 'list' | 'passage' | 'date';
export { levelBefore, levelsIn, type Level } from '../text/levels.ts';
import { levelsIn, type Level } from '../text/levels.ts';

/** `other`: a unit the report never uses (亩, 公顷): no figure answers without converting, and none is converted. */
export type UnitClass = 'people' | 'money' | 'percent' | 'ratio' | 'count' | 'area' | 'bandwidth' | 'score' | 'other';

export interface Term {
  /** The words as typed (normalised). */
  readonly text: string;
  /** Every form searched: the typed word and the report's words for it. */
  readonly forms: readonly string[];
  /** 1 for the part of the question being answered, less for context around it. */
  readonly partWeight: number;
  /** The compound's last word (国家助学金 → 助学金), when it is one of several. */
  readonly head?: string;
  /** From the part before an elliptical focus (…刷视频说中职也有国家奖学金。这个奖学金…): its topic, not its story. */
  readonly borrowed?: boolean;
}

export interface Question {
  readonly original: string;
  /** The part being answered, normalised (and put into Chinese words if typed in English). */
  readonly focus: string;
  readonly whole: string;
  readonly language: 'zh' | 'en';
  readonly intent: Intent;
  readonly unit: UnitClass | null;
  /** The measure word asked for (所, 家, 节 …) when one is. */
  readonly unitWord: string | null;
  readonly years: readonly number[];
  /** A month or a day asked (几月份, 哪天): a figure that gives only a year does not answer it. */
  readonly asksDay: boolean;
  /** Amounts the question itself states (升本科的327个学生里…): what the asker knows already, never the answer. */
  readonly stated: readonly string[];
  /** Amounts the question states as a premise (5万多人, 七成, 一年好像五千块), on one scale: compared, never shown. */
  readonly premises: readonly Amount[];
  /** Places outside the report's area (another city, the province as a whole …). */
  readonly elsewhere: readonly string[];
  /** Institutions of the report named in the question. */
  readonly entities: readonly string[];
  /** The report's own counties and districts named (from its metadata's places). */
  readonly places: readonly string[];
  readonly table: number | null;
  /** A table row named by its number (表3第6行): only that row answers. */
  readonly tableRow: number | null;
  /** Every row named by its number (表4 序号3、序号5 → [3, 5]); the first is `tableRow`. */
  readonly tableRows: readonly number[];
  /** A case named by its number (案例5讲的啥): only that case answers. */
  readonly caseNo: number | null;
  /** A section named by its number (6.2第二条, 2.5里): only that section answers, when the report has it. */
  readonly sectionRef: string | null;
  /** A section named by its number that the report does not have (4.4节), set when the question is read against it. */
  readonly absentSection?: string;
  readonly figure: number | null;
  /** 全市 said in so many words. */
  readonly cityWide: boolean;
  /** The report's city named, and no school or county of it. */
  readonly cityNamed: boolean;
  /** A total is asked for (一共, 加起来). */
  readonly total: boolean;
  /** The things a total is asked of, one word each (交通运输系+财会经贸系 合计 → 交通运输, 财会); else empty. */
  readonly summed: readonly string[];
  /** How many there are by now is asked (已经通过的, 累计, 一共有几所…过了). */
  readonly stock: boolean;
  /** What is counted, as asked (几个一等奖 → 一等奖, 多少老师获奖 → 获奖); empty when not said. */
  readonly counted: string;
  /** The levels named (全国, 全省, 全市): a figure stated for another level does not answer. */
  readonly levels: readonly Level[];
  readonly terms: readonly Term[];
  /** One person the report may tell of is described (那个中考失利后来考上本科的女生, 有个女娃考上本科了). */
  readonly onePerson: boolean;
  /** The kinds of reply asked for (how many, rate, why, how, whether …), main one first. */
  readonly qtypes: readonly QType[];
  /** A per-student standard or a total asked for in so many words. */
  readonly aggregation: 'perUnit' | 'total' | null;
  /** The latest figure asked for (最新那一届, 最近一年): an earlier year's is not it. */
  readonly latest: boolean;
  /** The whole a share is asked of (A占B的比例 → B), or null. */
  readonly shareOver: string | null;
  /** A measure asked in the negative (没有升学的 → 升学): only a figure of those who did not answers. */
  readonly negated: string | null;
  /** A sector other than the report's own, when named (成人教育, 社区, 本科 …). */
  readonly sector: Sector | null;
  /** What the question says it does not mean (不是问招生): a figure about that is not its answer. */
  readonly excluded: readonly string[];
  /** Students or teachers, when the part asked names only one of them (frames.json `people`). */
  readonly who: People | null;
  /** A population outside the report asked about as a whole (全国中职在校生): the report has no figure for it. */
  readonly outside: string | null;
  /** English questions: the share of their words no phrase of the English lexicon translated (0 for Chinese). */
  readonly untranslated: number;
}

/** What a word of the talk around the question asked (我家孩子想…，) counts against one of the question (weights.json). */
export const CONTEXT_PART = weights.question.contextPart;
/** 全国 and 全省 (and the report's province by name) name a level its people compete at, in the report's words. */
function levelForms(province: string): Readonly<Record<string, string[]>> {
  const named = province ? { [`${province}省`]: [`${province}省`, '全省'], [province]: [`${province}省`, '全省'] } : {};
  return { 全省: ['全省', ...(province ? [`${province}省`] : [])], 全国: ['全国', '国家级'], ...named };
}
const RATERS = synonyms.raters as unknown as Record<string, string[]>;
const SYNONYMS = Object.entries(synonyms.terms as Record<string, string[]>).sort((a, b) => b[0].length - a[0].length);
/** The synonym keys by their first character, longest first. */
const SYNONYMS_BY_FIRST = new Map<string, [string, string[]][]>();
for (const entry of SYNONYMS) {
  const first = entry[0][0]!;
  if (!SYNONYMS_BY_FIRST.has(first)) SYNONYMS_BY_FIRST.set(first, []);
  SYNONYMS_BY_FIRST.get(first)!.push(entry);
}
// English phrases and place names (another city in English is another city), longest first.
const ENGLISH = Object.entries({ ...(places.english as Record<string, string>), ...(english.phrases as Record<string, string>) }).sort((a, b) => b[0].length - a[0].length);
const ELSEWHERE = [...places.elsewhere, ...places.otherSchoolTypes].sort((a, b) => b.length - a.length);
const OTHER_TYPES = new Set(places.otherSchoolTypes);
// Where the asker comes from (从山东过来打工的): told, and no place asked about.
const PROVINCE_PROGRAMME = frames.outsideScope.provinceProgramme.map(escapeRe).join('|');
const PLACE_ALTERNATIVES = [...places.elsewhere.filter((p) => !/^全/u.test(p)), ...places.otherSchoolTypes].map(escapeRe).join('|');
const ORIGIN = new RegExp(places.origin.map((o) => o.split('{place}').join(`(?:${PLACE_ALTERNATIVES})`)).join('|'), 'gu');
// The report's own kind of school named too: another kind is then context (初中毕业上职专, 职普比), not the subject.
const OWN_TYPE = new RegExp(places.ownSchoolTypes.join('|'), 'u');

/** A part that opens with a request for something (请提供：…, 烦请告知…): it asks. */
const REQUEST = /^\s*(?:请|烦请|麻烦)(?:您)?(?:提供|告知|给出|列出|说明)/u;
const LATEST = new RegExp(INTENTS.latest, 'u');
// 涨了多少, 提高了多少: a change may be given in any unit (起薪提高 7%).
const CHANGE = new RegExp(INTENTS.change, 'u');
const ASKS_DAY = new RegExp(INTENTS.day, 'u');
// 6.2第二条, 2.5里, 第3.7节: a section by its number (not 4.51万, 1.06亿元, 98.5%).
// 6.2第二条, 2.5里说…; or staff shorthand that opens with the number (1.3 班主任数), never a figure (4.51 万人).
const SECTION_REF = /(?<![\d.])([1-9]\.\d{1,2}(?:\.\d{1,2})?)(?![\d.%])(?:\s*(?=第|节|部分|里|中|那|章|说|提|讲|写|的内容)|(?<=^\s*[\d.]+)\s+(?![万亿人个所元分名项家倍])(?=[\u4e00-\u9fff]))/u;

// Asides that are not part of what is asked (src/lexicon/chat.json), and emoji.
const ASIDES = new RegExp(`${assertLexicon('chat.json', chat).asides.join('|')}|[\\u{1F300}-\\u{1FAFF}\\u{2600}-\\u{27BF}]`, 'gu');
// A clause closed by 我知道 (…6000块我知道，那一共多少) is told: it ends there, as with a full stop.
const KNOWN = new RegExp(`(?:${chat.known.join('|')})[，,]`, 'gu');
/** A person described (那个…的女生, 有个女娃): `required.json` `individual` before one of its `persons`. */
const PERSONS = [...required.persons].sort((a, b) => b.length - a.length).join('|');
const ONE_PERSON = new RegExp(`${required.individual}(?:${PERSONS})`, 'u');
const KNOWN_END = new RegExp(`(?:${chat.known.join('|')})$`, 'u');
/** A part that opens by pointing back (这个社团…, 它…): what it is about was named in the part before. */
const POINTS_BACK = new RegExp(INTENTS.pointsBack, 'u');
/** End a clause the asker says they know already with a full stop, so it is a part of its own. */
const endTold = (text: string): string => text.replace(KNOWN, (m) => `${m.slice(0, -1)}。`);

// English words that carry no meaning of their own for the lookup (the, of, is …): not counted as untranslated.
const ENGLISH_FILLER = new Set(english.filler);
/** An English phrase as a whole-word pattern, with its Chinese words. */
const phrasePattern = ([phrase, zh]: readonly [string, string]): [RegExp, string] => [new RegExp(`(?<![a-z])${escapeRe(phrase)}(?![a-z])`, 'g'), zh];
const compiledNames = new WeakMap<readonly (readonly [string, string])[], [RegExp, string][]>();
/** A report's place names in English as patterns, compiled once per report (englishNames caches its list). */
function namePatterns(names: readonly (readonly [string, string])[]): [RegExp, string][] {
  let out = compiledNames.get(names);
  if (!out) compiledNames.set(names, (out = names.map(phrasePattern)));
  return out;
}
/** Kinds of school a place names in English, read as one name with the place. */
const INSTITUTION = english.institutionWords.join('|');
/** The lexicon's phrases compiled once, longest first. */
const ENGLISH_PATTERNS = ENGLISH.map(phrasePattern);
/** The lexicon's phrases of two words or more, for English inside a Chinese question (one word alone may be a name). */
const ENGLISH_PATTERNS_MULTI = ENGLISH_PATTERNS.filter(([re]) => /\s/u.test(re.source));
/** The lexicon's one-word English phrases, for words written in another form. */
const ENGLISH_WORDS = new Map(ENGLISH.filter(([k]) => /^[a-z]+$/u.test(k)));

/** Base forms an English word may have (graduated → graduate, graduat; companies → company), most likely first. */
export function baseForms(word: string): string[] {
  const forms: string[] = [];
  const add = (re: RegExp, to: string) => {
    if (re.test(word)) forms.push(word.replace(re, to));
  };
  add(/ies$/u, 'y');
  add(/ied$/u, 'y');
  add(/(?<=[sxz]|ch|sh)es$/u, '');
  add(/(?<!s)s$/u, '');
  add(/(?<=e)d$/u, '');
  add(/ed$/u, '');
  add(/(?<=([a-z]))\1ed$/u, '');
  add(/ing$/u, '');
  add(/ing$/u, 'e');
  add(/(?<=([a-z]))\1ing$/u, '');
  add(/ly$/u, '');
  add(/ment$/u, '');
  add(/ments$/u, '');
  return forms.filter((f) => f.length >= 3 && f !== word);
}

function toChinese(text: string, ownNames: readonly string[] = []): { text: string; language: 'zh' | 'en'; untranslated: number; figureAsked?: string } {
  const latin = (text.match(/[a-z]/giu) ?? []).length;
  const han = (text.match(/[\u3400-\u9fff]/gu) ?? []).length;
  // A Chinese question with English phrases in it (财会经贸系的 pass rate 是多少): the phrases the lexicon knows read
  // as the report's words, in place; an English word it does not know stays.
  if (latin <= han * 2 || latin < 6) return { text: latin >= 4 ? codeSwitched(text) : text, language: 'zh', untranslated: 0 };
  // A sentence's full stop (Hello, I am a teacher from Germany. How many …?) ends a part, as 。 does; the share of
  // words no phrase translated is taken over the sentences that ask (an introduction's words are no part of the question).
  const sentences = text.split(/(?<=[a-z)][.?!])\s+(?=[a-z])/iu).map((x) => englishSentence(x, ownNames));
  const asking = sentences.filter((x) => x.asks);
  const counted = asking.length ? asking : sentences;
  const words = counted.reduce((n, x) => n + x.words, 0);
  const untranslated = words ? counted.reduce((n, x) => n + x.left, 0) / words : 0;
  return { text: sentences.map((x) => x.text).filter(Boolean).join('。'), language: 'en', untranslated, figureAsked: sentences.find((x) => x.cue)?.text ?? '' };
}

/** One English sentence in the report's words, with how many of its words count and how many no phrase translated. */
function englishSentence(sentence: string, ownNames: readonly string[]): { text: string; words: number; left: number; asks: boolean; cue: boolean } {
  // A one-word gloss in brackets (general (academic) high schools) restates the word before it.
  // 65 students: a head-count stated (65名学生), as Chinese writes it.
  let out = ` ${sentence.toLowerCase().replace(/\b(\d+)\s+(?=(?:students?|teachers?|graduates?|people|persons)\b)/gu, '$1名 ').replace(/&/gu, ' and ').replace(/[’']s\b/g, '').replace(/\s*\(\s*[a-z-]+\s*\)/g, '').replace(/\.\s*$/u, '')} `;
  const words = (out.match(/[a-z-]+/g) ?? []).filter((w) => !ENGLISH_FILLER.has(w));
  // The report's own places by their pinyin (from its metadata), then the lexicon's phrases, each longest first.
  for (const [re, zh] of [...namePatterns(englishNames(ownNames)), ...ENGLISH_PATTERNS]) out = out.replace(re, ` ${zh} `);
  // A word left in another form (graduated, companies, enrolling): its base form's phrase, when the lexicon has one.
  out = out.replace(/(?<![a-z-])[a-z]{4,}(?![a-z-])/g, (w) => {
    const base = baseForms(w).find((b) => ENGLISH_WORDS.has(b) || ENGLISH_FILLER.has(b));
    return base === undefined ? w : ENGLISH_FILLER.has(base) ? ' ' : ` ${ENGLISH_WORDS.get(base)} `;
  });
  const left = (out.match(/[a-z-]+/g) ?? []).filter((w) => !ENGLISH_FILLER.has(w)).length;
  // How many students → 多少学生, as Chinese writes it: the question word beside what it counts (多少…生 asks for people).
  const joined = out.replace(/[a-z-]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/(多少|几)[家个名位所项]? (?=[\u4e00-\u9fff])/gu, (m) => m.trimEnd())
    // How many first prizes: prizes are counted by 个 (多少个一等奖), as Chinese writes it.
    .replace(/(多少|几)(?=[一二三]等奖)/gu, '$1个');
  // How many ideology and politics teachers: the question word goes beside the people it counts (多少教师).
  const text = /\bhow many\b/iu.test(sentence)
    ? joined.replace(/(多少)(?![钱元万亿])([^多少？?。钱元]{2,24}?)\s*(教师|老师|学生|毕业生|班主任)(?![\u4e00-\u9fff])/u, '$2 $1$3')
    : joined;
  const cue = CUE.english.test(sentence);
  // ideology & politics (思政) teachers: the asker's own Chinese for the phrase before it is the report's word, not a
  // second one beside the phrase's translation (思想政治课 思政).
  const glossed = text.replace(/([\u4e00-\u9fff]+)\s*[（(]\s*([\u4e00-\u9fff]{2,})\s*[)）]/gu,
    (m, said: string, gloss: string) => ([...said].some((c) => gloss.includes(c)) ? ` ${gloss} ` : m));
  // <City> Vocational and Technical College: the place and the kind of school are one name (<city>职业技术学院).
  const own = ownNames.filter(Boolean);
  const named = own.length ? glossed.replace(new RegExp(`(?<=${own.map(escapeRe).join('|')}) (?=${INSTITUTION})`, 'gu'), '') : glossed;
  return { text: named, words: words.length, left, asks: /\?/u.test(sentence) || cue, cue };
}

/** The lexicon's English phrases of two words or more inside a Chinese question, in its words. */
function codeSwitched(text: string): string {
  return text.replace(/[A-Za-z][A-Za-z' -]*[A-Za-z]/gu, (run) => {
    let out = ` ${run.toLowerCase().replace(/[’']s\b/g, '')} `;
    for (const [re, zh] of ENGLISH_PATTERNS_MULTI) out = out.replace(re, zh);
    return /[\u4e00-\u9fff]/u.test(out) ? out.trim() : run;
  });
}

/** A year said before when something began (2015年秋季, 二〇一五年才), and the words of its beginning. */
const YEAR_BEGAN = '((?:19|20)\\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2})\\s*年?(?:秋季)?(?:才|就)?';
const BEGAN = '(?:开始|起|设立|实施|出台|开始实行)';
/** A year stated to be checked (是2015年开始的吧, 2019年设立的吗). */
const CHECKED_YEAR = new RegExp(`${YEAR_BEGAN}${BEGAN}[^，,。？?]{0,4}?(?:吧|吗|么|是吧|对吧|没错吧)`, 'u');
/** A year said to be when something began (是2019年才开始的, 2015年起): what a when-question checks. */
const CLAIMED_START = new RegExp(`${YEAR_BEGAN}(?:${BEGAN}|不收|免)`, 'u');
// Not 比 of a ratio's name (职普比, 生师比), nor a change asked (比上一届涨了多少: 多少 asks).
const COMPARED_WITH = /(?<![普职师生例对相评好无])比(?:去|在|上)?[^，,。？?！!比涨增提降减]{1,12}?(?=(?:的)?(?:多(?!少)|少|高|低|大|小|强|贵)(?:一些|点儿?|不少)?(?:吗|吧|呢|不|没有?|[，,。？?！!]|$))/gu;


const COUNTED_TAIL = new RegExp(frames.countedTail, 'u');

/** The last word of what a 几个/多少 question counts: 拿了几个一等奖 → 一等奖, 有多少老师获奖 → 获奖. */
function countedOf(focus: string): string {
  // After the question word (拿了几个一等奖), or before it as "X 的有多少" (在本地就业的多少人).
  const after = /(?:几|多少)(?:个|名|位|所|家|项|节|人|台|门|册)?([\u4e00-\u9fff]{2,8}?)(?:呢|吗|啊|呀)?[？?。！!，,]*$/u.exec(focus)?.[1];
  const before = /([\u4e00-\u9fff]{2,8}?)的(?:有|是|一共|共)?(?:多少|几)(?:个|名|位|人)?[？?。！!，,]*$/u.exec(focus)?.[1];
  const words = segment((after ?? before ?? '').replace(COUNTED_TAIL, '')).filter((w) => w.length >= 2 && !STOP.has(w));
  return words.at(-1) ?? '';
}

/** Years named in the question: 2023, 2023年, 2022-2023学年; not amounts such as 2000元. */
export function questionYears(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<![\d.])((?:19|20)\d{2})(?:\s*[-—~至到]\s*((?:19|20)\d{2}))?(?![\d.%])(?!\s*(?:元|人|万|个|名|所|节|项|家|分|平|册|次|mbps))/giu)) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    for (let y = a; y <= b && y - a < 5; y++) years.add(y);
  }
  // A school year written short (22-23学年): both years, of this century.
  for (const m of text.matchAll(/(?<![\d.])([1-3]\d)\s*[-—~至到]\s*([1-3]\d)\s*学年/gu)) {
    years.add(2000 + Number(m[1]));
    years.add(2000 + Number(m[2]));
  }
  // A cohort or year written short (23届, 22年): the century is this one.
  for (const m of text.matchAll(/(?<![\d.])([1-3]\d)\s*(?:届|年(?!级))/gu)) years.add(2000 + Number(m[1]));
  return [...years];
}

/** Institutions named, longest alias first so the city's 职业教育中心 is not also read as 职教中心 of every county. */
function namedEntities(text: string, entities: readonly Entity[]): string[] {
  const hits: { name: string; alias: string; at: number }[] = [];
  for (const e of entities) for (const a of e.aliases) {
    const at = text.indexOf(a);
    if (at >= 0) hits.push({ name: e.name, alias: a, at });
  }
  hits.sort((x, y) => y.alias.length - x.alias.length);
  const taken: [number, number][] = [];
  const names = new Set<string>();
  for (const h of hits) {
    const end = h.at + h.alias.length;
    if (taken.some(([s, e]) => h.at < e && end > s)) continue;
    taken.push([h.at, end]);
    names.add(h.name);
  }
  // A bare 职教中心 / 职专 with no place: every institution of that kind is meant.
  for (const [short, suffix] of [['职教中心', '职业教育中心']] as const) {
    if (text.includes(short) && !taken.some(([s, e]) => text.indexOf(short) >= s && text.indexOf(short) < e)) {
      for (const e of entities) if (e.name.endsWith(suffix)) names.add(e.name);
    }
  }
  return [...names];
}

/** What is rated when a person or a school is (咱这儿中职毕业生, 中专生): dropped, not the facet measured. */
const RATED = /^[\u4e00-\u9fff]{0,6}?的?(?:毕业生|学生|学校|老师|教师|孩子|职专|中职|中职学校|中职生|中专生|职校生|学校的?工作)$/u;
const SATISFACTION_OBJECT = /对([^，。？！]{1,14}?)(?:到底|还|很|都|是否|是不是)?(?:满不满意|满意|评价)/u;
const SATISFACTION_RATER = /((?:(?!的)[\u4e00-\u9fff]){2,4}?)对[^，。？！]{1,14}?(?:满不满意|满意|评价)/u;

/** `place` is named in clauses of `focus` that ask nothing, and a clause that asks names `city`. */
function onlyToldBeside(focus: string, place: string, city: string): boolean {
  const clauses = focus.split(/[，,；;：:]/u);
  const naming = clauses.filter((c) => c.includes(place));
  return naming.length > 0 && naming.every((c) => !asks(c)) && clauses.some((c) => asks(c) && c.includes(city));
}

function termsOf(text: string, partWeight: number, drop: readonly string[], city = ''): Term[] {
  const terms: Term[] = [];
  let rest = text;
  for (const d of drop) rest = rest.split(d).join(' ');
  // A day (8月8号) is looked for as the report writes it (8 月 8 日).
  rest = rest.replace(/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu, (_, m: string, d: string) => {
    terms.push({ text: `${m}月${d}日`, forms: [`${m}月${d}日`], partWeight });
    return ' ';
  });
  // Synonym keys read left to right, the longest at each place (招多少学生: 招多少, then 学生 — not 多少学生).
  for (const { key, forms } of synonymKeys(rest)) {
    // {city} is the report's own city (咱市 → the city's name with 市), from its metadata; with no city the form is dropped.
    const own = forms.map((f) => (f.includes('{city}') ? (city ? f.split('{city}').join(city) : '') : f)).filter(Boolean);
    if (!terms.some((t) => t.text === key)) terms.push({ text: key, forms: [...new Set([key, ...own])], partWeight });
    rest = rest.split(key).join(' ');
  }
  for (const token of segment(rest)) {
    if (STOP.has(token) || /^\d+(\.\d+)?%?$/.test(token) || token.length < 2 && !/[\u4e00-\u9fff]/u.test(token)) continue;
    if (token.length < 2) continue;
    terms.push({ text: token, forms: [token], partWeight, ...headOf(token) });
  }
  return terms;
}

/** A term that names a thing: a lexicon word, or a noun or abbreviation to jieba (国家, 汽修 — not 拔尖, 能评). */
const nominal = (t: Term): boolean => t.forms.length > 1 || /^(?:n|j|vn)/u.test(tagsOf(t.text).at(-1) ?? '');

/**
 * The terms of the phrase a part ends on: its last clause's last term and those written right before it, joined by
 * nothing or 的 and naming things (…，老师说成绩拔尖的能评国家奖学金 → 国家, 奖学金). Null for a part of one clause
 * (…对职业教育的法律地位作了明确规定: its object is no topic) or a last clause naming nothing.
 */
function endPhrase(part: string, topic: readonly Term[]): Set<Term> | null {
  const clauses = part.split(/[，,；;：:]/u).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return null;
  const clause = clauses.at(-1)!;
  const placed = topic
    .map((t) => ({ t, at: clause.lastIndexOf(t.text) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const last = placed.findLastIndex((x) => nominal(x.t));
  if (last < 0) return null;
  const head = new Set<Term>([placed[last]!.t]);
  for (let k = last - 1; k >= 0; k--) {
    const gap = clause.slice(placed[k]!.at + placed[k]!.t.text.length, placed[k + 1]!.at);
    if (!/^的?$/u.test(gap) || !nominal(placed[k]!.t)) break;
    head.add(placed[k]!.t);
  }
  return head;
}

/** The synonym keys of a text, leftmost first and the longest at each place, none overlapping another. */
function synonymKeys(text: string): { key: string; forms: readonly string[] }[] {
  const found: { key: string; forms: readonly string[] }[] = [];
  for (let at = 0; at < text.length; ) {
    const hit = SYNONYMS_BY_FIRST.get(text[at]!)?.find(([key]) => text.startsWith(key, at));
    if (hit) {
      found.push({ key: hit[0], forms: hit[1] });
      at += hit[0].length;
    } else at++;
  }
  return found;
}

/**
 * 某某县级社区学院 (a city named like its county) is the city's 县级 colleges, not the county's: a place whose last character starts a
 * level word (县级, 市级, 区级) is cut before it, so neither the place nor a word made of it is read.
 */
function unglueLevels(text: string, places: readonly string[]): string {
  let out = text;
  for (const p of places) {
    if (!/[县市区]$/u.test(p) || p.length < 3) continue;
    out = out.split(`${p}级`).join(`${p.slice(0, -1)} ${p.slice(-1)}级`);
  }
  return out;
}

/** The last word of a compound of four or more characters (国家助学金 → 助学金), read by jieba's finer cut. */
function headOf(token: string): { head?: string } {
  if (token.length < 4 || !/^[\u4e00-\u9fff]+$/u.test(token)) return {};
  const pieces = segment(token, { forSearch: true }).filter((w) => w.length >= 2 && w !== token);
  const head = pieces.findLast((w) => token.endsWith(w));
  return head ? { head } : {};
}

const SECTOR_WORDS = Object.values(frames.sectors as Record<string, string[]>).flat().sort((a, b) => b.length - a.length);
const GLOSS = new RegExp(`(?:${SECTOR_WORDS.join('|')})\\s*[（(]\\s*((?:${places.ownSchoolTypes.join('|')})[^（()）]{0,6}?)\\s*[）)]`, 'gu');

/** 高職（中職）: a sector word glossed in brackets by the report's own kind of school means that kind. */
function glossed(text: string): string {
  return text.replace(GLOSS, '$1');
}

/** The report's own places (its metadata's counties and districts), with their short forms (某县 → 某). */
function placeForms(places: readonly string[]): string[] {
  return places.flatMap((p) => [p, p.replace(/(县|市|区)$/u, '')]).filter((p) => p.length >= 2);
}


const ROW_NO = '\\d{1,2}|[一二三四五六七八九十]';
const ROWS = new RegExp(`表\\s*\\d+\\s*(?:里|中|的)?\\s*[，,]?\\s*(?:第|序号)\\s*((?:${ROW_NO})(?:\\s*(?:行|条|项)?\\s*(?:[、,，和及]|以及)\\s*(?:第|序号)?\\s*(?:${ROW_NO}))*)\\s*(行|条|项)?`, 'u');

/** Rows of a table named by number (表3第6行, 表1序号2, 表4 序号3、序号5, 表2第3、5行); 第 needs 行/条/项 after it. */
function tableRowsOf(text: string): number[] {
  const m = ROWS.exec(text);
  if (!m) return [];
  if (/第/u.test(m[0]) && !/序号/u.test(m[0]) && !m[2] && !/[行条项]/u.test(m[1]!)) return [];
  return (m[1]!.match(new RegExp(ROW_NO, 'gu')) ?? []).map((n) => numeralValue(n)).filter((n) => n > 0);
}

const CITY_WIDE_BY_CITY = new Map<string, RegExp>();
/** 全市, 所有学校, 全 + the city's name: the city as a whole (compiled once per city). */
function cityWideCue(city: string): RegExp {
  let re = CITY_WIDE_BY_CITY.get(city);
  if (!re) CITY_WIDE_BY_CITY.set(city, (re = new RegExp(`全市|所有学校|全部学校${city ? `|全${escapeRe(city)}` : ''}`, 'u')));
  return re;
}

/** A part asking what a thing is (雨露计划是啥). */
const WHAT_IS = new RegExp(INTENTS.whatIs, 'u');

/** A part that adds a second question (另外…, 还有…, 顺便…). */
const ADDED_ON = new RegExp(INTENTS.addedOn, 'u');

/** 表二, 案例十, 图三 (not 代表三人, 一二三等奖). */
const NUMBERED_IN_WORDS = /((?<![代发外列仪报])表|案例|(?<![地试版构企意])图)\s*([一二三四五六七八九十]{1,3})(?![\u4e00-\u9fff]*?(?:等奖|产业))/gu;

/**
 * An exact amount said in Chinese numerals before its unit (六百分以上, 三千块) in digits, as the report writes it;
 * a bare 一个/两所 (no 十, 百, 千 or 万), a rough one (几十个, 两百多个) and a rank (前十名) stay as typed. A ratio said
 * aloud (一比几) and a blank to fill (（ ）个) are read the same way.
 */
function spokenAmounts(text: string): string {
  return text
    // 填空：专业大类（ ）个: a blank to fill asks how many.
    .replace(/[（(]\s*[）)]|_{2,}/gu, '多少')
    // 一比几, 一比二点几: a ratio said aloud.
    .replace(/一比(?=[几二三四五六七八九\d])/gu, '1比')
    // 表二, 案例十, 图三: a table, case or figure numbered in words.
    .replace(NUMBERED_IN_WORDS, (m, kind: string, n: string) => {
      const no = chineseAmount(n);
      return no === null ? m : `${kind}${no}`;
    })
    .replace(/(?<![之第前几多好数零〇一二两三四五六七八九十百千万])([一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*)(?=[分人名元块个所家])/gu,
      (w) => (/[十百千万]/u.test(w) ? String(chineseAmount(w) ?? w) : w));
}

/**
 * A year spoken digit by digit (二零二三年, 二〇二三届), as voice input writes it: read in digits; so is a cohort
 * said short (二三届 → 23届; not 二三年, which is as often "two or three years").
 */
function spokenYears(text: string): string {
  const digits = (w: string): string => [...w].map((c) => (c === '〇' ? '0' : String(DIGITS.indexOf(c)))).join('');
  return text
    // 一加X证书 said aloud is the 1+X certificate.
    .replace(/一加\s*(?=x)/giu, '1+')
    .replace(/([零〇一二三四五六七八九]{4})(?=年|届)/gu, digits)
    .replace(/(?<![零〇一二三四五六七八九十百千万])([一二][零〇一二三四五六七八九])(?=届)/gu, digits);
}

/**
 * Questions typed or spoken without punctuation (能升学的多吗大概百分之多少啊, 老年大学有几个啊我也想去学学): a 吗 or 呢
 * inside the text ends a question, and a 啊/呀/吧 before the asker speaks again (我, 孩子) ends a clause.
 */
const RUN_ON_QUESTION_END = new RegExp(INTENTS.runOn.questionEnd!, 'gu');
const RUN_ON_CLAUSE_END = new RegExp(INTENTS.runOn.clauseEnd!, 'gu');

/** A question only reported, not asked (也不知道说的是哪个学校). */
const REPORTED_QUESTION = new RegExp(INTENTS.reportedQuestion, 'u');

/** A figure stated and then doubted or checked in the same part (也就30个专业，真有这么少吗). */
const CHECKED_CLAIM = new RegExp(INTENTS.checkedClaim, 'u');

const ASK_INTRO = new RegExp(`(?<=[^，,。？?！!\\s]{2}[，,]\\s*)(?:${assertLexicon('chat.json', chat).askIntro.join('|')})[，,：:]?`, 'u');

/** …跑到外地去打工，我想问一下，…有多少人: the story before the words that introduce the question is a part of its own. */
const FOLLOW_UP = new RegExp(INTENTS.followUp, 'gu');

/** 顺便问下 after a question already asked opens a follow-up (另外), which the aside would otherwise erase. */
function followUps(text: string): string {
  return text.replace(FOLLOW_UP, '另外').replace(ALSO_WANTED, '。另外$1');
}

/** …拨了多少万，惠及人次也要: a second figure asked for after the first, as an afterthought (intents.json alsoWanted). */
const ALSO_WANTED = new RegExp(INTENTS.alsoWanted, 'gu');

function afterStory(text: string): string {
  const m = ASK_INTRO.exec(text);
  if (!m) return text;
  // …not a figure stated to be checked before it (稿件称…88%，请问原文是多少), nor a question asked already.
  // (Only the sentence the words are in: a sentence closed before it is a part of its own already.)
  const before = text.slice(0, m.index).split(/(?<=[。！!？?])/u).at(-1)!;
  if (/\d|百分之|[十百千万][零一二两三四五六七八九]*(?:成|个|所|人|万|多)|[一二两三四五六七八九]成/u.test(before) || before.split(/[，,。！!]/u).some((c) => asks(c.replace(/(?:有个|叫个?|个)什么/gu, ''))) || /[？?]/u.test(before)) return text;
  return `${text.slice(0, m.index)}。${text.slice(m.index + m[0].length)}`;
}

/**
 * 我是做学校食堂配餐的，想估个量，全市中职在校生总共大概多少人: the clauses that open a sentence by saying who the
 * asker is, before the clause that asks, are told: a part of their own.
 */
function toldFirst(text: string): string {
  return text.replace(/(^|[。！!？?；;]\s*)([^。！!？?；;]+)/gu, (m, end: string, sentence: string) => {
    const clauses = sentence.split(/(?<=[，,])/u);
    if (clauses.length < 2 || !introducesAsker(clauses[0]!) || asks(clauses[0]!)) return m;
    let k = 1;
    while (k < clauses.length - 1 && !asks(clauses[k]!) && !/多少|几|哪|吗|什么|啥/u.test(clauses[k]!)) k++;
    if (!clauses.slice(k).some((c) => asks(c))) return m;
    return `${end}${clauses.slice(0, k).join('').replace(/[，,]$/u, '')}。${clauses.slice(k).join('')}`;
  });
}

/** 汇总三位家长的问题：…是多少: a lead-in before a colon that introduces the question is told, not asked. */
function leadIn(text: string): string {
  return text.trim().replace(/^([^：:？?。！!]{2,40}?)[：:](?=[^？?。]*(?:多少|几|吗|什么|哪|是否|有没有))/u, (m, lead: string) =>
    /多少|几|吗|什么|哪|是否|有没有/u.test(lead) ? m : `${lead}。`);
}

function runOnBreaks(text: string): string {
  return text
    // 1.满意度是多少 2.能不能走读 3.校服多少钱 / 一、…？二、… / 其一，…；其二，…: several questions numbered in one
    // message are parts of their own, the first the one asked.
    .replace(/[\s，,；;。]+(?=(?:[2-9]|[二三四五六七八九])[.、．)）](?=[\u4e00-\u9fff])|其[二三四五六][，,、：:])/gu, '？')
    // 本届家委会准备开展体育活动，想了解：其一，…: what comes before the first of them is a lead-in, told.
    .replace(/[：:，,]\s*(?=(?:其一|第一)[，,、：:]|1[.、．)）](?=[\u4e00-\u9fff])|一[、．)）](?![二三四五][、等])(?=[\u4e00-\u9fff\d]))/u, '。')

    // …轮流摸一下😂 现在报告里…: an emoji before a space ends a sentence.
    .replace(/[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]+\s+(?=[\u4e00-\u9fff])/gu, '。')
    // 那二等奖多少个啊 估摸下拿奖概率: a space between words typed on a phone ends a clause.
    .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/gu, '，')
    // 免学费是从那年开始的？: 那年 in a question is 哪年.
    .replace(/(?<=从|是|在)那(?=一?年)(?=[^。]*(?:[？?]|[啊呢呀吗哩嘞])\s*$)/gu, '哪')
    .replace(RUN_ON_QUESTION_END, '$1？')
    .replace(RUN_ON_CLAUSE_END, '$1，');
}

/** 一共开了多少个专业，选择多不多: a rough judgement after an exact ask in the same part is a remark, not asked. */
function withoutRoughTail(part: string): string {
  const clauses = part.split(/(?=[，,])/u);
  while (clauses.length > 1 && VAGUE.test(clauses.at(-1)!.replace(/^[，,]/u, ''))) {
    const rest = clauses.slice(0, -1).join('');
    if (intentOf(rest) !== 'number') break;
    clauses.pop();
  }
  return clauses.join('');
}

/**
 * What is said after the question without asking anything: the clauses of the focus after its last asking one,
 * and the parts after it that ask nothing (…能挣多少，她老说那县归某市管我也说不清😂).
 */
function remarksAfter(pieces: readonly { text: string; asks: boolean }[], focusIndex: number): string[] {
  const focus = pieces[focusIndex]?.text ?? '';
  const clauses = focus.split(/[，,]/u);
  const last = clauses.findLastIndex((c) => asks(c));
  const tail = last >= 0 ? clauses.slice(last + 1).filter((c) => c.trim()) : [];
  const later = pieces.slice(focusIndex + 1).filter((p) => !p.asks && !asks(p.text)).map((p) => p.text);
  return [...tail, ...later];
}

/** What says what the question before it means (就是那个生师比, 也就是…, 我说的是…). */
const MEANS = new RegExp(INTENTS.meansAfter, 'u');

export function parseQuestion(original: string, entities: readonly Entity[], city = '', places: readonly string[] = [], province = ''): Question {
  const levels = levelForms(province);
  const typed = unglueLevels(glossed(runOnBreaks(spokenAmounts(spokenYears(normalize(original).toLowerCase())))), places);
  const { text: whole, language, untranslated, figureAsked } = toChinese(typed, [city, ...places]);
  // An elliptical follow-up (…有几所，县级呢) asks the same again for something else: it is left for later.
  // …and of two things asked together, the one the asker wants first (先报人数) is asked.
  const { excluded, rest } = exclusions(endTold(toldFirst(leadIn(afterStory(followUps(priorityAsked(whole))).replace(ASIDES, ' ')))));
  // 我是某职专校长，…全市中职这个比例是多少: when the city as a whole is asked, the asker's self-introduction (and
  // the school in it) only says who asks.
  const selfless = rest.split(/(?<=[，,。；;])/u).filter((c) => !introducesAsker(c)).join('');
  const asked = firstEnumerated(selfless !== rest && cityWideCue(city).test(selfless) ? selfless : rest);
  const pieces = [...asked.matchAll(/([^？?！!。；;\n]+)([？?！!。；;\n]*)/gu)]
    // (The last part, left without a stop, asks when it has a question word: …满意度是多少%; and so does a request,
    // whatever its stop: 请提供：2023年…总投入。)
    .map((m) => ({
      text: m[1]!.trim().replace(/[，,][^，,]{1,10}呢$/u, ''),
      asks: /[？?]/u.test(m[2] ?? '') || (!m[2] && asks(m[1]!)) || REQUEST.test(m[1]!),
    }))
    .flatMap(statedBefore)
    .flatMap(claimBefore)
    .flatMap(twoFiguresAsked)
    .flatMap(comparedAfter)
    .filter((p) => p.text);
  const parts = pieces.map((p) => p.text);
  const intents: (Intent | null)[] = parts.map(intentOf);
  // …and, when nothing else is asked, a statement of a figure with a question mark and no question word
  // (截图里写的是全市中职毕业生一万四千多人？) checks it: a figure is asked.
  const checks = (k: number): boolean => pieces[k]!.asks && FIGURE_STATED.test(parts[k]!) && !/哪|什么|啥|还是|怎|如何|吗/u.test(parts[k]!);
  // …and so does one asked whether it is so (是不是说全市中职在校生有五万多人, 民办是15所吗).
  const checksWhether = (k: number): boolean =>
    FIGURE_STATED.test(parts[k]!) && WHETHER_CHECK.test(parts[k]!) && !/哪|什么|啥|还是|怎|如何/u.test(parts[k]!);
  if (!intents.some((i) => i !== null)) parts.forEach((_, k) => (checks(k) || checksWhether(k)) && (intents[k] = 'number'));
  // How many …: the part that asks it (an introduction before it asks nothing).
  if (language === 'en' && CUE.english.test(typed) && !intents.some((i) => i === 'number' || i === 'list')) {
    // …the sentence with the English cue (What is the value of …?), else one with a question word.
    const cued = figureAsked ? parts.findIndex((p) => p.length > 1 && figureAsked.includes(p)) : -1;
    const k = cued >= 0 ? cued : Math.max(0, parts.findIndex((p) => /多少|几/u.test(p)));
    intents[k] = 'number';
  }
  // I read … is 56% …, is (that) correct?: a figure stated to be checked asks for the report's figure.
  else if (language === 'en' && /\d/u.test(typed) && /\b(?:is|are) (?:it |this |that )?(?:correct|right|true)\b|\bcorrect\s*\?/iu.test(typed)) intents[0] = 'number';
  const counts = (i: Intent | null): boolean => i === 'number' || i === 'date';
  // A part told with a full stop (家长最关心能挣多少。) is what the asker heard; the part with the question mark
  // after it (报告里月收入是多少？) is the question.
  // …and a part added on (另外…再加几个) after a question already asked is a follow-up, never the question.
  const addedAfterAsk = (k: number): boolean => k > 0 && ADDED_ON.test(parts[k]!) && pieces.slice(0, k).some((p) => p.asks);
  let focusIndex = intents.findIndex((i, k) => counts(i) && !addedAfterAsk(k) && (pieces[k]!.asks || !pieces.slice(k + 1).some((p, j) => p.asks && counts(intents[k + 1 + j]!))));
  // 图书多不多？平均下来每个学生有几本: a rough ask yields to the exact one after it.
  if (focusIndex >= 0 && VAGUE.test(parts[focusIndex]!)) {
    const exact = intents.findIndex((i, k) => k > focusIndex && counts(i) && !VAGUE.test(parts[k]!));
    if (exact > focusIndex) focusIndex = exact;
  }
  // …and so does a figure heard and checked (也就30个专业，真有这么少吗？) to an exact ask after it that names what it
  // asks (全市中职总共有多少种不同的专业), not one that points back (正确的是多少).
  if (focusIndex >= 0 && CHECKED_CLAIM.test(parts[focusIndex]!)) {
    const exact = parts.findIndex((p, k) => k > focusIndex && counts(intents[k]!) && /多少|几/u.test(p) && !ADDED_ON.test(p) && contentWords(p) >= 2);
    if (exact > focusIndex) focusIndex = exact;
  }
  // …and so does a question only reported in the story (村里人说有助学金但都不知道给多少。) to one asked after it.
  if (focusIndex >= 0 && REPORTED_QUESTION.test(parts[focusIndex]!)) {
    const asked = intents.findIndex((i, k) => k > focusIndex && counts(i) && !REPORTED_QUESTION.test(parts[k]!));
    if (asked > focusIndex) focusIndex = asked;
  }
  // …but not a second question added on (另外这是哪个学年的调查): that is a follow-up.
  const listParts = intents.flatMap((i, k) => (i === 'list' && !(k > 0 && ADDED_ON.test(parts[k]!)) ? [k] : []));
  // …a part that asks them, rather than one of the story (专业名字太多我俩都看花眼了。…前十个专业都是啥？).
  // …and not a question only reported (也不知道说的是哪个学校。…就业率是多少？).
  const listIndex = listParts.find((k) => pieces[k]!.asks) ?? listParts.find((k) => !REPORTED_QUESTION.test(parts[k]!)) ?? -1;
  // Names asked anywhere (几所…，都叫啥名) are the answer: the list shows how many too.
  if (listIndex >= 0) focusIndex = listIndex;
  // No figure asked (…最担心学坏了。职校在德育方面是怎么做的？): the first part with a question mark asks.
  if (focusIndex < 0) focusIndex = Math.max(0, pieces.findIndex((p) => p.asks));
  // 一个老师平均带多少学生？就是那个生师比: a part right after the question that names what it means is part of it.
  const after = parts[focusIndex + 1] ?? '';
  // …and so is one that names the rate meant (…念书的有多少？就那个比例是多少).
  const rateMeant = /^[^，,]{0,8}?(?:比例|比率|百分比|占比)(?:是|有)?(?:多少|几)/u.test(after.replace(MEANS, ''));
  const meantAfter = MEANS.test(after) && (!/多少|几/u.test(after) || rateMeant);
  const focus = withoutRoughTail(parts[focusIndex] ?? '') + (meantAfter ? `，${after.replace(MEANS, '')}` : '');
  if (focusIndex < parts.length) parts[focusIndex] = focus;
  // 免学费是2015年开始的吧: a year stated to be checked asks when; it is no year the answer must be of.
  // …and so is one said to be when it began (是2019年才开始的) when the question asks when (到底从哪年开始免).
  // (…said anywhere in the message: 俺听人说职高是从二〇一五年才不收学费的，是这么回事不？到底是哪年开始免的.)
  const claimedStart = CUE.date.test(focus) ? (CLAIMED_START.exec(asked)?.[1] ?? null) : null;
  const checkedYear = CHECKED_YEAR.exec(focus)?.[1] ?? claimedStart;
  const intent = checkedYear ? 'date' : (intents[focusIndex] ?? 'passage');

  // What the question rules out (不是那个县的学校的) names no school, place or year it asks about.
  const named = namedEntities(asked, entities);
  const aliasesHere = entities.filter((e) => named.includes(e.name)).flatMap((e) => e.aliases).filter((a) => asked.includes(a));
  const ownType = OWN_TYPE.test(asked);
  // The report's own city and places are never elsewhere (a report on 郑州 answers about 郑州); its province is, as
  // a whole (某省的中职学校), though a province's programme or contest it names is matched in its sentence.
  const own = [city, ...places].filter(Boolean);
  // 河南省省级示范性社区学校: the province named beside a provincial level (省级, 省赛) names a title, not a place.
  // 河南雨露计划, 河南省技能大赛: so does the province right before one of its programmes.
  const provinceTitle = province !== '' && new RegExp(`${escapeRe(province)}省?的?(?:${PROVINCE_PROGRAMME})`, 'u').test(asked);
  const origins = asked.match(ORIGIN) ?? [];
  // …nor a place inside a quoted title (“人人持证、技能河南”), nor one jieba does not read as a word (七成都 is 七成/都).
  // …nor one named only in a remark after the question (…能挣多少，她老说那县归某市管我也说不清).
  const notOrigin = remarksAfter(pieces, focusIndex).reduce((t, r) => t.split(r).join(' '), asked)
    .replace(ORIGIN, ' ').replace(/[“"「][^”"」]{1,24}[”"」]/gu, ' ');
  let words: string[] | undefined;
  // (…or words jieba cuts it into, whole: 技师/学院.)
  const isWord = (p: string): boolean => (words ??= segment(notOrigin)).some((w, k) =>
    w.startsWith(p) ||
    (p.startsWith(w) && p.length - w.length <= 1 && w.length >= 2) ||
    (w.length >= 2 && `${w}${words![k + 1] ?? ''}` === p));
  // A place named only in a part that asks nothing (My son is overseas with us. …how many …?) is the story's.
  const namedWhereAsked = (place: string): boolean => pieces.some((x, i) => x.text.includes(place) && (i === focusIndex || x.asks || asks(x.text)));
  const elsewhere = ELSEWHERE.filter((p) => notOrigin.includes(p) && isWord(p) && !(ownType && OTHER_TYPES.has(p)) && !own.some((o) => o.startsWith(p) || p.startsWith(o)))
    .filter((p) => !(provinceTitle && p.startsWith(province)))
    // 她小姨在郑州说…。想问问咱们市中职一共开了多少个专业: a part that asks about the report's own city asks about no
    // place named only in the story around it.
    .filter((p) => !(city !== '' && focus.includes(city) && !focus.includes(p)))
    // 在上海那会儿听说职校都得交学费，咱某市公办中职是从哪一年开始不收学费的: nor one named only in a clause of it that
    // asks nothing, when a clause that asks names the city — other than the province, whose contests are levels.
    .filter((p) => !(city !== '' && !(province !== '' && p.startsWith(province)) && onlyToldBeside(focus, p, city)))
    .filter(namedWhereAsked)
    .filter((p, _, all) => !all.some((q) => q !== p && q.includes(p)));
  const countyHits = placeForms(places).filter((c) => c !== city && asked.includes(c) && !aliasesHere.some((a) => a.includes(c)))
    // 孩子他舅在某县一家厂当班长…。全市中职学校一共聘请了多少名行业导师: a county of the story is not asked.
    .filter((c) => focus.includes(c) || !(cityWideCue(city).test(focus) || (city !== '' && focus.includes(city))))
    .filter(namedWhereAsked)
    .filter((c, _, all) => !all.some((d) => d !== c && d.includes(c)));

  const terms: Term[] = [];
  const used: string[] = [];
  // A focus that names nothing (拿到了给多少钱) asks about the topic of the part before it (中专也有国奖).
  // So does one that points back to it (这个社团都拿过什么成绩).
  // …but not of a part the asker says they know already (…6000块我知道): that is not what they ask.
  // And so does any part after one asking what a thing is (雨露计划是啥？孩子一年能领多少).
  // …but not an English question that names what it counts (… my son may go back. How many secondary vocational
  // schools …?): its introduction is no topic.
  const namesCount = language === 'en' && /(?:多少|几)[所个家名位项门]?[\u4e00-\u9fff]{2,}/u.test(focus);
  // (What the focus names is counted up to its last asking clause: a remark after it, 我要写进总结里, names nothing asked.)
  const focusClauses = focus.split(/[，,]/u);
  const asking = focusClauses.slice(0, focusClauses.findLastIndex((c) => asks(c)) + 1).join('，') || focus;
  const elliptical = focusIndex > 0 && ((contentWords(asking, city) < 2 && !namesOne(asking) && !namesCount) || POINTS_BACK.test(focus) || WHAT_IS.test(parts[focusIndex - 1]!)) && !KNOWN_END.test(parts[focusIndex - 1]!);
  parts.forEach((part, i) => {
    // Later parts that ask their own question are follow-ups, answered separately by the person.
    // …unless no figure is asked: a passage question's follow-up (会帮找工作不？有没有招聘会) is read as its context.
    const askedWith = i > focusIndex && intent === 'passage' && intents[i] !== 'number' && intents[i] !== 'date' && (intents[i] !== null || asks(part));
    if (i > focusIndex && intents[i] !== null && !askedWith) return;
    // …and so is one added on after it (另外宿舍晚上查不查寝？), whatever it asks.
    if (i > focusIndex && ADDED_ON.test(part)) return;
    // An English sentence before the one asked that asks nothing introduces the asker (I am a mother living in …).
    if (language === 'en' && i < focusIndex && !(elliptical && i === focusIndex - 1) && !pieces[i]!.asks && !asks(part)) return;
    used.push(part);
    if (meantAfter && i === focusIndex + 1) return;
    const weight = i === focusIndex || askedWith || (elliptical && i === focusIndex - 1) ? 1 : CONTEXT_PART;
    // In 企业对毕业生满意吗 the graduates are what is rated, not who rates.
    // But in 学生对思政课教学满不满意 the thing rated is the facet measured (思想政治课教学满意度): only a
    // person or a school as object is dropped.
    const object = SATISFACTION_OBJECT.exec(part)?.[1];
    const rated = object && RATED.test(object) ? [object] : [];
    const drop = [...aliasesHere, ...origins, ...elsewhere, ...rated, ...(i === focusIndex ? perUnitWords(part) : [])];
    // 第三产业的比第二产业的多吧: what a figure is compared with (比…多) is not what is asked.
    const topic = termsOf(part.replace(YEAR_WORD, ' ').replace(COMPARED_WITH, ' '), weight, drop, city);
    // (A part that asks itself, 有没有外籍教师？大概几位, is the question's own topic, not a story.)
    const borrowed = elliptical && i === focusIndex - 1 && !pieces[i]!.asks && !asks(part);
    // What it borrows is the phrase the part ends on (老师说成绩拔尖的能评国家奖学金 → 国家奖学金); the words before
    // it are the story's, weighed as context.
    const head = borrowed ? endPhrase(part, topic) : null;
    const lent = (t: Term): Term => ({ ...t, borrowed: true, ...(head && !head.has(t) ? { partWeight: CONTEXT_PART } : {}) });
    terms.push(...(borrowed ? topic.map(lent) : topic));
    // 全省 and 全国 do not leave the report (its people compete there): they tell 全省比赛 from 全国比赛.
    for (const place of elsewhere) if (levels[place] && part.includes(place)) terms.push({ text: place, forms: levels[place], partWeight: weight });
    // Who rates is what tells 用人单位满意度 from 毕业生满意度: it counts twice.
    const rater = SATISFACTION_RATER.exec(part)?.[1];
    // Who is satisfied names the measure (家长满意度, 毕业生满意度); plain 学生 are the report's 在校生.
    // …unless a facet is named (在校生对课堂育人的满意度): then the facet is the measure, the rater only whose.
    const facet = object !== undefined && rated.length === 0;
    // A rater named as one compound (实习单位) is that compound: its pieces (单位) would find another rater (用人单位).
    const raterTerms = rater ? termsOf(rater, weight, []) : [];
    const whole = rater && raterTerms.length > 1 && !RATERS[rater] && /^[\u4e00-\u9fff]{3,4}$/u.test(rater) ? [{ text: rater, forms: [rater], partWeight: weight }] : raterTerms;
    if (rater && !facet) for (const t of whole) terms.push({ ...t, text: `${t.text}#评价方`, forms: [...new Set([...t.forms, ...(RATERS[t.text] ?? [])])] });
  });
  // 比22届提高了多少: the year compared with is not the year asked.
  const focusYears = questionYears(focus.replace(/比\s*(?:(?:19|20)?\d{2})\s*(?:年|届)/gu, ' '));
  const focusEntities = named.length > 1 ? namedEntities(focus, entities) : named;

  const unexcluded = excluded.reduce((t, x) => t.split(x).join(' '), whole);
  let unit: UnitClass | null = null;
  let unitWord: string | null = null;
  // 涨了多少, 提高了多少: a change may be given in any unit (起薪提高 7%).
  // Read for passages too: the figure a passage leads with must be of the kind asked (面积 is no 万册).
  if ((intent === 'number' || intent === 'passage') && !CHANGE.test(focus)) {
    // 平摊到每个学生头上是多少个: the student is what it is shared by, not what is counted.
    // …and a figure the question states (免学费一共惠及八万多人次，…每人次免了多少钱) says what is known, not what is asked.
    const counted = perUnitWords(focus).reduce((t, w) => t.split(w).join(' '), focus);
    // 听说有65名学生获得国家奖学金，对吗: a figure stated to be checked, nothing else asked, asks one of its kind.
    const checked = /多少|几/u.test(focus) ? undefined : statedAmounts(focus).find((a) => ((a.cls === 'people' || a.cls === 'visits') && a.value > 1) || a.cls === 'percent');
    // A figure the question states (惠及八万多人次，那平均每人次免了多少钱) says what is known: a kind named outside it
    // is the one asked, else the stated figure's (…10万人次，报告里写的是多少).
    const cued = (text: string, named = false) => UNIT_CUES.find(([cue, , , implied]) => !(named && implied) && cue.test(text));
    const found = cued(counted.replace(FIGURE_STATED_ALL, ' '), true) ?? cued(counted);
    if (checked) unit = checked.cls === 'visits' ? 'people' : (checked.cls as UnitClass);
    else if (found) [, unit, unitWord] = found;
    // 占到六成多了？准确数字多少: a focus that names nothing asks the kind of figure of the part before it.
    if (unit === null && elliptical) {
      const before = parts[focusIndex - 1]!;
      const cue = UNIT_CUES.find(([c]) => c.test(before));
      if (cue) [, unit, unitWord] = cue;
    }
  }
  // A part after the focus that only restates the total (…一共有几所中职学校？公办民办加起来).
  const restated = parts.slice(focusIndex + 1).find((p) => asksTotal(p) && !intentOf(p));
  const summed = summedItems(focus);
  return {
    original,
    focus,
    whole,
    language,
    intent,
    unit,
    unitWord,
    years: checkedYear ? [] : focusYears.length ? focusYears : questionYears(used.join(' ')),
    asksDay: ASKS_DAY.test(focus),
    // Not a case, table, figure or rank by its number (案例7), nor a date (2023年8月), nor a section (3.1).
    premises: statedAmounts(whole),
    stated: [...whole.matchAll(/(?<![\d.]|案例|表|图|第)\d+(?:\.\d+)?(?![\d.]|\s*(?:年|届|月|日|号|学年|节|部分|章))/gu)].map((m) => m[0]),
    elsewhere,
    // 甲职专本科上线几个人？有没有乙职教中心多: the school of the part asked, not of a follow-up.
    entities: focusEntities.length ? focusEntities : named,
    places: countyHits,
    // …not one ruled out (不要案例6的).
    table: Number(/表\s*(\d+)/u.exec(unexcluded)?.[1] ?? NaN) || null,
    caseNo: Number(/案例\s*(\d+)/u.exec(unexcluded)?.[1] ?? NaN) || null,
    // …the one the part asked names (…2.4写的…5342人，4.1.1里那个…是多少 → 4.1.1), else the first named.
    sectionRef: SECTION_REF.exec(focus.split(/[，,]/u).findLast((c) => asks(c)) ?? '')?.[1] ?? SECTION_REF.exec(whole)?.[1] ?? null,
    tableRow: tableRowsOf(whole)[0] ?? null,
    tableRows: tableRowsOf(whole),
    figure: Number(/图\s*(\d+)/u.exec(whole)?.[1] ?? NaN) || null,
    cityWide: cityWideCue(city).test(whole),
    // The city by name with no school or county named (2022年某市中职毕业生升学多少人): no one school's figure answers.
    cityNamed: city !== '' && named.length === 0 && countyHits.length === 0 && new RegExp(`${escapeRe(city)}(?!\\s*(?:县|市职|市域|职|技))`, 'u').test(asked),
    total: asksTotal(focus),
    summed: summed.length ? summed : summedItems(restated ?? ''),
    stock: asksStock(focus),
    counted: countedOf(focus),
    levels: levelsIn(focus, province),
    terms: dedupe(terms),
    onePerson: ONE_PERSON.test(whole),
    // An example asked anywhere in the message (…靠谱吗？有没有真实成功的例子) is the kind of reply wanted.
    qtypes: [...new Set([...questionTypes(focus), ...questionTypes(whole).filter((t) => t === 'example')])],
    // (An elliptical focus, 请问是多少个, asks the aggregation of the part it borrows from: …引用全市中职专业点总数.)
    aggregation: wantedAggregation(focus) ?? (elliptical ? wantedAggregation(parts[focusIndex - 1]!) : null),
    shareOver: shareOver(focus),
    negated: negatedMeasure(focus),
    latest: LATEST.test(whole),
    sector: questionSector(focus),
    // 学生参加国赛拿了几个一等奖: students asked; who the asker is (我是班主任，…) is not who is asked about.
    who: peopleAsked(withoutSpeakers(focus.split(/[，,：:]/u).filter((c) => !introducesAsker(c)).join('，'))),
    excluded,
    outside: outsideScope(focus, province),
    untranslated,
  };
}

function dedupe(terms: Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) {
    const prev = seen.get(t.text);
    if (!prev || prev.partWeight < t.partWeight || (prev.partWeight === t.partWeight && prev.borrowed && !t.borrowed)) seen.set(t.text, t);
  }
  return [...seen.values()];
}
