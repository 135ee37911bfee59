import lexicon from '../lexicon/frames.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';
import { levelBefore } from '../text/levels.ts';
import { tagsOf } from '../text/segment.ts';
import type { Fact, FactFrame, People, Report, Sector } from './types.ts';

/**
 * Stage 4: a frame for every figure, read once at ingest from its own clause and sentence, so that answer time
 * only compares slots: what it measures, whether it is a part of another figure, a total, a per-student
 * standard, a rate or a table cell, and the level and sector it belongs to.
 */

const frames = assertLexicon('frames.json', lexicon);
const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const MEASURES = byLength(frames.measures);
// 标准化 (standardised) is no per-student standard.
const PER_UNIT = new RegExp(`(?:${byLength(frames.perUnit).join('|')})(?!化)`, 'u');
const STOCK = new RegExp(frames.stock, 'u');
const TOTAL = new RegExp(`(?:${byLength(frames.total).join('|')}|${frames.totalVerb})\\s*$`, 'u');
const PART = new RegExp(byLength(frames.part).join('|'), 'u');
const SECTORS = Object.entries(frames.sectors as Record<Sector, string[]>).flatMap(([sector, words]) =>
  words.map((w) => ({ sector: sector as Sector, word: w })),
).sort((a, b) => b.word.length - a.word.length);


/** The measure words of `text`, longest first, each counted once and only where no longer one stands. */
export function measuresIn(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (const m of MEASURES) {
    if (!rest.includes(m)) continue;
    found.push(m);
    rest = rest.split(m).join('|');
  }
  return found;
}

/** The measure said last in the figure's own label, else nearest before it in its clause, else first after it. */
function measureOf(label: string, clause: string, at: number): string {
  const inLabel = lastMeasure(label, label.length);
  if (inLabel) return inLabel;
  const before = lastMeasure(clause, at);
  if (before) return before;
  const after = clause.slice(at);
  return MEASURES.map((m) => ({ m, i: after.indexOf(m) })).filter((x) => x.i >= 0).sort((a, b) => a.i - b.i)[0]?.m ?? '';
}

function lastMeasure(text: string, at: number): string {
  let best = { at: -1, word: '' };
  for (const m of MEASURES) {
    const i = text.lastIndexOf(m, Math.max(0, at - 1));
    if (i >= 0 && i < at && (i + m.length > best.at + best.word.length || (i === best.at && m.length > best.word.length))) best = { at: i, word: m };
  }
  return best.word;
}

/** The sector named nearest before `at` in `text`, or null. */
export function sectorBefore(text: string, at: number): Sector | null {
  let best: { at: number; sector: Sector } | null = null;
  for (const { sector, word } of SECTORS) {
    const i = text.lastIndexOf(word, Math.max(0, at - word.length));
    if (i >= 0 && i < at && (!best || i > best.at)) best = { at: i, sector };
  }
  return best?.sector ?? null;
}

const LEVEL_WORD = { nation: '国家级', province: '省级', city: '市级' } as const;

