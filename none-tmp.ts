import { readFileSync, readdirSync } from 'node:fs';
import { Answerer } from './src/answer/answer.ts';
import { realAnswerer } from './tests/helpers.ts';
const a = new Answerer(realAnswerer().kb, { gate: false });
for (const file of readdirSync('tests/questions').filter(f=>f.endsWith('.jsonl') && !f.startsWith('s2-'))) for (const line of readFileSync('tests/questions/'+file,'utf8').split('\n').filter(Boolean)) {
  const q = JSON.parse(line); if (q.kind !== 'none') continue;
  const r = a.answer(q.q); if (!r.found) continue;
  console.log(q.id.padEnd(6), r.kind.padEnd(7), (r.figure?.text ?? '').padEnd(10), r.source?.section, '|', q.q.slice(0,60), '|', (q.note??'').slice(0,40));
}
