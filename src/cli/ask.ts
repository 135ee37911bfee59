import 'dotenv/config';
import { createInterface } from 'node:readline';
import { readConfig } from '../config.ts';
import { createEngine } from '../engine.ts';
import { internalErrorContract, toContract } from '../answer/contract.ts';
import type { Answer } from '../answer/types.ts';
import { ASK_USAGE, parseAskArgs } from './args.ts';

/** One line of `ask --json`. */
export function toJson(a: Answer): string {
  return JSON.stringify(toContract(a));
}

async function main(): Promise<void> {
  const parsed = parseAskArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n\n${ASK_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { json, explain, help, words } = parsed.args;
  if (help) {
    process.stdout.write(ASK_USAGE);
    return;
  }
  const engine = createEngine(readConfig());
  if (explain) {
    process.stdout.write(`${JSON.stringify(engine.inspect(words.join(' ')), null, 2)}\n`);
    return;
  }
  if (words.length > 0) {
    const a = engine.answer(words.join(' '));
    process.stdout.write(json ? `${toJson(a)}\n` : `${a.answer}\n`);
    return;
  }
  if (!json) {
    process.stderr.write(ASK_USAGE);
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
      out = JSON.stringify(internalErrorContract(line, (error as Error).message));
    }
    process.stdout.write(`${out}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`ask: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
