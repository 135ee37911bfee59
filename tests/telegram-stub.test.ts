import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.ts';
import { createLogger } from '../src/log.ts';
import { COMMANDS } from '../src/telegram/bot.ts';
import { DEFAULT_DELIVERY } from '../src/telegram/delivery.ts';
import { startTelegram, type TelegramRuntime } from '../src/telegram/run.ts';
import { buildServer } from '../src/web/server.ts';
import { BotApiStub, groupChat, privateChat, textMessage } from './bot-api-stub.ts';
import { realEngine, tempDataDir } from './helpers.ts';

/**
 * The bot against a recording Bot API stub on loopback: what the emulator cannot send or answer (edited
 * messages, inline queries, setMyCommands, webhooks) proven by the payloads captured, and faults played.
 */
const TOKEN = '4242424:stub-token-never-logged';
const FAST = { ...DEFAULT_DELIVERY, backoffMs: 50, privateGapMs: 0, groupGapMs: 0, globalPerSecond: 10_000 };

let engine: Engine;
let stub: BotApiStub;
let bot: TelegramRuntime | null = null;
let logs: string[] = [];

const start = (extra: Partial<{ webhookUrl: string; webhookSecret: string; userRateLimitPerMinute: number }> = {}) => {
  logs = [];
  const log = createLogger('info', [TOKEN], (l) => logs.push(l));
  bot = startTelegram(engine, { botToken: TOKEN, telegramApiRoot: stub.url, webhookUrl: '', webhookSecret: '', userRateLimitPerMinute: 1000, dataDir: tempDataDir(), ...extra }, log, { delivery: FAST });
  return bot;
};
const texts = (chat: number) => stub.sent().filter((p) => p['chat_id'] === chat).map((p) => String(p['text']));

beforeAll(() => {
  engine = realEngine(1000);
});
afterEach(async () => {
  await bot?.stop();
  bot = null;
  await stub.stop();
});
const fresh = async () => {
  stub = new BotApiStub();
  await stub.start();
};

describe('what the emulator lacks, proven by captured payloads', () => {
  it('sets the commands in Chinese at start', async () => {
    await fresh();
    start();
    await stub.waitFor(() => stub.sent('setMyCommands').length === 1);
    expect(stub.sent('setMyCommands')[0]!['commands']).toEqual(COMMANDS);
  });

  it('answers an edited question by editing its earlier reply', async () => {
    await fresh();
    start();
    const q = textMessage(privateChat(31), 31, '新乡中职升学率是多少');
    stub.push({ message: q });
    await stub.waitFor(() => texts(31).length === 1);
    stub.push({ edited_message: { ...q, text: '生师比是多少', edit_date: q.date + 5 } });
    await stub.waitFor(() => stub.sent('editMessageText').length === 1);
    const edit = stub.sent('editMessageText')[0]!;
    expect(edit['message_id']).toBe(1000);
    expect(String(edit['text']).startsWith('<b>17.5</b>')).toBe(true);
    expect(texts(31)).toHaveLength(1);
  });

  it('offers inline answers, at most 50, with a cache time', async () => {
    await fresh();
    start();
    stub.push({ inline_query: { id: 'iq1', from: { id: 32, is_bot: false, first_name: 'x' }, query: '毕业生满意度是多少', offset: '' } });
    await stub.waitFor(() => stub.sent('answerInlineQuery').length === 1);
    const call = stub.sent('answerInlineQuery')[0]!;
    const results = call['results'] as { title: string; input_message_content: { message_text: string; parse_mode: string } }[];
    expect(call['cache_time']).toBe(300);
    expect(results.length).toBeGreaterThan(1);
    expect(results.length).toBeLessThanOrEqual(50);
    expect(results[0]!.input_message_content.parse_mode).toBe('HTML');
    expect(results[0]!.input_message_content.message_text).toContain('来源：2.3');
  });

  it('limits each user per minute with a polite reply, and every question still gets exactly one reply', async () => {
    await fresh();
    start({ userRateLimitPerMinute: 3 });
    for (let i = 0; i < 5; i++) stub.push({ message: textMessage(privateChat(33), 33, '升学率是多少') });
    await stub.waitFor(() => texts(33).length === 5);
    expect(texts(33).filter((t) => t.startsWith('<b>51%</b>'))).toHaveLength(3);
    expect(texts(33).filter((t) => t.includes('太快'))).toHaveLength(2);
  });

  it('replies to the question message in groups', async () => {
    await fresh();
    start();
    const q = textMessage(groupChat(-500), 34, '/ask 生师比是多少', { entities: [{ type: 'bot_command', offset: 0, length: 4 }] });
    stub.push({ message: q });
    await stub.waitFor(() => texts(-500).length === 1);
    expect(stub.sent()[0]!['reply_parameters']).toMatchObject({ message_id: q.message_id });
  });
});

