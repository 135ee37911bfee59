import 'dotenv/config';
import { createInterface, type Interface } from 'node:readline';
import { readConfig } from '../config.ts';
import { createEngine, type Engine } from '../engine.ts';
import type { Answer } from '../answer/types.ts';

export const CHAT_HELP = `直接输入问题，例如：中职升学率是多少
  /sections      报告目录
  /section 2.5   读一节
  /alt 1         看上一个答案的第 1 个备选数字
  /help          本说明
  /quit          退出（也可按 Ctrl+D）
上下方向键可调出先前的问题。`;

/** One line typed by the person: a command's output, or the answer; `null` to stop. */
export function reply(engine: Engine, line: string, last: { answer: Answer }): string | null {
  const text = line.trim();
  if (text === '/quit' || text === '/exit') return null;
  if (text === '/help' || text === '/?') return CHAT_HELP;
  if (text === '/sections') return engine.sections().map((s) => `${'  '.repeat(s.level - 1)}${s.id} ${s.title}`).join('\n');
  const sec = /^\/section\s+(\S+)/.exec(text);
  if (sec) return engine.section(sec[1]!)?.text ?? `没有第 ${sec[1]} 节；输入 /sections 查看目录。`;
  const alt = /^\/alt\s+(\d+)/.exec(text);
  if (alt) {
    const ref = last.answer.alternatives[Number(alt[1]) - 1]?.ref;
    return (ref && engine.explain(ref)?.answer) || '没有这个备选答案。';
  }
  if (/^\/\S*/.test(text)) return `不认识的命令 ${text.split(/\s/)[0]}。\n${CHAT_HELP}`;
  last.answer = engine.answer(text);
  return [last.answer.answer, ...last.answer.alternatives.map((a, i) => `  /alt ${i + 1}：${a.text}（${a.label}，${a.section}）`)].join('\n');
}

/**
 * The line reader: in terminal mode readline keeps the questions asked, so the arrow keys bring them back
 * and edit them; piped input is read line by line.
 */
export function lineReader(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, terminal: boolean): Interface {
  return createInterface({ input, output, terminal, historySize: 200, removeHistoryDuplicates: true, prompt: '问：', crlfDelay: Infinity });
}

/** `npm run chat`: a terminal conversation for staff. */
export async function chat(): Promise<void> {
  const engine = createEngine(readConfig());
  const rl = lineReader(process.stdin, process.stdout, Boolean(process.stdin.isTTY && process.stdout.isTTY));
  const m = engine.meta;
  console.log(`《${m.title}》问答（${m.issuer}）。输入问题；/help 看命令，/quit 退出。`);
  const last = { answer: engine.answer('') };
  rl.prompt();
  for await (const line of rl) {
    const out = reply(engine, line, last);
    if (out === null) break;
    console.log(out);
    rl.prompt();
  }
  rl.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  chat().catch((error: unknown) => {
    console.error(`chat: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
