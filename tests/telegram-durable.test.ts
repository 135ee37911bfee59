import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.ts';
import { createLogger } from '../src/log.ts';
import { DEFAULT_DELIVERY, type DeliveryOptions } from '../src/telegram/delivery.ts';
import { startTelegram, type TelegramRuntime } from '../src/telegram/run.ts';
import { buildServer } from '../src/web/server.ts';
import { BotApiStub, privateChat, textMessage } from './bot-api-stub.ts';
import { realEngine, tempDataDir } from './helpers.ts';
import { killChildren, launch } from './launch.ts';

/**
 * Delivery guarantees against a Bot API stub that honours `offset` like Telegram: exactly once through a
 * `kill -9`, through a 429 storm, and through a webhook that arrives before the bot is ready.
 */
const TOKEN = '5150:durable-token-never-logged';
const QUESTIONS = [
  { q: '新乡中职升学率是多少', is: (t: string) => t.startsWith('<b>51%</b>') },
  { q: '生师比是多少', is: (t: string) => t.startsWith('<b>17.5</b>') },
  { q: '郑州中职在校生多少', is: (t: string) => t.includes('没有郑州') },
];
/** How long the 429 storm lasts: short by default so the suite stays quick; the mechanism is the same for minutes. */
const STORM_MS = Number(process.env['STORM_SECONDS'] || 5) * 1000;
const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

let engine: Engine;
let stub: BotApiStub;
const runtimes: TelegramRuntime[] = [];
const apps: FastifyInstance[] = [];
let logs: string[] = [];

beforeAll(() => {
  engine = realEngine(1000);
});
afterEach(async () => {
  killChildren();
  await Promise.all(runtimes.splice(0).map((r) => r.stop()));
  await Promise.all(apps.splice(0).map((a) => a.close()));
  await stub?.stop();
});

function start(dataDir: string, extra: { webhookUrl?: string; delivery?: Partial<DeliveryOptions>; handlerTimeoutMs?: number } = {}): TelegramRuntime {
  const log = createLogger('info', [TOKEN], (l) => logs.push(l));
  const config = { botToken: TOKEN, telegramApiRoot: stub.url, webhookUrl: extra.webhookUrl ?? '', webhookSecret: extra.webhookUrl ? 'hook-secret-123' : '', userRateLimitPerMinute: 1000, dataDir };
  const rt = startTelegram(engine, config, log, { delivery: { ...DEFAULT_DELIVERY, ...extra.delivery }, ...(extra.handlerTimeoutMs ? { handlerTimeoutMs: extra.handlerTimeoutMs } : {}) });
  runtimes.push(rt);
  return rt;
}
const texts = (chat: number) => stub.sent().filter((p) => p['chat_id'] === chat).map((p) => String(p['text']));
const events = (name: string) => logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['event'] === name);

/** Every chat got exactly its questions' answers, in the order asked. */
function expectAnswered(chats: readonly number[], perChat = QUESTIONS.length): void {
  for (const chat of chats) {
    const got = texts(chat);
    expect(got, `chat ${chat}`).toHaveLength(perChat);
    got.forEach((t, i) => expect(QUESTIONS[i]!.is(t), `chat ${chat}, reply ${i + 1}: ${t.slice(0, 40)}`).toBe(true));
  }
}

