import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CorpusError } from '../errors.ts';
import type { RawReport, ReportMeta } from './types.ts';

const REQUIRED: readonly (keyof ReportMeta)[] = ['id', 'title', 'shortTitle', 'issuer', 'city', 'province', 'yearCovered', 'published'];

/** Reads every `NAME.txt` in `dir` with its `NAME.meta.json`; a report without metadata is an error. */
export function loadCorpus(dir: string): RawReport[] {
  if (!existsSync(dir)) throw new CorpusError(dir, 'corpus folder not found; run from the project root or set CORPUS_DIR');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (texts.length === 0) throw new CorpusError(dir, 'no report (*.txt) in the corpus folder');
  return texts.map((name) => {
    const file = join(dir, name);
    const metaFile = join(dir, `${basename(name, '.txt')}.meta.json`);
    if (!existsSync(metaFile)) throw new CorpusError(file, `metadata missing: add ${basename(metaFile)} beside it (see README, "Adding a report")`);
    let meta: ReportMeta;
    try {
      meta = JSON.parse(readFileSync(metaFile, 'utf8')) as ReportMeta;
    } catch (error) {
      throw new CorpusError(metaFile, `not valid JSON (${(error as Error).message})`);
    }
    const missing = REQUIRED.filter((k) => meta[k] === undefined || meta[k] === '');
    if (missing.length) throw new CorpusError(metaFile, `metadata lacks ${missing.join(', ')}`);
    return { meta, file, text: readFileSync(file, 'utf8') };
  });
}
