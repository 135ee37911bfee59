import { describe, expect, it } from 'vitest';
import { realIngested } from './helpers.ts';

const { report } = realIngested();

describe('ingestion of the 2023 report', () => {
  it('drops the table of contents and the lists of tables, figures and cases', () => {
    expect(report.text).not.toMatch(/^(目\s*录|表目录|图目录|案例目录)$/m);
    expect(report.text).not.toMatch(/- \d+ -/);
    expect(report.text.startsWith('1 基本情况')).toBe(true);
  });

  it('finds every numbered section once, with titles and parents', () => {
    expect(report.sections.map((s) => s.id)).toEqual([
      '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '3', '3.1', '3.2', '3.3', '3.4', '3.4.1', '3.4.2', '3.5', '3.6', '3.7',
      '4', '4.1', '4.1.1', '4.1.2', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '5.4', '6', '6.1', '6.2',
    ]);
    expect(report.sections.find((s) => s.id === '3.4.1')).toMatchObject({ title: '职业教育', parent: '3.4', level: 3 });
  });

  it.each([
    ['生均校舍建筑面积 28.63 平方米'],
    ['推进思政课程与课程思政同向同行'],
    ['发放资金 7761.955万元'],
    ['指导学校制度化、常态化举办'],
    ['长垣职业中等专业学校、辉县市第一职业中等专业学校'],
  ])('rejoins a sentence cut by a page break: %s', (joined) => {
    expect(report.paragraphs.some((p) => p.text.includes(joined))).toBe(true);
  });

  it('keeps the four tables with their headers and rows', () => {
    expect(report.tables.map((t) => [t.no, t.section, t.rows.length])).toEqual([[1, '1.1', 2], [2, '3.1', 9], [3, '3.7', 6], [4, '4.2', 5]]);
    expect(report.tables[2]!.headers).toEqual(['序号', '培训班名称', '人数']);
  });

  it('knows the ten cases and the section each sits in', () => {
    expect(report.cases.map((c) => `${c.no}@${c.section}`)).toEqual(['1@2.4', '2@2.5', '3@3.6', '4@3.6', '5@3.7', '6@4.1.2', '7@4.2', '8@4.2', '9@4.2', '10@4.3']);
    expect(report.paragraphs.filter((p) => p.caseNo === 5)).toHaveLength(3);
  });

  it('keeps the six figure captions, whose data is not in the text', () => {
    expect(report.figures.map((f) => `${f.no}@${f.section}`)).toEqual(['1@1.1', '2@1.1', '3@2.3', '4@2.4', '5@2.5', '6@4.3']);
  });

  it('flags the extraction defects and keeps them as written', () => {
    expect(report.defects.map((d) => d.text)).toEqual(['291.', '业 and 行']);
    expect(report.text).toContain('291.万平方米');
    for (const d of report.defects) expect(report.text.slice(d.span.start, d.span.end)).toBe(d.text);
  });
});
