import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../src/engine.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function realEngineForBench(): Engine {
  return createEngine({ corpusDir: `${ROOT}corpus`, indexDir: mkdtempSync(join(tmpdir(), 'bench-index-')), reportId: '', staleIndex: 'rebuild', answerCacheSize: 1000 });
}
