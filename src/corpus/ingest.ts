import { toBlocks } from './clean.ts';
import { findEntities, schoolEntity, type Entity } from './entities.ts';
import { extractFacts } from './facts.ts';
import { withFrames } from './frame.ts';
import { structure } from './structure.ts';
import type { Fact, RawReport, Report } from './types.ts';
import { placesOf } from './report-places.ts';
import { withTableTotals } from './table-totals.ts';

export interface Ingested {
  readonly report: Report;
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
}

/** The whole pure pipeline: raw report text → structure → entities → facts (framed, tables' totals found). */
export function ingest(raw: RawReport): Ingested {
  const report = structure(raw, toBlocks(raw.text));
  const places = placesOf(raw.meta);
  const found = findEntities(report.text, places, raw.meta.city);
  const school = raw.meta.school;
  const entities = school && !found.some((e) => e.name === school) ? [...found, schoolEntity(school, places)] : found;
  return { report, entities, facts: withTableTotals(withFrames(extractFacts(report, entities), report), report) };
}
