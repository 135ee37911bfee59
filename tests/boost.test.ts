import { describe, expect, it } from 'vitest';
import { fitBoosted, predictBoosted, treeValue } from '../src/fit/boost.ts';
import { fitLogistic, predict } from '../src/fit/logistic.ts';

// An outcome no weighted sum can tell: yes exactly when one of two signals is high (exclusive or), in uneven
// numbers so that a greedy first split gains something.
const cell = (a: number, b: number, n: number) => Array.from({ length: n }, () => ({ x: [1, a, b], y: (a ^ b) as 0 | 1 }));
const xor = [...cell(1, 0, 60), ...cell(0, 1, 20), ...cell(1, 1, 40), ...cell(0, 0, 80)];
const cells = [[1, 1, 0], [1, 0, 1], [1, 1, 1], [1, 0, 0]] as const;
const right = (p: (x: readonly number[]) => number): number => cells.filter((x) => (p(x) >= 0.5 ? 1 : 0) === (x[1] ^ x[2])).length;

describe('boosted trees for the gate', () => {
  it('learn an interaction a logistic model cannot', () => {
    const model = fitBoosted(xor, { rounds: 60, depth: 2, eta: 0.3, minLeaf: 5 });
    expect(right((x) => predictBoosted(model, x))).toBe(4);
    const w = fitLogistic(xor);
    expect(right((x) => predict(w, x))).toBeLessThan(4);
  });

  it('never split on the bias and are the same on every run', () => {
    const a = fitBoosted(xor, { rounds: 5, depth: 2 });
    const b = fitBoosted(xor, { rounds: 5, depth: 2 });
    expect(a).toEqual(b);
    const splits = (t: (typeof a.trees)[number]): number[] => (typeof t === 'number' ? [] : [t.f, ...splits(t.l), ...splits(t.r)]);
    expect(a.trees.flatMap(splits)).not.toContain(0);
  });

  it('read a leaf by walking the splits', () => {
    const tree = { f: 1, t: 0.5, l: -1, r: { f: 2, t: 0.5, l: 2, r: 3 } };
    expect(treeValue(tree, [1, 0, 9])).toBe(-1);
    expect(treeValue(tree, [1, 1, 0])).toBe(2);
    expect(treeValue(tree, [1, 1, 1])).toBe(3);
  });
});
