import type { Entity } from './entities.ts';
import { findFigures, yearsIn, type FoundFigure } from './numbers.ts';
import { clausesOf, segmentsOf, sentencesOf, unitAt, type Unit } from './text-units.ts';
import type { Fact, Paragraph, Report, Scope, Table } from './types.ts';
import frames from '../lexicon/frames.json' with { type: 'json' };

const BARE_VERB = new RegExp(`^(?:${frames.bareVerbs.join('|')})$`, 'u');

/** Whose figure one is when the text names nobody: the area's (全市) in a city's report, the school's in its own. */
export function ownScope(report: Report): Scope {
  const { level, school } = report.meta;
  return level === 'school' && school ? { kind: 'entity', name: school } : { kind: 'city' };
}

/** Stage 3: every figure of the text and the tables, with what it measures, its scope, period and place. */
export function extractFacts(report: Report, entities: readonly Entity[]): Fact[] {
  const facts: Fact[] = [];
  const own = ownScope(report);
  const caseScope = new Map<number, Scope>();
  for (const c of report.cases) {
    const first = report.paragraphs.find((p) => p.id === c.paragraphIds[0]);
    const named = firstEntity(c.title, entities) ?? firstEntity(first?.text ?? '', entities);
    caseScope.set(c.no, named ? { kind: 'entity', name: named } : own);
  }
  for (const p of report.paragraphs) facts.push(...paragraphFacts(report, p, entities, caseScope));
  for (const t of report.tables) facts.push(...tableFacts(report, t));
  return facts;
}

function firstEntity(text: string, entities: readonly Entity[]): string | undefined {
  let best: { at: number; name: string } | undefined;
  for (const e of entities) {
    const at = text.indexOf(e.name);
    if (at >= 0 && (!best || at < best.at || (at === best.at && e.name.length > best.name.length))) best = { at, name: e.name };
  }
  return best?.name;
}

/** The entity named closest before `offset` in `text`. */
/**
 * 以某学院为牵头院校，联合…117 家企业，共同组建某市域产教联合体: the group a school leads, whose members its figures
 * count — the group's name, or '' when the sentence forms none.
 */
function ledGroup(sentence: string): string {
  if (!GROUP_LEADS.test(sentence)) return '';
  return GROUP_FORMED.exec(sentence)?.[1] ?? '';
}
const GROUP_LEADS = new RegExp(frames.groupLed.leads, 'u');
const GROUP_FORMED = new RegExp(frames.groupLed.formed, 'u');

function lastEntityBefore(text: string, offset: number, entities: readonly Entity[]): string | undefined {
  let best: { at: number; name: string } | undefined;
  for (const e of entities) {
    const at = text.lastIndexOf(e.name, offset - e.name.length);
    if (at >= 0 && (!best || at > best.at)) best = { at, name: e.name };
  }
  return best?.name;
}

const LEADING = /^(其中|其中：|分别为|分别是|共计|合计|总计|共有|共|并|和|及|、|[（）()]|\s)+/u;

