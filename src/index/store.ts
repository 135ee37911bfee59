import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type lunr from 'lunr';
import { ingest } from '../corpus/ingest.ts';
import type { Entity } from '../corpus/entities.ts';
import type { Fact, RawReport, Report } from '../corpus/types.ts';
import { IndexError } from '../errors.ts';
import { USER_DICT } from '../text/segment.ts';
import { toDocuments } from './documents.ts';
import { buildLunr, loadLunr } from './lunr-index.ts';

/** Bump when the shape of a stored index changes. */
export const SCHEMA_VERSION = 1;

export interface KnowledgeBase {
  readonly stamp: string;
  readonly report: Report;
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
  readonly idx: lunr.Index;
}

interface Stored {
  readonly stamp: string;
  readonly schema: number;
  readonly report: Report;
  readonly entities: Entity[];
  readonly facts: Fact[];
  readonly lunr: object;
}

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Whatever decides the index's content: the report, its metadata, the dictionaries and the pipeline code. */
export function stampOf(raw: RawReport): string {
  const hash = createHash('sha256');
  hash.update(`schema ${SCHEMA_VERSION}\n`).update(JSON.stringify(raw.meta)).update(raw.text);
  hash.update(readFileSync(USER_DICT));
  for (const dir of ['corpus', 'index', 'text', 'lexicon']) {
    for (const f of readdirSync(join(SRC, dir)).sort()) if (/\.(ts|json)$/.test(f) && !f.includes('.test.')) hash.update(readFileSync(join(SRC, dir, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

export function buildKnowledge(raw: RawReport): KnowledgeBase {
  const ingested = ingest(raw);
  return { stamp: stampOf(raw), ...ingested, idx: buildLunr(toDocuments(ingested)) };
}

export function indexPath(indexDir: string, raw: RawReport): string {
  return join(indexDir, `${raw.meta.id}.json`);
}

export function writeKnowledge(indexDir: string, raw: RawReport, kb: KnowledgeBase): string {
  mkdirSync(indexDir, { recursive: true });
  const stored: Stored = { stamp: kb.stamp, schema: SCHEMA_VERSION, report: kb.report, entities: [...kb.entities], facts: [...kb.facts], lunr: kb.idx.toJSON() };
  const path = indexPath(indexDir, raw);
  // Atomically: a crash mid-write leaves the old index (or none), never a torn one.
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(stored));
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  return path;
}

/** The stored index, or null when it cannot be read (torn, not JSON, not ours): then it is stale and rebuilt. */
function readStored(path: string, warn: (message: string) => void): Stored | null {
  if (!existsSync(path)) return null;
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
    if (typeof stored?.stamp !== 'string') throw new Error('not an index written by this program');
    return stored;
  } catch (error) {
    warn(`index: ${path} is unreadable (${(error as Error).message}); treating it as stale`);
    return null;
  }
}

export type StaleIndex = 'rebuild' | 'refuse';

/**
 * The stored index if its stamp matches the corpus and code; otherwise it is rebuilt (and saved when
 * the folder is writable) or, with `refuse`, an error names the command to run.
 */
export function loadKnowledge(
  indexDir: string,
  raw: RawReport,
  onStale: StaleIndex = 'rebuild',
  warn: (message: string) => void = (m) => console.warn(m),
): { kb: KnowledgeBase; rebuilt: boolean } {
  const path = indexPath(indexDir, raw);
  const stamp = stampOf(raw);
  const stored = readStored(path, warn);
  if (stored && stored.stamp === stamp && stored.schema === SCHEMA_VERSION) {
    return { kb: { stamp, report: stored.report, entities: stored.entities, facts: stored.facts, idx: loadLunr(stored.lunr) }, rebuilt: false };
  }
  if (onStale === 'refuse') throw new IndexError(`index: ${path} is missing or stale for ${raw.file}; run \`npm run build-index\``);
  const kb = buildKnowledge(raw);
  try {
    writeKnowledge(indexDir, raw, kb);
  } catch {
    // A read-only checkout still answers from the fresh in-memory index.
  }
  return { kb, rebuilt: true };
}
