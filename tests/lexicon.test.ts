import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLexicon, LEXICON_SCHEMAS } from '../src/lexicon/schema.ts';
import { ROOT } from './helpers.ts';

const dir = `${ROOT}src/lexicon/`;

describe('lexicons (rules as data)', () => {
  it('every lexicon file has a schema', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(LEXICON_SCHEMAS).sort());
  });

  it.each(Object.keys(LEXICON_SCHEMAS))('%s matches its schema and its patterns compile', (file) => {
    expect(checkLexicon(file, JSON.parse(readFileSync(`${dir}${file}`, 'utf8')))).toEqual([]);
  });

  it('a lexicon of the wrong shape is refused with the file and the field named', () => {
    expect(checkLexicon('frames.json', { measures: 'x' })).toContain('frames.json: measures must be a list of strings');
    expect(checkLexicon('question-types.json', { types: [{ type: 'why', asks: 'passage', cues: ['(('] }] })[0]).toMatch(/question-types\.json: types\[0\]\.cues\[0\] is no valid pattern/u);
  });

  it('no city, county or school name of a report stands in the question-type and frame lexicons', () => {
    for (const file of ['frames.json', 'question-types.json']) expect(readFileSync(`${dir}${file}`, 'utf8')).not.toMatch(/新乡|获嘉|辉县|卫辉|长垣|延津|原阳|封丘|牧野/u);
  });
});
