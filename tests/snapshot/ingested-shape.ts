import type { Ingested } from '../../src/corpus/ingest.ts';

export interface IngestedShape {
  readonly structure: object;
  readonly entities: readonly object[];
  readonly facts: readonly object[];
}

/**
 * What ingestion decides about a report, without the frames (another stage, owned elsewhere): the cleaned text,
 * its structure, the entities and every fact's figure, label, section and place. Compared with a snapshot taken
 * before the layouts of other reports were added, so the shared report ingests exactly as before.
 */
export function ingestedShape({ report, entities, facts }: Ingested): IngestedShape {
  const { meta: _meta, file: _file, ...structure } = report;
  return JSON.parse(JSON.stringify({ structure, entities, facts: facts.map(({ frame: _frame, ...fact }) => fact) })) as IngestedShape;
}