/** The label as a phrase: fillers off both ends, spaces left by the figure closed, unbalanced brackets dropped. */
export function phrase(label: string, city: string): string {
  const lead = new RegExp(`^(?:[，、：；,;:\\s]|全市|我市|本市|${city ? `${city}市?|` : ''}其中|共计|合计|总计|共有|现有|目前|已经?|共|有|为|是|达到?|和|及|并)+`, 'u');
  const trail = /(?:[，、：；,;:\s]|共有|达到?|为|是|的|有|共|约|占|了|以上|累计)+$/u;
  let out = label.replace(/[“”"]/gu, '').replace(/\s+/gu, ' ').trim();
  // 以 596 分的成绩考入本科: what follows the figure's 的 is what it is.
  const after = /\s的(.{2,})$/u.exec(out);
  if (after) out = after[1]!;
  // A threshold that is the whole label (600 分以上) keeps its 以上.
  const threshold = /^[\d.]+\s*\S{0,2}\s*(?:及以上|以上|以下|以内)$/u.test(out);
  if (!threshold) for (let i = 0; i < 3; i++) out = out.replace(lead, '').replace(trail, '');
  // Between two Chinese characters a space only marks where the figure stood: close it.
  out = out.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/gu, '');
  const opens = (out.match(/[（(]/gu) ?? []).length;
  const closes = (out.match(/[）)]/gu) ?? []).length;
  if (opens !== closes) out = out.replace(/[（()）]/gu, '');
  return out.trim();
}

function nameOf(f: Pick<Fact, 'label' | 'sentence' | 'clause'>, frame: Omit<FactFrame, 'name'>, city: string): string {
  let name = phrase(f.label, city);
  // A bare verb (通过, 培训) names nothing: the clause before it in the sentence says what was passed or trained.
  // A noun that is no measure (117 家企业 in a list; not 升学) names itself.
  if (name.length <= 2 && (MEASURES.includes(name) || !tagsOf(name)[0]?.startsWith('n'))) {
    const at = f.sentence.indexOf(f.clause);
    const before = at > 0 ? f.sentence.slice(0, at).split(/[，,；;]/u).filter((x) => x.trim()).at(-1) ?? '' : '';
    const subject = phrase(before.replace(/^\s*\d{4}\s*年(?:度)?\s*/u, ''), city);
    if (subject && subject.length <= 30 && !/\d/u.test(subject)) name = `${subject}${name}`;
  }
  const whole = frame.whole ? phrase(frame.whole, city) : '';
  if (whole && !name.includes(whole)) name = name ? `${whole}中${name}` : whole;
  if (frame.level && !/国|省|市|县|区|校/u.test(name)) name = `${LEVEL_WORD[frame.level]}${name}`;
  // Too long: keep the end, nearest the figure, from a list item's start (、) when there is one.
  if (name.length > 40) {
    const tail = name.slice(-40);
    const cut = tail.indexOf('、');
    name = (cut >= 0 && cut < 30 ? tail.slice(cut + 1) : tail).replace(/^[^\u3400-\u9fffA-Za-z0-9]+/u, '');
  }
  return name;
}

export function frameOf(f: Fact, report: Report): Omit<FactFrame, 'name'> {
  const inClause = Math.max(0, f.clause.indexOf(f.text));
  const inSentence = Math.max(0, f.sentence.indexOf(f.text));
  const before = f.sentence.slice(0, inSentence);
  const clauseBefore = f.clause.slice(0, inClause);
  // 其中 after the last full stop or semicolon before the figure, or an open bracket: a part of what came before.
  const stretch = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  const openBracket = inBracket(before);
  const rate = f.unit === '%' || f.kind === 'ratio';
  const partOf = f.kind === 'quantity' && !rate && (PART.test(stretch) || openBracket || /分别/u.test(f.clause));
  const title = report.sections.find((s) => s.id === f.section)?.title ?? '';
  const aggregation: FactFrame['aggregation'] =
    f.table !== undefined ? 'row'
      : PER_UNIT.test(clauseBefore) || PER_UNIT.test(f.label) ? 'perUnit'
        : rate ? 'rate'
          : TOTAL.test(clauseBefore) || /^(?:共|总|合计|累计)/u.test(f.label) ? 'total'
            : partOf ? 'part'
              : 'plain';
  const shareOf = rate ? shareOfLabel(f.label, report.meta.city) : '';
  // A ratio of the two (生师比 17.5) counts both.
  const ownStretch = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1);
  const who = f.kind === 'ratio' || f.unit === '' ? null : peopleBefore(ownStretch);
  // 600 分以上 15 人: a bound right before another figure names the class that figure counts.
  const category = BOUND.test(f.text) && NEXT_FIGURE.test(f.sentence.slice(inSentence + f.text.length));
  return {
    ...(category ? { category: true as const } : {}),
    ...(STOCK.test(f.clause) ? { stock: true as const } : {}),
    measure: measureOf(f.label, f.clause, inClause),
    partOf,
    aggregation,
    ...(shareOf ? { shareOf } : {}),
    ...(who ? { who } : {}),
    level: levelBefore(f.sentence, inSentence, report.meta.province) ?? levelBefore(f.clause, f.clause.length, report.meta.province),
    sector: sectorOf(f, inClause, title),
  };
}

