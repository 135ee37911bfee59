import type { WeightedTerm } from './score.ts';

/**
 * A question's topic: which sections of one report its words are about, learned from labelled questions (naive Bayes
 * over the words the engine reads, with their report forms). People ask about the same things in their own words —
 * 管不管找工作, 有没有公司来学校招人 are 2.4's — and a labelled question set says which words point where, better than any
 * list of synonyms written by hand. The model belongs to one report (its section ids): fitted by `npm run fit` and
 * stored by report id in `topics.json`; a report without one reads no topic.
 */
export interface TopicModel {
  /** The report the sections are of. */
  readonly report: string;
  readonly sections: readonly string[];
  /** How many labelled questions name each section. */
  readonly questions: readonly number[];
  /** How many words each section's questions hold in all. */
  readonly words: readonly number[];
  /** Each word seen: `[section index, count]` pairs. */
  readonly counts: Readonly<Record<string, readonly (readonly [number, number])[]>>;
  /** Additive smoothing of the word counts. */
  readonly alpha: number;
}

/** A labelled question for fitting: the words read from it and the sections that answer it. */
export interface TopicExample {
  readonly words: readonly string[];
  readonly sections: readonly string[];
}

/** Smoothing chosen in session 13 (0.3 against 0.1 and 1 on the held-out session-12 sets: the same top sections). */
export const TOPIC_ALPHA = 0.3;

/** The least weight a term needs to tell the topic: talk, remarks and the story around the ask weigh less. */
const TELLING_WEIGHT = 1;

/**
 * The words a question's topic is read from: each asked term that weighs as a thing asked (not talk, nor a remark
 * after the ask: 某市公办的职专一共几所啊 想让娃上公办的 听说公办不收学费 is about schools, not fees) and its report forms.
 */
export function topicWords(terms: readonly WeightedTerm[]): string[] {
  const out = new Set<string>();
  for (const w of terms) {
    if (w.term.partWeight === 1 && w.weight >= TELLING_WEIGHT) for (const f of w.term.forms) out.add(f);
  }
  return [...out];
}

export function fitTopics(examples: readonly TopicExample[], report: string, alpha = TOPIC_ALPHA): TopicModel {
  const sections = [...new Set(examples.flatMap((x) => x.sections))].sort();
  const index = new Map(sections.map((s, i) => [s, i]));
  const questions = sections.map(() => 0);
  const words = sections.map(() => 0);
  const counts = new Map<string, Map<number, number>>();
  for (const x of examples) {
    for (const s of x.sections) {
      const i = index.get(s)!;
      questions[i]!++;
      for (const w of x.words) {
        words[i]!++;
        let m = counts.get(w);
        if (!m) counts.set(w, (m = new Map()));
        m.set(i, (m.get(i) ?? 0) + 1);
      }
    }
  }
  const sparse = Object.fromEntries(
    [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, m]) => [w, [...m].sort((a, b) => a[0] - b[0])]),
  );
  return { report, sections, questions, words, counts: sparse, alpha };
}

/** Each section's probability of being what the words are about (words the model never saw tell nothing). */
const VOCABULARY = new WeakMap<TopicModel, number>();

export function topicsOf(model: TopicModel, words: readonly string[]): Map<string, number> {
  const known = words.filter((w) => model.counts[w] !== undefined);
  let vocabulary = VOCABULARY.get(model);
  if (vocabulary === undefined) VOCABULARY.set(model, (vocabulary = Object.keys(model.counts).length));
  const total = model.questions.reduce((a, b) => a + b, 0);
  const logs = model.sections.map((_, i) => {
    let lp = Math.log(model.questions[i]! / total);
    for (const w of known) {
      const c = model.counts[w]!.find(([s]) => s === i)?.[1] ?? 0;
      lp += Math.log((c + model.alpha) / (model.words[i]! + model.alpha * vocabulary));
    }
    return lp;
  });
  const top = Math.max(...logs);
  const z = logs.reduce((a, lp) => a + Math.exp(lp - top), 0);
  return new Map(model.sections.map((s, i) => [s, Math.exp(logs[i]! - top) / z]));
}

/** The probability that `section` is the topic: its own, with those of the sections inside it or it is inside. */
export function topicShare(topics: ReadonlyMap<string, number>, section: string): number {
  let p = 0;
  for (const [s, v] of topics) if (s === section || section.startsWith(`${s}.`) || s.startsWith(`${section}.`)) p += v;
  return Math.min(1, p);
}
