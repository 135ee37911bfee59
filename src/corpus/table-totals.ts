import type { Fact, Report, Table } from './types.ts';

/** A table's own total row (合计 65 …): such a table needs no total from the text. */
const TOTAL_ROW = /合计|总计|共计|小计/u;

/** The column of a table whose every cell is a whole number (人数 65, 70 …), or -1. */
function countColumn(t: Table): number {
  const width = Math.max(0, ...t.rows.map((r) => r.cells.length));
  for (let k = width - 1; k >= 0; k--) {
    if (/序号|编号/u.test(t.headers[k] ?? '')) continue;
    if (t.rows.length >= 2 && t.rows.every((r) => /^\d+$/u.test((r.cells[k] ?? '').trim()))) return k;
  }
  return -1;
}

/**
 * A total the text states over a table's rows (…培训共计 6 项，共培训 410 人 beside 表 3's six rows of 人数): the
 * figure in the table's section framed as a total whose value is the rows' sum is that table's total, which the
 * table itself does not print. The sum only finds the figure; the figure shown is the report's own.
 */
export function withTableTotals(facts: readonly Fact[], report: Report): Fact[] {
  const totals = new Map<string, number>();
  for (const t of report.tables) {
    if (t.rows.some((r) => r.cells.some((c) => TOTAL_ROW.test(c)))) continue;
    const k = countColumn(t);
    if (k < 0) continue;
    const sum = t.rows.reduce((s, r) => s + Number(r.cells[k]), 0);
    const stated = facts.filter((f) =>
      f.table === undefined && f.section === t.section && f.value === sum && f.frame?.aggregation === 'total');
    if (stated.length === 1) totals.set(stated[0]!.id, t.no);
  }
  return facts.map((f) => (totals.has(f.id) ? { ...f, totalOf: totals.get(f.id)! } : f));
}