/** How many messages the bot's own lasting state says Telegram has taken (-1 before the file exists). */
function delivered(dataDir: string): number {
  try {
    const db = new Database(join(dataDir, 'telegram-5150.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE status = 'sent' AND method = 'sendMessage'").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return -1;
  }
}

describe('exactly once through a crash', () => {
  it('kill -9 after 15 of the replies, more questions while down, then a restart: each of 30 answered once, in order', async () => {
    stub = new BotApiStub();
    const api = await stub.start();
    const dataDir = tempDataDir();
    const env = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api, DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    const chats = Array.from({ length: 10 }, (_, i) => 300 + i);
    for (const { q } of QUESTIONS.slice(0, 2)) for (const chat of chats) stub.push({ message: textMessage(privateChat(chat), chat, q) });
    // Telegram takes 15 replies; the 16th call onwards is never answered, and the process is killed meanwhile.
    stub.holdSendsAfter(15);
    const first = launch(env);
    await first.url;
    await stub.waitFor(() => stub.held.length > 0 && delivered(dataDir) === 15, 60_000);
    first.child.kill('SIGKILL');
    await first.exited;
    stub.holdSendsAfter(null);
    expect(stub.sent()).toHaveLength(15);
    for (const chat of chats) stub.push({ message: textMessage(privateChat(chat), chat, QUESTIONS[2]!.q) });

    const second = launch(env);
    const url = await second.url;
    await stub.waitFor(() => stub.sent().length >= 30, 60_000);
    expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({ ready: true });
    expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/^report_bot_telegram_calls_total\{method="sendMessage",outcome="ok"\} 15$/m);
    await quiet(1500); // time for a duplicate to show, were one coming
    expect(stub.sent()).toHaveLength(30);
    expectAnswered(chats);
    expect(stub.polls.every((p) => p.limit <= 10)).toBe(true);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);
});

describe('lasting state', () => {
  it('a button sent before a restart still asks its own question after it', async () => {
    stub = new BotApiStub();
    await stub.start();
    const dataDir = tempDataDir();
    start(dataDir);
    stub.push({ message: textMessage(privateChat(700), 700, '/start', { entities: [{ type: 'bot_command', offset: 0, length: 6 }] }) });
    await stub.waitFor(() => texts(700).length === 1);
    const greeting = stub.sent().find((p) => p['chat_id'] === 700)!;
    const button = (greeting['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard[0]![0]!;
    await Promise.all(runtimes.splice(0).map((r) => r.stop()));

    start(dataDir);
    stub.push({ callback_query: { id: 'cb-1', from: { id: 700, is_bot: false, first_name: 'x' }, chat_instance: 'c', data: button.callback_data, message: { ...greeting, message_id: 1000, date: 0, chat: privateChat(700) } } });
    await stub.waitFor(() => texts(700).length === 2);
    expect(texts(700)[1]).toContain('来源：');
    expect(texts(700)[1]).not.toContain('过期');
  });
});

describe('flood control', () => {
  it('a 429 storm: all sending waits each retry_after in full; each question gets exactly its answer and no apology', async () => {
    stub = new BotApiStub();
    await stub.start();
    const retryAfter = 2;
    stub.flood(STORM_MS, retryAfter);
    logs = [];
    // telegraf's handler timeout far shorter than the storm: were a handler waiting on delivery, it would fire.
    start(tempDataDir(), { handlerTimeoutMs: 500, delivery: { privateGapMs: 100 } });
    const chats = Array.from({ length: 10 }, (_, i) => 400 + i);
    for (const { q } of QUESTIONS) for (const chat of chats) stub.push({ message: textMessage(privateChat(chat), chat, q) });
    await stub.waitFor(() => stub.sent().length >= 30, STORM_MS + 60_000);
    await quiet(500);
    expect(stub.sent()).toHaveLength(30);
    expectAnswered(chats);
    expect(stub.sent().some((p) => String(p['text']).includes('抱歉'))).toBe(false);

    const sends = stub.calls.filter((c) => c.method === 'sendMessage');
    const floods = sends.filter((c) => c.outcome === 429);
    expect(floods.length).toBeGreaterThan(0);
    // No call leaves while the bot is told to wait: between a 429 (plus a margin for calls already on their way)
    // and the end of its retry_after, nothing arrives, from any chat.
    for (const f of floods) expect(sends.filter((c) => c.at > f.at + 500 && c.at < f.at + retryAfter * 1000 - 100)).toEqual([]);
    const waits = events('telegram_retry').filter((e) => e['status'] === 429);
    expect(waits.length).toBe(floods.length);
    expect(waits.every((e) => e['waitSeconds'] === retryAfter)).toBe(true);
    expect(events('update_failed')).toEqual([]);
    expect(events('telegram_reply_given_up')).toEqual([]);
  }, STORM_MS + 90_000);

  it('gives a reply up only after the stated budget, with a log line, and answers the next question', async () => {
    stub = new BotApiStub();
    await stub.start();
    stub.flood(3000, 1);
    logs = [];
    start(tempDataDir(), { delivery: { giveUpMs: 1500 } });
    stub.push({ message: textMessage(privateChat(500), 500, QUESTIONS[0]!.q) });
    await stub.waitFor(() => events('telegram_reply_given_up').length === 1);
    const [line] = events('telegram_reply_given_up');
    expect(line).toMatchObject({ level: 'error', update: 1, method: 'sendMessage' });
    expect(Number(line!['waitedSeconds'])).toBeGreaterThanOrEqual(1);
    await quiet(2000); // the storm passes
    stub.push({ message: textMessage(privateChat(500), 500, QUESTIONS[1]!.q) });
    await stub.waitFor(() => texts(500).length === 1);
    expect(QUESTIONS[1]!.is(texts(500)[0]!)).toBe(true);
    expect(logs.join('')).not.toContain(TOKEN);
  });
});

describe('webhook', () => {
  const hook = 'https://bot.example.org/telegram/durable-hook';
  const serve = async (rt: TelegramRuntime) => {
    const app = await buildServer(engine, { rateLimitPerMinute: 0, corsOrigin: '', logLevel: 'silent', trustProxy: false }, [rt.webhook!], { notReady: rt.notReady });
    apps.push(app);
    return app.listen({ host: '127.0.0.1', port: 0 });
  };
  const post = (url: string, update: unknown) =>
    fetch(`${url}/telegram/durable-hook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'hook-secret-123' }, body: JSON.stringify(update) });

  it('answers 503 until the bot is ready, then records and answers the update once, across a restart too', async () => {
    stub = new BotApiStub();
    await stub.start();
    const release = stub.gate('getMe'); // the Bot API is slow to answer at start
    const dataDir = tempDataDir();
    const rt = start(dataDir, { webhookUrl: hook });
    const url = await serve(rt);
    const update = { update_id: 70, message: textMessage(privateChat(600), 600, QUESTIONS[0]!.q) };
    const early = await post(url, update);
    expect(early.status).toBe(503);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).reasons).toEqual(['connecting to the Bot API']);
    release();
    // Telegram sends it again until it is taken.
    await stub.waitFor(() => stub.sent('setWebhook').length === 1);
    expect((await post(url, update)).status).toBe(200);
    await stub.waitFor(() => texts(600).length === 1);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect((await post(url, update)).status).toBe(200); // resent once more: taken, not answered again

    // A restart on the same DATA_DIR still knows the update.
    await Promise.all(runtimes.splice(0).map((r) => r.stop()));
    await Promise.all(apps.splice(0).map((a) => a.close()));
    const again = start(dataDir, { webhookUrl: hook });
    const url2 = await serve(again);
    await stub.waitFor(() => stub.sent('setWebhook').length === 2);
    expect((await post(url2, update)).status).toBe(200);
    await quiet(800);
    expect(texts(600)).toHaveLength(1);
    expect(QUESTIONS[0]!.is(texts(600)[0]!)).toBe(true);
    // A long message (4,000 characters, ~12 KB) is an update too: taken, not refused as a too-large question.
    const long = { update_id: 71, message: textMessage(privateChat(601), 601, `${'新乡职业教育'.repeat(660)}升学率是多少`) };
    expect((await post(url2, long)).status).toBe(200);
    await stub.waitFor(() => texts(601).length === 1);
  });
});