const BOUND = /(?:以上|以下|以内)$/u;
const NEXT_FIGURE = /^\s*\d[\d.]*\s*(?:人|个|所|名|家|项|位)/u;

/** Whether a bracket opened in `before` is still open (公办学校 14 所（市级 3 所 …: 3 所 is inside). */
function inBracket(before: string): boolean {
  return (before.match(/[（(]/gu) ?? []).length > (before.match(/[）)]/gu) ?? []).length;
}

const PEOPLE = Object.entries(frames.people as Record<People, string[]>).flatMap(([who, words]) => words.map((w) => ({ who: who as People, word: w })));

/** Who a stretch counts: the people word said last in it (…2 名班主任…荣获全国一等奖 → teachers), or null. */
export function peopleBefore(stretch: string): People | null {
  let best: { at: number; who: People } | null = null;
  for (const { who, word } of PEOPLE) {
    const at = stretch.lastIndexOf(word);
    if (at >= 0 && (!best || at + word.length > best.at)) best = { at: at + word.length, who };
  }
  return best?.who ?? null;
}

/** Who a question asks about: students or teachers when it names only one of them, else null. */
export function peopleAsked(text: string): People | null {
  const named = new Set(PEOPLE.filter(({ word }) => text.includes(word)).map(({ who }) => who));
  return named.size === 1 ? [...named][0]! : null;
}

/** A share's part, the words before its 占 (专任教师占教职工总数的 → 专任教师), or '' when it names none. */
function shareOfLabel(label: string, city: string): string {
  const at = label.indexOf('占');
  return at > 1 ? phrase(label.slice(0, at), city) : '';
}

/**
 * The sector of the figure's own label or clause, else of its section. In a list (5 所普通本科学校、11 个政府部门、
 * 117 家企业) an item's sector is its own: the words of the items before it are not.
 */
function sectorOf(f: Fact, inClause: number, title: string): Sector | null {
  const item = f.clause.lastIndexOf('、', Math.max(inClause - 1, 0)) + 1;
  const inList = /\d/u.test(f.clause.slice(0, item));
  const own = inList ? sectorBefore(f.clause.slice(item), Math.max(inClause - item, 1)) : sectorBefore(f.clause, Math.max(inClause, 1));
  return sectorBefore(f.label, f.label.length) ?? own ?? (inList ? null : sectorBefore(title, title.length));
}

const PERSON = new RegExp(frames.story.person, 'gu');
const CONTINUES = new RegExp(frames.story.continues, 'u');

/**
 * The sentences of a paragraph that tell of one person: the paragraph names them with a title (程文俊同学) and again
 * without; a sentence naming them, or one going on about the person of the sentence before (通过…，最终以…), is theirs.
 * Each sentence of the story maps to the story's text and the person's name.
 */
