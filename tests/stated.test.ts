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

  it('reads a ratio whole: 1比几 states no 1:3.06', () => {
    expect(realAnswerer().answer('在校生的职普比是多少来着，1比几？').figure?.text).toBe('1:3.06');
  });
});
