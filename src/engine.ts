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
  /** Why a question is answered as it is: frames, candidates, per-factor scores, confidence (`ask --explain`). */
  inspect(question: string): object;
  /** The answer for one figure by its id (alternative buttons). */
  explain(ref: string): Answer | null;
  /** Questions to offer as examples: the report's own list, else one per chapter from the engine. */
  examples(): readonly string[];
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

/** Answers are pure functions of the question, so repeated questions (chips, buttons) are served from memory. */
function memoise(fn: (q: string) => Answer, size: number): (q: string) => Answer {
  if (size <= 0) return fn;
  const cache = new Map<string, Answer>();
  return (q) => {
    const hit = cache.get(q);
    if (hit) {
      cache.delete(q); // refresh its place: least recently used goes first
      cache.set(q, hit);
      return hit;
    }
    const a = fn(q);
    if (cache.size >= size) cache.delete(cache.keys().next().value!);
    cache.set(q, a);
    return a;
  };
}

export function createEngine(config: Pick<Config, 'corpusDir' | 'indexDir' | 'reportId' | 'staleIndex' | 'answerCacheSize'>): Engine & { rebuilt: boolean } {
  const raw = pickReport(loadCorpus(config.corpusDir), config.reportId, config.corpusDir);
  const { kb, rebuilt } = loadKnowledge(config.indexDir, raw, config.staleIndex);
  warmUp();
  const answerer = new Answerer(kb);
  // The checked suggestions take a few hundred milliseconds to work out: do it just after start, not on the
  // first question the report does not answer (and not at all in a one-shot CLI run, which exits first).
  setTimeout(() => answerer.defaultSuggestions(), 200).unref();
  const { report } = kb;
  return {
    meta: report.meta,
    stamp: kb.stamp,
    rebuilt,
    answer: memoise((q) => answerer.answer(q), config.answerCacheSize),
    explain: (ref) => answerer.explain(ref),
    inspect: (question) => answerer.inspect(question),
    examples: () => (report.meta.examples?.length ? report.meta.examples : answerer.defaultSuggestions()),
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
