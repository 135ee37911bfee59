import { type Evidence, LEVEL, matchLevel } from './evidence.ts';
import { type BoostedModel, predictBoosted } from '../fit/boost.ts';
import type { Ranked } from './bigram.ts';
import type { Question } from './question.ts';
import { onlyDiscourse } from './question-type.ts';
import type { WeightedTerm } from './score.ts';
import weights from './weights.json' with { type: 'json' };

/**
 * Calibrated abstention. The best candidate of every route is described by a few signals; a logistic model
 * fitted on labelled questions (`npm run fit`, k-fold cross-validated) turns them into the probability that it
 * is the answer, and only a candidate above the fitted threshold is given. Below it, the reply is "the report
 * does not say" — or a clarifying question when two close candidates differ.
 */

/** What the route found, before it is given: filled in by the route that chose the candidate. */
export interface Trace {
  kind?: 'number' | 'list' | 'passage';
  /** Share of the question's weight the candidate covers. */
  cover?: number;
  /** Share covered by words at full strength (label, clause). */
  strong?: number;
  /** (best − runner-up) / best, for a runner-up with another figure or section; 1 when there is none. */
  margin?: number;
  /** The product of fit factors (slot agreement) of the best figure. */
  fitness?: number;
  /** Share of the question's weight found in the figure's own label or clause (local evidence). */
  local?: number;
  /** Share of the focus's weight found nowhere around the candidate, and the largest single such word's share. */
  missing?: number;
  maxMissing?: number;
  /** The weight of the heaviest question word found nowhere around the answer (not a share). */
  heaviestMissing?: number;
  /** Share of the focus's weight found in the candidate's section (or case, table) title. */
  title?: number;
  /** The largest share of the focus's weight held by one word found only beyond the candidate's own stretch. */
  maxFar?: number;
  /** A sector asked (本科, 高职 …) that the figure is not of. */
  otherSector?: boolean;
  /** The paragraph the candidate stands in, when it stands in one (not a table's cell). */
  paragraphId?: string | undefined;
  /** 1 / the rank of that paragraph in the plain character-pair reading (0 beyond the best few). */
  pairRank?: number;
  /** Share of the character-pair reading's best few paragraphs' score in the candidate's section. */
  pairSection?: number;
  /** The best figure is one school's while the question names no school or place. */
  schoolUnasked?: boolean;
  /** The learned topic's probability of the answer's section (`topics.ts`); none when the report has no topic model. */
  topic?: number;
  /** The best figure's id (for a clarifying question's buttons). */
  bestRef?: string;
  /** The runner-up, when one is close enough to be offered as the other reading. */
  runnerUp?: { readonly ref: string; readonly text: string; readonly label: string; readonly section: string };
}

export interface Signals {
  readonly kind: 'number' | 'list' | 'passage';
  readonly cover: number;
  readonly strong: number;
  readonly margin: number;
  readonly fitness: number;
  readonly local: number;
  readonly missing: number;
  readonly maxMissing: number;
  readonly title: number;
  readonly maxFar: number;
  readonly otherSector: boolean;
  readonly pairRank: number;
  readonly pairSection: number;
  readonly levelAsked: boolean;
  readonly schoolUnasked: boolean;
  readonly unknownShare: number;
  readonly focusTerms: number;
  readonly discourse: boolean;
  readonly whether: boolean;
  readonly compare: boolean;
  readonly asksFigure: boolean;
  readonly english: boolean;
  readonly untranslated: number;
  /** The question names where to look (表2, 案例5, 3.1节): the routes look only there. */
  readonly referenced: boolean;
  /** The learned topic's probability of the answer's section; `NO_TOPIC` for a report without a topic model. */
  readonly topic: number;
}

/** The topic signal of a report no labelled questions have taught a topic model: neither for nor against. */
export const NO_TOPIC = 0.5;

/** The features of the model, by name, in the order of its coefficients. */
export const FEATURES: readonly [string, (s: Signals) => number][] = [
  ['bias', () => 1],
  ['number', (s) => (s.kind === 'number' ? 1 : 0)],
  ['list', (s) => (s.kind === 'list' ? 1 : 0)],
  ['passage', (s) => (s.kind === 'passage' ? 1 : 0)],
  ['cover', (s) => s.cover],
  ['strong', (s) => s.strong],
  ['margin', (s) => Math.min(1, s.margin * 4)],
  ['logFitness', (s) => Math.max(-2, Math.log(s.fitness))],
  ['local', (s) => s.local],
  ['missing', (s) => s.missing],
  ['maxMissing', (s) => s.maxMissing],
  ['title', (s) => s.title],
  ['maxFar', (s) => s.maxFar],
  ['otherSector', (s) => (s.otherSector ? 1 : 0)],
  ['pairRank', (s) => s.pairRank],
  ['pairSection', (s) => s.pairSection],
  ['levelAsked', (s) => (s.levelAsked ? 1 : 0)],
  ['schoolUnasked', (s) => (s.schoolUnasked ? 1 : 0)],
  ['unknownShare', (s) => s.unknownShare],
  ['fewTerms', (s) => (s.focusTerms <= 1 ? 1 : 0)],
  ['manyTerms', (s) => Math.min(1, s.focusTerms / 10)],
  ['discourse', (s) => (s.discourse ? 1 : 0)],
  ['whether', (s) => (s.whether ? 1 : 0)],
  ['compare', (s) => (s.compare ? 1 : 0)],
  ['asksFigure', (s) => (s.asksFigure ? 1 : 0)],
  ['passageAsksFigure', (s) => (s.kind === 'passage' && s.asksFigure ? 1 : 0)],
  ['numberDiscourse', (s) => (s.kind === 'number' && s.discourse ? 1 : 0)],
  ['untranslated', (s) => s.untranslated],
  ['referenced', (s) => (s.referenced ? 1 : 0)],
  ['topic', (s) => s.topic],
];

