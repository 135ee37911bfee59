import 'dotenv/config';
import { createInterface } from 'node:readline';
import { readConfig } from '../config.ts';
import { createEngine } from '../engine.ts';
import type { Answer } from '../answer/types.ts';

/** The stable JSON contract of `ask --json`: one object a line, in input order. */
export function toJson(a: Answer): string {
  return JSON.stringify({
    question: a.question,
    found: a.found,
    answer: a.answer,
    figure: a.figure ? { text: a.figure.text, value: a.figure.value, unit: a.figure.unit, label: a.figure.label } : null,
    source: a.source ? { report: a.source.report, section: a.source.section, title: a.source.title, paragraph: a.source.paragraph } : null,
    alternatives: a.alternatives,
    suggestions: a.suggestions,
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const engine = createEngine(readConfig());
  const words = args.filter((a) => a !== '--json');
  if (words.length > 0) {
    const a = engine.answer(words.join(' '));
    process.stdout.write(json ? `${toJson(a)}\n` : `${a.answer}\n`);
    return;
  }
  if (!json) {
    process.stderr.write('用法：npm run ask -- "新乡中职升学率是多少"，或 npm run --silent ask -- --json < questions.txt\n');
    process.exitCode = 2;
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    let out: string;
    try {
      out = toJson(engine.answer(line));
    } catch (error) {
      // One bad line must not cost the others their answers.
      out = JSON.stringify({ question: line, found: false, answer: `内部错误：${(error as Error).message}`, figure: null, source: null, alternatives: [], suggestions: [] });
    }
    process.stdout.write(`${out}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`ask: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
