import { norm } from './evidence.ts';
import type { Question } from './question.ts';
import type { WeightedTerm } from './score.ts';

/**
 * The column a list question names by what it asks for (哪些专业 → 专业点名称, 哪几所学校 → 学校名称); -1 when
 * no header says it. A 名称 column is preferred over a category column that only mentions the word.
 */
export function askedColumn(headers: readonly string[], focus: string): number {
  const m = /(?:哪些|哪几|有哪|哪|啥|什么)[个所家项位条类]?[^，。？?]{0,6}?(学校|院校|专业|企业|单位|社区|项目|基地|联盟|集团|中职|中专|职专|职校|技校)/u.exec(focus);
  if (!m) return -1;
  // 哪所中职: a kind of school is a school.
  const noun = /^(?:中职|中专|职专|职校|技校)$/u.test(m[1]!) ? '学校' : m[1]!;
  const named = headers.findIndex((h) => h.includes(noun) && /名称|名单/u.test(h));
  if (named >= 0) return named;
  const candidates = headers.map((h, i) => ({ h, i })).filter(({ h }) => h.includes(noun) && !/序号|编号|类别|类型/u.test(h));
  return candidates.length === 1 ? candidates[0]!.i : -1;
}

/** The column whose header the question writes (…的获批单位), or the one it asks for (哪些学校); -1 for none. */
export function namedColumn(headers: readonly string[], focus: string): number {
  // 学校名称 for a column headed 学校名单: a name, a list of names, a name's words are one.
  const same = (x: string): string => norm(x).replace(/名单|名称|名字|名录/gu, '名');
  const text = same(focus);
  const named = headers.findIndex((h) => !/序号|编号/u.test(h) && same(h).length >= 2 && text.includes(same(h)));
  if (named >= 0) return named;
  const asked = askedColumn(headers, focus);
  if (asked >= 0) return asked;
  // 对应学校 for 学校名单: the header's own noun, when only one header's is in the question.
  const stems = headers.map((h, i) => ({ i, stem: same(h).replace(/名$/u, '') })).filter(({ stem, i }) => !/序号|编号/u.test(headers[i]!) && stem.length >= 2 && text.includes(stem));
  return stems.length === 1 ? stems[0]!.i : -1;
}

/** Table cells that answer: not the ones the question matched, not 序号. */
export function answerCells(headers: readonly string[], cells: readonly string[], terms: readonly WeightedTerm[], q: Question): string[] {
  const out: string[] = [];
  cells.forEach((cell, k) => {
    if (/序号|编号/.test(headers[k] ?? '')) return;
    const c = norm(cell);
    const matched = terms.some((w) => w.term.forms.some((f) => norm(f).length >= 2 && c.includes(norm(f)))) || q.entities.some((n) => c.includes(norm(n)));
    if (!matched) out.push(cell);
  });
  return out.length ? out : [cells.at(-1) ?? ''];
}
