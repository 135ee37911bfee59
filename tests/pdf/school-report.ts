import { minimalPdf, type Placed } from './minimal-pdf.ts';

/**
 * A small school report as a PDF: a cover, a contents page with leaders, and body pages with a running header,
 * a page number, a sentence cut by the page break, a table whose cells stand apart and a case.
 */
const HEADER = '某某职业技术学院质量年度报告（2024）';

type Line = string | readonly string[];

function page(lines: readonly Line[], pageNo?: number): Placed[] {
  const out: Placed[] = [{ x: 180, y: 810, text: HEADER, size: 9 }];
  lines.forEach((line, i) => {
    const y = 770 - i * 20;
    if (typeof line === 'string') out.push({ x: 60, y, text: line });
    else line.forEach((cell, c) => out.push({ x: 60 + c * 150, y, text: cell }));
  });
  if (pageNo !== undefined) out.push({ x: 290, y: 30, text: `- ${pageNo} -`, size: 9 });
  return out;
}

export const SCHOOL_REPORT_PAGES: readonly (readonly Placed[])[] = [
  [
    { x: 120, y: 600, text: '某某职业技术学院', size: 20 },
    { x: 120, y: 570, text: '高等职业教育质量年度报告', size: 20 },
    { x: 200, y: 540, text: '（2024 年度）', size: 16 },
    { x: 220, y: 300, text: '2025 年 1 月', size: 12 },
  ],
  page(['目录', '一、学校概况……………………………1', '二、学生发展……………………………2', '三、社会服务……………………………3']),
  page([
    '一、学校概况',
    '（一）办学规模',
    '学校现有全日制在校生 12345 人，专任教师 567',
    '人，开设专业 42 个。',
    '表 1 各专业群在校生',
    ['专业群', '在校生（人）', '专业数'],
    ['智能制造', '4200', '12'],
    ['现代服务', '3100', '9'],
    '（二）办学条件',
    '学校占地面积 85.3 万平方米，教学仪器设备总值 2.1 亿元，',
  ], 1),
  page([
    '生均教学仪器设备值 1.7 万元。',
    '二、学生发展',
    '（一）就业质量',
    '2024 届毕业生 3980 人，毕业去向落实率为 93.2%。',
    '案例 1 订单班助力精准就业',
    '学校与 35 家企业开设订单班，订单班学生 860 人。',
    '（二）升学情况',
    '专升本录取 612 人。',
    '三、社会服务',
    '开展社会培训 2.3 万人次。',
  ], 2),
];

export const schoolReportPdf = (): Uint8Array => minimalPdf(SCHOOL_REPORT_PAGES);
