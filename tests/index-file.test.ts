import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexError } from '../src/errors.ts';
import { buildKnowledge, indexPath, loadKnowledge, writeKnowledge } from '../src/index/store.ts';
import { realReport } from './helpers.ts';

/** The stored index is written whole or not at all, and a damaged one never stops the service. */
describe('the index file', () => {
  const raw = realReport();
  const kb = buildKnowledge(raw);

  it('is written through a temporary file and a rename, leaving nothing else behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-'));
    const path = writeKnowledge(dir, raw, kb);
    expect(readdirSync(dir)).toEqual([`${raw.meta.id}.json`]);
    expect(JSON.parse(readFileSync(path, 'utf8')).stamp).toBe(kb.stamp);
  });

  it.each([
    ['cut off halfway', (s: string) => s.slice(0, Math.floor(s.length / 2))],
    ['empty', () => ''],
    ['JSON but not an index', () => '{"hello":1}'],
  ])('when %s, is treated as stale and rebuilt, with a warning naming the file', (_what, damage) => {
    const dir = mkdtempSync(join(tmpdir(), 'index-'));
    const path = writeKnowledge(dir, raw, kb);
    writeFileSync(path, damage(readFileSync(path, 'utf8')));
    const warnings: string[] = [];
    const { kb: loaded, rebuilt } = loadKnowledge(dir, raw, 'rebuild', (m) => warnings.push(m));
    expect(rebuilt).toBe(true);
    expect(loaded.stamp).toBe(kb.stamp);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path);
    // …and the rebuilt index was saved whole: the next start reads it.
    expect(loadKnowledge(dir, raw, 'rebuild', (m) => warnings.push(m)).rebuilt).toBe(false);
    expect(warnings).toHaveLength(1);
  });

  it('when damaged and STALE_INDEX=refuse, is refused with the file and the command named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-'));
    writeFileSync(indexPath(dir, raw), '{"stamp":');
    expect(() => loadKnowledge(dir, raw, 'refuse', () => undefined)).toThrow(IndexError);
    expect(() => loadKnowledge(dir, raw, 'refuse', () => undefined)).toThrow(/npm run build-index/);
  });
});
