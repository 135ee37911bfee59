/**
 * Gradient-boosted regression trees for a yes/no outcome (log loss): small, dependency-free, deterministic.
 * Each tree splits on the one feature and threshold that most lowers the loss (second-order gain, as in
 * XGBoost), down to `depth`; leaves hold the step. Unlike a logistic model it can learn that one signal matters
 * only when another is low (a close runner-up hurts a figure, not a passage whose section is certain).
 */
export type Tree = number | { readonly f: number; readonly t: number; readonly l: Tree; readonly r: Tree };

export interface BoostedModel {
  readonly eta: number;
  readonly trees: readonly Tree[];
}

export interface BoostOptions {
  readonly rounds: number;
  readonly depth: number;
  /** The share of each tree's step taken (shrinkage). */
  readonly eta: number;
  /** L2 on leaf values. */
  readonly lambda: number;
  /** The fewest examples a leaf may hold. */
  readonly minLeaf: number;
}

export const BOOST_DEFAULTS: BoostOptions = { rounds: 100, depth: 4, eta: 0.05, lambda: 1, minLeaf: 10 };

export interface BoostExample {
  readonly x: readonly number[];
  readonly y: 0 | 1;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function treeValue(tree: Tree, x: readonly number[]): number {
  let node = tree;
  while (typeof node !== 'number') node = (x[node.f] ?? 0) <= node.t ? node.l : node.r;
  return node;
}

export function predictBoosted(model: BoostedModel, x: readonly number[]): number {
  return sigmoid(model.trees.reduce<number>((z, t) => z + model.eta * treeValue(t, x), 0));
}

/** Fits the trees; feature 0 (the bias of the logistic model's vectors) is never split on. */
export function fitBoosted(data: readonly BoostExample[], options: Partial<BoostOptions> = {}): BoostedModel {
  const o = { ...BOOST_DEFAULTS, ...options };
  const X = data.map((d) => d.x);
  const z = new Array<number>(data.length).fill(0);
  const trees: Tree[] = [];
  const all = data.map((_, i) => i);
  for (let round = 0; round < o.rounds; round++) {
    const p = z.map(sigmoid);
    const g = p.map((pi, i) => pi - data[i]!.y);
    const h = p.map((pi) => Math.max(1e-6, pi * (1 - pi)));
    const tree = grow(X, g, h, all, o.depth, o);
    trees.push(tree);
    for (let i = 0; i < data.length; i++) z[i]! += o.eta * treeValue(tree, X[i]!);
  }
  return { eta: o.eta, trees };
}

function grow(X: readonly (readonly number[])[], g: number[], h: number[], idx: number[], depth: number, o: BoostOptions): Tree {
  const G = idx.reduce((s, i) => s + g[i]!, 0);
  const H = idx.reduce((s, i) => s + h[i]!, 0);
  const leaf = Number((-G / (H + o.lambda)).toFixed(4));
  if (depth === 0 || idx.length < 2 * o.minLeaf) return leaf;
  const score = (gs: number, hs: number): number => (gs * gs) / (hs + o.lambda);
  let best = { gain: 1e-9, f: -1, t: 0 };
  for (let f = 1; f < (X[0]?.length ?? 0); f++) {
    const sorted = [...idx].sort((a, b) => X[a]![f]! - X[b]![f]!);
    let gl = 0;
    let hl = 0;
    for (let k = 0; k < sorted.length - 1; k++) {
      const i = sorted[k]!;
      gl += g[i]!;
      hl += h[i]!;
      if (k + 1 < o.minLeaf || sorted.length - k - 1 < o.minLeaf) continue;
      const v = X[i]![f]!;
      const next = X[sorted[k + 1]!]![f]!;
      if (v === next) continue;
      const gain = score(gl, hl) + score(G - gl, H - hl) - score(G, H);
      if (gain > best.gain) best = { gain, f, t: Number(((v + next) / 2).toFixed(4)) };
    }
  }
  if (best.f < 0) return leaf;
  const left = idx.filter((i) => X[i]![best.f]! <= best.t);
  const right = idx.filter((i) => X[i]![best.f]! > best.t);
  return { f: best.f, t: best.t, l: grow(X, g, h, left, depth - 1, o), r: grow(X, g, h, right, depth - 1, o) };
}
