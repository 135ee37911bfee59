import type { Fact } from '../corpus/types.ts';
import { evidenceProfile } from './confidence.ts';
import type { Evidence } from './evidence.ts';
import { labelPrecision } from './fit.ts';
import type { Question } from './question.ts';
import type { WeightedTerm } from './score.ts';

/**
 * A learned re-ranking of the few best figures. The hand-made score (cover × named fit factors) is one feature
 * among the figure's frame slots compared with the question's — measure, aggregation, part-of, sector, level,
 * scope, table — and the evidence next to the figure. The weights are fitted pairwise (the right figure above
 * each other candidate) by `npm run fit`, cross-validated, and stored in `weights.json` as `rerank`.
 */

export interface Candidate {
  readonly f: Fact;
  readonly e: Evidence;
  readonly score: number;
  readonly cover: number;
  readonly strong: number;
  readonly unitFit: number;
  readonly hit: number;
}

export interface RerankContext {
  readonly q: Question;
  readonly terms: readonly WeightedTerm[];
  readonly firstChapter: string;
}

type Feature = (c: Candidate, x: RerankContext) => number;

const agg = (c: Candidate) => c.f.frame?.aggregation ?? 'plain';
const on = (b: boolean): number => (b ? 1 : 0);

export const RERANK_FEATURES: readonly (readonly [string, Feature])[] = [
  ['logScore', (c) => Math.log(Math.max(c.score, 1e-4))],
  ['cover', (c) => c.cover],
  ['strong', (c) => c.strong],
  ['local', (c, x) => evidenceProfile(x.terms, c.e).local ?? 0],
  ['labelPrecision', (c, x) => labelPrecision(x.terms, c.e)],
  ['logUnit', (c) => Math.log(Math.max(c.unitFit, 0.01))],
  ['measureNamed', (c, x) => on(!!c.f.frame?.measure && x.q.focus.includes(c.f.frame.measure))],
  ['aggregationMatch', (c, x) => on(x.q.aggregation === 'perUnit' ? agg(c) === 'perUnit' : x.q.aggregation === 'total' && agg(c) === 'total')],
  ['aggregationConflict', (c, x) => on(x.q.aggregation === 'perUnit' ? agg(c) !== 'perUnit' : x.q.aggregation === 'total' && (agg(c) === 'perUnit' || agg(c) === 'part'))],
  ['partUnasked', (c, x) => on(!!c.f.frame?.partOf && x.q.aggregation === null)],
  ['perUnitUnasked', (c, x) => on(agg(c) === 'perUnit' && x.q.aggregation === null)],
  ['rateAsked', (c, x) => on(agg(c) === 'rate' && x.q.qtypes.includes('rate'))],
  ['sectorMatch', (c, x) => on(x.q.sector !== null && c.f.frame?.sector === x.q.sector)],
  ['sectorConflict', (c, x) => {
    const s = c.f.frame?.sector ?? null;
    return on(x.q.sector ? s !== null && s !== x.q.sector : s === 'adult' || s === 'community');
  }],
  ['levelMatch', (c, x) => on(x.q.levels.length > 0 && !!c.f.frame?.level && x.q.levels.includes(c.f.frame.level))],
  ['levelConflict', (c, x) => on(x.q.levels.length > 0 && !!c.f.frame?.level && !x.q.levels.includes(c.f.frame.level))],
  ['schoolFigure', (c) => on(c.f.scope.kind === 'entity')],
  ['schoolAsked', (c, x) => on(c.f.scope.kind === 'entity' && x.q.entities.length > 0)],
  ['tableCell', (c) => on(c.f.table !== undefined)],
  ['tableAsked', (c, x) => on(x.q.table !== null && c.f.table === x.q.table)],
  ['caseFigure', (c) => on(c.f.caseNo !== undefined)],
  ['headlineChapter', (c, x) => on(c.f.section.split('.')[0] === x.firstChapter)],
  ['searchHit', (c) => c.hit],
];

export function rerankFeatures(c: Candidate, x: RerankContext): number[] {
  return RERANK_FEATURES.map(([, f]) => f(c, x));
}

export interface RerankModel {
  readonly features: readonly string[];
  readonly coefficients: readonly number[];
  /** How many of the hand-ranked best are re-ranked. */
  readonly top: number;
}

export function rerankScore(v: readonly number[], model: RerankModel): number {
  return model.features.reduce((s, name, i) => s + (model.coefficients[i] ?? 0) * (v[RERANK_FEATURES.findIndex(([n]) => n === name)] ?? 0), 0);
}
