import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { documentFrequency, searchForms } from '../src/index/lunr-index.ts';
import { segment } from '../src/text/segment.ts';
import { realAnswerer } from './helpers.ts';

const { idx } = realAnswerer().kb;

/** The same clauses as one lunr query, the way lunr alone would rank them. */
function oneQuery(forms: { text: string; boost: number }[]) {
  const clauses = new Map<string, number>();
  for (const f of forms) for (const t of segment(f.text, { forSearch: true })) if (documentFrequency(idx, t) > 0) clauses.set(t, Math.max(clauses.get(t) ?? 0, f.boost));
  return idx.query((q) => {
    for (const [term, boost] of clauses) q.term(term, { boost, usePipeline: true, wildcard: lunr.Query.wildcard.NONE });
  });
}

describe('searching the index', () => {
  it.each([
    [[{ text: '升学比例', boost: 3 }, { text: '升学', boost: 3 }]],
    [[{ text: '专任教师', boost: 4.4 }, { text: '教师', boost: 4.4 }, { text: '双师型', boost: 2 }]],
    [[{ text: '月收入', boost: 2 }, { text: '毕业生', boost: 1.5 }, { text: '就业', boost: 1 }]],
  ])('ranks as one lunr query of the same clauses would: %j', (forms) => {
    const ours = searchForms(idx, forms, 1000);
    const lunrs = oneQuery(forms);
    expect(ours.map((h) => h.ref).sort()).toEqual(lunrs.map((r) => r.ref).sort());
    const top = ours[0]!.score / lunrs[0]!.score;
    const theirs = new Map(lunrs.map((r) => [r.ref, r.score * top]));
    for (const h of ours) expect(h.score).toBeCloseTo(theirs.get(h.ref)!, 6);
  });

  it.each(['*', '升学:率', '^~+-', '教师~2', 'title:升学'])('never passes query syntax to lunr: %s', (text) => {
    expect(() => searchForms(idx, [{ text, boost: 1 }])).not.toThrow();
    expect(searchForms(idx, [{ text: '*', boost: 1 }])).toEqual([]);
  });

  it('counts how many document fields hold a term, and 0 for words it has never seen', () => {
    expect(documentFrequency(idx, '升学比例')).toBeGreaterThan(0);
    expect(documentFrequency(idx, '量子计算')).toBe(0);
  });
});
