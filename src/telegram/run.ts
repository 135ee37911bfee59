import { TelegramError } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Config } from '../config.ts';
import type { Engine } from '../engine.ts';
import type { Logger } from '../log.ts';
import type { ExtraRoute } from '../web/server.ts';
import { type BotOptions, COMMANDS, createBot } from './bot.ts';

export interface TelegramRuntime {
  /** Set in webhook mode: the route the web server mounts, on the same port. */
  readonly webhook: ExtraRoute | null;
  stop(): Promise<void>;
}

type TelegramConfig = Pick<Config, 'botToken' | 'telegramApiRoot' | 'webhookUrl' | 'webhookSecret' | 'userRateLimitPerMinute'>;

/** Why Telegram refused or could not be reached, in one line a person can act on. */
function reason(error: unknown, apiRoot: string): string {
  if (error instanceof TelegramError && error.code === 401) return 'Telegram rejected BOT_TOKEN (401): check the token from @BotFather';
  if (error instanceof TelegramError && error.code === 409) return 'another process is polling with this token, or a webhook is set (409)';
  if (error instanceof TelegramError) return `Telegram answered ${error.code}: ${error.description}`;
  return `cannot reach the Bot API at ${apiRoot}: ${(error as Error).message}`;
}

/**
 * Starts the bot beside the web server: long polling, or a webhook when WEBHOOK_URL is set. A bad token or no
 * network is logged once per attempt and retried with backoff (2 s doubling to 5 min); it never stops the process.
 */
export function startTelegram(engine: Engine, config: TelegramConfig, log: Logger, extra: Partial<BotOptions> = {}): TelegramRuntime {
  const bot = createBot(engine, { token: config.botToken, apiRoot: config.telegramApiRoot, userRateLimitPerMinute: config.userRateLimitPerMinute, log, ...extra });
  const abort = new AbortController();
  let stopped = false;
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      abort.signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
    });
  const backoff = (attempt: number): number => Math.min(300_000, 2000 * 2 ** attempt);

  async function connect(): Promise<void> {
    for (let attempt = 0; !stopped; attempt++) {
      try {
        bot.botInfo ??= await bot.telegram.getMe();
        // In the background: a Bot API server without it (or a slow one) must not hold up answering.
        void bot.telegram.setMyCommands([...COMMANDS]).catch((error: unknown) => log.info('telegram_commands_not_set', { reason: reason(error, config.telegramApiRoot) }));
        return;
      } catch (error) {
        const wait = backoff(attempt);
        log.error('telegram_unavailable', { reason: reason(error, config.telegramApiRoot), retryInSeconds: wait / 1000 });
        await pause(wait);
      }
    }
  }

  let done: Promise<void>;
  let webhook: ExtraRoute | null = null;
  if (config.webhookUrl) {
    const seen = new Set<number>();
    webhook = {
      path: new URL(config.webhookUrl).pathname,
      handler: async (request, body) => {
        if (request.headers['x-telegram-bot-api-secret-token'] !== config.webhookSecret) return { status: 401, body: { ok: false, message: 'secret token missing or wrong' } };
        const update = body as Update;
        if (typeof update?.update_id !== 'number') return { status: 400, body: { ok: false, message: 'not a Telegram update' } };
        // Telegram resends an update it thinks failed: answer each once. Handle after acknowledging, so a
        // slow reply (a 429 wait) never makes Telegram resend.
        if (!seen.has(update.update_id) && bot.botInfo) {
          seen.add(update.update_id);
          if (seen.size > 10_000) seen.delete(seen.values().next().value!);
          void bot.handleUpdate(update);
        }
        return { status: 200, body: { ok: true } };
      },
    };
    done = (async () => {
      await connect();
      for (let attempt = 0; !stopped; attempt++) {
        try {
          await bot.telegram.setWebhook(config.webhookUrl, { secret_token: config.webhookSecret });
          log.info('telegram_started', { mode: 'webhook', bot: bot.botInfo?.username });
          return;
        } catch (error) {
          log.error('telegram_webhook_not_set', { reason: reason(error, config.telegramApiRoot), retryInSeconds: backoff(attempt) / 1000 });
          await pause(backoff(attempt));
        }
      }
    })();
  } else {
    // telegraf's `launch()` awaits deleteWebhook before it starts polling, so a stop in between would be lost
    // and polling would run on; starting the poller ourselves leaves no such gap.
    const poller = bot as unknown as { startPolling(): Promise<void> };
    done = (async () => {
      await connect();
      for (let attempt = 0; !stopped; attempt++) {
        try {
          await bot.telegram.deleteWebhook({ drop_pending_updates: false });
          if (stopped) break;
          log.info('telegram_started', { mode: 'polling', bot: bot.botInfo?.username });
          await poller.startPolling();
          attempt = 0;
        } catch (error) {
          if (stopped) break;
          log.error('telegram_polling_stopped', { reason: reason(error, config.telegramApiRoot), retryInSeconds: backoff(attempt) / 1000 });
          await pause(backoff(attempt));
        }
      }
    })();
  }

  return {
    webhook,
    async stop() {
      stopped = true;
      abort.abort();
      try {
        bot.stop('shutdown');
      } catch {
        // not polling yet (still connecting, or webhook mode): nothing to stop
      }
      await done;
    },
  };
}
