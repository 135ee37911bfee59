import type { Fact, Report } from '../corpus/types.ts';

/**
 * The question a person would ask for one figure, made from its frame: where it stands (a table or case),
 * its period, whose figure it is, and its name. Suggestions and the coverage test both ask it; a suggestion
 * is offered only when asking it brings back that very figure.
 */
export function askFor(f: Fact, report: Report): string | null {
  const name = f.frame?.name ?? '';
  if ((f.kind !== 'quantity' && f.kind !== 'ratio') || f.defect || name.length < 2 || /^\d/u.test(name)) return null;
  const who = f.scope.kind !== 'city' ? f.scope.name : report.meta.city;
  const where = f.table !== undefined ? `表${f.table}里` : f.caseNo !== undefined ? `案例${f.caseNo}里` : '';
  const period = f.period.replace(/\s+/g, '');
  // 起薪提高 7%: a change is asked as one (提高了多少).
  const ask = /(?:提高|增长|增加|下降|减少|提升)$/u.test(name)
    ? '了多少'
    : // 惠及学生 98% 以上: a share of people is asked as a share (的比例), not as people.
      f.unit.trim() === '%' && !/(?:率|比例|比重|占比|度|比)$/u.test(name) ? '的比例是多少' : howMuch(f.unit);
  return `${where}${period}${name.startsWith(who) ? '' : who}${name}${ask}？`;
}

/** How a person asks for a figure of this unit: 多少人次, 多少所, 多少万元; a rate or a ratio is just 是多少. */
function howMuch(unit: string): string {
  const u = unit.replace(/\s+/gu, '');
  if (!u || u === '%' || u === 'ratio' || /^\d/u.test(u)) return '是多少';
  return /元$/u.test(u) ? `是多少${u}` : `有多少${u}`;
}
