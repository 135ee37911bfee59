import 'dotenv/config';
import { mkdirSync } from 'node:fs';
import { readConfig } from './config.ts';
import { createEngine } from './engine.ts';
import { createLogger } from './log.ts';
import { Metrics } from './metrics.ts';
import { DEFAULT_DELIVERY } from './telegram/delivery.ts';
import { startTelegram, type TelegramRuntime } from './telegram/run.ts';
import { buildServer } from './web/server.ts';

/**
 * `npm start`: the public inquiry service (page + API) on HOST:PORT over the default report, and the Telegram
 * bot beside it when BOT_TOKEN is set (its webhook, if any, on the same port). Works on a fresh clone with no `.env`.
 */
async function main(): Promise<void> {
  const config = readConfig();
  // The lasting state's folder exists from the first start, whether or not the bot runs yet.
  mkdirSync(config.dataDir, { recursive: true });
  const log = createLogger(config.logLevel, [config.botToken, config.webhookSecret]);
  const engine = createEngine(config);
  const metrics = new Metrics();
  const telegram: TelegramRuntime | null = config.botToken
    ? startTelegram(engine, config, log, { metrics, delivery: { ...DEFAULT_DELIVERY, giveUpMs: config.telegramGiveUpMs } })
    : null;
  const app = await buildServer(engine, config, telegram?.webhook ? [telegram.webhook] : [], { metrics, notReady: () => telegram?.notReady() ?? null });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}：正在停止，处理完进行中的请求…`);
    // A hard deadline: clients that trickle a request (or never finish reading) cannot hold the process.
    const deadline = setTimeout(() => {
      console.log(`${config.shutdownTimeoutMs / 1000} 秒内未处理完：关闭剩余连接。`);
      app.server.closeAllConnections();
      setTimeout(() => process.exit(0), 2000).unref(); // whatever still holds on (a hung Bot API call) is left
    }, config.shutdownTimeoutMs);
    deadline.unref();
    await Promise.all([telegram?.stop(), app.close()]); // stop accepting; requests in flight may finish
    clearTimeout(deadline);
    console.log('已停止。');
    process.exit(0);
  };
  // Before the address is printed: whoever reads it may signal at once, and an unhandled SIGTERM would kill the
  // process with no graceful stop. `on`, not `once`: a second signal is ignored by `stopping`.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const address = await app.listen({ host: config.host, port: config.port });
  console.log(`《${engine.meta.title}》问答服务已启动：${address.replace('127.0.0.1', 'localhost')}/`);
  if (!telegram) console.log('Telegram 机器人未启用：在 .env 里设置 BOT_TOKEN（见 README“Telegram 机器人”）后重新启动。');
}

main().catch((error: unknown) => {
  console.error(`start: ${(error as Error).message}`);
  process.exitCode = 1;
});
