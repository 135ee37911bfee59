import type { Fact, Paragraph, Section } from '../corpus/types.ts';
import { mandarin } from '../text/dialect.ts';
import type { KnowledgeBase } from '../index/store.ts';
import { searchForms } from '../index/lunr-index.ts';
import { asAboutOnePerson, type Evidence, norm, ReportText } from './evidence.ts';
import { displayLabel, figureOf, numberReply, sourceLine, sourceOf } from './format.ts';
import { askFor } from './suggest.ts';
import { fit, fitFactors, RANK, statesTotal, totalAsked } from './fit.ts';
import { withHighlights } from './highlights.ts';
import { parseQuestion, type Question } from './question.ts';
import { asks, asksWhichIsBest, groupNamed, onlyDiscourse, onlyTells } from './question-type.ts';
import { escapeRe } from '../text/escape.ts';
import { ANSWER_KINDS, coverage, mismatch, quietStory, requiredGroups, unitFactor, unknownMeasure, unknownQualifier, unknownWhich, weighTerms, withContrastGroups, withContrasts, type WeightedTerm } from './score.ts';
import { answerCells, namedColumn } from './tables.ts';
import { namedSchoolsListed, namesTableRow, scoreTableRows, type ScoredRow } from './table-rows.ts';
import { ASKS_WHO, whoDid } from './who.ts';
import { leadSentence, sectionAsked } from './section-asked.ts';
import type { Alternative, Answer } from './types.ts';
import { BigramIndex, paragraphDocs } from './bigram.ts';
import { confident, evidenceProfile, pairAgreement, type Model, probability, signalsOf, type Signals, type Trace } from './confidence.ts';
import { type Candidate, rerankFeatures, rerankScore, type RerankModel } from './rerank.ts';
import weights from './weights.json' with { type: 'json' };
import topics from './topics.json' with { type: 'json' };
import { topicShare, topicsOf, topicWords, type TopicModel } from './topics.ts';
import required from '../lexicon/required.json' with { type: 'json' };

/** The fitted models the engine uses; `npm run fit` passes its own while it fits them. */
export interface AnswererOptions {
  /** false: every route's best candidate is given unchecked. */
  readonly gate: boolean;
  readonly rerank?: RerankModel | null;
  readonly confidence?: Model | null;
  /** The report's topic model; by default the fitted one stored under its id in `topics.json`, if any. */
  readonly topics?: TopicModel | null;
}

const FITTED = weights as unknown as { rerank?: RerankModel | null; confidence?: Model | null };
const FITTED_TOPICS = (topics as unknown as { reports: Record<string, TopicModel> }).reports;

/** Items named in a list (一、二、三等奖, 助学金、免学费): a total asked of them is their sum. */
const NAMED_ITEMS = /(?:(?:[\u4e00-\u9fff]{1,8}[、+＋和与跟])+[\u4e00-\u9fff]{1,8}?|[一二三]{2,3}等奖)的?[，,\s]*(?:加起来|加上|加一块儿?|加在一起|合计)/u;
/** Minimum share of the question's weight a figure or passage must cover to be given as the answer. */
export const THRESHOLD = { ...weights.route } as const;

/** The signals of a reply the question names outright (表3第6行, 案例5, 6.1存在问题各是啥): every word found, no rival. */
const NAMED_OUTRIGHT = { cover: 1, strong: 1, margin: 1, fitness: 1, local: 1, missing: 0, maxMissing: 0, title: 1 } as const;
export const MAX_QUESTION = 500;
/** Words by which the report itself states a change, just before the figure (起薪提高 7%). */
const CHANGE = /(?:提高|增长|增加|下降|减少|上升|同比|较上年|比上年|增幅|降幅)[^，。；]{0,6}$/u;

function changeStated(sentence: string, figure: string): boolean {
  const at = sentence.indexOf(figure);
  return at > 0 && CHANGE.test(sentence.slice(0, at).trimEnd());
}

interface Scored<T> {
  readonly item: T;
  readonly score: number;
  readonly cover: number;
  readonly strong?: number;
  readonly fitness?: number;
  readonly unitFit?: number;
  readonly hit?: number;
}

/** Two things asked side by side (电商或者幼儿保育, 电商和幼儿保育). */
const ALTERNATIVES = /[\u4e00-\u9fff](?:或者|或是|还是|和|跟|与|、)[\u4e00-\u9fff]/u;

export class Answerer {
  readonly text: ReportText;
  private readonly factLabels: string;
  private readonly pairs: BigramIndex;
  private readonly firstChapter: string;

  /** `gate: false` gives every route's best candidate unchecked (for fitting the confidence model). */
  /** Measures people ask about (分数线, 住校) that this report never speaks of: worked out once. */
  private readonly absentMeasures: readonly string[];
  private readonly rerankModel: RerankModel | null;
  private readonly confidenceModel: Model | null;
  private readonly topicModel: TopicModel | null;

  constructor(readonly kb: KnowledgeBase, private readonly options: AnswererOptions = { gate: true }) {
    this.rerankModel = options.rerank === undefined ? (FITTED.rerank ?? null) : options.rerank;
    this.confidenceModel = options.confidence === undefined ? (FITTED.confidence ?? null) : options.confidence;
    this.topicModel = options.topics === undefined ? (FITTED_TOPICS[kb.report.meta.id] ?? null) : options.topics;
    // Names for typo repair: each institution's aliases and the places they start with (某县职专 → 某县, 某).
    const names = kb.entities.flatMap((e) => [e.name, ...e.aliases]).flatMap((n) => [n, n.slice(0, 2), n.slice(0, 3)]);
    this.text = new ReportText(kb.report, names, kb.facts);
    const whole = norm(kb.report.text);
    this.absentMeasures = required.notMeasured.filter((w) => !whole.includes(norm(w)));
    this.firstChapter = kb.report.sections[0]?.id.split('.')[0] ?? '';
    this.factLabels = kb.facts.filter((f) => f.kind !== 'list').map((f) => norm(f.label)).join('|');
    this.pairs = new BigramIndex(paragraphDocs(kb.report));
  }

