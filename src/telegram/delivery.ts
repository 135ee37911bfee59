import type { Telegram } from 'telegraf';
import { TelegramError } from 'telegraf';
import type { Logger } from '../log.ts';

/**
 * Every Bot API call but polling goes through here: paced under Telegram's limits, retried after a 429's
 * `retry_after`, and retried with backoff on 5xx and network errors, so no reply is lost.
 */
export interface DeliveryOptions {
  /** Tries after the first, for 5xx and network errors. */
  readonly retries: number;
  readonly backoffMs: number;
  /** A 429's wait is capped here, so one bad answer cannot park a handler for an hour. */
  readonly maxRetryAfterSeconds: number;
  readonly privateGapMs: number;
  readonly groupGapMs: number;
  readonly globalPerSecond: number;
}

export const DEFAULT_DELIVERY: DeliveryOptions = {
  retries: 5,
  backoffMs: 500,
  maxRetryAfterSeconds: 60,
  privateGapMs: 1000,
  groupGapMs: 3000,
  globalPerSecond: 30,
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const PACED = new Set(['sendMessage', 'editMessageText', 'sendChatAction']);

/** Reserves the next free slot for a key and says how long to wait for it. */
export class Pacer {
  private readonly next = new Map<string, number>();
  wait(key: string, gapMs: number): number {
    const now = Date.now();
    const at = Math.max(now, this.next.get(key) ?? 0);
    this.next.set(key, at + gapMs);
    if (this.next.size > 10_000) for (const [k, t] of this.next) if (t < now) this.next.delete(k);
    return at - now;
  }
}

function transient(error: unknown): boolean {
  if (error instanceof TelegramError) return error.code >= 500;
  const e = error as { name?: string; code?: string; type?: string };
  return e?.name === 'FetchError' || e?.type === 'system' || /^E(CONN|PIPE|TIMEDOUT|AI_AGAIN)/.test(e?.code ?? '');
}

export function deliver(telegram: Telegram, log: Logger, options: DeliveryOptions = DEFAULT_DELIVERY, pacer = new Pacer()): Telegram {
  const call = telegram.callApi.bind(telegram);
  const paced = async (method: string, payload: Record<string, unknown>): Promise<void> => {
    if (!PACED.has(method) || payload['chat_id'] === undefined) return;
    const chat = String(payload['chat_id']);
    const gap = chat.startsWith('-') ? options.groupGapMs : options.privateGapMs;
    const wait = Math.max(pacer.wait(`chat:${chat}`, gap), pacer.wait('all', 1000 / options.globalPerSecond));
    if (wait > 0) await sleep(wait);
  };
  const patched = async (method: string, payload: Record<string, unknown>, extra?: { signal?: AbortSignal }): Promise<unknown> => {
    if (method === 'getUpdates') return call(method as never, payload as never, extra as never); // telegraf retries polling itself
    await paced(method, payload);
    for (let attempt = 0; ; attempt++) {
      try {
        return await call(method as never, payload as never, extra as never);
      } catch (error) {
        if (error instanceof TelegramError && error.code === 429 && attempt < options.retries + 5) {
          const seconds = Math.min(error.parameters?.retry_after ?? 1, options.maxRetryAfterSeconds);
          log.info('telegram_retry', { method, status: 429, waitSeconds: seconds, attempt: attempt + 1 });
          await sleep(seconds * 1000);
          continue;
        }
        if (transient(error) && attempt < options.retries) {
          const ms = options.backoffMs * 2 ** attempt;
          log.info('telegram_retry', { method, status: error instanceof TelegramError ? error.code : 'network', waitMs: ms, attempt: attempt + 1 });
          await sleep(ms);
          continue;
        }
        throw error;
      }
    }
  };
  (telegram as unknown as { callApi: typeof patched }).callApi = patched;
  return telegram;
}
