import type { ReportMeta } from './types.ts';

/**
 * The places a report's institutions are named after, from its metadata only: its counties and districts, its
 * city and province, each with and without 市/省 (an institution's name starts with one of them).
 */
export function placesOf(meta: ReportMeta): string[] {
  const names = [...(meta.places ?? []), `${meta.city}市`, meta.city, `${meta.province}省`, meta.province];
  return [...new Set(names.filter((n) => n.replace(/[市省]$/u, '').length > 0))];
}