  answer(input: string): Answer {
    const question = String(input ?? '');
    const trimmed = question.trim();
    if (!trimmed) return this.none(question, '请输入一个关于报告内容的问题。');
    const { q, terms } = this.read(trimmed);
    return withHighlights(this.decide(question, q, terms).answer, q, terms);
  }

  /** The route's best candidate, its signals, and whether it is given (calibrated abstention). */
  decide(question: string, q: Question, asked: readonly WeightedTerm[]): { answer: Answer; signals: Signals | null } {
    let trace: Trace = {};
    let terms = asked;
    let answer = this.route(question, q, terms, trace);
    // Nothing found for a figure, a date or a passage asked after a story in the same breath: read again with the
    // story as context. (Lists too was tried in session 13: one right, one wrong.)
    if (!answer.found && !answer.clarify && (q.intent === 'number' || q.intent === 'date' || q.intent === 'passage')) {
      const quiet = quietStory(q, terms);
      const again: Trace = {};
      const second = quiet === terms ? null : this.route(question, q, quiet, again);
      if (second?.found) [answer, trace, terms] = [second, again, quiet];
    }
    if (answer.found && answer.source) Object.assign(trace, pairAgreement(this.pairs.rank(q.focus), trace.paragraphId, answer.source.section));
    const topics = answer.found && answer.source ? this.topicsFor(terms) : null;
    if (answer.source && topics) trace.topic = topicShare(topics, answer.source.section);
    const signals = answer.found ? signalsOf(q, terms, trace) : null;
    if (!signals || !this.options.gate || !this.confidenceModel || confident(signals, this.confidenceModel)) return { answer, signals };
    return { answer: this.unsure(question, q, terms, answer, trace), signals };
  }

  /** What sections the question's asked words are about, by the report's topic model; null without one. */
  private topicsFor(terms: readonly WeightedTerm[]): Map<string, number> | null {
    return this.topicModel ? topicsOf(this.topicModel, topicWords(terms)) : null;
  }

  /** Read a question into its frame and weighted terms (for `--explain` and the fitting script). */
  read(input: string): { q: Question; terms: WeightedTerm[] } {
    const typed = String(input ?? '').trim().slice(0, MAX_QUESTION);
    const { city, places, province } = this.kb.report.meta;
    const parsed = parseQuestion(this.text.repairTypos(mandarin(typed)), this.kb.entities, city, places ?? [], province);
    // A section number the report does not have (9.9节) names nothing.
    const sectioned = parsed.sectionRef && !this.kb.report.sections.some((s) => s.id === parsed.sectionRef) ? { ...parsed, sectionRef: null, absentSection: parsed.sectionRef } : parsed;
    // 人人持证技能河南: a place inside a phrase the report itself writes names no place elsewhere.
    const elsewhere = sectioned.elsewhere.filter((p) => !this.ownPhrase(sectioned.whole, p));
    const q = elsewhere.length === sectioned.elsewhere.length ? sectioned : { ...sectioned, elsewhere };
    return { q, terms: weighTerms(q, this.text, this.factLabels) };
  }

  /** The place with two characters on either side, as the question writes it, is a phrase of the report. */
  private ownPhrase(whole: string, place: string): boolean {
    const at = whole.indexOf(place);
    if (at < 0) return false;
    const around = [whole.slice(Math.max(0, at - 2), at + place.length), whole.slice(at, at + place.length + 2)];
    return around.some((w) => w.length === place.length + 2 && /^[\u4e00-\u9fff]+$/u.test(w) && this.text.writes(w));
  }

  /**
   * Not sure enough to give the candidate: when a close runner-up is another figure, ask which one is meant
   * (found: false, with both as `clarify`); otherwise say the report does not say, offering what it does say.
   */
  private unsure(question: string, q: Question, terms: readonly WeightedTerm[], best: Answer, trace: Trace): Answer {
    const first = best.figure && best.source && trace.bestRef ? { ref: trace.bestRef, text: best.figure.text, label: best.figure.label, section: best.source.section } : null;
    const second = trace.runnerUp;
    if (first && second && (trace.margin ?? 1) < 0.1) {
      const clarify = [first, { ref: second.ref, text: second.text, label: second.label, section: second.section }];
      const ask = `您问的是${clarify.map((c) => `“${c.label || '该项'}”（${c.text}，${c.section}）`).join('还是')}？`;
      return { ...this.none(question, ask, []), clarify };
    }
    const near = best.source ? `报告里与此最接近的内容在 ${best.source.section} ${best.source.title}，但它没有直接回答这个问题。` : '';
    return this.none(question, `${this.notSaid(q)}${near ? `\n${near}` : ''}`, this.suggest(q, terms));
  }

