import type { Fact, Report } from '../corpus/types.ts';
import type { AnswerFigure, AnswerSource } from './types.ts';

/** Source and figure records, copied from the report; nothing here computes or rounds a figure. */

export function scopeName(f: Fact, report: Report): string {
  if (f.scope.kind !== 'city') return f.scope.name;
  // Whose report it is says what "the whole" is: a city's (某市全市), a county's, or one school's own.
  const { level, city, school } = report.meta;
  if (level === 'school') return `${school ?? ''}全校`;
  if (level === 'county') return `${city}全县`;
  return `${city}全市`;
}

/** What a figure measures, for people: its frame's name, else its label with spaces closed. */
export function displayLabel(f: Fact): string {
  return f.frame?.name || f.label.replace(/\s+/g, ' ').trim();
}

export function figureOf(f: Fact, report: Report): AnswerFigure {
  return {
    text: f.text,
    value: f.value,
    unit: f.unit,
    label: displayLabel(f),
    period: f.period,
    scope: scopeName(f, report),
    ...(f.defect ? { defect: f.defect } : {}),
  };
}

export function sourceOf(report: Report, section: string, paragraph: string, extra: { table?: number; caseNo?: number } = {}): AnswerSource {
  const s = report.sections.find((x) => x.id === section);
  const t = extra.table !== undefined ? report.tables.find((x) => x.no === extra.table) : undefined;
  const c = extra.caseNo !== undefined ? report.cases.find((x) => x.no === extra.caseNo) : undefined;
  return {
    report: report.meta.title,
    section,
    title: s?.title ?? '',
    paragraph,
    ...(t ? { table: `表 ${t.no} ${t.title}` } : {}),
    ...(c ? { case: `案例 ${c.no} ${c.title}` } : {}),
    issuer: report.meta.issuer,
    year: report.meta.yearCovered,
  };
}

export function sourceLine(src: AnswerSource): string {
  const within = [src.table, src.case].filter(Boolean).join('，');
  return `来源：${src.section} ${src.title}${within ? `（${within}）` : ''}\n《${src.report}》，${src.issuer}`;
}

/** What a figure measures, for the line under it; a date the report gives without words before it is a time. */
export function figureLabel(fig: AnswerFigure): string {
  return fig.label || (fig.value === null && !fig.defect ? '所问时间' : '所问数字');
}

export function numberReply(fig: AnswerFigure, src: AnswerSource): string {
  const lines = [fig.text, `${figureLabel(fig)}（${fig.scope}，${fig.period}）`, `“${src.paragraph}”`];
  if (fig.defect) lines.push(`注：${fig.defect}。`);
  lines.push(sourceLine(src));
  return lines.join('\n');
}
