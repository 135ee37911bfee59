import type { Fact, Report } from '../corpus/types.ts';
import { tagsOf } from '../text/segment.ts';
import { normalize } from '../text/normalize.ts';
import stopwords from '../lexicon/stopwords.json' with { type: 'json' };
import synonyms from '../lexicon/synonyms.json' with { type: 'json' };
import weights from './weights.json' with { type: 'json' };
import type { Term } from './question.ts';
import { segment } from '../text/segment.ts';
import { HomophoneRepair, syllables, TypoRepair } from '../text/typos.ts';
import { Abbreviations } from '../text/abbreviations.ts';

/** Normalised texts around each fact, paragraph and table row, and term weights from the report. */
export interface Evidence {
  readonly label: string;
  readonly clause: string;
  /** The part of the sentence between semicolons that holds the figure (facts only). */
  readonly segment?: string;
  readonly sentence: string;
  /** Facts only: the labels of its parts and of later figures in its stretch, which own the words they add. */
  readonly siblings?: string;
  /** Facts only: its stretch (between semicolons) before it. */
  readonly before?: string;
  /**
   * Facts only, in a sentence of several stretches: the sentence without the other stretches that hold figures of
   * their own (a figure-free lead stays), whose words are those figures', not this one's.
   */
  readonly shared?: string;
  /** Facts only: the labels of its parts (其中 …, a bracket), whose words a total asked of the whole counts as its own. */
  readonly parts?: string;
  readonly titles: string;
  readonly paragraph: string;
  /** Facts only: the story of one person its sentence is part of (frame `story`): its sentence, asked about them. */
  readonly story?: string;
}

/** The evidence as a question describing one person reads it: that person's story is the figure's sentence. */
export const asAboutOnePerson = (e: Evidence): Evidence => (e.story ? { ...e, sentence: e.story } : e);

// The lexicon's words of three or four characters, which a typo of them may be mended into (找工做 → 找工作).
const LEXICON_PHRASES = Object.keys(synonyms.terms).filter((k) => /^[\u4e00-\u9fff]{3,4}$/u.test(k));
// What people type that the synonyms lexicon reads (国奖, 找工作): never a typo.
const LEXICON_WORDS: ReadonlySet<string> = new Set(Object.keys(synonyms.terms));

// Characters of talk and of asking (呢, 啥, 吗): never a typo of the report's wording.
const TALK = new RegExp(`[${stopwords.talkCharacters}${stopwords.notTypos}]`, 'u');
// Characters of asking alone (哪, 多少, 吗): never in a typo, even of a word jieba does not know.
const ASKING_CHARS = new RegExp(`[${stopwords.notTypos}]`, 'u');
/** A word of the language is mended only into a report word this long (三号学生 → 三好学生), never a short one. */
const LONG_WORD = 4;
/** No character: every one may be a typo's. */
const NOTHING = /(?!)/u;

// How much a term counts depending on where it is found, nearest first.
/** Where a question word stands around a figure, and what that counts (weights.json `evidence`). */
export const LEVEL = {
  label: weights.evidence.label,
  clause: weights.evidence.clause,
  segment: weights.evidence.segment,
  sentence: weights.evidence.sentence,
  titles: weights.evidence.titles,
  paragraph: weights.evidence.paragraph,
  sibling: weights.evidence.sibling,
  otherStretch: weights.evidence.otherStretch,
} as const;

// Question forms are compared with every figure; normalising each once keeps answers fast.
const normCache = new Map<string, string>();
const norm = (s: string): string => {
  let n = normCache.get(s);
  if (n === undefined) {
    n = normalize(s).toLowerCase().replace(/\s+/g, '');
    if (normCache.size > 50_000) normCache.clear();
    normCache.set(s, n);
  }
  return n;
};

export class ReportText {
  readonly paragraphs: Map<string, string>;
  readonly sectionTitles: Map<string, string>;
  readonly caseTitles: Map<number, string>;
  readonly tableTitles: Map<number, string>;
  private readonly units: string[];
  private readonly labels: string;
  private readonly dfCache = new Map<string, number>();
  private readonly factCache = new Map<string, Evidence>();

