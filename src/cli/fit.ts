import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Answerer } from '../answer/answer.ts';
import { FEATURES, featureVector, type Signals } from '../answer/confidence.ts';
import { readConfig } from '../config.ts';
import { loadCorpus } from '../corpus/load.ts';
import { pickReport } from '../engine.ts';
import { type EvalQuestion, judge } from '../eval/judge.ts';
import { fitLogistic, predict, shuffled } from '../fit/logistic.ts';
import { loadKnowledge } from '../index/store.ts';

/**
 * `npm run fit`: fits the confidence model (calibrated abstention) on the labelled question sets in
 * tests/questions — all but the `fresh-*` sets, which are kept out as test sets — reports its k-fold
 * cross-validated accuracy and answered-wrong rate, and writes the model into src/answer/weights.json.
 */
const FOLDS = 5;
/** A wrong figure costs this many right ones: the threshold is chosen to maximise right − COST × wrong. */
const WRONG_COST = 3;

const dir = fileURLToPath(new URL('../../tests/questions/', import.meta.url));
const weightsFile = fileURLToPath(new URL('../answer/weights.json', import.meta.url));
const config = readConfig();
const raw = pickReport(loadCorpus(config.corpusDir), config.reportId, config.corpusDir);
const answerer = new Answerer(loadKnowledge(config.indexDir, raw).kb, { gate: false });

interface Row {
  readonly set: string;
  readonly id: string;
  readonly none: boolean;
  /** Null when the engine found nothing to give (a miss, or right for a `none` question). */
  readonly signals: Signals | null;
  readonly correct: boolean;
}

const rows: Row[] = [];
const sets = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !f.startsWith('fresh-')).sort();
for (const file of sets) {
  for (const line of readFileSync(`${dir}${file}`, 'utf8').split('\n').filter((l) => l.trim())) {
    const q = JSON.parse(line) as EvalQuestion;
    const { q: read, terms } = answerer.read(q.q);
    const { answer, signals } = answerer.decide(q.q, read, terms);
    rows.push({ set: file, id: q.id, none: q.kind === 'none', signals: answer.found ? signals : null, correct: judge(q, answer) });
  }
}

function outcome(r: Row, p: number, t: number): 'right' | 'wrong' | 'miss' {
  if (!r.signals || p < t) return r.none ? 'right' : 'miss';
  return r.correct ? 'right' : 'wrong';
}

function tally(items: readonly { r: Row; p: number }[], t: number): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  for (const { r, p } of items) {
    const o = outcome(r, p, t);
    if (o === 'right') right++;
    if (o === 'wrong') wrong++;
  }
  return { right, wrong };
}

const bestThreshold = (items: readonly { r: Row; p: number }[]): number => {
  let best = { t: 0, u: -Infinity };
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    const { right, wrong } = tally(items, t);
    const u = right - WRONG_COST * wrong;
    if (u > best.u) best = { t, u };
  }
  return Number(best.t.toFixed(2));
};

const answered = rows.filter((r) => r.signals);
const examples = (rs: readonly Row[]) => rs.map((r) => ({ x: featureVector(r.signals!), y: (r.correct ? 1 : 0) as 0 | 1 }));

// k-fold: each question's probability comes from a model (and threshold) fitted without it.
const order = shuffled(rows);
const cv: { r: Row; p: number; t: number }[] = [];
for (let k = 0; k < FOLDS; k++) {
  const test = order.filter((_, i) => i % FOLDS === k);
  const train = order.filter((_, i) => i % FOLDS !== k);
  const w = fitLogistic(examples(train.filter((r) => r.signals)));
  const t = bestThreshold(train.map((r) => ({ r, p: r.signals ? predict(w, featureVector(r.signals)) : 0 })));
  for (const r of test) cv.push({ r, p: r.signals ? predict(w, featureVector(r.signals)) : 0, t });
}
let cvRight = 0;
let cvWrong = 0;
for (const { r, p, t } of cv) {
  const o = outcome(r, p, t);
  if (o === 'right') cvRight++;
  if (o === 'wrong') cvWrong++;
}
const ungated = tally(rows.map((r) => ({ r, p: 1 })), 0);
// Per set, cross-validated vs ungated: the sets written before the engine was tuned to them tell most.
for (const set of sets) {
  const mine = cv.filter((c) => c.r.set === set);
  const n = mine.length;
  const g = { right: 0, wrong: 0 };
  for (const { r, p, t } of mine) {
    const o = outcome(r, p, t);
    if (o === 'right') g.right++;
    if (o === 'wrong') g.wrong++;
  }
  const u = tally(mine.map(({ r }) => ({ r, p: 1 })), 0);
  const f = (x: number) => `${((100 * x) / n).toFixed(1)}%`.padStart(6);
  console.log(`${set.padEnd(18)} ungated ${f(u.right)} right ${f(u.wrong)} wrong | cross-validated ${f(g.right)} right ${f(g.wrong)} wrong`);
}

const w = fitLogistic(examples(answered));
// The same procedure as in each fold, so the cross-validated figures describe this model.
const threshold = bestThreshold(rows.map((r) => ({ r, p: r.signals ? predict(w, featureVector(r.signals)) : 0 })));
const pct = (n: number) => Number(((100 * n) / rows.length).toFixed(1));
const weights = JSON.parse(readFileSync(weightsFile, 'utf8')) as Record<string, unknown>;
weights['confidence'] = {
  features: FEATURES.map(([name]) => name),
  coefficients: w.map((x) => Number(x.toFixed(4))),
  threshold,
  fittedOn: { sets, questions: rows.length, answered: answered.length },
  crossValidated: { folds: FOLDS, wrongCost: WRONG_COST, accuracy: pct(cvRight), answeredWrong: pct(cvWrong), ungatedAccuracy: pct(ungated.right), ungatedAnsweredWrong: pct(ungated.wrong) },
};
writeFileSync(weightsFile, `${JSON.stringify(weights, null, 2)}\n`);
console.log(`questions ${rows.length} (answered by the ungated engine: ${answered.length})`);
console.log(`ungated:                 accuracy ${pct(ungated.right)}%  answered wrong ${pct(ungated.wrong)}%`);
console.log(`${FOLDS}-fold cross-validated: accuracy ${pct(cvRight)}%  answered wrong ${pct(cvWrong)}%`);
console.log(`threshold ${threshold}; coefficients:`);
for (const [i, [name]] of FEATURES.entries()) console.log(`  ${name.padEnd(20)} ${w[i]!.toFixed(3)}`);
