import { TelegramError } from 'telegraf';
import type { Config } from '../config.ts';
import type { Engine } from '../engine.ts';
import { hashId, type Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import type { ExtraRoute } from '../web/server.ts';
import { COMMANDS, createBot } from './bot.ts';
import { DEFAULT_DELIVERY, type DeliveryOptions, retryAfter } from './delivery.ts';
import { Inbox } from './inbox.ts';
import { poll } from './poller.ts';
import { Sender } from './sender.ts';
import { TelegramStore } from './store.ts';
import { webhookRoute } from './webhook.ts';

export interface TelegramRuntime {
  /** Set in webhook mode: the route the web server mounts, on the same port. */
  readonly webhook: ExtraRoute | null;
  /** Why the bot is not ready (connecting, Telegram refusing, polling failing), or null when it is. */
  notReady(): string | null;
  stop(): Promise<void>;
}

export type TelegramConfig = Pick<Config, 'botToken' | 'telegramApiRoot' | 'webhookUrl' | 'webhookSecret' | 'userRateLimitPerMinute' | 'dataDir'>;

export interface TelegramExtras {
  readonly delivery: DeliveryOptions;
  readonly metrics: Metrics;
  readonly handlerTimeoutMs: number;
}

/** Why Telegram refused or could not be reached, in one line a person can act on. */
function reason(error: unknown, apiRoot: string): string {
  if (error instanceof TelegramError && error.code === 401) return 'Telegram rejected BOT_TOKEN (401): check the token from @BotFather';
  if (error instanceof TelegramError && error.code === 409) return 'another process is polling with this token, or a webhook is set (409)';
  if (error instanceof TelegramError) return `Telegram answered ${error.code}: ${error.description}`;
  return `cannot reach the Bot API at ${apiRoot}: ${(error as Error).message}`;
}

/** The bot's number from its token (never the secret part), naming its state file. */
const botIdOf = (token: string): string => /^\d+:/.exec(token)?.[0].slice(0, -1) ?? hashId(token, 'bot');

/**
 * Starts the bot beside the web server: long polling, or a webhook when WEBHOOK_URL is set. Updates go through
 * the lasting inbox, replies through the lasting outbox and the one sender. A bad token or no network is logged
 * once per attempt and retried with backoff (2 s doubling to 5 min); it never stops the process.
 */
export function startTelegram(engine: Engine, config: TelegramConfig, log: Logger, extra: Partial<TelegramExtras> = {}): TelegramRuntime {
  const store = new TelegramStore(config.dataDir, botIdOf(config.botToken));
  store.prune();
  const pruning = setInterval(() => store.prune(), 3_600_000).unref();
  const bot = createBot(engine, {
    token: config.botToken,
    apiRoot: config.telegramApiRoot,
    userRateLimitPerMinute: config.userRateLimitPerMinute,
    log,
    answered: (lane, question) => store.answered(lane, question),
    buttonMemory: store.buttons,
    ...(extra.metrics ? { metrics: extra.metrics } : {}),
    ...(extra.handlerTimeoutMs ? { handlerTimeoutMs: extra.handlerTimeoutMs } : {}),
  });
  const telegram = bot.telegraf.telegram;
  const sender = new Sender(telegram, store, log, extra.delivery ?? DEFAULT_DELIVERY, config.botToken.slice(-8), extra.metrics);
  extra.metrics?.watchQueue(() => store.pendingCount());
  const inbox = new Inbox(bot, store, sender);

  const abort = new AbortController();
  let stopped = false;
  let why: string | null = 'connecting to the Bot API';
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      abort.signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
    });
  const backoff = (attempt: number): number => Math.min(300_000, 2000 * 2 ** attempt);
  const failing = (event: string, error: unknown, attempt: number): number => {
    // A 429 (getUpdates can be told to wait too) waits exactly its retry_after; anything else backs off.
    const flood = retryAfter(error);
    const wait = flood !== null ? flood * 1000 : backoff(attempt);
    why = reason(error, config.telegramApiRoot);
    log.error(event, { reason: why, retryInSeconds: wait / 1000 });
    return wait;
  };

  /** getMe until it answers; then replies left queued by an earlier run go out, and updates left open are handled. */
  async function connect(): Promise<void> {
    for (let attempt = 0; !stopped; attempt++) {
      try {
        bot.telegraf.botInfo ??= await telegram.getMe();
        // In the background: a Bot API server without it (or a slow one) must not hold up answering.
        void telegram.setMyCommands([...COMMANDS]).catch((error: unknown) => log.info('telegram_commands_not_set', { reason: reason(error, config.telegramApiRoot) }));
        sender.start();
        void inbox.drain().catch((error: unknown) => log.error('telegram_inbox_failed', { error: error as Error }));
        return;
      } catch (error) {
        await pause(failing('telegram_unavailable', error, attempt));
      }
    }
  }

  let done: Promise<void>;
  let webhook: ExtraRoute | null = null;
  if (config.webhookUrl) {
    webhook = webhookRoute(new URL(config.webhookUrl).pathname, config.webhookSecret, () => !stopped && bot.telegraf.botInfo !== undefined, inbox, log);
    done = (async () => {
      await connect();
      for (let attempt = 0; !stopped; attempt++) {
        try {
          await telegram.setWebhook(config.webhookUrl, { secret_token: config.webhookSecret });
          why = null;
          log.info('telegram_started', { mode: 'webhook', bot: bot.telegraf.botInfo?.username });
          return;
        } catch (error) {
          await pause(failing('telegram_webhook_not_set', error, attempt));
        }
      }
    })();
  } else {
    done = (async () => {
      await connect();
      for (let attempt = 0; !stopped; attempt++) {
        try {
          await telegram.deleteWebhook({ drop_pending_updates: false });
          if (stopped) break;
          why = null; // connected; a failing poll says otherwise
          log.info('telegram_started', { mode: 'polling', bot: bot.telegraf.botInfo?.username });
          await poll(telegram, store, inbox, abort.signal, () => {
            why = null;
            attempt = 0;
          });
        } catch (error) {
          if (stopped) break;
          await pause(failing('telegram_polling_stopped', error, attempt));
        }
      }
    })();
  }

  return {
    webhook,
    notReady: () => (stopped ? 'stopping' : why),
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(pruning);
      abort.abort();
      await done;
      await inbox.drain().catch(() => undefined);
      await sender.stop();
      store.close();
    },
  };
}
