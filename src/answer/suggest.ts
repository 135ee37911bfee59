import type { Fact, Report } from '../corpus/types.ts';

/**
 * The question a person would ask for one figure, made from its frame: where it stands (a table or case),
 * its period, whose figure it is, and its name. Suggestions and the coverage test both ask it; a suggestion
 * is offered only when asking it brings back that very figure.
 */
export function askFor(f: Fact, report: Report): string | null {
  const name = f.frame?.name ?? '';
  if ((f.kind !== 'quantity' && f.kind !== 'ratio') || f.defect || name.length < 2 || /^\d/u.test(name)) return null;
  const who = f.scope.kind === 'entity' ? f.scope.name : report.meta.city;
  const where = f.table !== undefined ? `表${f.table}里` : f.caseNo !== undefined ? `案例${f.caseNo}里` : '';
  const period = f.period.replace(/\s+/g, '');
  return `${where}${period}${name.startsWith(who) ? '' : who}${name}是多少？`;
}