  /** `names`: the report's own names (schools, places), which typos of names are repaired to. */
  private readonly bySentence = new Map<string, Fact[]>();

  constructor(readonly report: Report, names: readonly string[] = [], facts: readonly Fact[] = []) {
    for (const f of facts) {
      if (f.kind !== 'quantity' && f.kind !== 'ratio') continue;
      const key = `${f.paragraphId}|${f.sentence}`;
      this.bySentence.set(key, [...(this.bySentence.get(key) ?? []), f]);
    }
    this.paragraphs = new Map(report.paragraphs.map((p) => [p.id, norm(p.text)]));
    this.sectionTitles = new Map(report.sections.map((s) => [s.id, norm(s.title)]));
    this.caseTitles = new Map(report.cases.map((c) => [c.no, norm(c.title)]));
    this.tableTitles = new Map(report.tables.map((t) => [t.no, norm(`表${t.no}${t.title}`)]));
    this.labels = [...report.tables.flatMap((t) => t.rows.map((r) => norm(r.cells.join(' ')))), ...report.sections.map((s) => norm(s.title))].join('|');
    this.units = [...this.paragraphs.values(), ...report.tables.flatMap((t) => t.rows.map((r) => norm(r.cells.join(' ') + t.headers.join(' '))))];
    this.names = names;
  }

  /**
   * Words of the report by their sound, for typos that sound right (比列 → 比例): made on the first word that may
   * be one, since reading sounds loads pinyin-pro's dictionary (~9 MB) that most processes then never need.
   */
  private typos: TypoRepair | undefined;
  private readonly names: readonly string[];
  private words: string[] | undefined;

  /** The report's words and names, cut once: both kinds of typo repair read them. */
  private typoWords(): string[] {
    this.words ??= [...this.units.flatMap((u) => segment(u)), ...this.names];
    return this.words;
  }

  /** The report's words (and the lexicon's) by their pinyin, when only one word has that pinyin (made on first use). */
  private byPinyin: Map<string, string | null> | undefined;

