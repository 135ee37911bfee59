import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
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
  return sha([JSON.stringify(TRIM_DEFAULTS), sha(full), ...texts.map(sha).sort()].join('\n')).slice(0, 16);
}

let chosen: string | undefined = existsSync(TRIMMED_DICT) ? TRIMMED_DICT : undefined;

/** The dictionary jieba should load: the one {@link ensureDictionary} chose, else the project's, else jieba's own. */
export function dictionaryToLoad(): string | undefined {
  return chosen;
}

/** True when the project's trimmed dictionary was made from these reports (and the present lexicon). */
export function dictionaryIsFresh(reports: readonly string[]): boolean {
  if (!existsSync(TRIMMED_DICT) || !existsSync(TRIMMED_STAMP)) return false;
  return readFileSync(TRIMMED_STAMP, 'utf8').trim() === stampOf(readFileSync(FULL_DICT, 'utf8'), keptTexts(reports));
}

function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** `npm run build-index`: the project's trimmed dictionary, made from these reports. Returns whether it changed. */
export function writeProjectDictionary(reports: readonly string[]): boolean {
  if (dictionaryIsFresh(reports)) return false;
  const full = readFileSync(FULL_DICT, 'utf8');
  const texts = keptTexts(reports);
  writeAtomically(TRIMMED_DICT, trimDictionary(full, texts).text);
  writeFileSync(TRIMMED_STAMP, `${stampOf(full, texts)}\n`);
  chosen = TRIMMED_DICT;
  return true;
}

/**
 * Chooses the dictionary for these reports; call it before anything is cut (jieba reads one dictionary per process).
 * The project's own when it was made from them; else one made now, kept in the temporary folder under its stamp
 * (so other corpora, and tests, never touch the project's); else, where none can be written, jieba's full one:
 * more memory, the same cuts.
 */
export function ensureDictionary(reports: readonly string[], warn: (message: string) => void = console.warn): string | undefined {
  if (dictionaryIsFresh(reports)) return (chosen = TRIMMED_DICT);
  const full = readFileSync(FULL_DICT, 'utf8');
  const texts = keptTexts(reports);
  const path = join(tmpdir(), `jieba-trimmed-${stampOf(full, texts)}.utf8`);
  try {
    if (!existsSync(path)) writeAtomically(path, trimDictionary(full, texts).text);
    return (chosen = path);
  } catch (error) {
    warn(`dictionary: cannot write ${path} (${(error as Error).message}); using jieba's full dictionary`);
    return (chosen = undefined);
  }
}
