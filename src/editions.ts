import type { Answer } from './answer/types.ts';
import type { ReportMeta } from './corpus/types.ts';

/**
 * A question comparing with the year before (比去年多了多少, 同比增长) when the previous edition of the same
 * report is loaded: both figures, each as its report states it, and no difference computed.
 */

const ACROSS_EDITIONS = /比(?:去年|上年|上一年|前一年)|较(?:去年|上年)|与(?:去年|上年)相比|和(?:去年|上年)比|同比|比\s*20\d{2}\s*年/u;
// The comparison itself (比去年提高了); what is asked (多少人) stays for each edition to answer.
const CUE = /(?:(?:比|较|与|和)\s*(?:去年|上年|上一年|前一年|20\d{2}\s*年度?)(?:相比|比)?|同比)(?:的)?(?:多了|少了|增加了|减少了|增长了|下降了|提高了|变化了|多|少|增加|减少|增长|下降|提高|变化)?/gu;

export const comparesEditions = (question: string): boolean => ACROSS_EDITIONS.test(question);

/** The question without its comparison, to be asked of each edition. */
export const withoutComparison = (question: string): string => question.replace(CUE, '').trim() || question;

/** The same report's edition of the year before: same issuer, city, level and school. */
export function previousEdition(current: ReportMeta, all: readonly ReportMeta[]): ReportMeta | undefined {
  return all.find(
    (m) => m.yearCovered === current.yearCovered - 1 && m.issuer === current.issuer && m.city === current.city && (m.level ?? 'city') === (current.level ?? 'city') && m.school === current.school,
  );
}

const stated = (a: Answer, meta: ReportMeta): string =>
  a.found && a.figure && a.source ? `《${meta.title}》：${a.figure.text}（${a.source.section} ${a.source.title}：“${a.source.paragraph}”）` : `《${meta.title}》没有写到这一项。`;

/** Both editions' figures side by side; the answer is the current edition's, with the other's stated beside it. */
export function sideBySide(question: string, current: { meta: ReportMeta; answer: Answer }, previous: { meta: ReportMeta; answer: Answer }): Answer {
  const both = current.answer.found && previous.answer.found;
  const text = [
    both ? '两份报告各自写的数字如下（差值不作计算，请以原文为准）：' : '只有一份报告写到了这一项：',
    stated(current.answer, current.meta),
    stated(previous.answer, previous.meta),
  ].join('\n');
  const base = current.answer.found ? current.answer : previous.answer;
  return { ...base, question, found: base.found, answer: base.found ? text : base.answer };
}