  /**
   * Chinese terms written in pinyin inside a question (the zhongzhi, guojia jiangxuejin, shuangshi teachers), as the
   * report writes them: a run of one to three latin words whose letters are the pinyin of exactly one report or
   * lexicon word of two to five characters.
   */
  private unromanized(question: string): string {
    if (!/[a-z]{4,}/u.test(question)) return question;
    if (!this.byPinyin) {
      const index = (words: Iterable<string>): Map<string, string | null> => {
        const map = new Map<string, string | null>();
        for (const word of new Set(words)) {
          if (!/^[\u4e00-\u9fff]{2,5}$/u.test(word)) continue;
          const key = syllables(word).join('');
          const seen = map.get(key);
          map.set(key, seen === undefined || seen === word ? word : null);
        }
        return map;
      };
      // A word people type that the lexicon reads (中职) wins over a report word that sounds the same (种植).
      const lexicon = [...index(Object.keys(synonyms.terms))].filter(([, w]) => w !== null);
      this.byPinyin = new Map([...index(this.typoWords()), ...lexicon]);
    }
    const tokens = question.split(/(\s+)/u);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let done = false;
      for (let n = 3; n >= 1 && !done; n--) {
        const run = tokens.slice(i, i + 2 * n - 1);
        // Lower case only: a name (Henan, Xinxiang) is read by the places' own English, not mended here.
        if (run.length < 2 * n - 1 || !run.every((t, k) => (k % 2 === 0 ? /^[a-z]+$/u.test(t) : /^\s+$/u.test(t)))) continue;
        const word = this.byPinyin.get(run.filter((_, k) => k % 2 === 0).join(''));
        if (word) {
          out.push(word);
          i += 2 * n - 2;
          done = true;
        }
      }
      if (!done) out.push(tokens[i]!);
    }
    return out.join('');
  }

  /** The question with each word the report never uses, but sounds like one of its words, written as that word. */
  repairTypos(typed: string): string {
    const question = this.unromanized(typed);
    let out = question;
    const tokens = segment(question);
    // A character jieba leaves alone before a word (思/正课, 班/主人): a typo often glued them
    // (思政课), so that word may be mended into a shorter report word.
    const stranded = new Set<string>();
    tokens.forEach((w, k) => {
      const next = tokens[k + 1];
      // …and so may a word after one jieba does not know (教思/正课 → 教思政课).
      if (next && ((/^[\u4e00-\u9fff]$/u.test(w) && !TALK.test(w)) || (/^[\u4e00-\u9fff]{2}$/u.test(w) && tagsOf(w).includes('x')))) stranded.add(next);
    });
    for (const word of new Set(tokens)) {
      // A character the report never writes, not one of talk (呢, 啥, 娃), is a typo's likeliest place (台智/彗).
      if (/^[\u4e00-\u9fff]$/u.test(word) && !TALK.test(word) && !this.units.some((u) => u.includes(word))) {
        out = this.repairAround(out, word);
        continue;
      }
      // …and one it writes elsewhere (律 in 法律) only into a report word of three or more (就业律 → 就业率) — not one
      // before a word of the report, which it belongs to (中职升本科, 工作时起薪, 找不着工作).
      if (/^[\u4e00-\u9fff]$/u.test(word) && !TALK.test(word)) {
        const next = tokens[tokens.indexOf(word) + 1] ?? '';
        // (A piece of a word, 学金 after 国家将, is no word the character could belong to.)
        this.reportWords ??= new Set([...this.typoWords(), ...LEXICON_PHRASES]);
        if (!(next.length >= 2 && this.reportWords.has(next))) out = this.repairAround(out, word, 3);
        continue;
      }
      if (!/^[\u4e00-\u9fff]{2,4}$/u.test(word) || this.units.some((u) => u.includes(word))) continue;
      // A word the lexicon knows (国奖 → 国家奖学金) is read by it, not mended into another (国家).
      if (LEXICON_WORDS.has(word)) continue;
      // 交运 for 交通运输: a shorthand of one report word, read as that word.
      this.abbreviations ??= new Abbreviations(this.typoWords(), this.units.join('|'));
      const full = this.abbreviations.expand(word, out[out.indexOf(word) + word.length] ?? '');
      if (full) {
        out = out.split(word).join(full);
        continue;
      }
      // A word of the language (关心, tagged by jieba) is no typo of a report word that sounds like it (关系) —
      // unless with its neighbours it sounds like a long word of the report (三号学生 → 三好学生).
      if (!tagsOf(word).includes('x')) {
        const long = this.repairAround(out, word, stranded.has(word) ? LONG_WORD - 1 : LONG_WORD);
        // Only a word the report never writes, with a neighbour the report writes next to one of its ends, can be a
        // typo inside a longer stretch of the report (定编 of 额定编织, 学金 of 讲学金).
        const inStretch = long === out && !this.writes(word) && this.writesBeside(out, word);
        // …or, held whole, four characters the report writes as they are (额定编织 → 额定编制).
        const mended = inStretch ? this.repairAround(out, word, LONG_WORD, false, true) : long;
        // A word of talk (讲学) the report never writes may be a typo in a long word of the report that holds it whole
        // (国家讲学金 → 奖学金): only there may its character of talk change.
        out = inStretch && mended === out && TALK.test(word) ? this.repairAround(out, word, 3, true) : mended;
        continue;
      }
      // 全是, 光是: a word and its copula (是) is no typo of a report word that sounds the same (全市); its first
      // character may be one glued to the word before (满意读/是 → 满意度), mended only into a word of three or more.
      if (/^[\u4e00-\u9fff]是$/u.test(word)) {
        out = this.repairAround(out, word[0]!, 3);
        continue;
      }
      this.typos ??= new TypoRepair(this.typoWords());
      // A word jieba does not know (民半) may hold a character of talk (半) in a typo's place: it is read as the one
      // report word that sounds exactly the same (民办), never as one that only sounds close.
      const fixed = this.typos.repair(word, TALK) ?? this.typos.repair(word, ASKING_CHARS, true);
      if (fixed) out = out.split(word).join(fixed);
      else {
        const mended = this.repairAround(out, word);
        // …or with the one character jieba cut off after it (找工/做 → 找工作).
        const next = tokens[tokens.indexOf(word) + 1] ?? '';
        out = mended !== out || !/^[\u4e00-\u9fff]$/u.test(next) || TALK.test(next) ? mended : this.repairAround(out, `${word}${next}`, 3);
      }
    }
    return out;
  }

  /** Whether the report writes the character before `word` with its first one, or its last one with the one after. */
  private writesBeside(question: string, word: string): boolean {
    const at = question.indexOf(word);
    const before = at > 0 ? question[at - 1]! : '';
    const after = question[at + word.length] ?? '';
    const han = (ch: string): boolean => /[\u4e00-\u9fff]/u.test(ch);
    return (han(before) && this.writes(`${before}${word[0]}`)) || (han(after) && this.writes(`${word.at(-1)}${after}`));
  }

  private homophones: HomophoneRepair | undefined;
  private abbreviations: Abbreviations | undefined;
  private reportWords: Set<string> | undefined;

  /**
   * A one-character homophone typo in or beside `word` (台智/彗 → 智慧), against the report's wording; mended only
   * into a report word of at least `shortest` characters when that is given; `talkInside`: also a character of talk,
   * into a report word that holds all of `word`; `verbatim`: into a stretch of `shortest` characters the report writes,
   * holding all of `word`.
   */
  private repairAround(question: string, word: string, shortest = 0, talkInside = false, verbatim = false): string {
    const at = question.indexOf(word);
    if (at < 0) return question;
    let start = at;
    let end = at + word.length;
    while (start > 0 && /[\u4e00-\u9fff]/u.test(question[start - 1]!)) start--;
    while (end < question.length && /[\u4e00-\u9fff]/u.test(question[end]!)) end++;
    // The report's wording, and the words people type that the lexicon reads (找工作 for 找工做).
    this.homophones ??= new HomophoneRepair([...this.units, ...LEXICON_PHRASES].join('|'));
    this.reportWords ??= new Set([...this.typoWords(), ...LEXICON_PHRASES]);
    const span = [question.slice(start, end), at - start, at - start + word.length] as const;
    const fixed = talkInside
      ? this.homophones.repair(...span, this.reportWords, NOTHING, shortest, true)
      : this.homophones.repair(...span, this.reportWords, TALK, shortest, verbatim, verbatim);
    return fixed ? question.slice(0, start) + fixed + question.slice(end) : question;
  }

  /** Paragraphs and table rows that contain any form of the term. */
  df(term: Term): number {
    const key = term.forms.join('|');
    let df = this.dfCache.get(key);
    if (df === undefined) {
      const forms = term.forms.map(norm);
      df = this.units.filter((u) => forms.some((f) => u.includes(f))).length;
      this.dfCache.set(key, df);
    }
    return df;
  }

  idf(term: Term): number {
    return Math.log(1 + this.units.length / Math.max(1, this.df(term)));
  }

  /** Whether the report writes the phrase anywhere (技能河南 in “人人持证、技能河南”). */
  writes(phrase: string): boolean {
    const n = norm(phrase);
    return n.length > 0 && this.units.some((u) => u.includes(n));
  }

  /** Whether a section title holds the word (对策建议, 存在问题). */
  inTitles(form: string): boolean {
    const n = norm(form);
    for (const t of this.sectionTitles.values()) if (t.includes(n)) return true;
    return false;
  }

  /** Whether the term names something the report measures or lists (a figure's label, a row, a title). */
  isMeasureWord(term: Term, factLabels: string): boolean {
    return term.forms.some((f) => {
      const n = norm(f);
      return n.length > 0 && (factLabels.includes(n) || this.labels.includes(n));
    });
  }

  get unitCount(): number {
    return this.units.length;
  }

  /** The sentence before the figure's own in its paragraph ('' when it opens the paragraph). */
  private sentenceBefore(f: Fact): string {
    const raw = this.report.paragraphs.find((p) => p.id === f.paragraphId)?.text ?? '';
    const at = raw.indexOf(f.sentence);
    return at > 0 ? (raw.slice(0, at).split(/(?<=[。！？；])/u).filter((x) => x.trim()).at(-1) ?? '') : '';
  }

  factEvidence(f: Fact): Evidence {
    let e = this.factCache.get(f.id);
    if (!e) {
      const table = f.table ?? f.totalOf;
      const caseTitle = f.caseNo !== undefined ? (this.caseTitles.get(f.caseNo) ?? '') : '';
      const titles = [this.sectionTitles.get(f.section) ?? '', caseTitle, table !== undefined ? (this.tableTitles.get(table) ?? '') : ''].join(' ');
      // A date heads the event it dates, and the event runs on to the sentence's end (从 2019 年秋季学期开始，
      // …，设立…国家奖学金): that is what a "when" question names.
      const at = f.sentence.indexOf(f.text);
      const event = (f.kind === 'date' || f.kind === 'year') && at >= 0 ? f.sentence.slice(at + f.text.length) : '';
      // 其中，…免学费资金 6805.03 万元，惠及 80632 人次；发放助学金资助金额 923.325 万元，惠及 9234 人次: what a
      // figure is about is said within its own stretch between semicolons, not across the whole sentence.
      const parts = f.sentence.split(/(?<=[；;])/u);
      let from = 0;
      let segmentStart = 0;
      const segment = parts.find((part) => {
        const hit = at >= from && at < from + part.length;
        if (hit) segmentStart = from;
        from += part.length;
        return hit;
      });
      const segmentEnd = segmentStart + (segment?.length ?? f.sentence.length);
      const others = this.bySentence.get(`${f.paragraphId}|${f.sentence}`) ?? [];
      const partLabels = others.filter((g) => g.id !== f.id && g.frame?.whole === f.label).map((g) => g.label);
      const before = this.sentenceBefore(f);
      e = {
        label: norm(event ? `${f.label} ${event}` : f.label),
        // A part (其中一等奖 2 节) counts what its whole counts (优质课获奖): the whole's words are its own.
        clause: norm(f.frame?.whole ? `${f.clause} ${f.frame.whole}` : f.clause),
        ...(segment && parts.length > 1 ? { segment: norm(segment) } : {}),
        // …and so is a sentence before it that states no figure of its own: it heads this one (开展第四批产教融合型企业
        // 建设培育工作。我市共有…8 家企业入围).
        sentence: norm(f.sentence.length <= SHORT_SENTENCE || headsNext(before) ? `${before}${f.sentence}` : f.sentence),
        ...(f.frame?.story ? { story: norm(f.frame.story) } : {}),
        // What its stretch says before it is its context too (交通运输系 … 207 名取证，取证率 93.7%).
        before: norm(f.sentence.slice(segmentStart, Math.max(segmentStart, at))),
        // 升学 6262 人，其中升入本科 327 人: 本科 is the part's word (327), not the whole's (6262); a word that only
        // a later figure of the same stretch names is that figure's.
        siblings: norm(
          others
            .filter((g) => {
              if (g.id === f.id || g.label === f.label) return false;
              if (g.frame?.whole === f.label) return true;
              const gAt = f.sentence.indexOf(g.text, at + f.text.length);
              return g.span.start > f.span.start && gAt >= 0 && gAt < segmentEnd;
            })
            .map((g) => g.label)
            .join('|'),
        ),
        ...(parts.length > 1 ? { shared: norm(sharedText(parts, segment ?? '', others.filter((g) => g.id !== f.id))) } : {}),
        ...(partLabels.length ? { parts: norm(partLabels.join('|')) } : {}),
        titles,
        paragraph: f.paragraphId ? (this.paragraphs.get(f.paragraphId) ?? '') : norm(f.sentence),
      };
      this.factCache.set(f.id, e);
    }
    return e;
  }
}

