import type { Ingested } from '../corpus/ingest.ts';

/** What Lunr indexes: one document per fact, paragraph, table row, case and section. */
export interface IndexDocument {
  readonly ref: string;
  /** The words that name the measure or the item (boosted). */
  readonly label: string;
  /** The sentence or paragraph around it. */
  readonly body: string;
  /** Section, case or table titles it sits under. */
  readonly title: string;
}

export function toDocuments({ report, facts }: Ingested): IndexDocument[] {
  const sectionTitle = new Map(report.sections.map((s) => [s.id, `${s.id} ${s.title}`]));
  const caseTitle = new Map(report.cases.map((c) => [c.no, `案例 ${c.no} ${c.title}`]));
  const docs: IndexDocument[] = [];
  for (const f of facts) {
    docs.push({
      ref: `f:${f.id}`,
      label: f.label,
      body: f.sentence,
      title: [sectionTitle.get(f.section), f.caseNo !== undefined ? caseTitle.get(f.caseNo) : ''].join(' '),
    });
  }
  for (const p of report.paragraphs) {
    docs.push({ ref: `p:${p.id}`, label: '', body: p.text, title: [sectionTitle.get(p.section), p.caseNo !== undefined ? caseTitle.get(p.caseNo) : ''].join(' ') });
  }
  for (const t of report.tables) {
    t.rows.forEach((row, i) => {
      docs.push({ ref: `r:${t.no}:${i}`, label: row.cells.join(' '), body: t.headers.join(' '), title: `表 ${t.no} ${t.title} ${sectionTitle.get(t.section) ?? ''}` });
    });
  }
  for (const c of report.cases) docs.push({ ref: `c:${c.no}`, label: c.title, body: '', title: sectionTitle.get(c.section) ?? '' });
  for (const s of report.sections) docs.push({ ref: `s:${s.id}`, label: s.title, body: '', title: '' });
  return docs;
}
