import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BotApiStub, privateChat, textMessage } from './bot-api-stub.ts';
import { killChildren, launch } from './launch.ts';

afterEach(killChildren);

/** `npm start` as a fresh clone runs it: no .env, default report, a free port. */
describe('npm start', () => {
  it('serves the page and answers at the printed address, and stops cleanly on SIGTERM', async () => {
    const { child, exited, url: pending, output } = launch({});
    const url = await pending;
    expect(await (await fetch(`${url}/`)).text()).toContain('新乡市职业教育质量年度报告');
    const a = await (await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '新乡中职升学率是多少' }) })).json();
    expect(a.figure.text).toBe('51%');
    expect(output()).toContain('BOT_TOKEN'); // says how to add the bot (a line printed after the address)
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('已停止');
  });

  it('with BOT_TOKEN also runs the bot on the same process, and SIGINT stops both', async () => {
    const stub = new BotApiStub();
    const api = await stub.start();
    const { child, exited, url: pending, output } = launch({ BOT_TOKEN: '99:process-token', TELEGRAM_API_ROOT: api, LOG_LEVEL: 'info' });
    await pending;
    stub.push({ message: textMessage(privateChat(70), 70, '新乡中职升学率是多少') });
    await stub.waitFor(() => stub.sent().length === 1);
    expect(String(stub.sent()[0]!['text']).startsWith('<b>51%</b>')).toBe(true);
    expect(output()).not.toContain('BOT_TOKEN（');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output()).toContain('已停止');
    expect(output()).not.toContain('99:process-token');
    await stub.stop();
  });

  it('creates DATA_DIR on start, with or without the bot', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'data-')), 'nested', 'state');
    const { child, exited, url: pending } = launch({ DATA_DIR: dataDir });
    await pending;
    expect(existsSync(dataDir)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('starts over a torn index file: warns naming it, rebuilds it and answers', async () => {
    const indexDir = mkdtempSync(join(tmpdir(), 'index-'));
    const torn = join(indexDir, 'xinxiang-2023.json');
    writeFileSync(torn, '{"stamp":"0123456789abcdef","schema":1,"report":{"meta":{"id":"xinxi');
    const { child, exited, url: pending, output } = launch({ INDEX_DIR: indexDir });
    const url = await pending;
    const a = await (await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '新乡中职升学率是多少' }) })).json();
    expect(a.figure.text).toBe('51%');
    expect(output()).toContain(`index: ${torn} is unreadable`);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('SIGTERM exits within 10 s even with clients trickling requests that would never finish', async () => {
    // The request timeout is set far off, so only the shutdown deadline can end these connections.
    const { child, exited, url: pending, output } = launch({ REQUEST_TIMEOUT_SECONDS: '600' });
    const { port } = new URL(await pending);
    const slow = Array.from({ length: 5 }, () => {
      const s = connect(Number(port), '127.0.0.1');
      s.on('error', () => undefined);
      s.write('POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"question":"');
      return s;
    });
    const trickle = setInterval(() => slow.forEach((s) => s.writable && s.write('升')), 300);
    await new Promise((r) => setTimeout(r, 500));
    child.kill('SIGTERM');
    const outcome = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running after 10 s'), 10_000))]);
    clearInterval(trickle);
    for (const s of slow) s.destroy();
    expect(outcome).toBe(0);
    expect(output()).toContain('已停止');
  });
});
