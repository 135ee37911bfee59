import { readFileSync, readdirSync } from 'node:fs';
import { Answerer } from './src/answer/answer.ts';
import { figureMatches, judge } from './src/eval/judge.ts';
import { realAnswerer } from './tests/helpers.ts';
const a = new Answerer(realAnswerer().kb, { gate: false, rerank: null, confidence: null });
let right = 0, n = 0, noneAnswered = 0, nones = 0;
for (const file of readdirSync('tests/questions').filter(f=>f.endsWith('.jsonl') && !f.startsWith('s2-'))) for (const line of readFileSync('tests/questions/'+file,'utf8').split('\n').filter(Boolean)) {
  const q = JSON.parse(line);
  if (q.kind === 'none') { nones++; if (a.answer(q.q).found) noneAnswered++; continue; }
  if (q.kind !== 'number') continue;
  n++; const {q:r, terms} = a.read(q.q); const c = a.candidates(r, terms, 3);
  const ok = c[0] && figureMatches(q, c[0].f.text, c[0].f.section); if (ok) right++;
  if (process.env.V) console.log(q.id, ok ? 'OK' : 'NO', c[0]?.f.text, '|', q.q.slice(0,40));
}
console.log('number right-first', right, '/', n, '; none questions answered', noneAnswered, '/', nones);
