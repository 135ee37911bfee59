import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Answerer } from '../src/answer/answer.ts';
import { ingest } from '../src/corpus/ingest.ts';
import type { RawReport } from '../src/corpus/types.ts';
import { createEngine, type Engine } from '../src/engine.ts';
import { buildKnowledge } from '../src/index/store.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The real embedded report, read once per test file. */
export function realReport(): RawReport {
  return {
    meta: JSON.parse(readFileSync(`${ROOT}corpus/xinxiang-2023.meta.json`, 'utf8')),
    file: `${ROOT}corpus/xinxiang-2023.txt`,
    text: readFileSync(`${ROOT}corpus/xinxiang-2023.txt`, 'utf8'),
  };
}

let answerer: Answerer | undefined;
export function realAnswerer(): Answerer {
  answerer ??= new Answerer(buildKnowledge(realReport()));
  return answerer;
}

let ranker: Answerer | undefined;
/** The ranking alone, without calibrated abstention: which figure the engine puts first. */
export function realRanker(): Answerer {
  ranker ??= new Answerer(realAnswerer().kb, { gate: false });
  return ranker;
}

export const realIngested = () => ingest(realReport());

/** The real engine as `npm start` makes it, with its index written to a fresh temporary folder. */
export function realEngine(answerCacheSize = 0): Engine {
  const indexDir = mkdtempSync(join(tmpdir(), 'index-'));
  return createEngine({ corpusDir: `${ROOT}corpus`, indexDir, reportId: '', staleIndex: 'rebuild', answerCacheSize });
}

/** A fresh DATA_DIR for the bot's lasting state. */
export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), 'data-'));
