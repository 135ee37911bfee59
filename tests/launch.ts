import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

const children: ChildProcess[] = [];

/** For afterEach: a failed assertion must not leave a server running behind the test run. */
export function killChildren(): void {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

/** `src/main.ts` as its own process (as `npm start` runs it); `url` resolves to the address it prints. */
export function launch(extraEnv: Record<string, string>) {
  const env = { ...process.env, PORT: '0', INDEX_DIR: mkdtempSync(join(tmpdir(), 'index-')), DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')), BOT_TOKEN: '', LOG_LEVEL: 'silent', ...extraEnv };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /(http:\/\/localhost:\d+)\//.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 50);
    void exited.then(() => (clearInterval(timer), reject(new Error(`start exited early:\n${out}`))));
  });
  return { child, exited, url, output: () => out };
}
