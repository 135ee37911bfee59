import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/corpus/entities.ts';
import { ingest } from '../src/corpus/ingest.ts';
import { placesOf } from '../src/corpus/report-places.ts';
import type { ReportMeta } from '../src/corpus/types.ts';
import { ROOT } from './helpers.ts';

const metas = readdirSync(`${ROOT}corpus`).filter((f) => f.endsWith('.meta.json')).map((f) => JSON.parse(readFileSync(`${ROOT}corpus/${f}`, 'utf8')) as ReportMeta);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('no report is named in the code', () => {
  it('names no city, county or school of any report in corpus/ anywhere in src', () => {
    const names = [...new Set(metas.flatMap((m) => [m.city, ...(m.places ?? []).map((p) => p.replace(/(县|市|区)$/u, '')), ...(m.school ? [m.school] : [])]))].filter((n) => n.length >= 2);
    const found = tsFiles(`${ROOT}src`)
      .map((f) => relative(ROOT, f))
      .flatMap((f) => names.filter((n) => readFileSync(`${ROOT}${f}`, 'utf8').includes(n)).map((n) => `${f}: ${n}`));
    expect(found).toEqual([]);
  });

  it('finds a report’s schools by the places of its own metadata', () => {
    const meta = { city: '某州', province: '某省', places: ['甲县', '乙区'] } as unknown as ReportMeta;
    const text = '甲县职业中等专业学校和乙区职业教育中心、某州工业学校共同承办，丙县职业中等专业学校参加。';
    expect(findEntities(text, placesOf(meta)).map((e) => e.name)).toEqual(['甲县职业中等专业学校', '乙区职业教育中心', '某州工业学校']);
  });

  it('knows the school of a school’s own report even when its name starts with no place', () => {
    const meta: ReportMeta = { id: 's', title: '某某学院质量年度报告', shortTitle: '某某学院质量年度报告', issuer: '某某学院', city: '某州', province: '某省', yearCovered: 2024, published: '2025-01', level: 'school', school: '蓝天职业技术学院' };
    const { entities } = ingest({ meta, file: 's.txt', text: '一、概况\n蓝天职业技术学院现有在校生 9000 人。\n二、发展\n毕业生 3000 人。\n三、服务\n培训 100 人次。\n' });
    expect(entities.find((e) => e.name === '蓝天职业技术学院')?.aliases).toContain('蓝天职院');
  });
});
