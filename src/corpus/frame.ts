import lexicon from '../lexicon/frames.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';
import { levelBefore } from '../text/levels.ts';
import type { Fact, FactFrame, Report, Sector } from './types.ts';

/**
 * Stage 4: a frame for every figure, read once at ingest from its own clause and sentence, so that answer time
 * only compares slots: what it measures, whether it is a part of another figure, a total, a per-student
 * standard, a rate or a table cell, and the level and sector it belongs to.
 */

const frames = assertLexicon('frames.json', lexicon);
const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const MEASURES = byLength(frames.measures);
// 标准化 (standardised) is no per-student standard.
const PER_UNIT = new RegExp(`(?:${byLength(frames.perUnit).join('|')})(?!化)`, 'u');
const TOTAL = new RegExp(`(?:${byLength(frames.total).join('|')})\\s*$`, 'u');
const PART = new RegExp(byLength(frames.part).join('|'), 'u');
const SECTORS = Object.entries(frames.sectors as Record<Sector, string[]>).flatMap(([sector, words]) =>
  words.map((w) => ({ sector: sector as Sector, word: w })),
).sort((a, b) => b.word.length - a.word.length);


/** The measure words of `text`, longest first, each counted once and only where no longer one stands. */
export function measuresIn(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (const m of MEASURES) {
    if (!rest.includes(m)) continue;
    found.push(m);
    rest = rest.split(m).join('|');
  }
  return found;
}

/** The measure said last in the figure's own label, else nearest before it in its clause, else first after it. */
function measureOf(label: string, clause: string, at: number): string {
  const inLabel = lastMeasure(label, label.length);
  if (inLabel) return inLabel;
  const before = lastMeasure(clause, at);
  if (before) return before;
  const after = clause.slice(at);
  return MEASURES.map((m) => ({ m, i: after.indexOf(m) })).filter((x) => x.i >= 0).sort((a, b) => a.i - b.i)[0]?.m ?? '';
}

function lastMeasure(text: string, at: number): string {
  let best = { at: -1, word: '' };
  for (const m of MEASURES) {
    const i = text.lastIndexOf(m, Math.max(0, at - 1));
    if (i >= 0 && i < at && (i + m.length > best.at + best.word.length || (i === best.at && m.length > best.word.length))) best = { at: i, word: m };
  }
  return best.word;
}

/** The sector named nearest before `at` in `text`, or null. */
export function sectorBefore(text: string, at: number): Sector | null {
  let best: { at: number; sector: Sector } | null = null;
  for (const { sector, word } of SECTORS) {
    const i = text.lastIndexOf(word, Math.max(0, at - word.length));
    if (i >= 0 && i < at && (!best || i > best.at)) best = { at: i, sector };
  }
  return best?.sector ?? null;
}

export function frameOf(f: Fact, report: Report): FactFrame {
  const inClause = Math.max(0, f.clause.indexOf(f.text));
  const inSentence = Math.max(0, f.sentence.indexOf(f.text));
  const before = f.sentence.slice(0, inSentence);
  const clauseBefore = f.clause.slice(0, inClause);
  // 其中 after the last full stop or semicolon before the figure, or an open bracket: a part of what came before.
  const stretch = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  const openBracket = (before.match(/[（(]/gu) ?? []).length > (before.match(/[）)]/gu) ?? []).length;
  const rate = f.unit === '%' || f.kind === 'ratio';
  const partOf = f.kind === 'quantity' && !rate && (PART.test(stretch) || openBracket || /分别/u.test(f.clause));
  const title = report.sections.find((s) => s.id === f.section)?.title ?? '';
  const aggregation: FactFrame['aggregation'] =
    f.table !== undefined ? 'row'
      : PER_UNIT.test(clauseBefore) || PER_UNIT.test(f.label) ? 'perUnit'
        : rate ? 'rate'
          : TOTAL.test(clauseBefore) || /^(?:共|总|合计|累计)/u.test(f.label) ? 'total'
            : partOf ? 'part'
              : 'plain';
  return {
    measure: measureOf(f.label, f.clause, inClause),
    partOf,
    aggregation,
    level: levelBefore(f.sentence, inSentence) ?? levelBefore(f.clause, f.clause.length),
    sector: sectorOf(f, inClause, title),
  };
}

/** The sector of the figure's own label or clause, else of its section. */
function sectorOf(f: Fact, inClause: number, title: string): Sector | null {
  return sectorBefore(f.label, f.label.length) ?? sectorBefore(f.clause, Math.max(inClause, 1)) ?? sectorBefore(title, title.length);
}

export function withFrames(facts: readonly Fact[], report: Report): Fact[] {
  const framed = facts.map((f) => ({ ...f, frame: frameOf(f, report) }));
  return framed.map((f, i) => {
    if (!f.frame.partOf) return f;
    // The whole is the last figure before it in the same sentence that is no part itself (其中 … refers back to it).
    const whole = framed
      .slice(0, i)
      .findLast((g) => g.paragraphId === f.paragraphId && g.sentence === f.sentence && g.kind === 'quantity' && !g.frame.partOf);
    return whole ? { ...f, frame: { ...f.frame, whole: whole.label } } : f;
  });
}
