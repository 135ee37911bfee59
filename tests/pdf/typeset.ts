import { minimalPdf, type Placed } from './minimal-pdf.ts';

/**
 * A report's text typeset as a PDF would have it: paragraphs wrapped at a fixed width (so sentences break
 * anywhere, numbers and units apart), table cells placed apart on one baseline, a running header and a page
 * number on every page. Every glyph is one em wide, as in the hand-written test font.
 */

const SIZE = 10;
// Tables are set smaller, as reports do, so their widest row fits the page.
const TABLE_SIZE = 7;
const LEFT = 60;
const PER_LINE = 42;
const LINES_PER_PAGE = 44;
const TOP = 770;
const LEADING = 16;

type Row = string | readonly string[];

function rows(text: string): Row[] {
  const out: Row[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line.trim()) continue;
    if (line.includes('\t')) {
      out.push(line.split('\t'));
      continue;
    }
    const chars = [...line.trim()];
    for (let i = 0; i < chars.length; i += PER_LINE) out.push(chars.slice(i, i + PER_LINE).join(''));
  }
  return out;
}

function placeRow(row: Row, y: number): Placed[] {
  if (typeof row === 'string') return [{ x: LEFT, y, text: row, size: SIZE }];
  const out: Placed[] = [];
  let x = LEFT;
  for (const cell of row) {
    if (cell.trim()) out.push({ x, y, text: cell.trim(), size: TABLE_SIZE });
    x += ([...cell.trim()].length + 3) * TABLE_SIZE;
  }
  return out;
}

export function typesetPdf(text: string, header: string): Uint8Array {
  const all = rows(text);
  const pages: Placed[][] = [];
  for (let start = 0, n = 1; start < all.length; start += LINES_PER_PAGE, n++) {
    const page: Placed[] = [{ x: 150, y: 810, text: header, size: 9 }, { x: 290, y: 30, text: `- ${n} -`, size: 9 }];
    all.slice(start, start + LINES_PER_PAGE).forEach((row, i) => page.push(...placeRow(row, TOP - i * LEADING)));
    pages.push(page);
  }
  return minimalPdf(pages);
}
