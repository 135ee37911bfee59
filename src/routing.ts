import type { ReportMeta } from './corpus/types.ts';

/**
 * Which loaded report a question is for: the one whose city, county or school it names, then the one covering
 * the year it names, else the default. Names every loaded report shares (two editions of one city) do not decide.
 */

/** The names a question may use for a report: its city, places and school, with and without 市/县/区. */
export function namesOf(meta: ReportMeta): string[] {
  const names = [meta.city, ...(meta.places ?? []), ...(meta.school ? [meta.school] : [])];
  return [...new Set(names.flatMap((n) => [n, n.replace(/(市|县|区)$/u, '')]).filter((n) => n.length >= 2))];
}

const YEAR = /(20\d{2})\s*(?:年|届|学年|年度)?/gu;

export function routeQuestion(question: string, reports: readonly ReportMeta[], defaultId: string): string {
  if (reports.length <= 1) return reports[0]?.id ?? defaultId;
  const named = reports.filter((r) => namesOf(r).some((n) => question.includes(n)));
  let pool = named.length && named.length < reports.length ? named : [...reports];
  const years = [...question.matchAll(YEAR)].map((m) => Number(m[1]));
  const byYear = pool.filter((r) => years.includes(r.yearCovered));
  if (byYear.length) pool = byYear;
  if (pool.some((r) => r.id === defaultId)) return defaultId;
  return [...pool].sort((a, b) => b.yearCovered - a.yearCovered)[0]!.id;
}
