import { schoolEntity } from './corpus/entities.ts';
import { placesOf } from './corpus/report-places.ts';
import type { ReportMeta } from './corpus/types.ts';

/**
 * Which loaded report a question is for: the one whose city, county or school it names, then the one covering
 * the year it names, else the default. Names every loaded report shares (two editions of one city) do not decide.
 */

/** The names a question may use for a report: its city, places and school (with its short names), with and without 市/县/区. */
export function namesOf(meta: ReportMeta): string[] {
  const school = meta.school ? schoolEntity(meta.school, placesOf(meta)).aliases : [];
  const names = [meta.city, ...(meta.places ?? []), ...school];
  return [...new Set(names.flatMap((n) => [n, n.replace(/(市|县|区)$/u, '')]).filter((n) => n.length >= 2))];
}

const YEAR = /(20\d{2})\s*(?:年|届|学年|年度)?/gu;

export function routeQuestion(question: string, reports: readonly ReportMeta[], defaultId: string): string {
  if (reports.length <= 1) return reports[0]?.id ?? defaultId;
  // The most specific name decides: 某市职业技术学院 over 某市 when both reports are of 某市.
  const named = reports.map((r) => ({ r, at: Math.max(0, ...namesOf(r).filter((n) => question.includes(n)).map((n) => n.length)) }));
  const best = Math.max(...named.map((x) => x.at));
  const chosen = named.filter((x) => best > 0 && x.at === best).map((x) => x.r);
  let pool = chosen.length && chosen.length < reports.length ? chosen : [...reports];
  const years = [...question.matchAll(YEAR)].map((m) => Number(m[1]));
  const byYear = pool.filter((r) => years.includes(r.yearCovered));
  if (byYear.length) pool = byYear;
  if (pool.some((r) => r.id === defaultId)) return defaultId;
  return [...pool].sort((a, b) => b.yearCovered - a.yearCovered)[0]!.id;
}
