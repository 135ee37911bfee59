import type { ReportMeta } from '../corpus/types.ts';
import { escapeAttribute as escapeHtml } from '../text/escape.ts';

/**
 * The page is rendered once at start from the report's metadata, so its name, issuer and year are on screen
 * before any script runs; every value is escaped, since metadata comes from a file anyone may add.
 */
export function renderPage(template: string, meta: ReportMeta, examples: readonly string[]): string {
  const chips = examples
    .map((q) => `<button type="button" class="chip" data-q="${escapeHtml(q)}">${escapeHtml(q)}</button>`)
    .join('\n      ');
  const values: Record<string, string> = {
    title: escapeHtml(meta.title),
    shortTitle: escapeHtml(meta.shortTitle || meta.title),
    issuer: escapeHtml(meta.issuer),
    year: String(meta.yearCovered),
    published: escapeHtml(meta.published.replace(/^(\d{4})-(\d{2})$/, (_m, y: string, mo: string) => `${y} 年 ${Number(mo)} 月`)),
    // Whose education the report is about: the school's for its own report, else the city's.
    city: escapeHtml(meta.level === 'school' && meta.school ? meta.school : meta.city),
    example: escapeHtml(examples[0] ?? '升学率是多少'),
    chips,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => values[key] ?? m);
}
