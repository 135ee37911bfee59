import 'dotenv/config';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readConfig } from '../config.ts';
import { createEngine } from '../engine.ts';
import { type EvalQuestion, judge } from '../eval/judge.ts';

/** `npm run eval`: accuracy per kind on every question set in tests/questions. */
const dir = fileURLToPath(new URL('../../tests/questions/', import.meta.url));
const engine = createEngine(readConfig());
let failed = false;
// Files named on the command line are scored instead of the project's sets.
const named = process.argv.slice(2).filter((a) => a.endsWith('.jsonl'));
const files = named.length ? named : readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${dir}${f}`);
for (const file of files) {
  const questions = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);
  const byKind = new Map<string, { n: number; ok: number }>();
  const misses: string[] = [];
  let wrong = 0;
  for (const q of questions) {
    const a = engine.answer(q.q);
    const ok = judge(q, a);
    const k = byKind.get(q.kind) ?? { n: 0, ok: 0 };
    k.n++;
    if (ok) k.ok++;
    else if (a.found) wrong++;
    byKind.set(q.kind, k);
    if (!ok) misses.push(`  miss ${q.id} [${q.kind}] ${q.q}\n       got ${a.found ? `${a.figure?.text ?? a.items?.join('、') ?? ''} §${a.source?.section}` : 'not found'}; want ${q.expect.join(' | ') || '-'} §${q.section.join('|')}`);
  }
  const total = [...byKind.values()].reduce((s, k) => ({ n: s.n + k.n, ok: s.ok + k.ok }), { n: 0, ok: 0 });
  console.log(`== ${file.slice(file.lastIndexOf('/') + 1)}`);
  for (const [kind, k] of byKind) console.log(`${kind.padEnd(8)} ${k.ok}/${k.n} ${((100 * k.ok) / k.n).toFixed(1)}%`);
  console.log(`answered wrong ${((100 * wrong) / total.n).toFixed(1)}% (${wrong}/${total.n})`);
  console.log(`accuracy ${((100 * total.ok) / total.n).toFixed(1)}% (${total.ok}/${total.n})`);
  if (process.argv.includes('--misses')) console.log(misses.join('\n'));
  if (total.ok < total.n * 0.8) failed = true;
}
process.exitCode = failed ? 1 : 0;
