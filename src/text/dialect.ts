import dialect from '../lexicon/dialect.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';
import { normalize } from './normalize.ts';

const lexicon = assertLexicon('dialect.json', dialect);
const MARKER = new RegExp(lexicon.marker, 'u');
const WORDS = Object.entries(lexicon.words as Record<string, string>).sort(([a], [b]) => b.length - a.length);
const COPULA = new RegExp(lexicon.copula, 'gu');

/**
 * A question written in spoken Cantonese (公办中职免学费系由边一年开始㗎？) in Mandarin words (是从哪一年开始吗),
 * as the rest of the reading expects; any other question is returned as it was typed.
 */
export function mandarin(typed: string): string {
  const text = normalize(typed);
  if (!MARKER.test(text)) return typed;
  return WORDS.reduce((t, [from, to]) => t.split(from).join(to), text).replace(COPULA, '是');
}
