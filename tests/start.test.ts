import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

/** `npm start` as a fresh clone runs it: no .env, default report, a free port. */
describe('npm start', () => {
  it('serves the page and answers at the printed address, and stops cleanly on SIGTERM', async () => {
    const env = { ...process.env, PORT: '0', INDEX_DIR: mkdtempSync(join(tmpdir(), 'index-')), BOT_TOKEN: '', LOG_LEVEL: 'silent' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /(http:\/\/localhost:\d+)\//.exec(out);
        if (m) {
          clearInterval(timer);
          resolve(m[1]!);
        }
      }, 50);
      void exited.then(() => reject(new Error(`start exited early:\n${out}`)));
    });
    expect(out).toContain('BOT_TOKEN');
    expect(await (await fetch(`${url}/`)).text()).toContain('新乡市职业教育质量年度报告');
    const a = await (await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '新乡中职升学率是多少' }) })).json();
    expect(a.figure.text).toBe('51%');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('已停止');
  });
});
