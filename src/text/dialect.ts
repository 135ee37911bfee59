import dialect from '../lexicon/dialect.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';
import { normalize } from './normalize.ts';

const lexicon = assertLexicon('dialect.json', dialect);
const MARKER = new RegExp(lexicon.marker, 'u');
const WORDS = Object.entries(lexicon.words as Record<string, string>).sort(([a], [b]) => b.length - a.length);
const COPULA = new RegExp(lexicon.copula, 'gu');
const INITIALS = lexicon.initials as Record<string, string>;
const LONGEST_FIRST = Object.keys(INITIALS).sort((a, b) => b.length - a.length);
const INITIALS_RUN = new RegExp(`(?<![a-z])(?:${LONGEST_FIRST.join('|')})(?![a-z])`, 'giu');

/**
 * A question written in spoken Cantonese (公办中职免学费系由边一年开始㗎？) in Mandarin words (是从哪一年开始吗),
 * as the rest of the reading expects; any other question is returned as it was typed.
 */
export function mandarin(typed: string): string {
  const normal = normalize(typed);
  const text = initialsRead(normal);
  if (!MARKER.test(text)) return text === normal ? typed : text;
  return WORDS.reduce((t, [from, to]) => t.split(from).join(to), text).replace(COPULA, '是');
}

/** Pinyin initials for a word (jyl → 就业率) in a question written in Chinese: read as the word. */
function initialsRead(text: string): string {
  const latin = (text.match(/[a-z]/giu) ?? []).length;
  const han = (text.match(/[\u4e00-\u9fff]/gu) ?? []).length;
  if (!latin || latin > han) return text;
  return text.replace(INITIALS_RUN, (m) => INITIALS[m.toLowerCase()] ?? m);
}