  private route(question: string, q: Question, terms: readonly WeightedTerm[], trace: Trace): Answer {
    // 表5 when the report has four tables: a table it does not have holds nothing.
    if (q.table !== null && !this.kb.report.tables.some((t) => t.no === q.table)) {
      return this.none(question, `报告里没有表 ${q.table}。${this.scopeNote()}`, this.suggest(q, terms));
    }
    // 4.4节 内容 when the report has no 4.4: a section it does not have, and nothing else asked, holds nothing.
    if (q.absentSection && terms.every((w) => w.weight < 1 || ANSWER_KINDS.has(w.term.text))) {
      return this.none(question, `报告里没有第 ${q.absentSection} 节。${this.scopeNote()}`, this.suggest(q, terms));
    }
    // 表3第6行多少人: a row named by its number is that row, read by its headers.
    if (q.table !== null && q.tableRow !== null) return this.rowAnswer(question, q, q.table, q.tableRows, trace) ?? this.none(question, this.notSaid(q), this.suggest(q, terms));
    // 案例5讲的啥, 案例3 主要内容: a case named by its number and nothing more asked is answered with the case itself.
    if (q.caseNo !== null && terms.every((w) => w.weight < 1 || /^案例/u.test(w.term.text) || ANSWER_KINDS.has(w.term.text))) {
      const c = this.caseAnswer(question, q.caseNo, trace);
      if (c) return c;
    }
    // 6.1存在问题各是啥, 第六部分提了哪几条对策建议: a section named and its content asked is answered with its points.
    const section = sectionAsked(q.whole, q.sectionRef, this.kb.report.sections);
    const outline = section && this.sectionAnswer(question, section, trace);
    if (outline) return outline;
    if (terms.length === 0 && q.entities.length === 0) return this.none(question, this.scopeNote());
    // 在校生满意度比毕业生满意度低多少: a difference would be computed, and figures are only ever copied.
    const versus = /([^，,。？?]{2,16}?)比([^，,。？?]{2,16}?)(?:高|低|多|少|大|小|贵|便宜)(?:了|出来?|出了)?(?:多少|几)/u.exec(q.focus);
    if (versus) {
      const lead = new RegExp(`^(?:请问|那么|那|${this.kb.report.meta.city.replace(/[.*+?^${}()|[\]\\]/g, '')}的?)`, 'u');
      const sides = [versus[1]!, versus[2]!].map((x) => x.replace(lead, ''));
      return this.none(question, `报告没有给出“${sides.join('”与“')}”之差，我也不做计算：数字只照录报告原文，可以分别查看。${this.scopeNote()}`, this.suggest(q, terms));
    }
    // 甲职专和乙职教中心哪个更好: the report rates no school above another.
    // 哪个技校最好: nor which is best of all.
    if ((q.qtypes.includes('opinion') && q.entities.length >= 2) || asksWhichIsBest(q.focus)) return this.none(question, this.notSaid(q), this.suggest(q, terms));
    if (q.outside) return this.none(question, `报告只有${this.kb.report.meta.city}的数据，没有${q.outside}的。${this.scopeNote()}`, this.suggest(q, terms));
    // 分数线多少？考了300分能上哪个学校: when no figure of the report is asked after it, a measure asked in a part
    // before the one answered is asked too (辍学的人多吗？在校生有多少 still answers the 在校生).
    const upTo = q.intent === 'number' || q.intent === 'date' ? -1 : q.whole.indexOf(q.focus);
    // …only a part that asks, not the story before it (孩子又不想住校太远。…一共是哪几所学校).
    const askedBefore = upTo > 0 ? q.whole.slice(0, upTo).split(/[，,；;：:。？?！!]/u).filter((c) => asks(c)) : [];
    const asking = [...askedBefore, askingClauses(q.focus)].join('，');
    const missing = this.absentMeasures.find((w) => asking.includes(w) && !measuredAfterAll(asking, w)) ??
      NOT_MEASURED_ASKS.find(([, re]) => re.test(q.whole))?.[0] ?? unknownMeasure(terms, questionClauses(q.focus)) ?? unknownWhich(terms, askingClauses(q.focus)) ?? (q.intent === 'number' ? unknownQualifier(terms, q.focus) : null);
    if (missing) return this.none(question, `报告没有给出“${missing}”的数据。${this.scopeNote()}`, this.suggest(q, terms));
    if (q.figure !== null) {
      const fig = this.kb.report.figures.find((f) => f.no === q.figure);
      if (fig) return this.none(question, `图 ${fig.no}“${fig.caption}”（${fig.section}）是一幅图，图中的数据不在报告文本里。`, this.suggest(q, terms));
    }
    const groups = requiredGroups(terms, q.focus);
    const hits = this.retrieve(terms);
    if (q.intent === 'list' && ASKS_WHO.test(q.focus)) {
      const who = whoDid(q, terms, this.kb.report.paragraphs, this.kb.entities);
      if (who && who.cover >= THRESHOLD.list) {
        Object.assign(trace, { kind: 'list', cover: who.cover, strong: who.cover, margin: 1, fitness: 1 });
        const p = who.paragraph;
        const source = sourceOf(this.kb.report, p.section, who.sentence, p.caseNo !== undefined ? { caseNo: p.caseNo } : {});
        const items = [...who.names];
        return { question, found: true, kind: 'list', items, answer: `${items.join('、')}\n“${who.sentence}”\n${sourceLine(source)}`, figure: null, source, alternatives: [], suggestions: [] };
      }
    }
    // 表3学籍管理员？: a table named with what one of its rows counts, and nothing else asked, asks that row's figure.
    const rowNamed = q.table !== null && q.intent === 'passage' && q.qtypes.length === 0 && namesTableRow(this.kb.facts, q, terms);
    // 表2 某学校那两行 专业点名称: a table named with one of its headers asks for that column; 表2 骨干专业点 学校及专业,
    // a table named with nothing else asked (no why, no how), asks for the rows its words pick.
    const headed = q.table !== null && q.intent === 'passage' && !rowNamed &&
      this.kb.report.tables.some((t) => t.no === q.table && (namedColumn(t.headers, q.focus) >= 0 || q.qtypes.length === 0));
    if (q.intent === 'list' || headed) {
      const list = this.listAnswer(question, q, terms, groups, hits, trace);
      if (list) return list;
      return this.passageAnswer(question, q, terms, groups, hits, trace) ?? this.none(question, this.notSaid(q), this.suggest(q, terms));
    }
    // Why, how, which-is-best: only a passage that really addresses it, never a figure picked by its words.
    if ((q.intent === 'passage' && !rowNamed) || onlyDiscourse(q.qtypes)) {
      const passage = this.passageAnswer(question, q, terms, groups, hits, trace);
      // …and none of its words that name something (not talk such as 管不管) is missing there.
      if (passage && onlyDiscourse(q.qtypes) && ((trace.cover ?? 0) < THRESHOLD.discoursePassage || (trace.heaviestMissing ?? 0) >= THRESHOLD.discourseMissingWord)) {
        return this.none(question, this.notSaid(q), this.suggest(q, terms));
      }
      return passage ?? this.none(question, this.notSaid(q), this.suggest(q, terms));
    }
    const figure = this.numberAnswer(question, rowNamed ? { ...q, intent: 'number' } : q, terms, groups, hits, trace);
    // 一、二、三等奖加起来总共多少个: a sum of items named in a list is only given when the report states it.
    const best = figure && trace.bestRef ? this.kb.facts.find((f) => f.id === trace.bestRef) : undefined;
    if (best && totalAsked(q) && NAMED_ITEMS.test(q.focus) && !statesTotal(best)) {
      return this.none(question, `报告没有给出这几项的合计，我也不做计算：数字只照录报告原文，可以分别查看。${this.scopeNote()}`, this.suggest(q, terms));
    }
    // 比去年多了多少, 增长了多少: only a change the report itself states (起薪提高 7%) answers; none is computed.
    if (figure && q.qtypes.includes('compare') && !changeStated(figure.source?.paragraph ?? '', figure.figure?.text ?? '')) {
      return this.none(question, `报告没有给出这项变化或两者之差，我也不做计算：数字只照录报告原文。${this.scopeNote()}`, this.suggest(q, terms));
    }
    return figure ?? this.none(question, this.notSaid(q), this.suggest(q, terms));
  }