/**
 * The sentence without its later stretches (between semicolons) that hold another figure: the first stretch says
 * what the sentence is about (毕业生共有 734 人参加高考考试，…；专科录取 593 人), and every figure shares it.
 * 财会经贸系 … 取证率为 96.7%；…无人机操作与应用考核中 … 取证率为 100%: 无人机 is the 100%'s, not the 96.7%'s.
 */
function sharedText(parts: readonly string[], own: string, others: readonly Fact[]): string {
  return parts
    .map((part, i) => {
      if (part === own || !others.some((g) => part.includes(g.text))) return part;
      return i === 0 ? part : '';
    })
    .join('');
}

const verbCache = new Map<string, boolean>();
/**
 * A verb (发放, 录取) is said of every stretch of a sentence alike; a thing (无人机, 本科) belongs to the stretch
 * that names it.
 */
function isVerb(form: string): boolean {
  let v = verbCache.get(form);
  if (v === undefined) {
    v = tagsOf(form).some((t) => t === 'v' || t === 'vn');
    verbCache.set(form, v);
  }
  return v;
}

/**
 * A sentence this short (月收入2650元。) says no subject of its own: the sentence before it says whose figure it is,
 * so its words count as the figure's sentence.
 */
const SHORT_SENTENCE = 12;
/** A sentence with no figure that ends a run of one (开展第四批…培育工作。): what the next sentence's figures are of. */
const headsNext = (sentence: string): boolean =>
  sentence.length > 0 && sentence.length <= HEADING_SENTENCE && !/\d/u.test(sentence) && /[。！]$/u.test(sentence.trim());
