import { describe, expect, it } from 'vitest';
import { levelBefore, levelsIn } from '../src/text/levels.ts';
import { realAnswerer } from './helpers.ts';

describe('competition and award levels', () => {
  it.each([
    ['全国中职班主任能力比赛', [], ['nation']],
    ['省赛一等奖', [], ['province']],
    ['市级优质课评选', [], ['city']],
    ['全市获得一等奖', [], []],
    ['河南省高水平中等职业学校', ['河南'], ['province']],
    ['河南省高水平中等职业学校', [], []],
  ] as const)('reads %s (province %j) as %j', (text, province, levels) => {
    expect(levelsIn(text, province[0] ?? '')).toEqual(levels);
  });

  it('takes the level named last before a figure', () => {
    const s = '在省优质课评选活动中，全市获得一等奖 13 节';
    expect(levelBefore(s, s.indexOf('13'))).toBe('province');
    const t = '现有河南省高水平中等职业学校 5 所';
    expect(levelBefore(t, t.indexOf('5'), '河南')).toBe('province');
  });

  it('stores the province-level title on the figure’s frame at ingest, from the report’s own province', () => {
    const { facts } = realAnswerer().kb;
    const five = facts.find((f) => f.text === '5 所' && f.label.includes('高水平中等职业学校'));
    expect(five?.frame?.level).toBe('province');
  });
});
