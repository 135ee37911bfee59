import { describe, expect, it } from 'vitest';
import { respectiveLabels } from '../src/corpus/facts.ts';
import { realIngested } from './helpers.ts';

const { report, facts } = realIngested();
const find = (text: string, label: string) => facts.find((f) => f.text === text && f.label.includes(label));

describe('numeric facts', () => {
  it('copies every figure exactly from the cleaned text at its recorded place', () => {
    for (const f of facts.filter((x) => x.kind !== 'list')) expect(report.text.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('never takes section, table, figure or case numbers for figures', () => {
    expect(facts.some((f) => /(^|\n)(表|图|案例)\s*$/.test(report.text.slice(f.span.start - 4, f.span.start)))).toBe(false);
    expect(facts.filter((f) => f.section === '2.5' && f.kind === 'quantity').map((f) => f.text)).not.toContain('2.5');
  });

  it.each([
    ['51%', '升学比例', '%', '2.5', 'city', [2023]],
    ['4.51 万人', '在校生', '万人', '1.1', 'city', [2022, 2023]],
    ['1:2.57', '招生职普比', 'ratio', '1.1', 'city', [2022, 2023]],
    ['17.5', '生师比', '', '1.3', 'city', [2023]],
    ['2650元', '月收入', '元', '2.4', 'city', [2023]],
    ['99.8%', '就业率', '%', '2.4', 'entity', [2023]],
    ['98.42%', '就业率', '%', '2.4', 'entity', [2022]],
    ['250 余万元', '投入', '万元', '3.6', 'entity', [2023]],
    ['11448Mbps', '出口带宽', 'Mbps', '3.6', 'city', [2023]],
    ['45', '学籍管理员', '人', '3.7', 'city', [2023]],
  ] as const)('%s is %s (%s) in %s, scope %s, years %j', (text, label, unit, section, scope, years) => {
    const f = find(text, label);
    expect(f).toBeDefined();
    expect(f).toMatchObject({ unit, section, scope: { kind: scope } });
    expect(f!.years).toEqual(years);
  });

  it('marks the defective 291. figure instead of guessing its value', () => {
    const f = find('291.万平方米', '校园占地面积');
    expect(f?.value).toBeNull();
    expect(f?.defect).toMatch(/原文如此/);
  });

  it('reads a rule in force since a year as covering the years after it', () => {
    expect(find('6000 元', '奖励标准')!.years).toEqual([2019, 2020, 2021, 2022, 2023]);
  });

  it.each([
    ['专业点前十', ['电子商务', '计算机应用', '作物生产技术']],
    ['标准化建设工程验收', ['延津县职业中等专业学校', '新乡市相魁中等专业学校']],
    ['申报了', ['新乡市域产教联合体', '长垣高端装备制造产教联合体']],
    // 甲…工匠实验室和乙…工匠实验室建设方案: two items joined by 和 that share their last words before what follows;
    // each is a thing of an institution, not the institution.
    ['工匠实验室建设方案', ['新乡市职业教育中心航空航天高端数控加工工匠实验室', '辉县市职业中等专业学校数控技术应用专业智能制造工匠实验室']],
  ])('lists an enumeration after %s as items', (cue, items) => {
    const list = facts.find((f) => f.kind === 'list' && f.sentence.includes(cue) && items.every((i) => f.items?.includes(i)));
    expect(list).toBeDefined();
  });
});

describe('figures given respectively (分别为)', () => {
  it.each([
    ['其中服务第一、二、三产业人数', 3, ['服务第一产业人数', '服务第二产业人数', '服务第三产业人数']],
    ['市级、县级', 2, ['市级', '县级']],
    ['一等奖、二等奖和三等奖', 3, ['一等奖', '二等奖', '三等奖']],
    ['第一、二产业', 3, null],
  ])('%s with %i figures → %j', (before, count, labels) => {
    expect(respectiveLabels(before, count)).toEqual(labels);
  });

  it('gives each of 345人、1080人、3924人 its own 产业', () => {
    const facts = realIngested().facts.filter((f) => ['345人', '1080人', '3924人'].includes(f.text));
    expect(facts.map((f) => f.label)).toEqual(['服务第一产业人数', '服务第二产业人数', '服务第三产业人数']);
  });
});

describe('counts written in words', () => {
  it.each([
    ['两人', 2, '人'],
    ['三位', 3, '位'],
  ])('%s is a figure of %i %s, copied as written', (text, value, unit) => {
    const f = realIngested().facts.find((x) => x.text === text);
    expect(f).toMatchObject({ value, unit });
  });

  it('is not fooled by 第一名, 一名 or 三好学生', () => {
    const texts = realIngested().facts.map((f) => f.text);
    for (const t of ['一名', '三好', '第一名']) expect(texts).not.toContain(t);
  });
});

describe('who a figure counts, named in brackets after it', () => {
  it('lists them as the report writes them: 一等奖 1 个（甲校王某）、三等奖 1 个（乙校郑某）', () => {
    const lists = realIngested().facts.filter((f) => f.kind === 'list' && f.clause.includes('班主任能力比赛'));
    const winners = lists.find((f) => f.items?.some((i) => i.includes('王露')));
    expect(winners?.items).toEqual(['获嘉县职业中等专业学校王露', '新乡市职业教育中心郑帅']);
    expect(winners?.section).toBe('3.7');
  });
});

describe('the story of one person a figure belongs to', () => {
  const story = (text: string) => facts.find((f) => f.text === text)?.frame?.story ?? '';

  it('gives 596 分 the sentences that tell of 程文俊: named, then gone on about (通过三年…，最终以…)', () => {
    const f = facts.find((x) => x.text === '596 分');
    expect(f?.frame?.person).toBe('程文俊');
    for (const told of ['程文俊同学的妈妈', '程文俊中考失利', '最终以 596 分的成绩考入本科']) expect(story('596 分')).toContain(told);
  });

  it.each([
    ['21 人', 'a figure of the school in the same paragraph, in a sentence of its own subject (2023 年牧野区…)'],
    ['6262 人', 'a figure of a paragraph that names no one'],
  ])('gives %s none: %s', (text) => {
    expect(story(text)).toBe('');
  });
});
