import type { Fact, Report } from '../corpus/types.ts';
import { type Evidence, norm, type ReportText } from './evidence.ts';
import { labelPrecision } from './fit.ts';
import type { Question } from './question.ts';
import { coverage, type WeightedTerm } from './score.ts';
import { askedColumn } from './tables.ts';

/** A table row as a candidate answer: where it stands and its cells, copied. */
export interface TableRow {
  readonly table: number;
  readonly row: number;
  readonly cells: readonly string[];
}

/** A row with how well it answers: its score (for ranking) and its cover (the question's words it holds). */
export interface ScoredRow {
  readonly item: TableRow;
  readonly score: number;
  readonly cover: number;
}

/** Which of the schools named is asked (哪家的…是, 哪个是). */
const WHICH_OF_NAMED = /哪(?:个|家|所)/u;

/**
 * Every row of the report's tables (of the one the question names, when it names one) that holds the question's
 * words, best first: a row of another school than the one named, or of a place or kind of school the report does not
 * cover, is none; a table with a column for what is asked (哪几个专业 → 专业点名称) is the better place to look.
 */
export function scoreTableRows(
  report: Report, text: ReportText, q: Question, terms: readonly WeightedTerm[], hits: Map<string, number>,
): ScoredRow[] {
  const out: ScoredRow[] = [];
  // (The report's own province is the level its lists are of: 省级 rows are Henan's.)
  const province = report.meta.province ?? '';
  const away = q.elsewhere.filter((pl) => !(province && pl.startsWith(province)) && !/^全/u.test(pl));
  for (const t of report.tables) {
    if (q.table !== null && t.no !== q.table) continue;
    const title = text.tableTitles.get(t.no) ?? '';
    const columnFit = askedColumn(t.headers, q.focus) >= 0 ? 1.1 : 1;
    t.rows.forEach((r, i) => {
      const cells = r.cells.filter((_, k) => !/序号|编号/.test(t.headers[k] ?? ''));
      const joined = norm(cells.join(' '));
      // The school itself, not one named after it (某职业技术学院 ≠ 某职业技术学院老年大学).
      const names = new Set(cells.flatMap((c) => c.split(/\s+|、/u)).map(norm));
      if (q.entities.length && !q.entities.some((n) => names.has(norm(n)))) return;
      // A table's title names what every row is, as much as the row's own cells do.
      const e: Evidence = {
        label: `${joined}|${title}`,
        clause: joined,
        sentence: norm(t.headers.join(' ')),
        titles: title,
        paragraph: text.sectionTitles.get(t.section) ?? '',
      };
      // A place or kind of school the report does not cover (某市技师学院) is in no row's words.
      if (away.some((pl) => !`${e.label} ${e.paragraph}`.includes(norm(pl).replace(/(省|市)$/u, '')))) return;
      const { score: cover, strong } = coverage(terms, e);
      if (strong === 0) return;
      const precision = labelPrecision(terms, { ...e, label: joined });
      const score = cover * (0.75 + 0.25 * precision) * columnFit + 0.03 * (hits.get(`r:${t.no}:${i}`) ?? 0);
      out.push({ item: { table: t.no, row: i, cells: r.cells }, score, cover });
    });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Whether every word the question weighs is in the label of one figure of the table it names (表3 学籍管理员). */
export function namesTableRow(facts: readonly Fact[], q: Question, terms: readonly WeightedTerm[]): boolean {
  const asked = terms.filter((w) => w.weight > 0 && w.term.partWeight === 1);
  const holds = (f: Fact, w: WeightedTerm): boolean => w.term.forms.some((x) => norm(f.label).includes(norm(x)));
  return asked.length > 0 && facts.some((f) => f.table === q.table && asked.every((w) => holds(f, w)));
}

/** 在甲和乙之间纠结，哪家的幼儿保育是示范专业: of the schools named, those the quoted rows hold; [] if none is asked. */
export function namedSchoolsListed(q: Question, quoted: readonly string[]): string[] {
  if (!WHICH_OF_NAMED.test(q.focus) || q.entities.length < 2) return [];
  return q.entities.filter((n) => quoted.some((r) => r.includes(n)));
}
