import { describe, expect, it } from 'vitest';
import { sectionAsked, leadSentence } from '../src/answer/section-asked.ts';
import { realAnswerer } from './helpers.ts';

// A section the question names, and its content asked, is answered with the section's own points — on the real report.
const gated = realAnswerer();
const { sections } = gated.kb.report;

describe('a section named and its content asked', () => {
  it.each([
    ['6.1存在问题一共几条？各是啥，简单概括下', null, '6.1'],
    ['写讲话稿：报告第六部分提了哪几条对策建议，概括一下', null, '6.2'],
    ['质量保证体系建设那一节写了哪两块工作', null, '5.3'],
    ['第六部分讲了啥', null, '6'],
    ['5.4 主要内容是什么', '5.4', '5.4'],
  ])('%s → %s', (q, ref, id) => {
    expect(sectionAsked(q, ref, sections)?.id).toBe(id);
  });

  it.each([
    ['职业教育活动周是哪个部门办的，讲了啥'],
    ['市政府那个职业教育实施方案里，对经费投入是怎么要求的'],
    ['存在问题多不多'],
  ])('%s names no section (a title said in passing, or nothing asked of it)', (q) => {
    expect(sectionAsked(q, null, sections)).toBeNull();
  });

  it('answers with the first sentence of each point, copied from the report', () => {
    const a = gated.answer('6.1存在问题一共几条？各是啥，简单概括下');
    expect(a.source?.section).toBe('6.1');
    const points = a.source!.paragraph.split('\n');
    expect(points).toHaveLength(5);
    for (const p of points) expect(gated.kb.report.text).toContain(p);
  });

  it('cuts a long first sentence with an ellipsis and keeps a short one whole', () => {
    expect(leadSentence('一是办学条件有待提升。实施中等职业学校…')).toBe('一是办学条件有待提升。');
    expect(leadSentence('甲'.repeat(130), 120)).toBe(`${'甲'.repeat(120)}…`);
  });
});
