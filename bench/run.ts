import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Answerer } from '../src/answer/answer.ts';
import { readConfig } from '../src/config.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { pickReport } from '../src/engine.ts';
import { buildKnowledge } from '../src/index/store.ts';
import { ensureDictionary } from '../src/text/dictionary-file.ts';
import { warmUp } from '../src/text/segment.ts';

/** `npm run bench`: prints speed and memory figures; nothing here is asserted. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const config = readConfig();
const raws = loadCorpus(config.corpusDir);
ensureDictionary(raws.map((r) => r.text));
const raw = pickReport(raws, config.reportId, config.corpusDir);

let t = performance.now();
warmUp();
const dictMs = performance.now() - t;

t = performance.now();
const kb = buildKnowledge(raw);
const buildMs = performance.now() - t;

const answerer = new Answerer(kb);
const questions = readFileSync(`${ROOT}tests/questions/dev.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { q: string }).q);
for (const q of questions) answerer.answer(q); // warm caches
const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of questions) {
    const s = process.hrtime.bigint();
    answerer.answer(q);
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
}
times.sort((a, b) => a - b);
// Questions never asked in this process (our own set): each new word costs one lunr query the first time.
const unseen = readFileSync(`${ROOT}tests/questions/extra.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { q: string }).q);
const coldTimes = unseen.map((q) => {
  const s = process.hrtime.bigint();
  answerer.answer(q);
  return Number(process.hrtime.bigint() - s) / 1e6;
}).sort((a, b) => a - b);
const pct = (p: number): number => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;

const starts: number[] = [];
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '新乡中职升学率是多少'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: ask failed: ${r.stderr}`);
  starts.push(performance.now() - s);
}

const rssMb = process.resourceUsage().maxRSS / 1024;
const f = (n: number): string => n.toFixed(n < 10 ? 2 : 0);
console.log(`jieba dictionary load      ${f(dictMs)} ms`);
console.log(`index build (in process)   ${f(buildMs)} ms   (${kb.facts.length} facts, ${kb.report.paragraphs.length} paragraphs)`);
console.log(`warm answer latency        p50 ${f(pct(50))} ms   p99 ${f(pct(99))} ms   max ${f(times.at(-1)!)} ms   (${times.length} answers)`);
console.log(`first-time questions        p50 ${f(coldTimes[Math.floor(coldTimes.length / 2)]!)} ms   max ${f(coldTimes.at(-1)!)} ms   (${coldTimes.length} questions from extra.jsonl, not asked before)`);
console.log(`process start → 1st answer ${f(Math.min(...starts))} ms best of 3 (ask CLI, stored index, tsx)`);
console.log(`peak RSS (bench process)   ${f(rssMb)} MB`);

// Loaded only now, so autocannon does not count in the engine's RSS above.
const { loadAsk, startServer } = await import('./http.ts');
// HTTP: the server in its own process (as `npm start`), autocannon in this one; the rate limit off.
for (const [name, cache] of [['answer cache on (default)', '1000'], ['answer cache off', '0']] as const) {
  const server = await startServer(ROOT, { RATE_LIMIT_PER_MINUTE: '0', ANSWER_CACHE_SIZE: cache });
  await loadAsk(server.url, questions, 2); // warm-up
  const r = await loadAsk(server.url, questions);
  await server.stop();
  console.log(`HTTP /api/ask, ${name.padEnd(25)} ${f(r.rps)} req/s   p50 ${f(r.p50)} ms   p99 ${f(r.p99)} ms   (20 connections, 10 s, ${questions.length} questions rotating; errors ${r.errors}, non-2xx ${r.non2xx})`);
}

// Telegram: the real bot (long polling) through the Bot API emulator on loopback.
const { telegramThroughput } = await import('./telegram.ts');
const { realEngineForBench } = await import('./engine.ts');
const tg = await telegramThroughput(realEngineForBench(), questions);
console.log(`Telegram via emulator       ${f(tg.perSecond)} answers/s   (${tg.answers} questions from 50 chats in ${f(tg.seconds)} s; pacing off, answer cache on)`);
