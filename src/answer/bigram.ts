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
  private readonly postings = new Map<string, Map<number, number>>();
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
      for (const pair of pairs) {
        const list = this.postings.get(pair) ?? new Map<number, number>();
        list.set(i, (list.get(i) ?? 0) + 1);
        this.postings.set(pair, list);
      }
    });
    this.avg = this.lengths.reduce((s, n) => s + n, 0) / Math.max(1, this.lengths.length);
  }

  /** Things read, by BM25 over the question's character pairs, best first (only those sharing a pair). */
  rank(question: string): Ranked[] {
    const { k1, b } = this.options;
    const n = this.docs.length;
    const scores = new Map<number, number>();
    for (const pair of new Set(pairsOf(question))) {
      const list = this.postings.get(pair);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
      for (const [doc, tf] of list) {
        const norm = tf + k1 * (1 - b + (b * this.lengths[doc]!) / this.avg);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (k1 + 1)) / norm);
      }
    }
    return [...scores].sort((x, y) => y[1] - x[1]).map(([doc, score]) => ({ ...this.docs[doc]!, score }));
  }
}
