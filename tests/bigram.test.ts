import { describe, expect, it } from 'vitest';
import { BigramIndex, pairsOf, paragraphDocs } from '../src/answer/bigram.ts';
import { pairAgreement } from '../src/answer/confidence.ts';
import { realAnswerer } from './helpers.ts';

const { report } = realAnswerer().kb;
const index = new BigramIndex(paragraphDocs(report));

describe('the plain character-pair reading', () => {
  it('cuts Han runs into overlapping pairs and skips everything else', () => {
    expect(pairsOf('中职 2023 升学率')).toEqual(['中职', '升学', '学率']);
    expect(pairsOf('abc 1+X')).toEqual([]);
  });

  it.each([
    ['教学方法改革', '3.3'],
    ['数字化教学资源', '3.6'],
    ['技能大塞成绩', '2.6'],
    ['老师培训', '3.7'],
    ['学校跟企业有没有合作', '4.3'],
  ])('finds the section a topic is about first: %s → %s', (question, section) => {
    expect(index.rank(question)[0]?.section).toBe(section);
  });

  it('ranks nothing for a question sharing no pair with the report', () => {
    expect(index.rank('abc')).toEqual([]);
  });

  it('agrees fully with a candidate standing in its best paragraph, and not at all with one it never ranks', () => {
    const ranked = index.rank('教学方法改革');
    const top = ranked[0]!;
    expect(pairAgreement(ranked, top.id, top.section).pairRank).toBe(1);
    const elsewhere = report.paragraphs.find((p) => !ranked.slice(0, 5).some((r) => r.section === p.section))!;
    expect(pairAgreement(ranked, elsewhere.id, elsewhere.section)).toEqual({ pairRank: 0, pairSection: 0 });
  });
});
