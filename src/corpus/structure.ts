import type { Block } from './clean.ts';
import { CorpusError } from '../errors.ts';
import { isListNumber } from './list-numbers.ts';
import { UNITS } from './numbers.ts';
import type { CaseStudy, Defect, FigureCaption, Paragraph, RawReport, Report, Section, Table, TableRow } from './types.ts';

/** Stage 2: blocks → numbered sections with their paragraphs, tables, cases and figure captions. */
export function structure(raw: RawReport, blocks: readonly Block[]): Report {
  const sections: { id: string; title: string; level: number; parent?: string; paragraphIds: string[] }[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: { no: number; title: string; section: string; headers: string[]; rows: TableRow[] }[] = [];
  const cases: { no: number; title: string; section: string; paragraphIds: string[] }[] = [];
  const figures: FigureCaption[] = [];
  let text = '';
  let currentCase: (typeof cases)[number] | undefined;
  let currentTable: (typeof tables)[number] | undefined;

  const append = (piece: string): { start: number; end: number } => {
    if (text) text += '\n\n';
    const start = text.length;
    text += piece;
    return { start, end: text.length };
  };
  const section = (): (typeof sections)[number] => {
    const last = sections.at(-1);
    if (!last) throw new CorpusError(raw.file, 'text before the first numbered section heading');
    return last;
  };

  for (const block of blocks) {
    if (block.kind !== 'tableRow') currentTable = undefined;
    switch (block.kind) {
      case 'heading': {
        currentCase = undefined;
        const parts = block.id.split('.');
        const parent = parts.length > 1 ? parts.slice(0, -1).join('.') : undefined;
        sections.push({ id: block.id, title: block.title, level: parts.length, ...(parent ? { parent } : {}), paragraphIds: [] });
        append(`${block.id} ${block.title}`);
        break;
      }
      case 'text': {
        const id = `p${paragraphs.length + 1}`;
        const span = append(block.text);
        const sec = section();
        paragraphs.push({ id, section: sec.id, ...(currentCase ? { caseNo: currentCase.no } : {}), text: block.text, span });
        sec.paragraphIds.push(id);
        currentCase?.paragraphIds.push(id);
        break;
      }
      case 'tableCaption':
        currentCase = undefined;
        currentTable = { no: block.no, title: block.title, section: section().id, headers: [], rows: [] };
        tables.push(currentTable);
        append(`表 ${block.no} ${block.title}`);
        break;
      case 'tableRow': {
        if (!currentTable) break; // a tab inside running text, not a table: nothing to keep apart
        if (currentTable.headers.length === 0) {
          currentTable.headers = [...block.cells];
          append(block.cells.join('\t'));
        } else currentTable.rows.push({ cells: block.cells, span: append(block.cells.join('\t')) });
        break;
      }
      case 'figure':
        currentCase = undefined;
        figures.push({ no: block.no, caption: block.caption, section: section().id });
        append(`图 ${block.no} ${block.caption}`);
        break;
      case 'case':
        currentCase = { no: block.no, title: block.title, section: section().id, paragraphIds: [] };
        cases.push(currentCase);
        append(`案例 ${block.no} ${block.title}`);
        break;
    }
  }
  if (sections.length === 0) throw new CorpusError(raw.file, 'no numbered sections found (expected headings such as "1.1 规模和结构", "一、基本情况", "（一）办学条件" or "1、招生")');

  const report: Report = {
    meta: raw.meta,
    file: raw.file,
    text,
    sections: sections as Section[],
    paragraphs,
    tables: tables as Table[],
    cases: cases as CaseStudy[],
    figures,
    defects: findDefects(paragraphs),
  };
  return report;
}

const DEFECTS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /\d+\.(?!\d)(?=[\u4e00-\u9fff%])/gu, reason: '小数点后缺少数字（原文如此，疑为提取缺陷）' },
  { pattern: /[\u4e00-\u9fff]\s+(?:and|or|the|of)\s+[\u4e00-\u9fff]/gu, reason: '中文句中夹有英文词（原文如此，疑为提取缺陷）' },
];

/** Defects are flagged with their place and kept as written: a quote must match the report. */
function findDefects(paragraphs: readonly Paragraph[]): Defect[] {
  const found: Defect[] = [];
  for (const p of paragraphs) {
    for (const { pattern, reason } of DEFECTS) {
      for (const m of p.text.matchAll(pattern)) {
        if (isListNumber(p.text, m.index, m[0].replace(/\.$/u, ''), UNITS)) continue;
        const start = p.span.start + (m.index ?? 0);
        found.push({ text: m[0], span: { start, end: start + m[0].length }, reason });
      }
    }
  }
  return found;
}
