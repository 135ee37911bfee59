import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseAskArgs } from '../src/cli/args.ts';
import { lineReader } from '../src/cli/chat.ts';
import { ROOT } from './helpers.ts';

const spawnCli = (file: string, args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
const run = (args: string[], input = '') => spawnCli('src/cli/ask.ts', args, input);

describe('ask CLI contract', () => {
  it('prints the human reply for one question, figure first', () => {
    const r = run(['新乡中职升学率是多少']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('51%');
    expect(r.stdout).toContain('来源：2.5 升学情况');
  });

  it('--json answers every stdin line with exactly one JSON line, in order, and nothing else', () => {
    const lines = ['新乡中职升学率是多少', '', '郑州中职在校生多少', '*:^~+-', '中职专任教师多少人'];
    const r = run(['--json'], `${lines.join('\n')}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length);
    const parsed = out.map((l) => JSON.parse(l));
    expect(parsed.map((p) => p.question)).toEqual(lines);
    expect(parsed[0]).toMatchObject({ found: true, figure: { text: '51%' }, source: { section: '2.5', title: '升学情况' } });
    expect(parsed[1].found).toBe(false);
    expect(parsed[2].found).toBe(false);
    for (const p of parsed) expect(Object.keys(p)).toEqual(['question', 'found', 'answer', 'figure', 'source', 'alternatives', 'suggestions']);
  });
});

describe('ask flags', () => {
  it.each([['--help'], ['-h']])('%s prints the usage and exits 0 without answering', (flag) => {
    const r = run([flag]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('用法');
    expect(r.stdout).toContain('--json');
    expect(r.stdout).toContain('--explain');
    expect(r.stdout).not.toContain('来源：');
  });

  it('refuses an unknown flag by name with exit 2, and does not answer it as a question', () => {
    const r = run(['--verbose', '升学率是多少']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--verbose');
    expect(r.stdout).toBe('');
  });

  it('--explain still prints the engine’s reasons for a question', () => {
    const r = run(['--explain', '新乡中职升学率是多少']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(typeof report).toBe('object');
    expect(r.stdout).toContain('51%');
    // …with the sections the report's topic model reads it as about, the likeliest first.
    expect(report.topics[0].section).toBe('2.5');
  });

  it.each([
    [['-x'], '-x'],
    [['--json', '--jsn'], '--jsn'],
    [['升学率', '-v'], '-v'],
  ])('names %j as unknown', (argv, bad) => {
    const p = parseAskArgs(argv);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toContain(bad);
  });

  it('reads known flags anywhere, and every word after a lone -- as the question', () => {
    expect(parseAskArgs(['升学率', '--json', '是多少'])).toEqual({ ok: true, args: { json: true, explain: false, help: false, words: ['升学率', '是多少'] } });
    expect(parseAskArgs(['--', '-5%', '--json'])).toEqual({ ok: true, args: { json: false, explain: false, help: false, words: ['-5%', '--json'] } });
    expect(parseAskArgs(['-'])).toEqual({ ok: true, args: { json: false, explain: false, help: false, words: ['-'] } });
  });
});

describe('chat CLI', () => {
  it('answers /help with its commands, then a question, then stops at /quit', () => {
    const r = spawnCli('src/cli/chat.ts', [], '/help\n新乡中职升学率是多少\n/quit\n生师比是多少\n');
    expect(r.status).toBe(0);
    for (const command of ['/sections', '/section 2.5', '/alt 1', '/help', '/quit']) expect(r.stdout).toContain(command);
    expect(r.stdout).toContain('51%');
    expect(r.stdout).toContain('来源：2.5 升学情况');
    expect(r.stdout).not.toContain('生师比');
  });

  it('names an unknown command instead of answering it as a question', () => {
    const r = spawnCli('src/cli/chat.ts', [], '/secton 2.5\n');
    expect(r.stdout).toContain('不认识的命令 /secton');
  });

  it('on a terminal, the up arrow brings back the previous question', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const rl = lineReader(input, output, true);
    const lines: string[] = [];
    rl.on('line', (l) => lines.push(l));
    input.write('新乡中职升学率是多少\r');
    input.write('生师比\r');
    input.write('\x1b[A\x1b[A\r');
    await new Promise((resolve) => setImmediate(resolve));
    rl.close();
    expect(lines).toEqual(['新乡中职升学率是多少', '生师比', '新乡中职升学率是多少']);
  });
});