/** …a short one, as a heading is (a long one tells a story of its own). */
const HEADING_SENTENCE = 30;

/** Whether `text` holds `form` other than inside its negation: 学费 is not in 免学费 (free of tuition). */
function holds(text: string | undefined, form: string): boolean {
  if (!text) return false;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) if (at === 0 || text[at - 1] !== '免') return true;
  return false;
}

/**
 * The best level at which any form of the term appears, 0 when nowhere. `totalAsked`: a total is asked
 * (公办民办加一块), so the words of the figure's parts (公办学校 14 所、民办学校 10 所) are the whole's own.
 */
export function matchLevel(term: Term, e: Evidence, totalAsked = false): number {
  let best = 0;
  for (const raw of term.forms) {
    const form = norm(raw);
    if (!form) continue;
    if (holds(e.label, form)) return LEVEL.label;
    if (totalAsked && holds(e.parts, form)) best = Math.max(best, LEVEL.clause);
    if (holds(e.clause, form)) best = Math.max(best, LEVEL.clause);
    else if (holds(e.before, form)) best = Math.max(best, LEVEL.segment);
    else if (holds(e.siblings, form)) best = Math.max(best, LEVEL.sibling);
    else if (holds(e.segment, form)) best = Math.max(best, LEVEL.segment);
    else if (holds(e.sentence, form)) {
      const shared = e.shared === undefined || holds(e.shared, form) || isVerb(form);
      best = Math.max(best, shared ? LEVEL.sentence : LEVEL.otherStretch);
    }
    else if (holds(e.titles, form)) best = Math.max(best, LEVEL.titles);
    else if (holds(e.paragraph, form)) best = Math.max(best, LEVEL.paragraph);
  }
  // 国家助学金 asked, 发放助学金资助金额 923.325 万元 found, 国家助学金 said earlier in its paragraph: the head word
  // in the figure's own words and the whole compound nearby count nearly as the compound in its clause.
  if (term.head && best > 0 && best < LEVEL.clause) {
    const head = norm(term.head);
    if (holds(e.label, head) || holds(e.clause, head)) best = Math.max(best, LEVEL.clause * HEAD_SHARE);
    // …or in its own stretch before it (发放助学金资助金额 923.325 万元，惠及 9234 人次): as the stretch counts.
    else if (holds(e.before, head)) best = Math.max(best, LEVEL.segment * HEAD_SHARE);
  }
  return best;
}

/** What a compound's head word in the figure's own words counts, against the whole compound there. */
const HEAD_SHARE = weights.evidence.headShare;

export { norm };
