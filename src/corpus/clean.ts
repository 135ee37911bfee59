/**
 * Stage 1: the PDF extraction → logical blocks, as an ordered pipeline: page furniture goes, then the contents
 * lists; each line is read as a caption, a table row, a heading or text; everything before the first heading
 * goes; text cut by line and page breaks is joined again. Every character of wording is kept.
 */
import { captionOf } from './captions.ts';
import { dropContents, dropUnnumberedContents } from './contents.ts';
import { headingMark, type HeadingMark } from './heading-marks.ts';
import { Outline } from './outline.ts';
import { dropPageFurniture } from './page-furniture.ts';
import { fitWidth, isCellContinuation, isChartLabel, spacedCells, splitNumbers, tabCells } from './table-cells.ts';

export type Block =
  | { readonly kind: 'heading'; readonly id: string; readonly title: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tableCaption'; readonly no: number; readonly title: string }
  | { readonly kind: 'tableRow'; readonly cells: readonly string[] }
  | { readonly kind: 'figure'; readonly no: number; readonly caption: string }
  | { readonly kind: 'case'; readonly no: number; readonly title: string };

/** A table row outside a captioned table: a paragraph of its own, never joined with the text around it. */
type Row = { readonly kind: 'row'; readonly text: string };
/** A line read on its own, before the outline decides which numbered lines are headings. */
type LineBlock = Exclude<Block, { kind: 'heading' }> | Row | { readonly kind: 'mark'; readonly mark: HeadingMark; readonly line: string };

// A paragraph that ends on one of these is complete; anything else was cut by a line or page break.
const COMPLETE = /[。！？!?；;…]["”’」』)）]?$/u;

export function toBlocks(text: string): Block[] {
  const lines = dropContents(dropUnnumberedContents(dropPageFurniture(text.split(/\r?\n/).map((l) => l.replace(/\s+$/u, '')))));
  return joinBrokenText(outline(bodyOf(evenTables(readLines(lines)))));
}

/** Each table's rows, its header too, split to the width of its widest row (a tab a PDF lost to a space). */
function evenTables(blocks: readonly LineBlock[]): LineBlock[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.kind !== 'tableCaption') continue;
    let end = i + 1;
    while (out[end]?.kind === 'tableRow') end++;
    const rows = (out.slice(i + 1, end) as { kind: 'tableRow'; cells: readonly string[] }[]).map((r) => ({ ...r, cells: splitNumbers(r.cells) }));
    const width = Math.max(0, ...rows.map((r) => r.cells.length));
    rows.forEach((r, k) => (out[i + 1 + k] = { kind: 'tableRow', cells: fitWidth(r.cells, width) }));
  }
  return out;
}

/** Each line as a caption, a table row (inside a table), a numbered line or text. */
function readLines(lines: readonly string[]): LineBlock[] {
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

/** The front matter (cover, foreword, anything before the first numbered heading) goes. */
function bodyOf(blocks: readonly LineBlock[]): LineBlock[] {
  const first = blocks.findIndex((b) => b.kind === 'mark');
  return first < 0 ? [] : blocks.slice(first);
}

/** Numbered lines that continue the outline are headings with their path as id; the others are text. */
function outline(blocks: readonly LineBlock[]): (Block | Row)[] {
  const tree = new Outline();
  const headings = new Set<string>();
  const out: (Block | Row)[] = [];
  for (const b of blocks) {
    if (b.kind !== 'mark') {
      out.push(b);
      continue;
    }
    const id = tree.accept(b.mark);
    if (id) {
      headings.add(b.line);
      out.push({ kind: 'heading', id, title: b.mark.title });
    } else if (!headings.has(b.line)) out.push({ kind: 'text', text: b.line });
    // A heading said again where it does not continue the outline is its chapter's running header: it goes.
  }
  return out;
}

/** Text blocks cut by a break are joined back; other blocks pass through. */
function joinBrokenText(blocks: readonly (Block | Row)[]): Block[] {
  const out: Block[] = [];
  let open: string | null = null;
  const flush = (): void => {
    if (open !== null) out.push({ kind: 'text', text: open });
    open = null;
  };
  for (const block of blocks) {
    if (block.kind !== 'text') {
      flush();
      out.push(block.kind === 'row' ? { kind: 'text', text: block.text } : block);
    } else if (open !== null && !COMPLETE.test(open)) open = joinBroken(open, block.text);
    else {
      flush();
      open = block.text;
    }
  }
  flush();
  return out;
}

/** Chinese is written without spaces, so a break inside it is removed; between Latin words it was one. */
function joinBroken(left: string, right: string): string {
  const needsSpace = /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right);
  return left + (needsSpace ? ' ' : '') + right;
}
