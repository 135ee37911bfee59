import { describe, expect, it } from 'vitest';
import { askedColumn } from '../src/answer/tables.ts';

const TABLE2 = ['序号', '示范性专业点类别', '学校名称', '专业点名称'];
const TABLE4 = ['序号', '名称', '获批单位'];

describe('the column a list question asks for', () => {
  it.each([
    ['哪些专业是省级示范专业点', TABLE2, 3],
    ['辉县市职专有哪些省级示范专业点', TABLE2, 3],
    ['哪几所学校有省级示范专业点', TABLE2, 2],
    ['省级示范专业点有哪些', TABLE2, -1],
    ['哪些社区学校是示范点', TABLE4, -1],
  ])('%s → column %i', (focus, headers, column) => {
    expect(askedColumn(headers, focus)).toBe(column);
  });
});
