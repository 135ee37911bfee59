import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EvalQuestion, judge } from '../src/eval/judge.ts';
import { ROOT, realAnswerer } from './helpers.ts';

/**
 * Every question set in tests/questions is answered, and each question's outcome is compared with the committed
 * snapshot (tests/questions/__snapshots__/outcomes.json): a question that flips — right to wrong, or to
 * another figure — fails the run until the snapshot changes in the same commit (`npx vitest -u`), so every
 * regression is seen in review.
 */
const answerer = realAnswerer();
const dir = `${ROOT}tests/questions/`;
const sets = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();

function outcome(q: EvalQuestion): string {
  const a = answerer.answer(q.q);
  const verdict = judge(q, a) ? 'right' : a.found ? 'WRONG' : a.clarify ? 'clarify' : 'miss';
  const got = a.found ? `${a.kind} ${a.figure?.text ?? a.items?.slice(0, 3).join('、') ?? ''} §${a.source?.section ?? ''}` : 'not found';
  return `${verdict}: ${got.replace(/\s+/g, ' ').trim()}`;
}

describe('question sets', () => {
  it('every set parses, with unique ids and a kind the scorer knows', () => {
    const ids = new Set<string>();
    for (const file of sets) {
      for (const line of readFileSync(`${dir}${file}`, 'utf8').split('\n').filter((l) => l.trim())) {
        const q = JSON.parse(line) as EvalQuestion;
        expect(['number', 'list', 'passage', 'none'], `${file} ${q.id}`).toContain(q.kind);
        expect(ids.has(`${file}:${q.id}`), `${file} ${q.id} repeated`).toBe(false);
        ids.add(`${file}:${q.id}`);
      }
    }
    expect(ids.size).toBeGreaterThan(600);
  });

  it('each question answers as the committed snapshot says (a flip is a visible change)', async () => {
    const outcomes: Record<string, Record<string, string>> = {};
    for (const file of sets) {
      const questions = readFileSync(`${dir}${file}`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);
      outcomes[file] = Object.fromEntries(questions.map((q) => [q.id, outcome(q)]));
    }
    await expect(`${JSON.stringify(outcomes, null, 1)}\n`).toMatchFileSnapshot('./questions/__snapshots__/outcomes.json');
  });

  it('the shared dev set gives no wrong answer', () => {
    const questions = readFileSync(`${dir}dev.jsonl`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);
    const wrong = questions.filter((q) => {
      const a = answerer.answer(q.q);
      return a.found && !judge(q, a);
    });
    expect(wrong.map((q) => q.id)).toEqual([]);
  });
});
