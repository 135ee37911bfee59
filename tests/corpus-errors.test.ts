import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { CorpusError, IndexError } from '../src/errors.ts';
import { buildKnowledge, loadKnowledge } from '../src/index/store.ts';
import { ROOT, realReport } from './helpers.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'corpus-'));

describe('corpus and index errors name the file and the fix', () => {
  it('a report without metadata fails, naming the file', () => {
    const d = dir();
    writeFileSync(join(d, 'other-2024.txt'), '1. 基本情况\n正文。');
    expect(() => loadCorpus(d)).toThrow(CorpusError);
    expect(() => loadCorpus(d)).toThrow(/other-2024\.txt.*metadata missing.*other-2024\.meta\.json/);
  });

  it('a report with no sections fails the index build, naming the file', () => {
    const raw = { ...realReport(), file: 'corpus/empty.txt', text: '只有一段没有标题的文字。' };
    expect(() => buildKnowledge(raw)).toThrow(/corpus\/empty\.txt.*no numbered sections/);
  });

  it('a second report in the folder is ingested the same way', () => {
    const d = dir();
    const meta = JSON.parse(readFileSync(`${ROOT}corpus/xinxiang-2023.meta.json`, 'utf8'));
    writeFileSync(join(d, 'a.txt'), readFileSync(`${ROOT}corpus/xinxiang-2023.txt`));
    writeFileSync(join(d, 'a.meta.json'), JSON.stringify({ ...meta, id: 'a', default: false }));
    writeFileSync(join(d, 'b.txt'), '1. 概况\n\n1.1 规模\n\n2024 年，全市在校生 5 万人。');
    writeFileSync(join(d, 'b.meta.json'), JSON.stringify({ ...meta, id: 'b', yearCovered: 2024, default: false }));
    const reports = loadCorpus(d);
    expect(reports.map((r) => r.meta.id)).toEqual(['a', 'b']);
    const kb = buildKnowledge(reports[1]!);
    expect(kb.facts.find((f) => f.text === '5 万人')).toMatchObject({ section: '1.1', years: [2024] });
  });

  it('a stale index is refused with the command to run, or rebuilt', () => {
    const idx = dir();
    const raw = realReport();
    writeFileSync(join(idx, `${raw.meta.id}.json`), JSON.stringify({ stamp: 'old', schema: 0 }));
    expect(() => loadKnowledge(idx, raw, 'refuse')).toThrow(IndexError);
    expect(() => loadKnowledge(idx, raw, 'refuse')).toThrow(/npm run build-index/);
    const { rebuilt } = loadKnowledge(idx, raw, 'rebuild');
    expect(rebuilt).toBe(true);
    expect(loadKnowledge(idx, raw, 'refuse').rebuilt).toBe(false);
  });
});