export function signalsOf(q: Question, terms: readonly WeightedTerm[], t: Trace): Signals | null {
  if (!t.kind) return null;
  const focus = terms.filter((w) => w.term.partWeight === 1);
  const total = focus.reduce((s, w) => s + w.weight, 0);
  const unknown = focus.filter((w) => !w.known).reduce((s, w) => s + w.weight, 0);
  return {
    kind: t.kind,
    cover: t.cover ?? 0,
    strong: t.strong ?? 0,
    margin: t.margin ?? 1,
    fitness: t.fitness ?? 1,
    local: t.local ?? t.strong ?? 0,
    missing: t.missing ?? 0,
    maxMissing: t.maxMissing ?? 0,
    title: t.title ?? 0,
    maxFar: t.maxFar ?? 0,
    otherSector: t.otherSector ?? false,
    pairRank: t.pairRank ?? 0,
    pairSection: t.pairSection ?? 0,
    levelAsked: q.levels.length > 0,
    schoolUnasked: t.schoolUnasked ?? false,
    unknownShare: total > 0 ? unknown / total : 0,
    focusTerms: focus.length,
    discourse: onlyDiscourse(q.qtypes),
    whether: q.qtypes.includes('whether'),
    compare: q.qtypes.includes('compare'),
    asksFigure: q.qtypes.some((x) => x === 'count' || x === 'rate' || x === 'when') || q.unit !== null,
    english: q.language === 'en',
    untranslated: q.untranslated,
    referenced: q.table !== null || q.caseNo !== null || q.sectionRef !== null,
    topic: t.topic ?? NO_TOPIC,
  };
}

/** Where the focus's words stand around a candidate: next to it, nowhere, in its titles. */
export function evidenceProfile(terms: readonly WeightedTerm[], e: Evidence): Pick<Trace, 'local' | 'missing' | 'maxMissing' | 'heaviestMissing' | 'title' | 'maxFar'> {
  let maxFar = 0;
  let total = 0;
  let local = 0;
  let missing = 0;
  let maxMissing = 0;
  let title = 0;
  for (const w of terms) {
    if (w.term.partWeight !== 1) continue;
    total += w.weight;
    const level = matchLevel(w.term, e);
    if (level >= LEVEL.clause) local += w.weight;
    if (level > 0 && level < LEVEL.segment) maxFar = Math.max(maxFar, w.weight);
    if (level === 0) {
      missing += w.weight;
      maxMissing = Math.max(maxMissing, w.weight);
    }
    if (matchLevel(w.term, { label: '', clause: '', sentence: '', titles: e.titles, paragraph: '' }) > 0) title += w.weight;
  }
  if (total === 0) return { local: 0, missing: 0, maxMissing: 0, heaviestMissing: 0, title: 0, maxFar: 0 };
  return { local: local / total, missing: missing / total, maxMissing: maxMissing / total, heaviestMissing: maxMissing, title: title / total, maxFar: maxFar / total };
}

export interface Model {
  readonly features: readonly string[];
  readonly coefficients: readonly number[];
  readonly threshold: number;
  /** A threshold per kind of answer (figure, list, passage), when fitted so; else `threshold` for all. */
  readonly thresholds?: Partial<Record<Signals['kind'], number>>;
  /** Boosted trees over the same features, when they (or the mean) beat the logistic model cross-validated. */
  readonly boosted?: BoostedModel | null;
  /** Which decides: the logistic model, the trees, or the mean of their two probabilities (the trees when unsaid). */
  readonly combine?: 'logistic' | 'boosted' | 'mean';
}

export function featureVector(s: Signals): number[] {
  return FEATURES.map(([, f]) => f(s));
}

export function probability(s: Signals, model: Model | undefined = weights.confidence as unknown as Model | undefined): number {
  return model ? gateProbability(model, featureVector(s)) : 1;
}

/** The model's probability that the candidate described by `x` (a feature vector) is right. */
export function gateProbability(model: Model, x: readonly number[]): number {
  const z = model.features.reduce((sum, name, i) => sum + (model.coefficients[i] ?? 0) * (x[FEATURES.findIndex(([n]) => n === name)] ?? 0), 0);
  const logistic = 1 / (1 + Math.exp(-z));
  if (!model.boosted || model.combine === 'logistic') return logistic;
  const trees = predictBoosted(model.boosted, x);
  return model.combine === 'mean' ? (logistic + trees) / 2 : trees;
}

export function confident(s: Signals, model: Model | undefined = weights.confidence as unknown as Model | undefined): boolean {
  return !model || probability(s, model) >= (model.thresholds?.[s.kind] ?? model.threshold);
}

/** How many of the character-pair reading's best paragraphs its agreement is counted over. */
const PAIR_TOP = 5;

/** How far the plain character-pair reading agrees with the candidate: its paragraph's rank, its section's share. */
export function pairAgreement(ranked: readonly Ranked[], paragraphId: string | undefined, section: string): Pick<Trace, 'pairRank' | 'pairSection'> {
  const top = ranked.slice(0, PAIR_TOP);
  const total = top.reduce((s, r) => s + r.score, 0);
  const at = paragraphId ? top.findIndex((r) => r.id === paragraphId) : -1;
  const inSection = top.filter((r) => r.section === section || r.section.startsWith(`${section}.`) || section.startsWith(`${r.section}.`));
  return {
    pairRank: at >= 0 ? 1 / (at + 1) : 0,
    pairSection: total > 0 ? inSection.reduce((s, r) => s + r.score, 0) / total : 0,
  };
}

