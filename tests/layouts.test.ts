import { describe, expect, it } from 'vitest';
import { layoutFixture } from './fixtures/layouts.ts';

describe('a report with headings 一、/（一）/1、/1./（1） mixed', () => {
  const { report, facts } = layoutFixture('chinese-outline');
  const titles = report.sections.map((s) => `${s.id} ${s.title}`);

  it('places every style at the level where it first appears under its parent', () => {
    expect(titles).toEqual([
      '0 前言', '1 学校概况', '1.1 办学规模', '1.1.1 专业设置', '1.1.2 招生情况', '1.2 办学条件，全面提升',
      '2 学生发展', '2.1 就业质量', '2.1.1 毕业去向落实率', '2.1.2 对口就业', '2.1.2.1 校企合作', '2.2 升学情况',
      '3 社会服务',
    ]);
    expect(report.sections.find((s) => s.id === '2.1.2.1')).toMatchObject({ parent: '2.1.2', level: 4 });
  });

  it('drops the cover, and keeps the foreword as section 0 with its numbered items as text, not as chapters', () => {
    expect(report.text.startsWith('0 前言\n\n本报告依据有关要求编制')).toBe(true);
    expect(report.text).not.toContain('二〇二五年一月');
    expect(report.paragraphs.filter((p) => p.section === '0').map((p) => p.text)).toEqual(['本报告依据有关要求编制，数据截至 2024 年 8 月 31 日。', '1. 坚持立德树人', '2. 坚持产教融合']);
  });

  it('keeps list items 1. 2. inside a section as text, not as headings, figures or defects', () => {
    const section = report.sections.find((s) => s.id === '2.1.2')!;
    const texts = report.paragraphs.filter((p) => section.paragraphIds.includes(p.id)).map((p) => p.text);
    expect(texts.join('|')).toContain('1.加强就业指导。');
    expect(report.defects).toEqual([]);
    expect(facts.filter((f) => f.text === '1.' || f.text === '2.')).toEqual([]);
  });

  it('reads the figures of each section with their section', () => {
    expect(facts.find((f) => f.text === '93.2%')).toMatchObject({ section: '2.1.1' });
    expect(facts.find((f) => f.text === '210 家')).toMatchObject({ section: '2.1.2.1' });
    expect(facts.find((f) => f.text === '2.3 万人次')).toMatchObject({ section: '3' });
  });
});

describe('a report with a contents list, running headers, page numbers and page breaks', () => {
  const { report, facts } = layoutFixture('contents-and-furniture');

  it('reads each heading once, from the body and not from the contents list', () => {
    expect(report.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['1 基本情况', '1.1 规模结构', '1.2 办学条件', '2 人才培养', '2.1 在校体验', '3 服务贡献']);
  });

  it('keeps no leaders, page numbers or running headers in the text', () => {
    expect(report.text).not.toMatch(/……|··|- \d -|第 \d 页|质量年度报告/u);
    expect(report.text).not.toMatch(/^\d+$/mu);
  });

  it('joins a sentence that a page break with its header and number cut in two', () => {
    expect(report.paragraphs.map((p) => p.text)).toContain('全县中等职业学校 6 所，在校生 8123 人，比上年增加312 人。');
    expect(report.paragraphs.map((p) => p.text)).toContain('开展培训 1.2 万人次，服务企业60 家。');
  });

  it('quotes a figure without page furniture glued to it', () => {
    const f = facts.find((x) => x.text === '312 人')!;
    expect(f.sentence).toBe('全县中等职业学校 6 所，在校生 8123 人，比上年增加312 人。');
  });
});

describe('a report with tables, figure captions and cases in the genre’s several styles', () => {
  const { report, facts } = layoutFixture('cases-tables-figures');

  it('reads a table whose cells are set apart by spaces, with its header', () => {
    const t = report.tables.find((x) => x.no === 1)!;
    expect(t.headers).toEqual(['学校名称', '在校生（人）', '专业数']);
    expect(t.rows.map((r) => r.cells)).toEqual([['甲职业学校', '3200', '12'], ['乙职业学校', '2800', '9']]);
  });

  it('reads a table captioned 表2： whose cells are set apart by tabs', () => {
    const t = report.tables.find((x) => x.no === 2)!;
    expect(t).toMatchObject({ title: '示范专业点', section: '1.2', headers: ['序号', '专业', '学校'] });
    expect(t.rows).toHaveLength(2);
  });

  it('gives table cells their figures with the header’s unit', () => {
    expect(facts.find((f) => f.table === 1 && f.text === '3200')).toMatchObject({ unit: '人', label: expect.stringContaining('甲职业学校') });
  });

  it('keeps figure captions written 图1： and 图 2-1', () => {
    expect(report.figures.map((f) => [f.no, f.caption, f.section])).toEqual([[1, '2024 年招生对比', '1.1'], [2, '专业布局', '1.2']]);
  });

  it('finds cases titled 案例分享 12 : (title on the next line), 【案例 3】 and 案例 4', () => {
    expect(report.cases.map((c) => [c.no, c.title, c.section])).toEqual([
      [12, '甲职业学校打造“双师型”教师队伍', '1.2'],
      [3, '乙职业学校产教融合', '2'],
      [4, '丙学校推进数字化', '2'],
    ]);
    expect(facts.find((f) => f.text === '168 人')).toMatchObject({ caseNo: 12 });
  });

  it('does not take table rows for section headings', () => {
    expect(report.sections.map((s) => s.id)).toEqual(['1', '1.1', '1.2', '2', '2.1']);
  });
});

