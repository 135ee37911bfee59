import type { Answer } from '../answer/types.ts';

/** One question of a set, in the shared format (../shared/eval/SPEC.md). */
export interface EvalQuestion {
  readonly id: string;
  readonly q: string;
  readonly kind: 'number' | 'list' | 'passage' | 'none';
  readonly expect: readonly string[];
  readonly section: readonly string[];
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').replace(/，/g, ',').toLowerCase();

const sectionOk = (got: string, gold: readonly string[]): boolean =>
  gold.length === 0 || gold.some((g) => got === g || (got !== '' && (got.startsWith(`${g}.`) || g.startsWith(`${got}.`))));

/** Whether one figure, with its section, is the answer to a `number` question. */
export function figureMatches(q: EvalQuestion, text: string, section: string): boolean {
  const fig = norm(text);
  return fig.length > 0 && fig.length <= 40 && q.expect.some((e) => fig.includes(norm(e))) && sectionOk(section, q.section);
}

/** The shared scorer's rules, applied in process. */
export function judge(q: EvalQuestion, a: Answer): boolean {
  const sec = a.source?.section ?? '';
  if (q.kind === 'none') return !a.found;
  if (!a.found) return false;
  if (q.kind === 'number') return figureMatches(q, a.figure?.text ?? '', sec);
  if (q.kind === 'list') {
    const text = norm(`${a.answer}${a.figure?.text ?? ''}`);
    return q.expect.every((e) => text.includes(norm(e)));
  }
  return sectionOk(sec, q.section);
}
