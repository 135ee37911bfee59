import { describe, expect, it } from 'vitest';
import { priorityAsked } from '../src/answer/priority.ts';
import { realAnswerer } from './helpers.ts';

// Of two things asked together, the one the asker wants first is the question — on questions people wrote.
const gated = realAnswerer();

describe('the thing asked first of two asked together', () => {
  it.each([
    ['全市中职一共开了多少个专业、多少个专业点？先说专业数', '全市中职一共开了多少个专业？'],
    ['请教：2023年中等职业教育免学费资金拨付额及惠及人次分别为多少？（如仅能回答一项，请优先给出资金额）', '请教：2023年中等职业教育免学费资金拨付额是多少？'],
    ['国家奖学金：获奖学生人数、奖励金额各多少？先报人数', '国家奖学金：获奖学生人数是多少？'],
  ])('%s → %s', (q, asked) => {
    expect(priorityAsked(q)).toBe(asked);
  });

  it.each([
    ['2023年全市中职发放助学金惠及多少人次？其中原建档立卡的又是多少？乡里要数我先报一下'],
    ['先说说中职学校有多少所'],
    ['惠及人次是多少'],
  ])('%s is left as it is (nothing listed to choose from)', (q) => {
    expect(priorityAsked(q)).toBe(q);
  });

  it.each([
    ['全市中职一共开了多少个专业、多少个专业点？先说专业数', '97 个'],
    ['请教：2023年中等职业教育免学费资金拨付额及惠及人次分别为多少？（如仅能回答一项，请优先给出资金额）', '6805.03 万元'],
  ])('%s is answered %s', (q, figure) => {
    expect(gated.answer(q).figure?.text).toBe(figure);
  });
});
