import { describe, expect, it } from 'vitest';
import { findFigures } from '../src/corpus/numbers.ts';

describe('figures in the units other reports of the genre use', () => {
  it.each([
    ['建成智慧教室 120 间', '120 间'],
    ['主编国家规划教材 9 部', '9 部'],
    ['较上年提高 1.5 个百分点', '1.5 个百分点'],
    ['购置实训设备 320 台套', '320 台套'],
    ['开展培训 48 学时', '48 学时'],
  ])('reads %s as %s', (text, figure) => {
    expect(findFigures(text).map((f) => f.text)).toContain(figure);
  });

  it('does not read a list number (1.课程思政) as a figure, but does read a decimal that lost its digits (291.万平方米)', () => {
    expect(findFigures('1.课程思政。学院立项 36 门。').map((f) => f.text)).toEqual(['36 门']);
    expect(findFigures('校园占地面积 291.万平方米').map((f) => f.text)).toEqual(['291.万平方米']);
  });
});
