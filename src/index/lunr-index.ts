import lunr from 'lunr';
import { segment } from '../text/segment.ts';
import type { IndexDocument } from './documents.ts';

// lunr's own pipeline (trimmer, stop words, stemmer) is English and empties CJK tokens: ours replaces it.
const keepToken: lunr.PipelineFunction = (token) => (token.toString().length > 0 ? token : null);
lunr.Pipeline.registerFunction(keepToken, 'cjkKeep');

const tokenize = (value?: unknown): lunr.Token[] =>
  segment(String(value ?? ''), { forSearch: true }).map((t, i) => new lunr.Token(t, { position: [i, t.length] }));

export const FIELDS = { label: 8, title: 2, body: 1 } as const;

export function buildLunr(docs: readonly IndexDocument[]): lunr.Index {
  return lunr(function build() {
    this.tokenizer = tokenize as typeof lunr.tokenizer;
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(keepToken);
    this.searchPipeline.add(keepToken);
    this.ref('ref');
    for (const [field, boost] of Object.entries(FIELDS)) this.field(field, { boost });
    for (const d of docs) this.add(d);
  });
}

export function loadLunr(serialised: object): lunr.Index {
  return lunr.Index.load(serialised);
}

/** Lunr query syntax (* : ^ ~ + -) in a question must never reach lunr: only our own tokens do. */
const UNSAFE = /[*:^~+\-\\]/g;

/** Searches with `idx.query`, never `idx.search`, so user text cannot be read as query syntax. */
export function searchForms(idx: lunr.Index, forms: readonly { text: string; boost: number }[], limit = 80): lunr.Index.Result[] {
  const clauses: { term: string; boost: number }[] = [];
  for (const f of forms) {
    for (const token of segment(f.text, { forSearch: true })) {
      const term = token.replace(UNSAFE, '');
      if (term) clauses.push({ term, boost: f.boost });
    }
  }
  if (clauses.length === 0) return [];
  return idx
    .query((q) => {
      for (const c of clauses) q.term(c.term, { boost: c.boost, usePipeline: true, wildcard: lunr.Query.wildcard.NONE });
    })
    .slice(0, limit);
}
