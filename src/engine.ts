import { Answerer } from './answer/answer.ts';
import type { Answer } from './answer/types.ts';
import type { Config } from './config.ts';
import { loadCorpus } from './corpus/load.ts';
import type { RawReport, ReportMeta, Section } from './corpus/types.ts';
import { CorpusError } from './errors.ts';
import { loadKnowledge, type KnowledgeBase } from './index/store.ts';
import { comparesEditions, previousEdition, sideBySide, withoutComparison } from './editions.ts';
import { routeQuestion } from './routing.ts';
import { ensureDictionary } from './text/dictionary-file.ts';
import { warmUp } from './text/segment.ts';

/** One loaded report, as channels list it. */
export interface ReportInfo {
  readonly id: string;
  readonly title: string;
  readonly issuer: string;
  readonly year: number;
  readonly default: boolean;
}

/** The one answering core that every channel (CLI, HTTP, Telegram) translates to and from. */
export interface Engine {
  /** The default report's metadata. */
  readonly meta: ReportMeta;
  readonly stamp: string;
  /** Every loaded report, the default first. */
  reports(): readonly ReportInfo[];
  /** The answer from the given report, or from the one the question names (its city, school or year), else the default. */
  answer(question: string, reportId?: string): Answer;
  /** Why a question is answered as it is: frames, candidates, per-factor scores, confidence (`ask --explain`). */
  inspect(question: string): object;
  /** The answer for one figure by its id (alternative buttons); another report's figures carry its id (`id:ref`). */
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

interface Loaded {
  readonly meta: ReportMeta;
  readonly kb: KnowledgeBase;
  readonly answerer: Answerer;
  readonly answer: (q: string) => Answer;
}

/** Another report's alternatives carry its id, so that a button pressed later finds the same report. */
function tagged(a: Answer, id: string | null): Answer {
  return id === null ? a : { ...a, alternatives: a.alternatives.map((x) => ({ ...x, ref: `${id}:${x.ref}` })) };
}

function sectionText(report: KnowledgeBase['report'], id: string): { id: string; title: string; text: string } | null {
  const s = report.sections.find((x) => x.id === id.trim());
  if (!s) return null;
  const under = report.sections.filter((x) => x.id === s.id || x.id.startsWith(`${s.id}.`));
  const start = report.text.indexOf(`${s.id} ${s.title}`);
  const next = report.sections[report.sections.indexOf(under.at(-1)!) + 1];
  const end = next ? report.text.indexOf(`${next.id} ${next.title}`, start + 1) : report.text.length;
  return { id: s.id, title: s.title, text: report.text.slice(start, end < 0 ? undefined : end).trim() };
}

export function createEngine(config: Pick<Config, 'corpusDir' | 'indexDir' | 'reportId' | 'staleIndex' | 'answerCacheSize'>): Engine & { rebuilt: boolean } {
  const raws = loadCorpus(config.corpusDir);
  // Before anything is cut: jieba reads its dictionary once, and it must hold every report's rare words.
  ensureDictionary(raws.map((r) => r.text));
  const chosen = pickReport(raws, config.reportId, config.corpusDir);
  let rebuilt = false;
  const loaded = [chosen, ...raws.filter((r) => r !== chosen)].map((raw): Loaded => {
    const got = loadKnowledge(config.indexDir, raw, config.staleIndex);
    rebuilt ||= got.rebuilt;
    const answerer = new Answerer(got.kb);
    return { meta: raw.meta, kb: got.kb, answerer, answer: memoise((q) => answerer.answer(q), config.answerCacheSize) };
  });
  warmUp();
  const main = loaded[0]!;
  // The checked suggestions take a few hundred milliseconds to work out: do it just after start, not on the
  // first question the report does not answer (and not at all in a one-shot CLI run, which exits first).
  setTimeout(() => main.answerer.defaultSuggestions(), 200).unref();
  const byId = new Map(loaded.map((l) => [l.meta.id, l]));
  const metas = loaded.map((l) => l.meta);
  const tagOf = (l: Loaded): string | null => (l === main ? null : l.meta.id);
  return {
    meta: main.meta,
    stamp: main.kb.stamp,
    rebuilt,
    reports: () => loaded.map((l) => ({ id: l.meta.id, title: l.meta.title, issuer: l.meta.issuer, year: l.meta.yearCovered, default: l === main })),
    answer: (question, reportId) => {
      const l = byId.get(reportId ?? routeQuestion(question, metas, main.meta.id)) ?? main;
      const before = comparesEditions(question) ? previousEdition(l.meta, metas) : undefined;
      const p = before ? byId.get(before.id) : undefined;
      if (!p) return tagged(l.answer(question), tagOf(l));
      const asked = withoutComparison(question);
      return sideBySide(question, { meta: l.meta, answer: tagged(l.answer(asked), tagOf(l)) }, { meta: p.meta, answer: tagged(p.answer(asked), tagOf(p)) });
    },
    explain: (ref) => {
      const at = ref.indexOf(':');
      const l = at > 0 ? byId.get(ref.slice(0, at)) : main;
      const a = l?.answerer.explain(at > 0 ? ref.slice(at + 1) : ref);
      return a && l ? tagged(a, tagOf(l)) : null;
    },
    inspect: (question) => (byId.get(routeQuestion(question, metas, main.meta.id)) ?? main).answerer.inspect(question),
    examples: () => (main.meta.examples?.length ? main.meta.examples : main.answerer.defaultSuggestions()),
    sections: () => main.kb.report.sections.map(({ id, title, level }) => ({ id, title, level })),
    section: (id) => sectionText(main.kb.report, id),
  };
}
