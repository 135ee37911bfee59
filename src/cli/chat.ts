import 'dotenv/config';
import { createInterface } from 'node:readline';
import { readConfig } from '../config.ts';
import { createEngine } from '../engine.ts';

/** `npm run chat`: a terminal conversation for staff. Commands: /sections, /section 2.5, /quit. */
export async function chat(): Promise<void> {
  const engine = createEngine(readConfig());
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const prompt = (): boolean => process.stdout.write('问：');
  const m = engine.meta;
  console.log(`《${m.title}》问答（${m.issuer}）。输入问题，/sections 看目录，/section 2.5 看章节，/quit 退出。`);
  let last = engine.answer('');
  prompt();
  // Lines are read as a stream, so piped input is answered line by line too.
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text === '/sections') {
      for (const s of engine.sections()) console.log(`${'  '.repeat(s.level - 1)}${s.id} ${s.title}`);
      prompt();
      continue;
    }
    const sec = /^\/section\s+(\S+)/.exec(text);
    if (sec) {
      console.log(engine.section(sec[1]!)?.text ?? `没有第 ${sec[1]} 节；输入 /sections 查看目录。`);
      prompt();
      continue;
    }
    const alt = /^\/alt\s+(\d+)/.exec(text);
    if (alt) {
      const ref = last.alternatives[Number(alt[1]) - 1]?.ref;
      console.log(ref ? engine.explain(ref)?.answer : '没有这个备选答案。');
      prompt();
      continue;
    }
    last = engine.answer(text);
    console.log(last.answer);
    last.alternatives.forEach((a, i) => console.log(`  /alt ${i + 1}：${a.text}（${a.label}，${a.section}）`));
    prompt();
  }
  rl.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  chat().catch((error: unknown) => {
    console.error(`chat: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
