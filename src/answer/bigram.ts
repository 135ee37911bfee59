import type { Report } from '../corpus/types.ts';

/**
 * A second, independent reading of the question: plain character-pair BM25 over the report's paragraphs (each
 * with its section title). It knows no words, frames or rules, so where it agrees with the engine's choice the
 * choice is likelier right; the agreement is a signal of the confidence model, never a ranking of its own.
 */
export interface BigramOptions {
  readonly k1: number;
  readonly b: number;
}

export const BIGRAM_DEFAULTS: BigramOptions = { k1: 1.2, b: 0.75 };

/** The Han character pairs of a text (traditional and simplified alike are just characters here). */
export function pairsOf(text: string): string[] {
  const han = text.replace(/[^\u3400-\u9fff]+/gu, '|');
  const out: string[] = [];
  for (const run of han.split('|')) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** One thing read: a paragraph, with its section's title. */
export interface PairDoc {
  readonly id: string;
  readonly section: string;
  readonly text: string;
}

export interface Ranked {
  readonly id: string;
  readonly section: string;
  readonly score: number;
}

/** The report's paragraphs, each read with its section's title. */
export function paragraphDocs(report: Report): PairDoc[] {
  const titles = new Map(report.sections.map((s) => [s.id, s.title]));
  return report.paragraphs.map((p) => ({ id: p.id, section: p.section, text: `${titles.get(p.section) ?? ''} ${p.text}` }));
}

export class BigramIndex {
  /** Per pair, its documents and counts, flat: [doc, tf, doc, tf, …] (small: no Map per pair). */
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private readonly docs: { id: string; section: string }[] = [];
  private readonly avg: number;
  private readonly options: BigramOptions;

  constructor(docs: readonly PairDoc[], options: Partial<BigramOptions> = {}) {
    this.options = { ...BIGRAM_DEFAULTS, ...options };
    docs.forEach((d, i) => {
      const pairs = pairsOf(d.text);
      this.docs.push({ id: d.id, section: d.section });
      this.lengths.push(pairs.length);
      const counts = new Map<string, number>();
      for (const pair of pairs) counts.set(pair, (counts.get(pair) ?? 0) + 1);
      for (const [pair, tf] of counts) {
        const list = this.postings.get(pair);
        if (list) list.push(i, tf);
        else this.postings.set(pair, [i, tf]);
      }
    });
    this.avg = this.lengths.reduce((s, n) => s + n, 0) / Math.max(1, this.lengths.length);
  }

  /** The last question ranked: the gate and the passage route both read the same question's ranking. */
  private last: { question: string; ranked: Ranked[] } | undefined;

  /** Things read, by BM25 over the question's character pairs, best first (only those sharing a pair). */
  rank(question: string): Ranked[] {
    if (this.last?.question !== question) this.last = { question, ranked: this.score(question) };
    return this.last.ranked;
  }

  private score(question: string): Ranked[] {
    const { k1, b } = this.options;
    const n = this.docs.length;
    const scores = new Map<number, number>();
    for (const pair of new Set(pairsOf(question))) {
      const list = this.postings.get(pair);
      if (!list) continue;
      const df = list.length / 2;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let k = 0; k < list.length; k += 2) {
        const doc = list[k]!;
        const tf = list[k + 1]!;
        const norm = tf + k1 * (1 - b + (b * this.lengths[doc]!) / this.avg);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (k1 + 1)) / norm);
      }
    }
    return [...scores].sort((x, y) => y[1] - x[1]).map(([doc, score]) => ({ ...this.docs[doc]!, score }));
  }
}
