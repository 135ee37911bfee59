import { describe, expect, it } from 'vitest';
import { FEATURES, featureVector, gateProbability, type Model, probability, type Signals } from '../src/answer/confidence.ts';
import weights from '../src/answer/weights.json' with { type: 'json' };
import { readdirSync, readFileSync } from 'node:fs';
import { ROOT, realAnswerer } from './helpers.ts';

const answerer = realAnswerer();

const base: Signals = {
  missing: 0, maxMissing: 0, title: 0.5, schoolUnasked: false, pairRank: 1, pairSection: 1, maxFar: 0, otherSector: false,
  kind: 'number', cover: 0.9, strong: 0.9, margin: 0.5, fitness: 1, local: 0.8, levelAsked: false, unknownShare: 0,
  focusTerms: 4, discourse: false, whether: false, compare: false, asksFigure: true, english: false, untranslated: 0, referenced: false,
  topic: 0.9,
};

describe('the gate’s models combined', () => {
  const model = weights.confidence as unknown as Model;
  const x = featureVector(base);
  const logistic = gateProbability({ ...model, combine: 'logistic' }, x);

  it('reads the mean as the mean of the logistic model’s and the trees’ probabilities', () => {
    if (!model.boosted) return expect(model.combine ?? 'logistic').toBe('logistic');
    const trees = gateProbability({ ...model, combine: 'boosted' }, x);
    expect(gateProbability({ ...model, combine: 'mean' }, x)).toBeCloseTo((logistic + trees) / 2, 12);
  });

  it('falls back to the logistic model when there are no trees', () => {
    expect(gateProbability({ ...model, boosted: null, combine: 'mean' }, x)).toBe(logistic);
  });
});

describe('calibrated abstention', () => {
  it('the fitted model names exactly the features the code computes, with a threshold', () => {
    const model = weights.confidence as unknown as { features: string[]; coefficients: number[]; threshold: number };
    expect(model.features).toEqual(FEATURES.map(([n]) => n));
    expect(model.coefficients).toHaveLength(FEATURES.length);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it.each([
    ['a closer runner-up', { margin: 0 }],
    ['less of the question covered', { cover: 0.55, strong: 0.5 }],
    ['less evidence next to the figure', { local: 0.1 }],
    ['a plain character-pair reading that ranks its paragraph lower', { pairRank: 0.2 }],
    ['a word of the question found only beyond the figure’s own stretch', { maxFar: 0.4 }],
    ['a plain character-pair reading that finds its best paragraphs in other sections', { pairSection: 0 }],
  ])('is no surer with %s', (_, change) => {
    // Boosted trees are flat where a signal does not matter and step where it does: never surer beyond a
    // step's noise, and surely less when the signals come together (below).
    expect(probability({ ...base, ...change })).toBeLessThanOrEqual(probability(base) + 0.01);
  });

  it('is less sure when the runner-up is close, less is covered and the pair reading disagrees', () => {
    const worse = { margin: 0, cover: 0.55, strong: 0.5, local: 0.1, pairRank: 0, pairSection: 0, maxFar: 0.4 };
    expect(probability({ ...base, ...worse })).toBeLessThan(probability(base) - 0.2);
  });

  it.each([
    '中职学校有宿舍吗',
    '实习工资谁发',
    '国家助学金怎么申请，要准备哪些材料？找谁办？',
    '说实话，新乡哪个职专最好？我们该选哪个？',
    '2023学年跟上一学年比，中职招生多了多少人？',
  ])('gives no figure for %s', (q) => {
    expect(answerer.answer(q).found).toBe(false);
  });

  it('answers a plain headline question', () => {
    const a = answerer.answer('新乡中职升学率是多少');
    expect(a.found).toBe(true);
    expect(a.figure?.text).toBe('51%');
    expect(a.source?.section).toBe('2.5');
  });

  it('a clarifying reply is not an answer: found is false, and each reading is a figure of the report by its ref', () => {
    const questions = readdirSync(`${ROOT}tests/questions`)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(`${ROOT}tests/questions/${f}`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q));
    const clarified = questions.map((q) => answerer.answer(q)).filter((a) => a.clarify);
    expect(clarified.length).toBeGreaterThan(0);
    for (const a of clarified) {
      expect(a.found).toBe(false);
      expect(a.clarify).toHaveLength(2);
      expect(new Set(a.clarify!.map((c) => c.text.replace(/\s+/g, ''))).size).toBe(2);
      for (const c of a.clarify!) {
        expect(answerer.explain(c.ref)?.figure?.text).toBe(c.text);
        expect(c.section).toMatch(/^\d+(\.\d+)*$/u);
      }
    }
  });
});
