import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Answerer } from '../src/answer/answer.ts';
import { ingest } from '../src/corpus/ingest.ts';
import type { RawReport } from '../src/corpus/types.ts';
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

export const realIngested = () => ingest(realReport());
