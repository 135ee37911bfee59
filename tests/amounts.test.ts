import { describe, expect, it } from 'vitest';
import { chineseNumber, figureAmount, nearStated, statedAmounts } from '../src/text/amounts.ts';
import { realAnswerer } from './helpers.ts';

describe('Chinese numbers as people type them', () => {
  it.each([
    ['五千', 5000],
    ['二十', 20],
    ['十', 10],
    ['两千八', 2800],
    ['六千', 6000],
    ['一万二', 12000],
  ])('%s → %d', (written, value) => {
    expect(chineseNumber(written)).toBe(value);
  });

  it('is no number for other characters', () => {
    expect(chineseNumber('多少')).toBeNaN();
  });
});

describe('amounts a question states as premises', () => {
  it.each([
    ['老乡跟我说新乡中职在校生有5万多人，是不是真的？到底有多少人啊', { value: 50000, cls: 'people' }],
    ['我在村里听人说职专学得好的有国家奖学金，一年好像五千块？', { value: 5000, cls: 'money' }],
    ['街上有人跟我说新乡中职毕业生七成都升学了，这个说法对吗？', { value: 70, cls: 'percent' }],
    ['前两天听人讲新乡中职一年的学生资助资金有10个亿？到底是多少', { value: 1e9, cls: 'money' }],
    ['有报道说联合体有100多家企业参加，具体是多少家', { value: 100, cls: 'count' }],
    ['自媒体称新乡2023年教育系统技能培训10万人次，报告里写的是多少？', { value: 1e5, cls: 'visits' }],
    ['现在听说中专一年毕业一万五千多人，是这个数吧？', { value: 15000, cls: 'people' }],
    ['微博上说新乡23年资助学生发了7000多万，准确数字是多少', { value: 7e7, cls: 'money' }],
  ])('%s → %j', (q, amount) => {
    expect(statedAmounts(q)).toEqual([amount]);
  });

  it.each([
    '我看报告里写了助学金发了九千多人次，想问一下：里面原建档立卡的学生占了多少人次',
    '新乡24所中职里头，公办的有几所呀？',
    '表3第6行多少人',
    '2023年招了多少学生',
  ])('%s: no premise (read in the report, a count named as the scope, a row, a year)', (q) => {
    expect(statedAmounts(q)).toEqual([]);
  });
});

describe('the figure a premise is near, on the real report', () => {
  const { kb } = realAnswerer();
  const amountOf = (text: string) => {
    const f = kb.facts.find((x) => x.text.replace(/\s/g, '') === text)!;
    return figureAmount(f.value, f.unit)!;
  };

  it.each([
    ['4.51万人', '老乡跟我说在校生有5万多人', true],
    ['117家', '有报道说有100多家企业参加', true],
    ['8家', '有报道说有100多家企业参加', false],
    ['1.06亿元', '听人讲资助资金有10个亿？', false],
    ['21人', '打电话说考上本科线的有二十来个？', true],
  ])('%s near the premise of “%s”: %s', (figure, q, near) => {
    expect(nearStated(amountOf(figure), statedAmounts(q), 2)).toBe(near);
  });

  it('never counts the stated amount itself as near (that one is excluded as stated)', () => {
    expect(nearStated({ value: 3000, cls: 'money' }, [{ value: 3000, cls: 'money' }], 2)).toBe(false);
  });
});
