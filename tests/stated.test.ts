import { describe, expect, it } from 'vitest';
import { realAnswerer } from './helpers.ts';

describe('an amount the question itself states is what the asker has, not the answer', () => {
  it.each([
    ['升本科的327个学生里，考上职业本科的有多少？', '327'],
    ['市级教师培训6个班一共培训了多少人', '6'],
  ])('%s never answers %s', (question, stated) => {
    const a = realAnswerer().answer(question);
    expect(a.figure?.text.replace(/\s+/gu, '').startsWith(stated) ?? false).toBe(false);
  });

  it('still confirms an amount the asker checks (是不是, 是否)', () => {
    const a = realAnswerer().answer('请核实：报告称升入本科的有327人，是不是？');
    expect(a.found).toBe(true);
    expect(a.figure?.text).toBe('327 人');
  });

  it('checks a claim in 人次 against the figure counted in 人次 (10万人次 → 7.7 万人次, not 5 万人)', () => {
    expect(realAnswerer().answer('听说人人持证那个全年培训了10万人次？').figure?.text).toBe('7.7 万人次');
  });

  it('reads a ratio whole: 1比几 states no 1:3.06', () => {
    expect(realAnswerer().answer('在校生的职普比是多少来着，1比几？').figure?.text).toBe('1:3.06');
  });
});

describe('a month or a day asked is not answered by a year alone', () => {
  it('withholds 2023 年 from 几月份打到卡上', () => {
    expect(realAnswerer().answer('国家助学金一般几月份打到卡上').figure?.text ?? '').not.toMatch(/^\d{4}\s*年$/u);
  });

  it('still gives the day a document was issued', () => {
    expect(realAnswerer().answer('新乡推进现代职业教育高质量发展实施方案是哪天印发的').figure?.text).toBe('2022年8月13日');
  });
});

describe('the city named, and no school: one school’s figure does not answer', () => {
  it('gives no 获嘉 figure to 2022年新乡中职毕业生升学多少人', () => {
    const a = realAnswerer().answer('2022年新乡中职毕业生升学多少人');
    expect(a.source?.case ?? null).toBe(null);
    expect(a.figure?.text ?? '').not.toBe('870 人');
  });

  it('still answers a school’s figure when the school is named', () => {
    expect(realAnswerer().answer('获嘉职专2023届本科录取了多少人').figure?.text).toBe('141 人');
  });
});
