/** The answer contract shared by the CLI (`ask --json`), the HTTP API and the Telegram bot. */

export interface AnswerFigure {
  /** As the report writes it: `51%`, `4.51 万人`, `1:2.57`. */
  readonly text: string;
  readonly value: number | null;
  readonly unit: string;
  readonly label: string;
  readonly period: string;
  readonly scope: string;
  /** Set when the report's own text is defective at this figure (kept as written). */
  readonly defect?: string;
}

export interface AnswerSource {
  readonly report: string;
  readonly section: string;
  readonly title: string;
  /** The sentence (or row, or paragraph) the answer is copied from. */
  readonly paragraph: string;
  readonly table?: string;
  readonly case?: string;
  readonly issuer: string;
  readonly year: number;
}

export interface Alternative {
  /** Pass to `Engine.explain` to get the full answer for this figure. */
  readonly ref: string;
  readonly text: string;
  readonly label: string;
  readonly section: string;
}

export interface Answer {
  readonly question: string;
  readonly found: boolean;
  /** The reply a person reads: the figure first, then the sentence and its source. */
  readonly answer: string;
  readonly figure: AnswerFigure | null;
  readonly source: AnswerSource | null;
  readonly alternatives: readonly Alternative[];
  readonly suggestions: readonly string[];
  /** What kind of answer this is, for channels that lay them out differently. */
  readonly kind: 'number' | 'list' | 'passage' | 'none';
  readonly items?: readonly string[];
  /** Set when the engine is unsure between readings: found is false and the person is asked which one is meant. */
  readonly clarify?: readonly Alternative[];
  /** Words of the question (and the figure) exactly as they occur in `source.paragraph`. */
  readonly highlights?: readonly string[];
}