function paragraphFacts(report: Report, p: Paragraph, entities: readonly Entity[], caseScope: Map<number, Scope>): Fact[] {
  const out: Fact[] = [];
  const figures = findFigures(p.text);
  const sentences = sentencesOf(p.text);
  const paragraphYears = yearsIn(p.text.slice(0, sentences[0]?.end ?? p.text.length));
  let lastLabel = '';
  const respective = new Map<number, string>();
  for (const m of p.text.matchAll(/(分别为|分别是|依次为)/gu)) {
    const clauseStart = Math.max(p.text.lastIndexOf('，', m.index), p.text.lastIndexOf('。', m.index), -1) + 1;
    const after = figures.filter((g) => g.index > m.index && (g.kind === 'quantity' || g.kind === 'ratio'));
    const run: FoundFigure[] = [];
    for (const g of after) {
      const gap = p.text.slice((run.at(-1)?.end ?? m.index + m[0].length), g.index);
      if (!/^[\s、和及,，]*$/u.test(gap) || (run.length && /，|,/u.test(gap))) break;
      run.push(g);
    }
    const labels = run.length >= 2 ? respectiveLabels(p.text.slice(clauseStart, m.index).trim(), run.length) : null;
    if (labels) run.forEach((g, k) => respective.set(g.index, labels[k]!));
  }
  figures.forEach((f, i) => {
    const sentence = unitAt(sentences, f.index);
    if (!sentence) return;
    const segment = unitAt(segmentsOf(sentence.text, sentence.start), f.index) ?? sentence;
    const clause = unitAt(clausesOf(segment.text, segment.start), f.index) ?? segment;
    const prev = figures[i - 1];
    const next = figures[i + 1];
    const preStart = prev && prev.end > clause.start ? prev.end : clause.start;
    const postEnd = next && next.index < clause.end ? next.index : clause.end;
    const post = p.text.slice(f.end, postEnd).split(/[、（(]/u)[0] ?? '';
    // In an enumeration (11 个政府部门、117 家企业) the words before the figure belong to the item before it.
    const pre = p.text.slice(preStart, f.index);
    // Nor do examples before 等 (A、B 等 8 家企业入围): what is counted is named after the figure.
    const enumerated = /^\s*[\u3400-\u9fff]/u.test(post) && ((prev !== undefined && prev.end > clause.start && /、\s*$/u.test(pre)) || /、[^、]*等\s*$/u.test(pre));
    let label = ((enumerated ? '' : pre) + ' ' + post).replace(LEADING, '').replace(/[，。；：,;:（）()“”\s]+$/u, '').trim();
    // 本科上线 21 人，600 分以上 15 人: a figure right after a threshold (600 分以上) counts what passed it.
    if (prev && prev.end > clause.start && /^\s*$/u.test(pre) && /(?:以上|以下|以内|及以上)$/u.test(prev.text)) label = `${prev.text} ${label}`.trim();
    else if (label.replace(/\s/g, '').length < 2 && prev && prev.end > segment.start) label = `${lastLabel} ${label}`.trim();
    // 拨付免学费资金 6805.03 万元，惠及 80632 人次: a figure whose own words are only a verb counts what was just named.
    else if (BARE_VERB.test(label.replace(/\s/g, '')) && prev && prev.end > segment.start) label = `${lastLabel} ${label}`.trim();
    // 工位数 26276 个，生均 0.66 个: a per-head figure is of the measure just named.
    else if (/^(?:生均|人均|平均|每生)$/u.test(label.replace(/\s/g, '')) && prev && prev.end > sentence.start) label = `${lastLabel} ${label}`.trim();
    label = respective.get(f.index) ?? label;
    // A breakdown in brackets (公办学校 14 所（市级 3 所、县级 11 所）) is of the figure before the bracket.
    const bracket = p.text.lastIndexOf('（', f.index);
    const outer = figures.find((g) => g.end <= bracket && /^\s*$/u.test(p.text.slice(g.end, bracket)));
    if (outer && !p.text.slice(bracket, f.index).includes('）')) {
      const outerLabel = out.find((o) => o.span.start === p.span.start + outer.index)?.label;
      // （其中原建档立卡 2207 人次，资金 247.975 万元）: a later figure of the bracket is of the same subject.
      const first = figures.find((g) => g.index > bracket && g.index < f.index);
      // Not a breakdown into items (市级 3 所、县级 11 所): each of those names its own.
      const between = first ? p.text.slice(first.end, f.index) : '';
      const subject = first && /[，,]/u.test(between) && !/、/u.test(between) ? p.text.slice(bracket + 1, first.index).replace(/^\s*其中[，,]?/u, '').trim() : '';
      if (subject && /^[\u4e00-\u9fff]{2,8}$/u.test(subject) && !label.includes(subject)) label = `${subject} ${label.replace(LEADING, '')}`.trim();
      if (outerLabel && !label.includes(outerLabel)) label = `${outerLabel} ${label.replace(LEADING, '')}`.trim();
    }
    if (f.kind === 'quantity' || f.kind === 'ratio') lastLabel = label;
    const period = periodOf(p.text, f, segment, sentence, paragraphYears, report.meta.yearCovered);
    const scopeName = lastEntityBefore(p.text.slice(segment.start, f.index), f.index - segment.start, entities);
    const group = ledGroup(sentence.text);
    const scope: Scope = group
      ? { kind: 'group', name: group }
      : scopeName
      ? { kind: 'entity', name: scopeName }
      : p.caseNo !== undefined
        ? (caseScope.get(p.caseNo) ?? ownScope(report))
        : ownScope(report);
    const defect = /\d\.(?!\d)/u.test(f.text) ? '小数点后缺少数字，原文如此，疑为提取缺陷' : undefined;
    out.push({
      id: `${p.id}f${i + 1}`,
      kind: f.kind,
      text: f.text,
      value: defect ? null : f.value,
      unit: f.unit,
      label,
      clause: clause.text.trim(),
      sentence: sentence.text.trim(),
      scope,
      years: period.years,
      period: period.text,
      section: p.section,
      paragraphId: p.id,
      ...(p.caseNo !== undefined ? { caseNo: p.caseNo } : {}),
      span: { start: p.span.start + f.index, end: p.span.start + f.end },
      ...(defect ? { defect } : {}),
    });
  });
  out.push(...listFacts(p, sentences, report.meta.yearCovered, entities, ownScope(report)));
  return out;
}

const ORDINAL = '一二三四五六七八九十';

/**
 * "A、B、C 分别为 x、y、z": each figure gets its own item as label. The report's shorthand 第一、二、三产业 is
 * read as 第一产业、第二产业、第三产业. Returns null unless the items and the figures pair up one to one.
 */
export function respectiveLabels(before: string, count: number): string[] | null {
  const shorthand = new RegExp(`第([${ORDINAL}]+)((?:、[${ORDINAL}]+)+)([\\u3400-\\u9fff]*)$`, 'u').exec(before);
  if (shorthand) {
    const numbers = [shorthand[1]!, ...shorthand[2]!.split('、').filter(Boolean)];
    const tail = shorthand[3]!;
    const m = new RegExp(`^[${ORDINAL}]*(.*)$`, 'u').exec(tail);
    const noun = m?.[1] ?? '';
    const head = before.slice(0, shorthand.index);
    return numbers.length === count ? numbers.map((n) => `${head}第${n}${noun}`.replace(LEADING, '')) : null;
  }
  const parts = before.split(/、|和|及/u).map((x) => x.trim()).filter(Boolean);
  return parts.length === count ? parts.map((x) => x.replace(LEADING, '')) : null;
}

/** The nearest year said before the figure (segment, then sentence, then paragraph), else the report's year. */
function periodOf(text: string, f: FoundFigure, segment: Unit, sentence: Unit, paragraphYears: number[], reportYear: number): { years: number[]; text: string } {
  if (f.year !== undefined) return { years: [f.year], text: f.text };
  for (const from of [segment.start, sentence.start]) {
    const stretch = text.slice(from, f.index);
    const before = findFigures(stretch).filter((g) => g.kind === 'year' || g.kind === 'date');
    const last = before.at(-1);
    if (!last) continue;
    const years = yearsIn(last.text).length ? yearsIn(last.text) : [last.year ?? reportYear];
    // 从 2019 年秋季学期开始 …: a rule in force from that year through the report's year.
    const since = /[从自]\s*$/u.test(stretch.slice(0, last.index)) && /^[^，。；]{0,8}(起|开始|以来)/u.test(stretch.slice(last.end));
    if (since && years[0]! < reportYear) for (let y = years[0]! + 1; y <= reportYear; y++) years.push(y);
    return { years, text: last.text };
  }
  const after = findFigures(segment.text).filter((g) => g.kind === 'year');
  if (after[0]) return { years: yearsIn(after[0].text), text: after[0].text };
  if (paragraphYears.length) return { years: paragraphYears, text: paragraphYears.length > 1 ? `${paragraphYears.join('-')} 学年` : `${paragraphYears[0]} 年` };
  return { years: [reportYear], text: `${reportYear} 年度` };
}

/** A figure followed by who it counts in brackets: 一等奖 1 个（某校某某）. */
const WHO_AFTER_FIGURE = /\d+(?:\.\d+)?\s*[个名人项位]\s*[（(]([^（）()]{2,30})[）)]/gu;

/** What an institution's name may be followed by in an item that names a thing of its own (实验室, 专业, 工作室). */
const OF_INSTITUTION = /(?:实验室|工作室|专业|基地|中心|项目|课程)$/u;

/** Enumerations (甲、乙、丙 / 甲和乙) become list facts whose items are copied from the text. */
function listFacts(p: Paragraph, sentences: Unit[], reportYear: number, entities: readonly Entity[], scope: Scope): Fact[] {
  const out: Fact[] = [];
  sentences.forEach((sentence, s) => {
    // 一等奖 1 个（甲校王某）、三等奖 1 个（乙校郑某）: who each figure counts, named in brackets after it.
    for (const stretch of sentence.text.split(/(?<=[；;])/u)) {
      const named = [...stretch.matchAll(WHO_AFTER_FIGURE)].map((m) => m[1]!.trim());
      if (named.length < 2) continue;
      const at = sentence.start + sentence.text.indexOf(stretch);
      out.push({
        id: `${p.id}l${out.length + 1}`,
        kind: 'list',
        text: named.join('、'),
        value: null,
        unit: 'items',
        label: stretch.trim(),
        clause: stretch.trim(),
        sentence: sentence.text.trim(),
        scope,
        years: yearsIn(sentence.text).length ? yearsIn(sentence.text) : [reportYear],
        period: '',
        section: p.section,
        paragraphId: p.id,
        ...(p.caseNo !== undefined ? { caseNo: p.caseNo } : {}),
        span: { start: p.span.start + at, end: p.span.start + at + stretch.length },
        items: named,
      });
    }
    // 分别是甲、乙 names what the sentence before it counted: quote both.
    const quoted = /^(分别是|分别为|包括|即)/u.test(sentence.text.trim()) && s > 0 ? `${sentences[s - 1]!.text.trim()}${sentence.text.trim()}` : sentence.text.trim();
    for (const clause of clausesOf(sentence.text, sentence.start)) {
      const found = enumeration(clause.text);
      if (!found) continue;
      // An item that holds an institution's name is that name (推荐某市职业教育中心 → 某市职业教育中心).
      // (…but not one that names a thing of the institution: 某市职业教育中心航空航天…工匠实验室.)
      const names = (item: string, e: Entity): boolean =>
        (item.includes(e.name) && !OF_INSTITUTION.test(item.slice(item.indexOf(e.name) + e.name.length))) || e.name.startsWith(item);
      const items = found.map((item) => entities
        .filter((e) => clause.text.includes(e.name) && names(item, e))
        .sort((a, b) => b.name.length - a.name.length)[0]?.name ?? item);
      out.push({
        id: `${p.id}l${out.length + 1}`,
        kind: 'list',
        text: items.join('、'),
        value: null,
        unit: 'items',
        label: quoted === sentence.text.trim() ? clause.text : quoted,
        clause: clause.text,
        sentence: quoted,
        scope,
        years: yearsIn(quoted).length ? yearsIn(quoted) : [reportYear],
        period: '',
        section: p.section,
        paragraphId: p.id,
        ...(p.caseNo !== undefined ? { caseNo: p.caseNo } : {}),
        span: { start: p.span.start + clause.start, end: p.span.start + clause.end },
        items,
      });
    }
  });
  return out;
}

const LEAD_IN = /^.*?(?:分别是|分别为|包括|是|为|了|有|施|出|：)(?=.{2,})/u;

export function enumeration(clause: string): string[] | null {
  const text = clause.replace(/[，。；：,;:]$/u, '');
  let parts = text.split('、');
  if (parts.length < 2) {
    const pair = text.split(/和|以及|及/u);
    if (pair.length !== 2) return null;
    const [a, b] = pair as [string, string];
    const common = commonSuffix(a, b);
    // 甲工匠实验室和乙工匠实验室建设方案: the first item's last words end the second one too, before what they share.
    const shared = common.length >= 2 ? common : sharedEnd(a, b);
    if (shared.length < 2) return null;
    if (common.length < 2) return items([a.replace(LEAD_IN, ''), b.slice(0, b.lastIndexOf(shared) + shared.length)]);
    parts = [a, b];
  }
  const last = parts.pop()!;
  const lastSplit = last.split(/和|以及|及/u);
  if (lastSplit.length === 2 && lastSplit[0]!.length >= 2) parts.push(lastSplit[0]!, lastSplit[1]!);
  else parts.push(last);
  const first = parts[0]!.replace(LEAD_IN, '');
  parts[0] = first;
  const suffix = commonSuffix(...parts.slice(0, -1));
  const tail = parts.at(-1)!;
  if (suffix.length >= 2 && tail.includes(suffix) && !tail.endsWith(suffix)) parts[parts.length - 1] = tail.slice(0, tail.indexOf(suffix) + suffix.length);
  else parts[parts.length - 1] = tail.replace(/(的|等|入选|获批|荣获|被评为).*$/u, '');
  return items(parts);
}

/** The items without quotes, or null when one is too short or long to be a name, or holds a figure. */
function items(parts: readonly string[]): string[] | null {
  const out = parts.map((s) => s.replace(/[“”"]/gu, '').trim());
  return out.some((s) => s.length < 2 || s.length > 30 || /\d/.test(s)) ? null : out;
}

/** The longest end of `a` (three characters or more) that `b` writes before its own end, or ''. */
function sharedEnd(a: string, b: string): string {
  for (let n = Math.min(a.length, 8); n >= 3; n--) {
    const end = a.slice(-n);
    const at = b.lastIndexOf(end);
    if (at > 0 && at + n < b.length) return end;
  }
  return '';
}

function commonSuffix(...words: string[]): string {
  if (words.length === 0) return '';
  let suffix = words[0]!;
  for (const w of words.slice(1)) {
    while (suffix && !w.endsWith(suffix)) suffix = suffix.slice(1);
  }
  return suffix;
}

/** Numeric table cells; the header names the measure and its unit (人数 → 人). */
function tableFacts(report: Report, t: Table): Fact[] {
  const out: Fact[] = [];
  t.rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      const header = t.headers[c] ?? '';
      if (!/^\d+(\.\d+)?%?$/.test(cell) || /序号|编号/.test(header)) return;
      // What the cell is: the row's words (not its other figures) and the column's header.
      const label = row.cells.filter((x, k) => k !== c && !/序号|编号/.test(t.headers[k] ?? '') && !/^\d+(\.\d+)?%?$/.test(x)).join(' ') + ` ${header}`;
      const unit = cell.endsWith('%') ? '%' : (/人数/.test(header) ? '人' : (/(\(|（)(.+?)(\)|）)/.exec(header)?.[2] ?? ''));
      const offset = row.cells.slice(0, c).reduce((n, x) => n + x.length + 1, 0);
      out.push({
        id: `t${t.no}r${r + 1}c${c + 1}`,
        kind: 'quantity',
        text: cell,
        value: Number(cell.replace('%', '')),
        unit,
        label: label.trim(),
        clause: row.cells.join(' '),
        sentence: `表 ${t.no} ${t.title}：${row.cells.filter((_, k) => !/序号|编号/.test(t.headers[k] ?? '')).join('，')}`,
        scope: ownScope(report),
        years: [report.meta.yearCovered],
        period: `${report.meta.yearCovered} 年度`,
        section: t.section,
        paragraphId: '',
        table: t.no,
        span: { start: row.span.start + offset, end: row.span.start + offset + cell.length },
      });
    });
  });
  return out;
}
