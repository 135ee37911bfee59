import type { HeadingMark } from './heading-marks.ts';

/** What the cleaning stage hands on: logical blocks of the report, in reading order. */
export type Block =
  | { readonly kind: 'heading'; readonly id: string; readonly title: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tableCaption'; readonly no: number; readonly title: string }
  | { readonly kind: 'tableRow'; readonly cells: readonly string[] }
  | { readonly kind: 'figure'; readonly no: number; readonly caption: string }
  | { readonly kind: 'case'; readonly no: number; readonly title: string };

/** A table row outside a captioned table: a paragraph of its own, never joined with the text around it. */
export type Row = { readonly kind: 'row'; readonly text: string };
/** A line read on its own, before the outline decides which numbered lines are headings. */
export type LineBlock = Block | Row | { readonly kind: 'mark'; readonly mark: HeadingMark; readonly line: string };

// A paragraph that ends on one of these is complete; anything else was cut by a line or page break.
export const COMPLETE = /[。！？!?；;…]["”’」』)）]?$/u;
