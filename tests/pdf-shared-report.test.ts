import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../src/answer/answer.ts';
import { judge, type EvalQuestion } from '../src/eval/judge.ts';
import { buildKnowledge } from '../src/index/store.ts';
import { pdfText } from '../src/pdf/extract.ts';
import { ROOT, realAnswerer, realReport } from './helpers.ts';
import { typesetPdf } from './pdf/typeset.ts';

const dev = readFileSync(`${ROOT}tests/questions/dev.jsonl`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);
const accuracy = (a: Answerer): number => (100 * dev.filter((q) => judge(q, a.answer(q.q))).length) / dev.length;

describe('the shared report typeset as a PDF (wrapped lines, running header, page numbers) and read back', () => {
  let viaPdf: Answerer;
  beforeAll(async () => {
    const real = realReport();
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'report.pdf');
    writeFileSync(file, typesetPdf(real.text, real.meta.title));
    viaPdf = new Answerer(buildKnowledge({ ...real, file, text: await pdfText(file) }));
  });

  it('has the same sections, tables, cases and figure captions as the text', () => {
    const { report } = realAnswerer().kb;
    const shape = (r: typeof report) => [r.sections.map((s) => `${s.id} ${s.title}`), r.tables.map((t) => [t.no, t.headers, t.rows.map((x) => x.cells)]), r.cases.map((c) => [c.no, c.title, c.section]), r.figures];
    expect(shape(viaPdf.kb.report)).toEqual(shape(report));
  });

  it('answers the shared dev set within 3 points of the text version', () => {
    expect(Math.abs(accuracy(viaPdf) - accuracy(realAnswerer()))).toBeLessThanOrEqual(3);
  });
});
