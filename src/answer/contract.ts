import type { Answer } from './types.ts';

/**
 * The stable JSON contract shared by `ask --json` and `POST /api/ask`. Keys and their meaning do not change;
 * the HTTP API adds a few layout fields (`kind`, `items`, `highlights`, `where`) after them.
 */
export interface AnswerContract {
  readonly question: string;
  readonly found: boolean;
  readonly answer: string;
  readonly figure: { text: string; value: number | null; unit: string; label: string } | null;
  readonly source: { report: string; section: string; title: string; paragraph: string } | null;
  readonly alternatives: Answer['alternatives'];
  readonly suggestions: Answer['suggestions'];
  /** Present only when the engine asks which of two readings is meant (`found` is then false). */
  readonly clarify?: NonNullable<Answer['clarify']>;
}

export function toContract(a: Answer): AnswerContract {
  return {
    question: a.question,
    found: a.found,
    answer: a.answer,
    figure: a.figure ? { text: a.figure.text, value: a.figure.value, unit: a.figure.unit, label: a.figure.label } : null,
    source: a.source ? { report: a.source.report, section: a.source.section, title: a.source.title, paragraph: a.source.paragraph } : null,
    alternatives: a.alternatives,
    suggestions: a.suggestions,
    ...(a.clarify ? { clarify: a.clarify } : {}),
  };
}

/** What the web page needs beyond the contract to lay an answer out. */
export function toWebAnswer(a: Answer): AnswerContract & { kind: Answer['kind']; items: readonly string[]; highlights: readonly string[]; where: string; context: string } {
  return {
    ...toContract(a),
    context: a.figure ? [a.figure.scope, a.figure.period].filter(Boolean).join('，') : '',
    kind: a.kind,
    items: a.items ?? [],
    highlights: a.highlights ?? [],
    where: [a.source?.table, a.source?.case].filter(Boolean).join('，'),
  };
}

/** The reply when the engine itself failed on one input: the same shape, so no caller loses its answer. */
export function internalErrorContract(question: string, message: string): AnswerContract {
  return { question, found: false, answer: `内部错误：${message}`, figure: null, source: null, alternatives: [], suggestions: [] };
}
