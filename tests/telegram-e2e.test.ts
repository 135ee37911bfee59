import { createServer } from 'node:net';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.ts';
import { createLogger } from '../src/log.ts';
import { DEFAULT_DELIVERY } from '../src/telegram/delivery.ts';
import { TELEGRAM_LIMIT } from '../src/telegram/html.ts';
import { startTelegram, type TelegramRuntime } from '../src/telegram/run.ts';
import { realEngine, tempDataDir } from './helpers.ts';

/**
 * The real bot (telegraf, long polling) against `telegram-test-api`, a third-party Bot API emulator on
 * loopback, reached through TELEGRAM_API_ROOT. The emulator names the bot @TestNameBot (id 666).
 */
const TOKEN = '1234567:emulator-token-for-tests';
const BURST_TOKEN = '7654321:emulator-burst-token';
const FAST = { ...DEFAULT_DELIVERY, privateGapMs: 20, groupGapMs: 20, globalPerSecond: 1000 };

interface Sent {
  chat_id: number | string;
  text: string;
  parse_mode?: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

let server: TelegramServer;
let engine: Engine;
const bots: TelegramRuntime[] = [];
const logs: string[] = [];

const sentTo = (chat: number, token = TOKEN): Sent[] =>
  server.storage.botMessages.filter((m) => m.botToken === token && String(m.message.chat_id) === String(chat)).map((m) => m.message as unknown as Sent);

async function until(check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the bot');
    await new Promise((r) => setTimeout(r, 25));
  }
}
const quiet = (ms = 400) => new Promise((r) => setTimeout(r, ms));

/** Every tag in a reply is one of ours and closed on the same message. */
function wellFormed(html: string): boolean {
  const tags = [...html.matchAll(/<(\/?)([a-z]+)>/g)];
  const stack: string[] = [];
  for (const [, close, name] of tags) {
    if (!['b', 'i', 'blockquote', 'code'].includes(name!)) return false;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0 && !/<(?!\/?(b|i|blockquote|code)>)/.test(html);
}

beforeAll(async () => {
  engine = realEngine(1000);
  server = new TelegramServer({ port: await freePort(), host: '127.0.0.1' });
  await server.start();
  const log = createLogger('info', [TOKEN], (l) => logs.push(l));
  const config = { botToken: TOKEN, telegramApiRoot: server.config.apiURL, webhookUrl: '', webhookSecret: '', userRateLimitPerMinute: 1000, dataDir: tempDataDir() };
  bots.push(startTelegram(engine, config, log, { delivery: FAST }));
});

afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop()));
  await server.stop();
});

