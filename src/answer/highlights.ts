import type { Question } from './question.ts';
import type { WeightedTerm } from './score.ts';
import type { Answer } from './types.ts';

/** The question's words (and the figure) as they stand in the quoted source, for a reader's highlighting. */
export function withHighlights(a: Answer, q: Question, terms: readonly WeightedTerm[]): Answer {
  const quote = a.source?.paragraph;
  if (!quote) return a;
  const words = new Set<string>();
  for (const w of terms) for (const f of w.term.forms) if (f.length >= 2 && quote.includes(f)) words.add(f);
  for (const n of q.entities) if (quote.includes(n)) words.add(n);
  if (a.figure && quote.includes(a.figure.text)) words.add(a.figure.text);
  // Longest first, and none that sits inside a longer one already kept.
  const kept = [...words].sort((x, y) => y.length - x.length).filter((w, i, all) => !all.slice(0, i).some((l) => l.includes(w)));
  return kept.length ? { ...a, highlights: kept } : a;
}

