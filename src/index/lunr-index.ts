import lunr from 'lunr';
import { segment } from '../text/segment.ts';
import type { IndexDocument } from './documents.ts';

// lunr's own pipeline (trimmer, stop words, stemmer) is English and empties CJK tokens: ours replaces it.
const keepToken: lunr.PipelineFunction = (token) => (token.toString().length > 0 ? token : null);
lunr.Pipeline.registerFunction(keepToken, 'cjkKeep');

// Query syntax characters are dropped on both sides, so 1+X is indexed and searched alike (as 1x).
const tokenize = (value?: unknown): lunr.Token[] =>
  segment(String(value ?? ''), { forSearch: true })
    .map((t) => t.replace(/[*:^~+\-\\]/g, ''))
    .filter(Boolean)
    .map((t, i) => new lunr.Token(t, { position: [i, t.length] }));

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

/** Postings (document fields) above which a minor question word is too common to search for. */
const COMMON_POSTINGS = 100;
const frequencies = new WeakMap<lunr.Index, Map<string, number>>();

/** In how many document fields a term occurs (0: not in the index), from lunr's own inverted index. */
export function documentFrequency(idx: lunr.Index, term: string): number {
  let cache = frequencies.get(idx);
  if (!cache) frequencies.set(idx, (cache = new Map()));
  let df = cache.get(term);
  if (df === undefined) {
    const postings = (idx as unknown as { invertedIndex: Record<string, Record<string, object>> }).invertedIndex;
    if (!Object.hasOwn(postings, term)) return 0; // not cached: words from questions are unbounded, the index's are not
    df = Object.entries(postings[term]!).reduce((n, [field, docs]) => (field === '_index' ? n : n + Object.keys(docs).length), 0);
    cache.set(term, df);
  }
  return df;
}

/** Lunr query syntax (* : ^ ~ + -) in a question must never reach lunr: only our own tokens do. */
const UNSAFE = /[*:^~+\-\\]/g;

export interface Hit {
  readonly ref: string;
  readonly score: number;
}

const perTerm = new WeakMap<lunr.Index, Map<string, readonly Hit[]>>();

/**
 * One term's hits, from `idx.query` with that term alone, kept per index. Lunr scores a document by the dot
 * product of the query and document vectors, so with every clause on every field a many-term score is the
 * boost-weighted sum of these one-term scores (divided by a query norm shared by all documents): summing them
 * ranks exactly as one big query would, and each term is queried once per process, not once per question.
 */
function termHits(idx: lunr.Index, term: string): readonly Hit[] {
  let cache = perTerm.get(idx);
  if (!cache) perTerm.set(idx, (cache = new Map()));
  let hits = cache.get(term);
  if (!hits) {
    hits = idx.query((q) => q.term(term, { usePipeline: true, wildcard: lunr.Query.wildcard.NONE })).map((r) => ({ ref: r.ref, score: r.score }));
    cache.set(term, hits); // only terms the index holds get here, so the cache is bounded by its vocabulary
  }
  return hits;
}

/** Searches with `idx.query` (never `idx.search`), so user text cannot be read as query syntax. */
export function searchForms(idx: lunr.Index, forms: readonly { text: string; boost: number }[], limit = 80): Hit[] {
  // One clause per distinct term (its highest boost), and only terms the index holds. A minor word found in
  // most documents (职业, 学校) cannot separate them, so it is left to the scorer when rarer words are asked.
  const clauses = new Map<string, number>();
  for (const f of forms) {
    for (const token of segment(f.text, { forSearch: true })) {
      const term = token.replace(UNSAFE, '');
      if (term && documentFrequency(idx, term) > 0) clauses.set(term, Math.max(clauses.get(term) ?? 0, f.boost));
    }
  }
  const common = (term: string, boost: number): boolean => boost < 1 && documentFrequency(idx, term) > COMMON_POSTINGS;
  if ([...clauses].some(([t, b]) => !common(t, b))) for (const [t, b] of clauses) if (common(t, b)) clauses.delete(t);
  const scores = new Map<string, number>();
  for (const [term, boost] of clauses) for (const h of termHits(idx, term)) scores.set(h.ref, (scores.get(h.ref) ?? 0) + boost * h.score);
  return [...scores]
    .map(([ref, score]) => ({ ref, score }))
    .sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : 1))
    .slice(0, limit);
}