  /**
   * Why the engine answers as it does (`ask --explain`): the question's frame, its weighted terms, the top
   * figures with their frames and per-factor scores, the signals of the best candidate and its probability.
   */
  inspect(input: string, top = 5): object {
    const { q, terms } = this.read(input);
    const groups = requiredGroups(terms, q.focus);
    const hits = this.retrieve(terms);
    const candidates = this.kb.facts
      .filter((f) => f.kind === 'quantity' || f.kind === 'ratio')
      .map((f) => this.scoreFact(q, terms, groups, f, hits))
      .filter((s): s is Scored<Fact> => s !== null)
      .sort((a, b) => b.score - a.score)
      .slice(0, top)
      .map((s) => ({
        figure: s.item.text,
        label: s.item.label,
        section: s.item.section,
        frame: s.item.frame,
        score: Number(s.score.toFixed(4)),
        cover: Number(s.cover.toFixed(3)),
        unit: Number(unitFactor(q, s.item).toFixed(3)),
        factors: fitFactors({
          q, terms, f: s.item, e: this.evidenceOf(q, s.item), firstChapter: this.firstChapter, reportYear: this.kb.report.meta.yearCovered,
        }),
      }));
    const { answer, signals } = new Answerer(this.kb, { ...this.options, gate: false }).decide(input, q, terms);
    return {
      question: { focus: q.focus, intent: q.intent, qtypes: q.qtypes, unit: q.unit, unitWord: q.unitWord, aggregation: q.aggregation, sector: q.sector, levels: q.levels, excluded: q.excluded, years: q.years, entities: q.entities, places: q.places, counted: q.counted },
      terms: terms.map((w) => ({ term: w.term.text, weight: Number(w.weight.toFixed(3)), known: w.known, focus: w.term.partWeight === 1 })),
      candidates,
      // The three sections the report's topic model reads the question as about, with their probabilities.
      topics: [...(this.topicsFor(terms) ?? [])]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([section, p]) => ({ section, p: Number(p.toFixed(3)) })),
      best: answer.found ? { kind: answer.kind, figure: answer.figure?.text ?? null, section: answer.source?.section ?? null } : null,
      signals,
      probability: signals && this.confidenceModel ? Number(probability(signals, this.confidenceModel).toFixed(3)) : null,
      given: signals ? !this.confidenceModel || confident(signals, this.confidenceModel) : false,
    };
  }

  /** The full answer for one figure, by fact id (for alternative buttons). */
  explain(ref: string, question = ''): Answer | null {
    const f = this.kb.facts.find((x) => x.id === ref);
    return f ? this.factAnswer(question, f, []) : null;
  }

  private retrieve(terms: readonly WeightedTerm[]): Map<string, number> {
    const forms = terms.flatMap((w) => w.term.forms.map((text) => ({ text, boost: Math.max(0.1, w.weight) })));
    const scores = new Map<string, number>();
    const results = searchForms(this.kb.idx, forms, 120);
    const top = results[0]?.score ?? 1;
    for (const r of results) scores.set(r.ref, r.score / top);
    return scores;
  }


  /**
   * A figure's evidence as the question reads it: a question describing a person (那个…的女生) or naming the one its
   * story tells of (程文俊) reads that story as the figure's sentence.
   */
  private evidenceOf(q: Question, f: Fact): Evidence {
    const e = this.text.factEvidence(f);
    const person = f.frame?.person;
    return q.onePerson || (person !== undefined && q.whole.includes(person)) ? asAboutOnePerson(e) : e;
  }

  private scoreFact(q: Question, terms: readonly WeightedTerm[], groups: readonly string[][], f: Fact, hits: Map<string, number>): Scored<Fact> | null {
    const e = this.evidenceOf(q, f);
    const unitFit = unitFactor(q, f);
    if (unitFit === 0 || mismatch(q, f, e, groups)) return null;
    // The question's most telling words (模范 in 几位老师被评为模范班主任) must be somewhere around the figure.
    const { score: cover, strong, missingKey } = coverage(terms, e, totalAsked(q));
    if (strong === 0) return null;
    const fitness = fit({ q, terms, f, e, firstChapter: this.firstChapter, reportYear: this.kb.report.meta.yearCovered });
    if (fitness === 0) return null;
    const hit = hits.get(`f:${f.id}`) ?? 0;
    // A rare word of the question found nowhere around the figure (三好 … 评出 vs 评选出) weighs against it.
    const score = cover * fitness * unitFit * (missingKey ? RANK.missingKeyWord : 1) + 0.03 * hit;
    return { item: f, score, cover, strong, fitness: fitness * unitFit, unitFit, hit };
  }

  private numberAnswer(question: string, q: Question, terms: readonly WeightedTerm[], groups: readonly string[][], hits: Map<string, number>, trace: Trace): Answer | null {
    const wantDate = q.intent === 'date';
    const scored = this.kb.facts
      .filter((f) => (wantDate ? f.kind === 'date' || f.kind === 'year' : f.kind === 'quantity' || f.kind === 'ratio'))
      .map((f) => this.scoreFact(q, terms, groups, f, hits))
      .filter((s): s is Scored<Fact> => s !== null)
      .sort((a, b) => b.score - a.score);
    this.rerank(q, terms, scored);
    const best = scored[0];
    if (!best || best.cover < THRESHOLD.number) return null;
    const runner = scored.find((s) => norm(s.item.text) !== norm(best.item.text));
    Object.assign(trace, {
      kind: 'number',
      otherSector: q.sector !== null && (best.item.frame?.sector ?? null) !== q.sector,
      bestRef: best.item.id,
      paragraphId: best.item.paragraphId,
      // One school's figure for a question that names none — unless the report is that school's own.
      schoolUnasked: (best.item.scope.kind === 'entity' && best.item.scope.name !== this.kb.report.meta.school && q.entities.length === 0 && q.places.length === 0) ||
        (best.item.scope.kind === 'group' && !groupNamed(q.whole, best.item.scope.name)),
      cover: best.cover,
      strong: best.strong ?? best.cover,
      margin: runner ? (best.score - runner.score) / best.score : 1,
      fitness: best.fitness ?? 1,
      ...evidenceProfile(terms, this.evidenceOf(q, best.item)),
      ...(runner ? { runnerUp: this.alternative(runner.item) } : {}),
    });
    const alternatives = scored
      .slice(1)
      .filter((s) => s.score >= best.score * 0.85 && s.cover >= THRESHOLD.number && s.item.text !== best.item.text)
      .slice(0, 3)
      .map((s) => this.alternative(s.item));
    return this.factAnswer(question, best.item, alternatives);
  }

  /** The hand-ranked best candidates as the rerank model sees them (for fitting it). */
  candidates(q: Question, terms: readonly WeightedTerm[], top: number): Candidate[] {
    const groups = requiredGroups(terms, q.focus);
    const hits = this.retrieve(terms);
    return this.kb.facts
      .filter((f) => (q.intent === 'date' ? f.kind === 'date' || f.kind === 'year' : f.kind === 'quantity' || f.kind === 'ratio'))
      .map((f) => this.scoreFact(q, terms, groups, f, hits))
      .filter((s): s is Scored<Fact> => s !== null)
      .sort((a, b) => b.score - a.score)
      .slice(0, top)
      .map((s) => this.candidate(q, s));
  }

  private candidate(q: Question, s: Scored<Fact>): Candidate {
    return { f: s.item, e: this.evidenceOf(q, s.item), score: s.score, cover: s.cover, strong: s.strong ?? s.cover, unitFit: s.unitFit ?? 1, hit: s.hit ?? 0 };
  }

  /** Re-orders the few best in place by the fitted model; their score becomes a probability-like share. */
  private rerank(q: Question, terms: readonly WeightedTerm[], scored: Scored<Fact>[]): void {
    const model = this.rerankModel;
    if (!model || scored.length < 2) return;
    const head = scored.slice(0, model.top);
    const context = { q, terms, firstChapter: this.firstChapter, reportYear: this.kb.report.meta.yearCovered };
    const z = head.map((s) => rerankScore(rerankFeatures(this.candidate(q, s), context), model));
    const max = Math.max(...z);
    const exp = z.map((v) => Math.exp(v - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    const reranked = head.map((s, i) => ({ ...s, score: exp[i]! / sum })).sort((a, b) => b.score - a.score);
    scored.splice(0, head.length, ...reranked);
  }

  private factAnswer(question: string, f: Fact, alternatives: Alternative[]): Answer {
    const report = this.kb.report;
    const figure = figureOf(f, report);
    const source = sourceOf(report, f.section, f.sentence, { ...(f.table !== undefined ? { table: f.table } : {}), ...(f.caseNo !== undefined ? { caseNo: f.caseNo } : {}) });
    return { question, found: true, kind: 'number', answer: numberReply(figure, source), figure, source, alternatives, suggestions: [] };
  }

  private alternative(f: Fact): Alternative {
    return { ref: f.id, text: f.text, label: displayLabel(f), section: f.section };
  }

  private listAnswer(question: string, q: Question, terms: readonly WeightedTerm[], groups: readonly string[][], hits: Map<string, number>, trace: Trace): Answer | null {
    const report = this.kb.report;
    const rowScores = scoreTableRows(report, this.text, q, terms, hits);
    const lists = this.kb.facts
      .filter((f) => f.kind === 'list' && q.table === null)
      .map((f) => this.scoreFact(q, terms, groups, f, hits))
      .filter((s): s is Scored<Fact> => s !== null)
      .sort((a, b) => b.score - a.score);
    const bestRow = rowScores[0];
    const bestList = lists[0];
    if (bestRow && bestRow.cover >= THRESHOLD.list && (!bestList || bestRow.score >= bestList.score)) {
      const other = rowScores.find((r) => r.item.table !== bestRow.item.table);
      Object.assign(trace, { kind: 'list', cover: bestRow.cover, strong: bestRow.cover, margin: other ? (bestRow.score - other.score) / bestRow.score : 1, fitness: 1 });
      const t = report.tables.find((x) => x.no === bestRow.item.table)!;
      // A school named and a column asked (某职业技术学院有哪些专业): every row of that school, whatever else matched.
      const column = namedColumn(t.headers, q.focus);
      const bySchool = q.entities.length > 0 && column >= 0;
      const near = (r: ScoredRow): boolean => r.score >= bestRow.score * 0.9 || this.otherNamed(q, terms, bestRow.item.cells, r);
      const rows = rowScores.filter((r) => r.item.table === t.no && (bySchool || near(r)));
      const items: string[] = [];
      const quoted: string[] = [];
      for (const r of rows) {
        const cells = t.rows[r.item.row]!.cells;
        quoted.push(cells.filter((_, k) => !/序号|编号/.test(t.headers[k] ?? '')).join(' | '));
        const answer = column >= 0 ? [cells[column] ?? ''] : answerCells(t.headers, cells, terms, q);
        items.push(...answer.flatMap((c) => c.split(/\s+|、/u)).filter(Boolean));
      }
      const source = sourceOf(report, t.section, `表 ${t.no} ${t.title}：${t.headers.filter((h) => !/序号|编号/.test(h)).join(' | ')}；${quoted.join('；')}`, { table: t.no });
      const chosen = namedSchoolsListed(q, quoted);
      const unique = chosen.length ? chosen : [...new Set(items)];
      return { question, found: true, kind: 'list', items: unique, answer: `${unique.join('、')}\n${source.paragraph}\n${sourceLine(source)}`, figure: null, source, alternatives: [], suggestions: [] };
    }
    if (bestList && bestList.cover >= THRESHOLD.list) {
      const f = bestList.item;
      const other = lists.find((x) => x.item.section !== f.section);
      Object.assign(trace, { kind: 'list', paragraphId: f.paragraphId, cover: bestList.cover, strong: bestList.strong ?? bestList.cover, margin: other ? (bestList.score - other.score) / bestList.score : 1, fitness: bestList.fitness ?? 1 });
      const items = [...(f.items ?? [])];
      const source = sourceOf(report, f.section, f.sentence, f.caseNo !== undefined ? { caseNo: f.caseNo } : {});
      return { question, found: true, kind: 'list', items, answer: `${items.join('、')}\n“${f.sentence}”\n${sourceLine(source)}`, figure: null, source, alternatives: [], suggestions: [] };
    }
    return null;
  }

  private passageAnswer(question: string, q: Question, asked: readonly WeightedTerm[], groups: readonly string[][], hits: Map<string, number>, trace: Trace): Answer | null {
    const report = this.kb.report;
    // 民办的也免学费吗: a passage saying it is 公办 only answers it.
    const whether = q.qtypes.includes('whether');
    const terms = whether ? withContrasts(asked) : asked;
    const needed = whether ? withContrastGroups(groups) : groups;
    const scored: Scored<Paragraph>[] = [];
    // The plain character-pair reading, as a small share of a paragraph's score (教学方式 reads 教学方法).
    const pairs = this.pairs.rank(q.focus);
    const pairTop = pairs[0]?.score ?? 0;
    const pairOf = new Map(pairs.map((r) => [r.id, pairTop > 0 ? r.score / pairTop : 0]));
    // What the labelled questions say such words are about (管不管找工作 → 就业质量).
    const topics = this.topicsFor(asked);
    const evidence = new Map<string, Evidence>();
    const tableSection = q.table === null ? undefined : report.tables.find((t) => t.no === q.table)?.section;
    for (const p of report.paragraphs) {
      if (q.caseNo !== null && p.caseNo !== q.caseNo) continue;
      if (q.sectionRef !== null && !inSection(p.section, q.sectionRef)) continue;
      // 表3各个班的培训天数…报告里有吗: a table named is looked for in its own section only.
      if (tableSection !== undefined && p.section !== tableSection) continue;
      const text = this.text.paragraphs.get(p.id) ?? '';
      const titles = [this.text.sectionTitles.get(p.section) ?? '', p.caseNo !== undefined ? (this.text.caseTitles.get(p.caseNo) ?? '') : ''].join(' ');
      if (q.entities.length && !q.entities.some((n) => text.includes(norm(n)) || titles.includes(norm(n)))) continue;
      if (q.places.length && !q.places.some((n) => text.includes(norm(n)) || titles.includes(norm(n)))) continue;
      if (q.elsewhere.some((pl) => !text.includes(norm(pl).replace(/(省|市)$/u, '')))) continue;
      // A year the report does not cover (2025年招生计划) is not answered by a passage about another.
      if (q.years.length && !q.years.includes(this.kb.report.meta.yearCovered) && !q.years.some((y) => text.includes(String(y)))) continue;
      if (needed.some((g) => !g.some((w) => text.includes(w) || titles.includes(w)))) continue;
      const e: Evidence = { label: titles, clause: text, sentence: text, titles, paragraph: text };
      const { score: cover } = coverage(terms, e);
      // An example asked (有没有真实的例子): the report's examples are its cases.
      const example = q.qtypes.includes('example') && p.caseNo !== undefined ? RANK.exampleInCase : 1;
      const topic = topics ? 1 + RANK.passageTopic * topicShare(topics, p.section) : 1;
      const read = cover + 0.1 * (hits.get(`p:${p.id}`) ?? 0) + RANK.passagePairReading * (pairOf.get(p.id) ?? 0);
      const score = read * example * topic;
      scored.push({ item: p, score, cover });
      evidence.set(p.id, e);
    }
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0];
    // A passage the labelled questions say is the topic may cover less of the question's words (their own words for
    // it): the gate judges it.
    const topical = (x: Scored<Paragraph>): boolean =>
      topics !== null && topicShare(topics, x.item.section) >= THRESHOLD.passageTopicShare && x.cover >= THRESHOLD.passageTopical;
    if (!best || (best.cover < THRESHOLD.passage && !topical(best))) return null;
    const p = best.item;
    const other = scored.find((x) => x.item.section !== p.section);
    Object.assign(trace, { kind: 'passage', paragraphId: p.id, cover: best.cover, strong: best.cover, margin: other ? (best.score - other.score) / best.score : 1, fitness: 1, ...evidenceProfile(terms, evidence.get(p.id)!) });
    const run = this.enumeration(p, scored, best.score);
    const quote = run.map((x) => x.text).join('\n');
    const source = sourceOf(report, p.section, quote, p.caseNo !== undefined ? { caseNo: p.caseNo } : {});
    // Lead with a figure when the passage holds one the question is about.
    const lead = this.kb.facts
      .filter((f) => f.paragraphId === p.id && (f.kind === 'quantity' || f.kind === 'ratio'))
      .map((f) => this.scoreFact(q, asked, groups, f, hits))
      .filter((s): s is Scored<Fact> => s !== null && s.cover >= THRESHOLD.number)
      .sort((a, b) => b.score - a.score)[0];
    const figure = lead ? figureOf(lead.item, report) : null;
    const head = figure ? `${figure.text}（${figure.label}）\n` : '';
    return { question, found: true, kind: 'passage', answer: `${head}${quote}\n${sourceLine(source)}`, figure, source, alternatives: [], suggestions: [] };
  }

  /** One table row by its number: the numeric cell when a figure is asked, else the row's cells as a list. */
  private rowAnswer(question: string, q: Question, tableNo: number, rowNos: readonly number[], trace: Trace): Answer | null {
    const report = this.kb.report;
    const t = report.tables.find((x) => x.no === tableNo);
    const rows = t ? rowNos.map((n) => t.rows[n - 1]).filter((r) => r !== undefined) : [];
    if (!t || !rows.length || rows.length < rowNos.length) return null;
    Object.assign(trace, { kind: q.intent === 'number' ? 'number' : 'list', ...NAMED_OUTRIGHT });
    const first = rows[0]!;
    const fact = q.intent === 'number' && rows.length === 1 ? this.kb.facts.find((f) => f.table === tableNo && f.span.start >= first.span.start && f.span.end <= first.span.end) : undefined;
    if (fact) return this.factAnswer(question, fact, []);
    const shownOf = (cells: readonly string[]) => cells.filter((_, k) => !/序号|编号/.test(t.headers[k] ?? ''));
    // 表4 序号3、序号5 的获批单位: the column the question names by its header, else every cell but 序号.
    const column = namedColumn(t.headers, q.focus);
    const quote = `表 ${t.no} ${t.title}：${shownOf(t.headers).join(' | ')}；${rows.map((r) => shownOf(r.cells).join(' | ')).join('；')}`;
    const source = sourceOf(report, t.section, quote, { table: t.no });
    const items = rows.flatMap((r) => (column >= 0 ? [r.cells[column] ?? ''] : shownOf(r.cells))).flatMap((c) => c.split(/\s+|、/u)).filter(Boolean);
    return { question, found: true, kind: 'list', items, answer: `${items.join('、')}\n${quote}\n${sourceLine(source)}`, figure: null, source, alternatives: [], suggestions: [] };
  }

  /** A section by its number or title: the first sentence of each of its paragraphs (its points), or its parts. */
  private sectionAnswer(question: string, s: Section, trace: Trace): Answer | null {
    const report = this.kb.report;
    const own = report.paragraphs.filter((p) => p.section === s.id && p.caseNo === undefined);
    const points = own.length
      ? own.map((p) => leadSentence(p.text))
      : report.sections.filter((c) => c.parent === s.id).map((c) => `${c.id} ${c.title}`);
    if (!points.length) return null;
    Object.assign(trace, { kind: 'passage', ...NAMED_OUTRIGHT });
    const quote = points.join('\n');
    const source = sourceOf(report, s.id, quote);
    const answer = `${s.id} ${s.title}\n${quote}\n${sourceLine(source)}`;
    return { question, found: true, kind: 'passage', answer, figure: null, source, alternatives: [], suggestions: [] };
  }

  /** A case by its number: its title and first paragraph, from the section that holds it. */
  private caseAnswer(question: string, no: number, trace: Trace): Answer | null {
    const report = this.kb.report;
    const c = report.cases.find((x) => x.no === no);
    const first = c && report.paragraphs.find((p) => p.id === c.paragraphIds[0]);
    if (!c || !first) return null;
    Object.assign(trace, { kind: 'passage', ...NAMED_OUTRIGHT });
    const source = sourceOf(report, c.section, first.text, { caseNo: no });
    return { question, found: true, kind: 'passage', answer: `案例 ${no}：${c.title}\n${first.text}\n${sourceLine(source)}`, figure: null, source, alternatives: [], suggestions: [] };
  }

  /**
   * A paragraph that is one point of a numbered run (一是… 二是…) stands for the whole run when the question
   * does not single it out — when the run's other points fit it nearly as well (存在哪些问题 → all five).
   */
  /**
   * 想学电商或者幼儿保育，哪些学校是…: of two things asked side by side, the row naming the one the best row does not
   * is asked as well (when it scores near it).
   */
  private otherNamed(q: Question, terms: readonly WeightedTerm[], best: readonly string[], r: Scored<{ cells: readonly string[] }>): boolean {
    if (!ALTERNATIVES.test(q.focus)) return false;
    const has = (cells: readonly string[], w: WeightedTerm): boolean =>
      w.term.forms.some((f) => norm(f).length >= 2 && norm(cells.join(' ')).includes(norm(f)));
    return terms.some((w) => w.term.partWeight === 1 && w.weight >= 1 && has(r.item.cells, w) && !has(best, w));
  }

  private enumeration(p: Paragraph, scored: readonly Scored<Paragraph>[], best: number): Paragraph[] {
    const POINT = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、,]|（[一二三四五六七八九十]+）)/u;
    if (!POINT.test(p.text)) return [p];
    const run = this.kb.report.paragraphs.filter((x) => x.section === p.section && x.caseNo === p.caseNo && POINT.test(x.text));
    const score = new Map(scored.map((x) => [x.item.id, x.score]));
    const close = run.filter((x) => x.id !== p.id && (score.get(x.id) ?? 0) >= best * 0.85);
    return close.length >= run.length / 2 ? run : [p];
  }

  private scopeNote(): string {
    const m = this.kb.report.meta;
    // What the report is about follows its metadata: a school's own report, or a place's 中职 or 高职 education.
    const about = m.level === 'school' && m.school ? m.school : `${m.city}${m.sector === 'higher' ? '高等职业教育' : '中等职业教育'}`;
    return `我只回答《${m.title}》（${m.issuer}，${m.published.slice(0, 4)} 年发布）里写到的内容：${about}的规模、师资、升学就业、专业建设、经费与资助等。`;
  }

  private notSaid(q: Question): string {
    const bits: string[] = [];
    if (q.elsewhere.length) bits.push(`报告只有${this.kb.report.meta.city}的数据，没有${q.elsewhere.join('、')}的`);
    if (q.years.length && !q.years.includes(this.kb.report.meta.yearCovered)) bits.push(`报告没有给出 ${q.years.join('、')} 年的这项数据`);
    const lead = bits.length ? `${bits.join('；')}。` : '报告没有给出这项内容。';
    return `${lead}${this.scopeNote()}`;
  }

  /** Figures whose own question (`askFor`) brings them back: the only ones ever suggested. Worked out once. */
  private askable: Map<string, string> | null = null;
  private verifying = false;

  private askableFacts(): Map<string, string> {
    if (this.askable) return this.askable;
    this.verifying = true;
    const out = new Map<string, string>();
    try {
      for (const f of this.kb.facts) {
        const ask = askFor(f, this.kb.report);
        if (!ask) continue;
        const a = this.answer(ask);
        if (a.found && a.figure?.text === f.text && a.source?.section === f.section) out.set(f.id, ask);
      }
    } finally {
      this.verifying = false;
    }
    this.askable = out;
    return out;
  }

  /** Up to three questions about what the report does say near the question's words, each checked to answer. */
  private suggest(q: Question, terms: readonly WeightedTerm[]): string[] {
    if (this.verifying) return [];
    const askable = this.askableFacts();
    const relaxed: Question = { ...q, elsewhere: [], years: [], entities: [], places: [], table: null, tableRow: null, tableRows: [], caseNo: null, sectionRef: null, cityWide: false, total: false };
    const picks = this.kb.facts
      .filter((f) => askable.has(f.id))
      .map((f) => ({ f, s: coverage(terms, this.evidenceOf(q, f)).score * unitFactor(relaxed, f) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s);
    const out: string[] = [];
    for (const { f } of picks) {
      const ask = askable.get(f.id)!;
      if (!out.includes(ask)) out.push(ask);
      if (out.length === 3) break;
    }
    return out.length ? out : this.defaultSuggestions();
  }

  /** Questions the report can answer, one per chapter, each checked: for empty input and for channels' examples. */
  defaultSuggestions(): string[] {
    if (this.verifying) return [];
    const askable = this.askableFacts();
    const seen = new Set<string>();
    const out: string[] = [];
    for (const f of this.kb.facts) {
      const top = f.section.split('.')[0]!;
      const ask = askable.get(f.id);
      if (!ask || f.scope.kind !== 'city' || seen.has(top) || ask.length > 24) continue;
      seen.add(top);
      out.push(ask);
      if (out.length === 3) break;
    }
    return out;
  }

  private none(question: string, answer: string, suggestions: string[] = this.defaultSuggestions()): Answer {
    const text = suggestions.length ? `${answer}\n可以试试问：${suggestions.join(' / ')}` : answer;
    return { question, found: false, kind: 'none', answer: text, figure: null, source: null, alternatives: [], suggestions };
  }
}



/** A section or one of its subsections (4.1.2 is in 4.1). */
function inSection(section: string, ref: string): boolean {
  return section === ref || section.startsWith(`${ref}.`);
}

/**
 * The focus less the clauses that only tell about the asker or their child (孩子住校，学校重视在校体验吗 asks
 * about the school's care, not about boarding); a clause that asks (…能住校吗) always stays.
 */
/** The clauses of the focus that ask (那二等奖多少个啊), not the asker's aside (估摸下拿奖概率); the focus when none does. */
const NOT_MEASURED_ASKS = Object.entries(required.notMeasuredAsks).map(([name, p]) => [name, new RegExp(p, 'u')] as const);

/** 考上本科线的有几个, 那个考上本科的女生: the measure named is not what is asked (`measuredAfterAll`). */
function measuredAfterAll(asking: string, word: string): boolean {
  return required.measuredAfterAll.some((p) => new RegExp(p.split('{w}').join(escapeRe(word)), 'u').test(asking));
}

function questionClauses(focus: string): string {
  const asked = focus.split(/[，,；;：:]/u).filter((c) => asks(c));
  return asked.length ? asked.join('，') : focus;
}

function askingClauses(focus: string): string {
  const clauses = focus.split(/[，,；;：:]/u);
  const kept = clauses.filter((c) => !onlyTells(c));
  return kept.length ? kept.join('，') : focus;
}
