/** The command line of `npm run ask`: its flags, read without loading the engine so --help answers at once. */

export const ASK_USAGE = `用法：
  npm run ask -- "中职升学率是多少"                一个问题：数字、原文句子、来源
  npm run --silent ask -- --json < questions.txt    每行一个问题，每行输出一个 JSON 对象
  npm run ask -- --json "升学率是多少"              一个问题的 JSON
  npm run ask -- --explain "升学率是多少"           为什么这样答：问题的框架、候选数字、各项得分、置信度
  npm run ask -- --help                             本说明（也可用 -h）

以 - 开头的问题写在 -- 之后：npm run ask -- -- "-5% 是什么"
`;

export interface AskArgs {
  readonly json: boolean;
  readonly explain: boolean;
  readonly help: boolean;
  /** The question's words, joined by a space. */
  readonly words: readonly string[];
}

export type Parsed = { readonly ok: true; readonly args: AskArgs } | { readonly ok: false; readonly error: string };

const FLAGS = new Set(['--json', '--explain', '--help', '-h']);

/** Any word starting with `-` is a flag, and must be a known one; after a lone `--` every word is the question. */
export function parseAskArgs(argv: readonly string[]): Parsed {
  const flags = new Set<string>();
  const words: string[] = [];
  let options = true;
  for (const arg of argv) {
    if (options && arg === '--') {
      options = false;
    } else if (options && arg.startsWith('-') && arg.length > 1) {
      if (!FLAGS.has(arg)) return { ok: false, error: `ask: 不认识的选项 ${arg}（可用 --json、--explain、--help）` };
      flags.add(arg);
    } else {
      words.push(arg);
    }
  }
  return {
    ok: true,
    args: { json: flags.has('--json'), explain: flags.has('--explain'), help: flags.has('--help') || flags.has('-h'), words },
  };
}