describe('faults: every reply delivered exactly once', () => {
  it('survives a 429 with retry_after, then a 500, then a dropped connection', async () => {
    await fresh();
    const faults = [
      { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } },
      { status: 500, body: { ok: false, error_code: 500, description: 'Internal Server Error' } },
      'drop' as const,
    ];
    stub.script = (method) => (method === 'sendMessage' ? (faults.shift() ?? null) : null);
    start();
    const questions = ['新乡中职升学率是多少', '生师比是多少', '郑州中职在校生多少'];
    for (const [i, q] of questions.entries()) stub.push({ message: textMessage(privateChat(40 + i), 40 + i, q) });
    await stub.waitFor(() => [40, 41, 42].every((c) => texts(c).length === 1));
    await new Promise((r) => setTimeout(r, 500));
    expect([40, 41, 42].map((c) => texts(c).length)).toEqual([1, 1, 1]);
    // Each fault played once, each reply then delivered once (in whatever order the chats were served).
    const outcomes = stub.calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.outcome));
    expect(outcomes.sort()).toEqual(['429', '500', 'drop', 'ok', 'ok', 'ok']);
    const retries = logs.map((l) => JSON.parse(l)).filter((l) => l.event === 'telegram_retry');
    expect(retries.map((r) => String(r.status)).sort()).toEqual(['429', '500', 'network']);
    expect(retries.find((r) => r.status === 429).waitSeconds).toBe(1);
  });

  it('keeps going after one update fails, with an apology in that chat', async () => {
    await fresh();
    let once = true;
    stub.script = (method, payload) => {
      if (method === 'sendMessage' && payload['chat_id'] === 50 && once) {
        once = false;
        return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } };
      }
      return null;
    };
    start();
    stub.push({ message: textMessage(privateChat(50), 50, '升学率是多少') });
    stub.push({ message: textMessage(privateChat(51), 51, '生师比是多少') });
    await stub.waitFor(() => texts(51).length === 1 && texts(50).length === 1);
    expect(texts(50)[0]).toContain('抱歉');
    const failed = logs.map((l) => JSON.parse(l)).find((l) => l.event === 'update_failed');
    expect(failed).toMatchObject({ update: 1 });
  });

  it('a wrong token is one clear log line per attempt, retried, never a crash, never the token', async () => {
    await fresh();
    stub.script = (method) => (method === 'getMe' ? { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } } : null);
    start();
    await stub.waitFor(() => logs.some((l) => l.includes('telegram_unavailable')));
    const line = JSON.parse(logs.find((l) => l.includes('telegram_unavailable'))!);
    expect(line.reason).toContain('BOT_TOKEN');
    expect(line.retryInSeconds).toBe(2);
    expect(logs.join('')).not.toContain(TOKEN);
  });

  it('no network is logged with the address and retried', async () => {
    await fresh();
    await stub.stop();
    logs = [];
    const log = createLogger('info', [TOKEN], (l) => logs.push(l));
    bot = startTelegram(engine, { botToken: TOKEN, telegramApiRoot: stub.url, webhookUrl: '', webhookSecret: '', userRateLimitPerMinute: 5, dataDir: tempDataDir() }, log, { delivery: FAST });
    await stub.waitFor(() => logs.some((l) => l.includes('telegram_unavailable')));
    expect(logs.join('')).toContain('cannot reach the Bot API');
    expect(logs.join('')).not.toContain(TOKEN);
    stub = new BotApiStub(); // afterEach stops one
    await stub.start();
  });
});

describe('webhook mode on the web server', () => {
  let app: FastifyInstance;
  afterAll(async () => app?.close());

  it('sets the webhook with its secret, refuses a request without it, and answers one with it', async () => {
    await fresh();
    const rt = start({ webhookUrl: 'https://bot.example.org/telegram/hook', webhookSecret: 's3cret-value' });
    app = await buildServer(engine, { rateLimitPerMinute: 0, corsOrigin: '', logLevel: 'silent', trustProxy: false }, [rt.webhook!]);
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    await stub.waitFor(() => stub.sent('setWebhook').length === 1);
    expect(stub.sent('setWebhook')[0]).toMatchObject({ url: 'https://bot.example.org/telegram/hook', secret_token: 's3cret-value' });
    const update = { update_id: 9, message: textMessage(privateChat(60), 60, '新乡中职升学率是多少') };
    const post = (headers: Record<string, string>) =>
      fetch(`${url}/telegram/hook`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(update) });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(texts(60)).toHaveLength(0);
    expect((await post({ 'x-telegram-bot-api-secret-token': 's3cret-value' })).status).toBe(200);
    expect((await post({ 'x-telegram-bot-api-secret-token': 's3cret-value' })).status).toBe(200); // Telegram resending
    await stub.waitFor(() => texts(60).length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(texts(60)).toHaveLength(1);
    expect(texts(60)[0]!.startsWith('<b>51%</b>')).toBe(true);
  });
});