describe('the bot end to end through the emulator', () => {
  it('/start greets in Chinese with the report and three example buttons', async () => {
    const client = server.getClient(TOKEN, { chatId: 11, userId: 11 });
    await client.sendCommand(client.makeCommand('/start'));
    await until(() => sentTo(11).length === 1);
    const [greeting] = sentTo(11);
    expect(greeting!.text).toContain('新乡市职业教育质量年度报告（2023 年度）');
    expect(greeting!.text).toContain('新乡市教育局');
    expect(greeting!.parse_mode).toBe('HTML');
    expect(greeting!.reply_markup!.inline_keyboard.flat()).toHaveLength(3);
  });

  it('answers 升学率 with 51% in bold first, the sentence quoted and 来源 2.5', async () => {
    const client = server.getClient(TOKEN, { chatId: 12, userId: 12 });
    await client.sendMessage(client.makeMessage('新乡中职升学率是多少'));
    await until(() => sentTo(12).length === 1);
    const { text } = sentTo(12)[0]!;
    expect(text.startsWith('<b>51%</b>')).toBe(true);
    expect(text).toContain('<blockquote>2023 年，全市中等职业学校毕业生中');
    expect(text).toContain('来源：2.5 升学情况');
  });

  it('says the report does not cover another city, with suggestions as buttons', async () => {
    const client = server.getClient(TOKEN, { chatId: 13, userId: 13 });
    await client.sendMessage(client.makeMessage('郑州中职升学率是多少'));
    await until(() => sentTo(13).length === 1);
    const reply = sentTo(13)[0]!;
    expect(reply.text).toContain('没有郑州');
    expect(reply.text).not.toMatch(/<b>\d/);
    expect(reply.reply_markup!.inline_keyboard.length).toBeGreaterThan(0);
  });

  it('shows an alternative figure when its button is pressed', async () => {
    const client = server.getClient(TOKEN, { chatId: 14, userId: 14 });
    await client.sendMessage(client.makeMessage('毕业生满意度是多少'));
    await until(() => sentTo(14).length === 1);
    const button = sentTo(14)[0]!.reply_markup!.inline_keyboard[0]![0]!;
    expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
    await client.sendCallback(client.makeCallbackQuery(button.callback_data));
    await until(() => sentTo(14).length === 2);
    const figure = button.text.split('（')[0]!;
    expect(sentTo(14)[1]!.text.startsWith(`<b>${figure}</b>`)).toBe(true);
  });

  it('asks an example question when its /start button is pressed', async () => {
    const client = server.getClient(TOKEN, { chatId: 15, userId: 15 });
    await client.sendCommand(client.makeCommand('/start'));
    await until(() => sentTo(15).length === 1);
    const first = sentTo(15)[0]!.reply_markup!.inline_keyboard[0]![0]!;
    await client.sendCallback(client.makeCallbackQuery(first.callback_data));
    await until(() => sentTo(15).length === 2);
    expect(sentTo(15)[1]!.text).toContain('来源：');
  });

  it('sends a long chapter as several messages, each within 4096 characters and well-formed', async () => {
    const client = server.getClient(TOKEN, { chatId: 16, userId: 16 });
    await client.sendCommand(client.makeCommand('/section 3'));
    await until(() => sentTo(16).length >= 2);
    await quiet();
    const parts = sentTo(16);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts[0]!.text.startsWith('<b>3 ')).toBe(true);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
      expect(wellFormed(p.text)).toBe(true);
    }
    expect(parts.some((p) => p.text.startsWith('<b>3.1 '))).toBe(true);
  });

  it('lists the sections as buttons, and a tap opens one', async () => {
    const client = server.getClient(TOKEN, { chatId: 17, userId: 17 });
    await client.sendCommand(client.makeCommand('/sections'));
    await until(() => sentTo(17).length === 1);
    const buttons = sentTo(17)[0]!.reply_markup!.inline_keyboard.flat();
    const b25 = buttons.find((b) => b.callback_data === 'sec:2.5')!;
    expect(b25.text).toContain('升学情况');
    await client.sendCallback(client.makeCallbackQuery(b25.callback_data));
    await until(() => sentTo(17).length === 2);
    expect(sentTo(17)[1]!.text.startsWith('<b>2.5 升学情况</b>')).toBe(true);
  });

  it('in a group answers a mention and a reply to it, and ignores other chatter', async () => {
    const group = server.getClient(TOKEN, { chatId: -100200, userId: 21, type: 'group', chatTitle: '职教科' });
    await group.sendMessage(group.makeMessage('今天下午开会'));
    const mention = '@TestNameBot 生师比是多少';
    await group.sendMessage(group.makeMessage(mention, { entities: [{ type: 'mention', offset: 0, length: 12 }] } as never));
    await until(() => sentTo(-100200).length === 1);
    expect(sentTo(-100200)[0]!.text).toContain('<b>17.5</b>');
    await group.sendMessage(group.makeMessage('那月收入呢', { reply_to_message: { message_id: 1, date: 0, chat: { id: -100200, type: 'group' }, from: { id: 666, is_bot: true, first_name: 'Bot' }, text: '…' } } as never));
    await until(() => sentTo(-100200).length === 2);
    await group.sendCommand(group.makeCommand('/ask 招生职普比是多少'));
    await until(() => sentTo(-100200).length === 3);
    await group.sendMessage(group.makeMessage('收到'));
    await quiet();
    expect(sentTo(-100200)).toHaveLength(3);
  });

  it('answers a sticker with one polite line in private, and nothing in a group', async () => {
    const client = server.getClient(TOKEN, { chatId: 18, userId: 18 });
    const sticker = { ...client.makeMessage('x'), sticker: { file_id: 'abc', width: 512, height: 512, is_animated: false } } as Record<string, unknown>;
    delete sticker['text'];
    await client.sendMessage(sticker as never);
    await until(() => sentTo(18).length === 1);
    expect(sentTo(18)[0]!.text).toContain('文字');
    const group = server.getClient(TOKEN, { chatId: -100300, userId: 19, type: 'group' });
    const photo = { ...group.makeMessage('x'), photo: [{ file_id: 'p', width: 1, height: 1 }] } as Record<string, unknown>;
    delete photo['text'];
    await group.sendMessage(photo as never);
    await quiet();
    expect(sentTo(-100300)).toHaveLength(0);
    expect(sentTo(18)).toHaveLength(1);
  });

  it('escapes HTML in a question: replies carry only the bot’s own tags', async () => {
    const client = server.getClient(TOKEN, { chatId: 20, userId: 20 });
    await client.sendMessage(client.makeMessage('<b>升学率</b><script>alert(1)</script>是多少'));
    await client.sendMessage(client.makeMessage('<a href="x">郑州</a> & 升学率'));
    await until(() => sentTo(20).length === 2);
    for (const r of sentTo(20)) expect(wellFormed(r.text)).toBe(true);
  });

  it('answers a burst of 200 questions from 50 chats exactly once each, under default pacing', async () => {
    const log = createLogger('silent');
    bots.push(startTelegram(engine, { botToken: BURST_TOKEN, telegramApiRoot: server.config.apiURL, webhookUrl: '', webhookSecret: '', userRateLimitPerMinute: 20, dataDir: tempDataDir() }, log));
    const questions = ['新乡中职升学率是多少', '生师比是多少', '中职毕业生月收入是多少', '郑州中职在校生多少'];
    const chats = Array.from({ length: 50 }, (_, i) => 5000 + i);
    await Promise.all(
      chats.map(async (chat) => {
        const c = server.getClient(BURST_TOKEN, { chatId: chat, userId: chat });
        for (const q of questions) await c.sendMessage(c.makeMessage(q));
      }),
    );
    await until(() => chats.every((c) => sentTo(c, BURST_TOKEN).length >= 4), 60_000);
    await quiet(1500);
    for (const chat of chats) {
      const replies = sentTo(chat, BURST_TOKEN).map((m) => m.text);
      expect(replies).toHaveLength(4);
      expect(replies.filter((t) => t.startsWith('<b>51%</b>'))).toHaveLength(1);
      expect(replies.filter((t) => t.includes('没有郑州'))).toHaveLength(1);
    }
  }, 90_000);

  it('logs one structured line per question, with a hashed user and never the token', () => {
    const questions = logs.map((l) => JSON.parse(l)).filter((l) => l.event === 'question');
    expect(questions.length).toBeGreaterThan(5);
    for (const q of questions) {
      expect(Object.keys(q)).toEqual(['time', 'level', 'event', 'user', 'chat', 'found', 'section', 'ms']);
      expect(q.user).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});
