import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

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
