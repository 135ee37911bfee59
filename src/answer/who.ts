import type { Entity } from '../corpus/entities.ts';
import { sentencesOf } from '../corpus/text-units.ts';
import type { Paragraph } from '../corpus/types.ts';
import { type Evidence, norm } from './evidence.ts';
import type { Question } from './question.ts';
import { coverage, type WeightedTerm } from './score.ts';

/** 哪个学校牵头, 哪所学校承办, 谁负责: one institution is asked for, by what it did. */
export const ASKS_WHO = /哪(?:个|所|家)(?:学校|院校|单位|企业|机构)|是谁|由谁|谁(?:牵头|负责|承办|组织)/u;

export interface Who {
  readonly paragraph: Paragraph;
  readonly sentence: string;
  readonly names: readonly string[];
  readonly cover: number;
}

/**
 * The sentence that best says what the question says was done, and the report's institutions it names
 * (other than those the question names itself): 市域产教联合体是哪个学校牵头的 → 牵头的学院.
 */
export function whoDid(q: Question, terms: readonly WeightedTerm[], paragraphs: readonly Paragraph[], entities: readonly Entity[]): Who | null {
  let best: Who | null = null;
  for (const p of paragraphs) {
    for (const s of sentencesOf(p.text)) {
      const text = norm(s.text);
      const names = entities.map((e) => e.name).filter((n) => text.includes(norm(n)) && !q.entities.includes(n) && !q.focus.includes(n));
      if (names.length === 0) continue;
      const e: Evidence = { label: text, clause: text, sentence: text, titles: '', paragraph: text };
      const { score } = coverage(terms, e);
      if (!best || score > best.cover) best = { paragraph: p, sentence: s.text.trim(), names: names.sort((a, b) => text.indexOf(norm(a)) - text.indexOf(norm(b))), cover: score };
    }
  }
  return best;
}