describe('a report whose contents list has no page numbers, and tables without captions', () => {
  const { report } = layoutFixture('contents-unnumbered');

  it('reads the headings once, from the body, when the contents list repeats them without page numbers', () => {
    expect(report.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['1 学校概况', '1.1 办学规模', '1.2 办学条件', '2 学生发展']);
    expect(report.paragraphs[0]!.text).toBe('学校现有在校生 9000 人。');
  });

  it('keeps each row of a table without a caption as a line of its own, not glued to the next', () => {
    expect(report.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['专业  学生数  毕业生数', '数控技术  800  260', '电子商务  650  210']));
  });

  it('keeps a row of a captioned table that has a cell fewer than its header', () => {
    expect(report.tables[0]!.rows.map((r) => r.cells)).toEqual([['智能制造中心', '320', '数控技术'], ['直播电商基地', '120']]);
  });
});

describe('table rows as a PDF breaks them', () => {
  const { report, facts } = layoutFixture('table-breaks');

  it('splits a cell that ran into the next one (a space where a tab should be) to the table’s width', () => {
    expect(report.tables[0]!.rows.map((r) => r.cells)).toEqual([['1', '班主任培训', '70'], ['2', '学籍管理员培训', '45']]);
  });

  it('puts a cell’s wrapped line back at the end of the row above', () => {
    expect(report.tables[1]!.rows.map((r) => r.cells)).toEqual([
      ['1', '社区学校', '甲镇中心学校社区学校 乙镇中心学校社区学校 丙镇中心学校朝阳社区学校'],
      ['2', '老年大学', '某学院老年大学'],
    ]);
  });

  it('ends the table at the next heading', () => {
    expect(report.sections.map((s) => s.id)).toEqual(['1', '1.1', '1.2', '1.3']);
  });

  it('sets apart a number that lost its tab, and splits the header to the width of the rows', () => {
    const t = report.tables.find((x) => x.no === 5)!;
    expect(t.headers).toEqual(['专业群', '在校生（人）', '毕业去向落实率', '对口就业率']);
    expect(t.rows.map((r) => r.cells)).toEqual([['智能制造专业群', '4200', '93.5%', '81.2%'], ['现代服务专业群', '3100', '91.7%', '76.4%']]);
  });

  it('labels a cell by its row’s words and its column, not by the row’s other figures', () => {
    expect(facts.find((f) => f.table === 5 && f.text === '76.4%')?.label).toBe('现代服务专业群 对口就业率');
  });
});

describe('a chart whose labels the PDF left as text', () => {
  const { report, facts } = layoutFixture('charts');

  it('keeps the caption and drops the axis years and bar values, which are no sentence of the report', () => {
    expect(report.figures.map((f) => f.caption)).toEqual(['近三年学生满意度']);
    expect(report.text).not.toContain('93.1%');
    expect(facts.map((f) => f.text)).not.toContain('94.4%');
  });

  it('drops a page number written ·2·', () => {
    expect(report.text).not.toContain('·2·');
    expect(report.sections.map((s) => s.id)).toEqual(['1', '1.1', '1.2', '2']);
  });
});

describe('a report in parts (第一部分) with 一、 and （一） under them', () => {
  const { report } = layoutFixture('chapters');

  it('gives each part its chapters and each chapter its sections, numbering restarting under each part', () => {
    expect(report.sections.map((s) => `${s.id} ${s.title}`)).toEqual([
      '1 学生发展', '1.1 党建引领', '1.1.1 理论武装', '1.1.2 基层组织', '1.2 在校体验', '2 教育教学', '2.1 专业建设',
    ]);
  });
});

describe('a heading said again in every chapter', () => {
  const { report } = layoutFixture('repeated-headings');

  it('is a heading each time, not a running header', () => {
    expect(report.sections.filter((s) => s.title === '主要做法').map((s) => s.id)).toEqual(['1.1.1', '1.2.1', '2.1.1']);
  });
});

describe('a chapter title repeated as the running header of its pages', () => {
  const { report } = layoutFixture('chapter-headers');

  it('is read once as the heading and dropped where it repeats, so sentences it cut join again', () => {
    expect(report.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['1 学生发展', '1.1 党建', '1.2 体验', '2 教育教学']);
    expect(report.paragraphs[0]!.text).toBe('学院党委坚持“第一议题”制度，全年开展理论学习中心组学习24 次。');
  });
});

describe('headings a PDF broke over two lines', () => {
  const { report } = layoutFixture('broken-headings');

  it('puts a number on a line of its own back with its title, and a wrapped title back together', () => {
    expect(report.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['1 学生发展', '1.1 坚持党建引领，推动学校高质量发展', '1.2 在校体验', '2 教育教学']);
    expect(report.paragraphs[0]!.text.startsWith('学院党委')).toBe(true);
  });
});
