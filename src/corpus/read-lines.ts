import { COMPLETE, type LineBlock } from './blocks.ts';
import { captionOf } from './captions.ts';
import { headingMark } from './heading-marks.ts';
import { fitWidth, isCellContinuation, isChartLabel, spacedCells, tabCells } from './table-cells.ts';

/** Each line as a caption, a table row (inside a table), a numbered line or text. */
export function readLines(lines: readonly string[]): LineBlock[] {
  const out: LineBlock[] = [];
  let table: { width: number } | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const caption = captionOf(line);
    if (caption) {
      table = caption.kind === 'tableCaption' ? { width: 0 } : null;
      out.push(captionBlock(caption.kind, caption.no, caption.title));
      continue;
    }
    if (line.includes('\t')) {
      const cells = table && table.width > 0 ? fitWidth(tabCells(line), table.width) : tabCells(line);
      if (table && table.width === 0) table.width = cells.length;
      // Outside a captioned table a row is kept as a line of text of its own, its cells apart by spaces.
      out.push(table ? { kind: 'tableRow', cells } : { kind: 'row', text: cells.filter(Boolean).join('  ') });
      continue;
    }
    const mark = headingMark(line);
    const last = out.at(-1);
    if (table && !mark && last?.kind === 'tableRow' && isCellContinuation(line)) {
      out[out.length - 1] = { kind: 'tableRow', cells: [...last.cells.slice(0, -1), `${last.cells.at(-1) ?? ''} ${line}`.trim()] };
      continue;
    }
    // Inside a table a numbered row (1 合计) is a row; a heading of another style ends the table.
    const cells = table && (!mark || mark.style === 'arabic') ? spacedCells(line) : null;
    if (table && cells && (table.width === 0 || Math.abs(cells.length - table.width) <= 1)) {
      if (table.width === 0) table.width = cells.length;
      out.push({ kind: 'tableRow', cells });
      continue;
    }
    table = null;
    if (!mark && isChartLabel(line)) continue;
    out.push(mark ? { kind: 'mark', mark, line } : { kind: 'text', text: line });
  }
  return titledCases(out);
}

function captionBlock(kind: 'tableCaption' | 'figure' | 'case', no: number, title: string): LineBlock {
  if (kind === 'figure') return { kind, no, caption: title };
  return { kind, no, title };
}

/** A case whose line had only its number (案例分享 12：) takes the next line as its title. */
function titledCases(blocks: LineBlock[]): LineBlock[] {
  const out: LineBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.kind === 'case' && !b.title && next && (next.kind === 'text' || next.kind === 'mark') && !COMPLETE.test(lineOf(next))) {
      out.push({ ...b, title: lineOf(next) });
      i++;
    } else out.push(b);
  }
  return out;
}

const lineOf = (b: LineBlock): string => (b.kind === 'mark' ? b.line : b.kind === 'text' ? b.text : '');