export function storiesIn(paragraph: string): Map<string, { story: string; person: string }> {
  const names = new Set([...paragraph.matchAll(PERSON)].map((m) => m[1]!).filter((n) => paragraph.split(n).length > 2));
  if (names.size !== 1) return new Map();
  const [name] = names as unknown as [string];
  const sentences = paragraph.split(/(?<=[。！？])/u).map((x) => x.trim()).filter(Boolean);
  const told: string[] = [];
  let going = false;
  for (const sentence of sentences) {
    going = sentence.includes(name) || (going && CONTINUES.test(sentence.replace(/^[“”"]/u, '')));
    if (going) told.push(sentence);
  }
  const story = told.join('');
  return new Map(told.map((x) => [x, { story, person: name }]));
}

export function withFrames(facts: readonly Fact[], report: Report): Fact[] {
  const stories = new Map(report.paragraphs.map((p) => [p.id, storiesIn(p.text)]));
  const framed = facts
    .map((f) => ({ f, frame: frameOf(f, report) }))
    .map(({ f, frame }) => {
      const told = [...(stories.get(f.paragraphId) ?? [])].find(([x]) => x.includes(f.sentence.trim()))?.[1];
      return { ...f, frame: told ? { ...frame, ...told } : frame };
    });
  const named = framed.map((f, i) => {
    // The whole is the last figure before it in the same sentence that is no part itself (其中 … refers back to
    // it); a part in brackets is one of the figure just before the bracket (公办学校 14 所（市级 3 所、县级 11 所）).
    const bracketed = f.frame.partOf && inBracket(f.sentence.slice(0, Math.max(0, f.sentence.indexOf(f.text))));
    const sameSentence = framed
      .slice(0, i)
      .filter((g) => g.paragraphId === f.paragraphId && g.sentence === f.sentence && g.kind === 'quantity');
    const whole = !f.frame.partOf
      ? undefined
      : bracketed
        ? sameSentence.findLast((g) => !inBracket(f.sentence.slice(0, Math.max(0, f.sentence.indexOf(g.text)))))
        : sameSentence.findLast((g) => !g.frame.partOf);
    const frame = whole ? { ...f.frame, whole: whole.label } : f.frame;
    const done: Fact = { ...f, frame: { ...frame, name: nameOf(f, frame, report.meta.city) } };
    return done;
  });
  return distinguished(named, report.meta.city);
}

/**
 * Names shared by figures of different sentences (本科上线, 市级二等奖) are told apart by what their sentence
 * is about: its first clause, when that says something the name does not.
 */
function distinguished(facts: Fact[], city: string): Fact[] {
  const count = new Map<string, Set<string>>();
  for (const f of facts) if (f.frame?.name) count.set(f.frame.name, (count.get(f.frame.name) ?? new Set()).add(f.id));
  return facts.map((f) => {
    const name = f.frame?.name ?? '';
    if (!f.frame || !name || (count.get(name)?.size ?? 0) < 2) return f;
    // The first clause with words of its own stretch (between semicolons), else of its sentence.
    const stretch = f.sentence.split(/(?<=[；;])/u).find((x) => x.includes(f.text)) ?? f.sentence;
    const clauses = (t: string) => t.slice(0, Math.max(0, t.indexOf(f.text)) || t.length).split(/[，,；;：:]/u).filter((c) => c.trim() && !c.includes(f.text));
    const subject = [...clauses(stretch), ...clauses(f.sentence)].map((c) => subjectOf(c, city)).find((x) => x.length >= 2) ?? '';
    if (!subject || subject.length > 24 || name.includes(subject)) return f;
    let longer = `${subject}${name}`;
    if (longer.length > 40) longer = longer.slice(0, 40);
    return { ...f, frame: { ...f.frame, name: longer } };
  });
}

/**
 * What a clause is about, for telling shared names apart: its words before any figure, without dates, a leading
 * 在/于, what comes before its last 的 (进行的无人机考核 → 无人机考核) and a trailing 中/里.
 * 交通运输系 222 名同学参与考核 → 交通运输系.
 */
function subjectOf(clause: string, city: string): string {
  const undated = clause
    .replace(/\d{4}\s*(?:-\s*\d{4}\s*)?(?:年度|学年|年|届)|\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?/gu, ' ')
    .split(/\d/u)[0]!
    .replace(/^\s*(?:在|于|从)/u, '');
  const afterOf = /的([^的]{4,})$/u.exec(undated.trim())?.[1] ?? undated;
  return phrase(afterOf.replace(/[中里时]\s*$/u, ''), city);
}
