import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineOver } from './fixtures/two-reports.ts';
import { ROOT } from './helpers.ts';

/**
 * A college's own report in the layout issue 11 met (tests/fixtures/reports/xinghe-2024.txt): contents with
 * leaders, a foreword, running headers and page numbers, 一、/（一）/1. headings, list items 1.课程思政。, a table
 * set with spaces captioned 表 1-1, 图 1-1, 案例分享 N : with the title on the next line.
 */
function college(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const ext of ['.txt', '.meta.json']) copyFileSync(`${ROOT}tests/fixtures/reports/xinghe-2024${ext}`, join(dir, `xinghe-2024${ext}`));
  return dir;
}

describe('a college report in another layout, answered', () => {
  const engine = engineOver(college());

  it('has its chapters and sections, none of them a table row or a contents entry', () => {
    expect(engine.sections().map((s) => `${s.id} ${s.title}`)).toEqual([
      '0 前言', '1 学生发展', '1.1 党建引领', '1.1.1 强化理论武装', '1.1.2 夯实基层组织', '1.2 在校体验', '1.3 就业质量',
      '2 教育教学', '2.1 专业建设', '2.2 课程建设', '3 服务贡献', '3.1 社会培训', '3.2 乡村振兴', '4 挑战与展望', '4.1 面临挑战', '4.2 未来展望',
    ]);
  });

  it.each([
    ['毕业去向落实率是多少', '92.8%', '1.3'],
    ['学生党员有多少名', '486 名', '1.1.2'],
    ['开设了多少个专业', '48 个', '2.1'],
    ['社会培训多少人次', '2.8 万人次', '3.1'],
    ['智慧教室有多少间', '120 间', '2.2'],
    ['毕业生平均月收入多少', '4210 元', '1.3'],
  ])('%s → %s from %s', (q, figure, section) => {
    const a = engine.answer(q);
    expect(a.figure?.text).toBe(figure);
    expect(a.source?.section).toBe(section);
  });

  it('keeps the foreword as section 0', () => {
    expect(engine.section('0')?.text).toBe('0 前言\n\n星河职业技术学院始建于 1958 年，是省级优质高职院校。');
  });

  it('quotes sentences without page numbers, running headers or contents leaders in them', () => {
    const a = engine.answer('理论学习中心组学习多少次');
    expect(a.source?.paragraph).toBe('学院党委坚持“第一议题”制度，全年开展理论学习中心组学习 24 次，覆盖师生 1.2 万人次。');
    for (const s of engine.sections()) expect(engine.section(s.id)?.text ?? '').not.toMatch(/……|质量年度报告\n|^\d+$/mu);
  });
});
