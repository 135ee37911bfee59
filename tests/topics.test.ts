import { describe, expect, it } from 'vitest';
import { fitTopics, topicShare, topicsOf, topicWords, type TopicExample } from '../src/answer/topics.ts';
import topicsFile from '../src/answer/topics.json' with { type: 'json' };
import type { TopicModel } from '../src/answer/topics.ts';
import { realRanker } from './helpers.ts';
import { Answerer } from '../src/answer/answer.ts';
import { NO_TOPIC } from '../src/answer/confidence.ts';

const examples: TopicExample[] = [
  { words: ['找工作', '就业'], sections: ['2.4'] },
  { words: ['就业', '工资'], sections: ['2.4'] },
  { words: ['本科', '升学'], sections: ['2.5'] },
  { words: ['本科', '对口升学'], sections: ['2.5'] },
  { words: ['学费', '免学费'], sections: ['5.4'] },
];

/** Naive Bayes written out the long way, to check the sparse one against. */
function reference(xs: readonly TopicExample[], words: readonly string[], alpha: number): Map<string, number> {
  const sections = [...new Set(xs.flatMap((x) => x.sections))].sort();
  const vocabulary = new Set(xs.flatMap((x) => x.words));
  const seen = words.filter((w) => vocabulary.has(w));
  const logs = sections.map((s) => {
    const mine = xs.filter((x) => x.sections.includes(s));
    const total = mine.reduce((n, x) => n + x.words.length, 0);
    let lp = Math.log(mine.length / xs.reduce((n, x) => n + x.sections.length, 0));
    for (const w of seen) lp += Math.log((mine.filter((x) => x.words.includes(w)).length + alpha) / (total + alpha * vocabulary.size));
    return lp;
  });
  const z = logs.reduce((a, lp) => a + Math.exp(lp), 0);
  return new Map(sections.map((s, i) => [s, Math.exp(logs[i]!) / z]));
}

describe('a topic model fitted on labelled questions', () => {
  const model = fitTopics(examples, 'test-report', 0.3);

  it.each([
    [['找工作'], '2.4'],
    [['本科', '升学'], '2.5'],
    [['免学费'], '5.4'],
  ])('puts %j first under %s', (words, section) => {
    const topics = topicsOf(model, words);
    expect([...topics].sort((a, b) => b[1] - a[1])[0]![0]).toBe(section);
  });

  it('gives the sections’ shares of the questions for words it never saw', () => {
    const topics = topicsOf(model, ['宿舍']);
    expect(topics.get('2.4')).toBeCloseTo(2 / 5, 12);
    expect(topics.get('5.4')).toBeCloseTo(1 / 5, 12);
  });

  it('agrees with naive Bayes written out the long way on every pair of the words it knows', () => {
    const words = [...new Set(examples.flatMap((x) => x.words))];
    for (const a of words) for (const b of words) {
      const mine = topicsOf(model, [a, b]);
      for (const [s, p] of reference(examples, [a, b], 0.3)) expect(mine.get(s)).toBeCloseTo(p, 12);
    }
  });

  it('counts a section’s own probability with those of the sections inside it', () => {
    const topics = new Map([['4.1', 0.2], ['4.1.2', 0.5], ['4.2', 0.3]]);
    expect(topicShare(topics, '4.1.2')).toBeCloseTo(0.7, 12);
    expect(topicShare(topics, '4.1')).toBeCloseTo(0.7, 12);
    expect(topicShare(topics, '4.2')).toBeCloseTo(0.3, 12);
  });
});

describe('the report’s fitted topic model, on questions in words the report does not use', () => {
  const ranker = realRanker();
  const model = (topicsFile as unknown as { reports: Record<string, TopicModel> }).reports[ranker.kb.report.meta.id];
  const top = (q: string) => [...topicsOf(model!, topicWords(ranker.read(q).terms))].sort((a, b) => b[1] - a[1])[0]![0];

  it('is stored for the report', () => {
    expect(model?.report).toBe(ranker.kb.report.meta.id);
  });

  it.each([
    ['学校管不管找工作？会不会有公司来学校招人', '2.4'],
    ['读职专还有机会考本科吗', '2.5'],
    ['上中专要交学费吗，家里困难能有补助不', '5.4'],
  ])('%s is about %s', (q, section) => {
    expect(top(q)).toBe(section);
  });
});

describe('the passage route with and without the report’s topic model', () => {
  const ranker = realRanker();
  const plain = new Answerer(ranker.kb, { gate: false, topics: null });

  it.each([
    ['【知乎】在新乡读中职还有机会上本科吗？有没有真实的逆袭例子？', '2.5', '4.3'],
    ['新乡中职学校条件咋样 是不是很破啊', '6.1', '5.4'],
  ])('%s: %s with the topic model, %s by the words alone', (q, withTopics, alone) => {
    expect(ranker.answer(q).source?.section).toBe(withTopics);
    expect(plain.answer(q).source?.section).toBe(alone);
  });

  it('signals no topic either way for a report without a model', () => {
    const { q, terms } = plain.read('学校平常都怎么帮学生找工作啊？会不会不管了');
    expect(plain.decide('学校平常都怎么帮学生找工作啊？会不会不管了', q, terms).signals?.topic).toBe(NO_TOPIC);
  });
});
