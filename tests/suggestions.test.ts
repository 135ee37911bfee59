import { describe, expect, it } from 'vitest';
import { realAnswerer } from './helpers.ts';

const answerer = realAnswerer();

/** Every suggestion the engine offers is asked back: it must bring back a figure, never "not in the report". */
describe('suggestions are questions the engine answers', () => {
  const offered = new Set<string>(answerer.defaultSuggestions());
  for (const q of ['中职学校有宿舍吗', '实习工资谁发', '郑州中职升学率', '2025年招生计划', '辍学率是多少', '食堂怎么样', '新乡哪个职专最好', 'hello']) {
    for (const s of answerer.answer(q).suggestions) offered.add(s);
  }

  it('offers some', () => {
    expect(offered.size).toBeGreaterThanOrEqual(3);
  });

  it.each([...offered])('%s is answered with a figure', (s) => {
    const a = answerer.answer(s);
    expect(a.found).toBe(true);
    expect(a.figure).not.toBeNull();
  });

  it.each([...offered])('%s reads cleanly (no 以的, no doubled names, balanced brackets, ≤ 60 characters)', (s) => {
    expect(s).not.toMatch(/以的|的的|\s的/u);
    expect(s.length).toBeLessThanOrEqual(60);
    expect((s.match(/（/gu) ?? []).length).toBe((s.match(/）/gu) ?? []).length);
    expect(s).not.toMatch(/([\u4e00-\u9fff]{4,})\1/u);
  });
});

describe('labels made from frames', () => {
  it('the line under a figure names its scope without brackets inside brackets', () => {
    for (const q of ['新乡中职升学率是多少', '获嘉县职专2023届就业率', '专任教师多少人']) {
      const a = answerer.answer(q);
      const line = a.answer.split('\n')[1] ?? '';
      expect(line).not.toMatch(/（[^）]*（/u);
      expect(a.figure?.scope).not.toMatch(/[（）]/u);
    }
  });

  const names = answerer.kb.facts.filter((f) => f.kind === 'quantity' || f.kind === 'ratio').map((f) => f.frame?.name ?? '');

  it.each([
    ['327 人', '升学中升入本科'],
    ['6 人', '聘请行业导师中聘请大国工匠、劳动模范'],
    ['36 个', '省级获一等奖'],
  ])('%s is named %s', (text, name) => {
    expect(answerer.kb.facts.find((f) => f.text === text && f.frame?.name === name)).toBeDefined();
  });

  it('no name is a lone character, ends in 是/为/的, holds a stray space inside words, brackets inside brackets, or runs past 40 characters', () => {
    const bad = names.filter((n) => /[是为的]$/u.test(n) || /[\u4e00-\u9fff]\s[\u4e00-\u9fff]/u.test(n) || /（[^）]*（/u.test(n) || n.length > 40 || n.length === 1);
    expect(bad).toEqual([]);
  });
});
