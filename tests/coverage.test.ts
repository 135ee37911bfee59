import { describe, expect, it } from 'vitest';
import { askFor } from '../src/answer/suggest.ts';
import { realAnswerer } from './helpers.ts';

/**
 * Coverage of the report's figures: a question is made from each figure's own frame (its period, whose figure,
 * and the words of its label) and asked; the figure must come back first. Figures whose label is empty or a
 * lone word cannot be asked about by name and are counted apart.
 */
/**
 * Measured 2026-11-29 (session 4): 201 of 205 back, 2 wrong (asked with their measure word, 有多少人次), then 198
 * after the gate was refitted with the near-miss calibration sets, 195 after the refit on s5 (the gate withholds the rest):
 * raise, never lower silently.
 */
const COVERAGE_FLOOR = 0.95;
const WRONG_CEILING = 0.02;

const answerer = realAnswerer();
const { facts, report } = answerer.kb;

describe('coverage of the report’s figures', () => {
  const asked = facts
    .filter((f) => (f.kind === 'quantity' || f.kind === 'ratio') && !f.defect)
    .map((f) => ({ f, q: askFor(f, report) }))
    .filter((x): x is { f: (typeof facts)[number]; q: string } => x.q !== null);
  const results = asked.map(({ f, q }) => {
    const a = answerer.answer(q);
    return { q, want: f.text, got: a.found ? (a.figure?.text ?? '') : a.clarify ? `clarify ${a.clarify.map((c) => c.text).join('|')}` : 'not found' };
  });
  const back = results.filter((r) => r.got === r.want);
  const wrong = results.filter((r) => r.got !== r.want && r.got !== 'not found' && !r.got.startsWith('clarify'));

  it('asks about most of the report’s figures', () => {
    expect(asked.length).toBeGreaterThan(150);
  });

  it('gives the very figure back for at least the measured share of figures asked by their own frame', () => {
    // Measured at 2026-11-29: see README (Quality). Raise this floor as coverage improves; never lower it silently.
    expect(back.length / results.length, JSON.stringify(results.filter((r) => r.got !== r.want).slice(0, 30), null, 1)).toBeGreaterThanOrEqual(COVERAGE_FLOOR);
  });

  it('gives a wrong figure for few of them (a miss or a clarifying question is not wrong)', () => {
    expect(wrong.length / results.length, JSON.stringify(wrong.slice(0, 20), null, 1)).toBeLessThanOrEqual(WRONG_CEILING);
  });
});
