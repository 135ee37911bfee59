import { describe, expect, it } from 'vitest';
import { withTableTotals } from '../src/corpus/table-totals.ts';
import type { Fact, Report } from '../src/corpus/types.ts';
import { realAnswerer } from './helpers.ts';

const { kb } = realAnswerer();

describe('a table’s total stated in the text', () => {
  it('links 共培训 410 人 to 表 3, whose six rows of 人数 print no total', () => {
    const linked = kb.facts.filter((f) => f.totalOf !== undefined);
    expect(linked.map((f) => [f.text, f.totalOf])).toEqual([['410 人', 3]]);
  });

  it('keeps the figure as the report writes it (the sum only finds it)', () => {
    const f = kb.facts.find((x) => x.totalOf === 3)!;
    expect(kb.report.text.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  const table = { no: 1, title: '某表', section: '1.1', headers: ['序号', '名称', '人数'], rows: [] as { cells: string[]; span: { start: number; end: number } }[] };
  const row = (cells: string[]) => ({ cells, span: { start: 0, end: 0 } });
  const fact = (id: string, value: number, aggregation: 'total' | 'plain', section = '1.1'): Fact =>
    ({ id, kind: 'quantity', text: `${value} 人`, value, unit: '人', label: '', clause: '', sentence: '', scope: { kind: 'city' }, years: [], period: '', section, paragraphId: 'p1', span: { start: 0, end: 0 }, frame: { measure: '', partOf: false, aggregation, level: null, sector: null, name: '' } }) as unknown as Fact;
  const report = (rows: string[][]) => ({ tables: [{ ...table, rows: rows.map(row) }] }) as unknown as Report;

  it.each([
    ['a total of the rows in the same section', [['1', '甲', '5'], ['2', '乙', '7']], [fact('a', 12, 'total')], ['a']],
    ['no figure framed as a total', [['1', '甲', '5'], ['2', '乙', '7']], [fact('a', 12, 'plain')], []],
    ['a total in another section', [['1', '甲', '5'], ['2', '乙', '7']], [fact('a', 12, 'total', '2.1')], []],
    ['a table with its own total row', [['1', '甲', '5'], ['2', '乙', '7'], ['合计', '', '12']], [fact('a', 12, 'total'), fact('b', 24, 'total')], []],
    ['two figures that could be it', [['1', '甲', '5'], ['2', '乙', '7']], [fact('a', 12, 'total'), fact('b', 12, 'total')], []],
  ])('%s', (_, rows, facts, linked) => {
    expect(withTableTotals(facts, report(rows)).filter((f) => f.totalOf !== undefined).map((f) => f.id)).toEqual(linked);
  });
});
