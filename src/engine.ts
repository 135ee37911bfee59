import { Answerer } from './answer/answer.ts';
import type { Answer } from './answer/types.ts';
import type { Config } from './config.ts';
import { loadCorpus } from './corpus/load.ts';
import type { RawReport, ReportMeta, Section } from './corpus/types.ts';
import { CorpusError } from './errors.ts';
import { loadKnowledge } from './index/store.ts';
import { warmUp } from './text/segment.ts';

/** The one answering core that every channel (CLI, HTTP, Telegram) translates to and from. */
export interface Engine {
  readonly meta: ReportMeta;
  readonly stamp: string;
  answer(question: string): Answer;
  /** The answer for one figure by its id (alternative buttons). */
  explain(ref: string): Answer | null;
  sections(): readonly Pick<Section, 'id' | 'title' | 'level'>[];
  section(id: string): { id: string; title: string; text: string } | null;
}

export function pickReport(reports: readonly RawReport[], reportId: string, dir: string): RawReport {
  if (reportId) {
    const r = reports.find((x) => x.meta.id === reportId);
    if (!r) throw new CorpusError(dir, `REPORT_ID "${reportId}" not found; available: ${reports.map((x) => x.meta.id).join(', ')}`);
    return r;
  }
  return reports.find((r) => r.meta.default) ?? reports[0]!;
}

export function createEngine(config: Pick<Config, 'corpusDir' | 'indexDir' | 'reportId' | 'staleIndex'>): Engine & { rebuilt: boolean } {
  const raw = pickReport(loadCorpus(config.corpusDir), config.reportId, config.corpusDir);
  const { kb, rebuilt } = loadKnowledge(config.indexDir, raw, config.staleIndex);
  warmUp();
  const answerer = new Answerer(kb);
  const { report } = kb;
  return {
    meta: report.meta,
    stamp: kb.stamp,
    rebuilt,
    answer: (q) => answerer.answer(q),
    explain: (ref) => answerer.explain(ref),
    sections: () => report.sections.map(({ id, title, level }) => ({ id, title, level })),
    section: (id) => {
      const s = report.sections.find((x) => x.id === id.trim());
      if (!s) return null;
      const under = report.sections.filter((x) => x.id === s.id || x.id.startsWith(`${s.id}.`));
      const start = report.text.indexOf(`${s.id} ${s.title}`);
      const next = report.sections[report.sections.indexOf(under.at(-1)!) + 1];
      const end = next ? report.text.indexOf(`${next.id} ${next.title}`, start + 1) : report.text.length;
      return { id: s.id, title: s.title, text: report.text.slice(start, end < 0 ? undefined : end).trim() };
    },
  };
}
