import { CorpusError } from '../errors.ts';
import type { Ingested } from './ingest.ts';

/** Fewer real sections than this and the headings were not recognised: the report is refused, not indexed. */
export const MIN_SECTIONS = 3;

/** What ingestion found in a report, in a few lines for the person adding it. */
export function describeFound({ report, facts }: Ingested): string[] {
  const top = report.sections.filter((s) => s.level === 1);
  return [
    `${report.sections.length} sections (${top.length} chapters): ${top.map((s) => `${s.id} ${s.title}`).join('；')}`,
    `${report.tables.length} tables${report.tables.length ? `: ${report.tables.map((t) => `表 ${t.no} ${t.title}（${t.rows.length} 行）`).join('；')}` : ''}`,
    `${report.cases.length} cases${report.cases.length ? `: ${report.cases.map((c) => `案例 ${c.no} ${c.title}`).join('；')}` : ''}`,
    `${report.figures.length} figure captions${report.figures.length ? `: ${report.figures.map((f) => `图 ${f.no} ${f.caption}`).join('；')}` : ''}`,
    `${facts.filter((f) => f.kind !== 'list').length} figures, ${facts.filter((f) => f.kind === 'list').length} lists, ${report.paragraphs.length} paragraphs`,
    ...report.defects.map((d) => `flagged: “${d.text}”: ${d.reason}`),
  ];
}

/** Refuses a report whose headings were not found, naming the file and the heading styles looked for. */
export function checkFound(file: string, { report }: Ingested): void {
  if (report.sections.length < MIN_SECTIONS) {
    throw new CorpusError(
      file,
      `found only ${report.sections.length} section heading(s) (at least ${MIN_SECTIONS} expected); headings must stand on their own line, numbered like "1.1 规模和结构", "一、基本情况", "（一）办学条件" or "1、招生"`,
    );
  }
}
