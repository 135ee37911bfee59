import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';
import { DEFAULT_DELIVERY } from '../src/telegram/delivery.ts';
import { startTelegram, type TelegramRuntime } from '../src/telegram/run.ts';
import { BotApiStub, privateChat, textMessage } from './bot-api-stub.ts';
import { engineOver, SCHOOL, SCHOOL_TITLE, twoReports } from './fixtures/two-reports.ts';
import { tempDataDir } from './helpers.ts';

const TOKEN = '4242424:stub-token-report';
const FAST = { ...DEFAULT_DELIVERY, backoffMs: 50, privateGapMs: 0, groupGapMs: 0, globalPerSecond: 10_000 };

let stub: BotApiStub;
let bot: TelegramRuntime | null;
beforeAll(async () => {
  stub = new BotApiStub();
  await stub.start();
  bot = startTelegram(engineOver(twoReports()), { botToken: TOKEN, telegramApiRoot: stub.url, webhookUrl: '', webhookSecret: '', userRateLimitPerMinute: 1000, dataDir: tempDataDir() }, createLogger('silent', [TOKEN], () => {}), { delivery: FAST });
});
afterAll(async () => {
  await bot?.stop();
  await stub.stop();
});

const texts = (chat: number) => stub.sent().filter((p) => p['chat_id'] === chat).map((p) => String(p['text']));
const command = (chat: number, text: string) =>
  stub.push({ message: textMessage(privateChat(chat), chat, text, { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] }) });

describe('Telegram /report with several reports loaded', () => {
  it('lists the reports, the default marked', async () => {
    command(90, '/report');
    await stub.waitFor(() => texts(90).length === 1);
    expect(texts(90)[0]).toContain(`${SCHOOL}：《${SCHOOL_TITLE}》`);
    expect(texts(90)[0]).toContain('（默认）');
  });

  it('answers a chat’s later questions from the report it chose', async () => {
    command(91, `/report ${SCHOOL}`);
    await stub.waitFor(() => texts(91).length === 1);
    expect(texts(91)[0]).toContain(`以后的问题由《${SCHOOL_TITLE}》回答。`);
    stub.push({ message: textMessage(privateChat(91), 91, '升学率是多少') });
    await stub.waitFor(() => texts(91).length === 2);
    expect(texts(91)[1]).toMatch(/^<b>15\.4%<\/b>/);
  });
});
