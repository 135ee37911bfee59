import type { LineBlock } from './blocks.ts';
import { fitWidth, splitNumbers } from './table-cells.ts';

/** Each table's rows, its header too, split to the width of its widest row (a tab a PDF lost to a space). */
export function evenTables(blocks: readonly LineBlock[]): LineBlock[] {
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
