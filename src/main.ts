import 'dotenv/config';
import { readConfig } from './config.ts';
import { createEngine } from './engine.ts';
import { createLogger } from './log.ts';
import { startTelegram, type TelegramRuntime } from './telegram/run.ts';
import { buildServer } from './web/server.ts';

/**
 * `npm start`: the public inquiry service (page + API) on HOST:PORT over the default report, and the Telegram
 * bot beside it when BOT_TOKEN is set (its webhook, if any, on the same port). Works on a fresh clone with no `.env`.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const log = createLogger(config.logLevel, [config.botToken, config.webhookSecret]);
  const engine = createEngine(config);
  const telegram: TelegramRuntime | null = config.botToken ? startTelegram(engine, config, log) : null;
  const app = await buildServer(engine, config, telegram?.webhook ? [telegram.webhook] : []);
  const address = await app.listen({ host: config.host, port: config.port });
  console.log(`《${engine.meta.title}》问答服务已启动：${address.replace('127.0.0.1', 'localhost')}/`);
  if (!telegram) console.log('Telegram 机器人未启用：在 .env 里设置 BOT_TOKEN（见 README“Telegram 机器人”）后重新启动。');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}：正在停止，处理完进行中的请求…`);
    await telegram?.stop();
    await app.close(); // stops accepting, lets requests in flight finish
    console.log('已停止。');
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`start: ${(error as Error).message}`);
  process.exitCode = 1;
});
