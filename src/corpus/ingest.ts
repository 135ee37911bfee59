import { toBlocks } from './clean.ts';
import { findEntities, type Entity } from './entities.ts';
import { extractFacts } from './facts.ts';
import { withFrames } from './frame.ts';
import { structure } from './structure.ts';
import type { Fact, RawReport, Report } from './types.ts';
import places from '../lexicon/places.json' with { type: 'json' };

export interface Ingested {
  readonly report: Report;
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
}

/** The whole pure pipeline: raw report text → structure → entities → facts. */
export function ingest(raw: RawReport): Ingested {
  const report = structure(raw, toBlocks(raw.text));
  const entities = findEntities(report.text, places.reportCounties);
  return { report, entities, facts: withFrames(extractFacts(report, entities), report) };
}
