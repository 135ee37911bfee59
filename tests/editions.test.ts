import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparesEditions, withoutComparison } from '../src/editions.ts';
import { engineOver } from './fixtures/two-reports.ts';
import { ROOT } from './helpers.ts';

/** Two editions of one school's report (tests/fixtures/reports/lantian-2023, -2024), the later the default. */
function twoEditions(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const id of ['lantian-2023', 'lantian-2024']) for (const ext of ['.txt', '.meta.json']) copyFileSync(`${ROOT}tests/fixtures/reports/${id}${ext}`, join(dir, `${id}${ext}`));
  return dir;
}

describe('two editions of one report', () => {
  const engine = engineOver(twoEditions(), 'lantian-2024');

  it('answers a comparison with the year before with both figures as each report states them, and no difference', () => {
    const a = engine.answer('毕业去向落实率比去年提高了多少');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('《蓝天职业技术学院高等职业教育质量年度报告（2024 年度）》：93.2%');
    expect(a.answer).toContain('《蓝天职业技术学院高等职业教育质量年度报告（2023 年度）》：91.8%');
    expect(a.answer).not.toMatch(/1\.4/u);
  });

  it('answers a question without a comparison from the default edition alone', () => {
    const a = engine.answer('毕业去向落实率是多少');
    expect(a.figure?.text).toBe('93.2%');
    expect(a.answer).not.toContain('91.8%');
  });

  it('answers a question naming the earlier year from the earlier edition', () => {
    expect(engine.answer('2023年毕业去向落实率是多少').figure?.text).toBe('91.8%');
  });
});

describe('reading a comparison across editions', () => {
  it.each(['在校生比去年多了多少', '升学率同比提高了多少', '毕业生较上年增加了几个人', '专任教师和去年比'])('sees a comparison in %s', (q) => {
    expect(comparesEditions(q)).toBe(true);
  });

  it('asks each edition the question without its comparison', () => {
    expect(withoutComparison('在校生比去年多了多少人')).toBe('在校生多少人');
    expect(withoutComparison('毕业去向落实率比去年提高了多少')).toBe('毕业去向落实率多少');
  });

  it('sees none in a plain question', () => {
    expect(comparesEditions('在校生有多少人')).toBe(false);
  });
});
