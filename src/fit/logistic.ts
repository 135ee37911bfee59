/** Plain L2-regularised logistic regression by gradient descent: small, dependency-free, deterministic. */

export interface Example {
  readonly x: readonly number[];
  readonly y: 0 | 1;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(w: readonly number[], x: readonly number[]): number {
  return sigmoid(x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0));
}

export function fitLogistic(data: readonly Example[], { l2 = 0.002, steps = 15000, rate = 1 } = {}): number[] {
  const d = data[0]?.x.length ?? 0;
  const w = new Array<number>(d).fill(0);
  if (!data.length) return w;
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    for (const { x, y } of data) {
      const err = predict(w, x) - y;
      for (let i = 0; i < d; i++) grad[i]! += err * x[i]!;
    }
    // The bias (feature 0) is not shrunk.
    for (let i = 0; i < d; i++) w[i]! -= rate * (grad[i]! / data.length + (i === 0 ? 0 : l2 * w[i]!));
  }
  return w;
}

/** A seeded shuffle (mulberry32), so folds are the same on every run. */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
