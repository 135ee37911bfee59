import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import type { Engine } from '../src/engine.ts';
import { createLogger } from '../src/log.ts';
import { DEFAULT_DELIVERY } from '../src/telegram/delivery.ts';
import { startTelegram } from '../src/telegram/run.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * Answers per second through the Bot API emulator: questions from many chats queued at once, timed until
 * every reply has arrived. Pacing is off here (Telegram's own limits would make this ~30/s by design).
 */
export async function telegramThroughput(engine: Engine, questions: readonly string[], chats = 50, perChat = 20): Promise<{ answers: number; seconds: number; perSecond: number }> {
  const server = new TelegramServer({ port: await freePort(), host: '127.0.0.1' });
  await server.start();
  const token = '1111111:bench-token';
  const bot = startTelegram(
    engine,
    { botToken: token, telegramApiRoot: server.config.apiURL, webhookUrl: '', webhookSecret: '', userRateLimitPerMinute: 10_000, dataDir: mkdtempSync(join(tmpdir(), 'bench-data-')) },
    createLogger('silent'),
    { delivery: { ...DEFAULT_DELIVERY, privateGapMs: 0, groupGapMs: 0, globalPerSecond: 1_000_000 } },
  );
  const total = chats * perChat;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: chats }, async (_, c) => {
      const client = server.getClient(token, { chatId: 9000 + c, userId: 9000 + c });
      for (let i = 0; i < perChat; i++) await client.sendMessage(client.makeMessage(questions[(c * perChat + i) % questions.length]!));
    }),
  );
  while (server.storage.botMessages.length < total) await new Promise((r) => setTimeout(r, 5));
  const seconds = (performance.now() - started) / 1000;
  await bot.stop();
  await server.stop();
  return { answers: total, seconds, perSecond: total / seconds };
}
