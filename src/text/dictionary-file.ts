import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRIM_DEFAULTS, trimDictionary } from './dictionary.ts';

// The edge where the trimmed dictionary (see dictionary.ts) is read and written.
const require = createRequire(import.meta.url);

export const FULL_DICT = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');
export const TRIMMED_DICT = fileURLToPath(new URL('../../dict/jieba.trimmed.utf8', import.meta.url));
/** What the trimmed dictionary was made from: a hash of the full dictionary, the texts and the lexicon. */
export const TRIMMED_STAMP = fileURLToPath(new URL('../../dict/jieba.trimmed.stamp', import.meta.url));
const LEXICON = fileURLToPath(new URL('../lexicon/', import.meta.url));

/** The texts whose cuts must not change: the reports, the lexicon's words and the user dictionary. */
function keptTexts(reports: readonly string[]): string[] {
  const lexicon = readdirSync(LEXICON).filter((f) => f.endsWith('.json')).sort().map((f) => readFileSync(join(LEXICON, f), 'utf8'));
  return [...reports, ...lexicon, readFileSync(fileURLToPath(new URL('../../dict/user.dict.utf8', import.meta.url)), 'utf8')];
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** In any order of the texts: the same reports make the same dictionary. */
function stampOf(full: string, texts: readonly string[]): string {
  return sha([`min ${TRIM_DEFAULTS.minFrequency}`, sha(full), ...texts.map(sha).sort()].join('\n')).slice(0, 16);
}

let fallBack = false;

/** The dictionary jieba should load: the trimmed one when it is there and could be kept fresh, else jieba's own. */
export function dictionaryToLoad(): string | undefined {
  return !fallBack && existsSync(TRIMMED_DICT) ? TRIMMED_DICT : undefined;
}

/** True when the trimmed dictionary on disk was made from these reports (and the present lexicon). */
export function dictionaryIsFresh(reports: readonly string[]): boolean {
  if (!existsSync(TRIMMED_DICT) || !existsSync(TRIMMED_STAMP)) return false;
  return readFileSync(TRIMMED_STAMP, 'utf8').trim() === stampOf(readFileSync(FULL_DICT, 'utf8'), keptTexts(reports));
}

/**
 * Makes the trimmed dictionary for these reports unless the one on disk already is; call it before anything is
 * cut (jieba reads its dictionary once per process). Returns whether it wrote one. Where it cannot be written (a
 * read-only install), jieba's full dictionary is used instead: more memory, the same cuts.
 */
export function ensureDictionary(reports: readonly string[], warn: (message: string) => void = console.warn): boolean {
  if (dictionaryIsFresh(reports)) return false;
  const full = readFileSync(FULL_DICT, 'utf8');
  const texts = keptTexts(reports);
  const temp = `${TRIMMED_DICT}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, trimDictionary(full, texts).text);
    renameSync(temp, TRIMMED_DICT);
    writeFileSync(TRIMMED_STAMP, `${stampOf(full, texts)}\n`);
    return true;
  } catch (error) {
    fallBack = true;
    warn(`dictionary: cannot write ${TRIMMED_DICT} (${(error as Error).message}); using jieba's full dictionary`);
    return false;
  } finally {
    rmSync(temp, { force: true });
  }
}
