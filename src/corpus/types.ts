/** Typed hand-offs between the pure ingestion stages: text → structure → facts. */

export interface ReportMeta {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly issuer: string;
  readonly city: string;
  readonly province: string;
  readonly yearCovered: number;
  readonly published: string;
  readonly default?: boolean;
  /** Example questions offered as chips and buttons; when absent, channels use the engine's own suggestions. */
  readonly examples?: readonly string[];
  /** Whose report it is: a city's bureau (the default), a county's, or one school's own. */
  readonly level?: 'city' | 'county' | 'school';
  /** The school, for a school's own report. */
  readonly school?: string;
  /** The counties, districts and towns of the report's area, as the report writes them (its schools start with them). */
  readonly places?: readonly string[];
  /** The education the report is about: 中等职业教育 (secondary, the default) or 高等职业教育 (higher). */
  readonly sector?: 'secondary' | 'higher';
}

export interface RawReport {
  readonly meta: ReportMeta;
  readonly file: string;
  readonly text: string;
}

/** A place in the cleaned text: character offsets into `Report.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type BlockKind = 'paragraph' | 'table' | 'case' | 'figure';

export interface Paragraph {
  readonly id: string;
  readonly section: string;
  /** Set when the paragraph belongs to a case (案例 N). */
  readonly caseNo?: number;
  readonly text: string;
  readonly span: Span;
}

export interface TableRow {
  readonly cells: readonly string[];
  readonly span: Span;
}

export interface Table {
  readonly no: number;
  readonly title: string;
  readonly section: string;
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface CaseStudy {
  readonly no: number;
  readonly title: string;
  readonly section: string;
  readonly paragraphIds: readonly string[];
}

export interface FigureCaption {
  readonly no: number;
  readonly caption: string;
  readonly section: string;
}

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly level: number;
  readonly parent?: string;
  readonly paragraphIds: readonly string[];
}

/** An extraction defect that is kept as written and shown to the reader. */
export interface Defect {
  readonly text: string;
  readonly span: Span;
  readonly reason: string;
}

export interface Report {
  readonly meta: ReportMeta;
  readonly file: string;
  /** Cleaned body text; every span points into it. */
  readonly text: string;
  readonly sections: readonly Section[];
  readonly paragraphs: readonly Paragraph[];
  readonly tables: readonly Table[];
  readonly cases: readonly CaseStudy[];
  readonly figures: readonly FigureCaption[];
  readonly defects: readonly Defect[];
}

export type FactKind = 'quantity' | 'ratio' | 'date' | 'year' | 'list';

export type Sector = 'adult' | 'community' | 'higher' | 'general' | 'undergrad';

/** What a figure is, read once at ingest from its own clause (see `frame.ts`); answers only compare with it. */
export type People = 'students' | 'teachers';

export interface FactFrame {
  /** The verb or noun of its own clause that says what is counted: 升学, 获奖, 培训 … ('' when none). */
  readonly measure: string;
  /** A part of a figure stated before it (其中 …, a bracket, 分别 …). */
  readonly partOf: boolean;
  /** For a part: the words of the figure it is a part of (the whole's label), which say what the part counts too. */
  readonly whole?: string;
  readonly aggregation: 'total' | 'part' | 'perUnit' | 'rate' | 'row' | 'plain';
  readonly level: 'nation' | 'province' | 'city' | null;
  /** The sector when another than the report's own (中职): 成人, 社区, 高职, 普高, 本科. */
  readonly sector: Sector | null;
  /** Who it counts, when its stretch names them nearest before it: students or teachers (frames.json `people`). */
  readonly who?: People;
  /** How many there are by now (11 所学校已通过…验收, 现有, 累计), as its own clause says (frames.json `stock`). */
  readonly stock?: true;
  /** A bound naming a class of what the next figure counts (600 分以上 15 人): no value of its own. */
  readonly category?: true;
  /** For a share (专任教师占教职工总数的 86%): what is counted over the whole, the words before 占. */
  readonly shareOf?: string;
  /**
   * The sentences of its paragraph that tell of the one person its sentence is about (程文俊同学 … 中考失利 … 最终以
   * 596 分的成绩考入本科): what the figure is of, when a question describes that person (那个中考失利的女生).
   */
  readonly story?: string;
  /** The person that story tells of, as the report names them (程文俊). */
  readonly person?: string;
  /**
   * What the figure measures as a short noun phrase for people (≤ 40 characters, no trailing 为/是/的, no stray
   * spaces, no brackets inside brackets), made from its label, its whole and its level: 升学中升入本科.
   */
  readonly name: string;
}

/**
 * Whose a figure is: the report's whole area, one school (entity), or a group one school leads for the area
 * (以某学院为牵头院校…组建市域产教联合体: its members are the group's, asked by naming the group).
 */
export type Scope =
  | { readonly kind: 'city' }
  | { readonly kind: 'entity'; readonly name: string }
  | { readonly kind: 'group'; readonly name: string };

export interface Fact {
  readonly id: string;
  readonly kind: FactKind;
  /** The figure exactly as the report writes it, e.g. `4.51 万人`, `1:2.57`, `2022年8月13日`. */
  readonly text: string;
  readonly value: number | null;
  readonly unit: string;
  /** The words that say what the figure measures, e.g. `升学比例`. */
  readonly label: string;
  /** The clause the figure stands in. */
  readonly clause: string;
  /** The whole sentence, for quoting. */
  readonly sentence: string;
  readonly scope: Scope;
  /** Years the figure is about (2023, or 2022 and 2023 for 2022-2023 学年). */
  readonly years: readonly number[];
  readonly period: string;
  readonly section: string;
  readonly paragraphId: string;
  readonly table?: number;
  /** A table whose total this figure of the text states (共培训 410 人 over 表 3's rows), the table printing none. */
  readonly totalOf?: number;
  readonly caseNo?: number;
  readonly span: Span;
  /** List facts: the items, copied. */
  readonly items?: readonly string[];
  readonly defect?: string;
  /** Set by the frame stage of ingestion. */
  readonly frame?: FactFrame;
}
