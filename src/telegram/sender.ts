import type { Telegram } from 'telegraf';
import { hashId, type Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import type { Action, QueuedAction } from './action.ts';
import { SORRY } from './bot.ts';
import { type DeliveryOptions, MAX_BACKOFF_MS, Pacer, retryAfter, transient } from './delivery.ts';
import type { TelegramStore } from './store.ts';

const REPLY_METHODS = new Set(['sendMessage', 'editMessageText']);

/**
 * The one loop that talks to Telegram for replies. It takes the oldest queued action of each chat (so a chat's
 * messages keep their order), paces them, and on a 429 stops *all* sending for the full `retry_after`, leaving
 * every reply in the lasting queue in its place. 5xx and network errors are retried with backoff. A reply is
 * given up only when it is still not delivered `giveUpMs` after its question (a log line says so); one Telegram
 * refuses for good (400) is logged and, in a private chat, replaced by an apology.
 */
export class Sender {
  private pausedUntil = 0;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly pacer: Pacer;
  private wakeUp: (() => void) | null = null;
  private dirty = false;
  private stopped = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly telegram: Telegram,
    private readonly store: TelegramStore,
    private readonly log: Logger,
    private readonly options: DeliveryOptions,
    private readonly salt: string,
    private readonly metrics?: Metrics,
  ) {
    this.pacer = new Pacer(options);
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** New actions were queued. */
  kick(): void {
    this.dirty = true;
    this.wakeUp?.();
  }

  /** Stops taking actions; calls in flight get a few seconds to finish (an unfinished one stays queued). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.loop;
    await Promise.race([Promise.allSettled([...this.inFlight.values()]), new Promise((r) => setTimeout(r, 3000).unref())]);
  }

  /** While a 429's wait lasts, the time it ends; otherwise 0. */
  pausedFor(now = Date.now()): number {
    return Math.max(0, this.pausedUntil - now);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const now = Date.now();
      if (this.pausedUntil > now) {
        await this.sleep(this.pausedUntil - now);
        continue;
      }
      this.dirty = false;
      let soonest = now + 1000;
      for (const action of this.store.heads()) {
        if (this.inFlight.size >= this.options.maxInFlight) break;
        if (this.inFlight.has(action.lane)) continue;
        if (now - action.createdAt > this.options.giveUpMs) {
          this.giveUp(action, now);
          continue;
        }
        const wait = this.pacer.wait(action.lane, action.method, now);
        if (wait > 0) {
          soonest = Math.min(soonest, now + wait);
          continue;
        }
        this.pacer.reserve(action.lane, action.method, now);
        const done = this.dispatch(action)
          .catch((error: unknown) => {
            if (!this.stopped) this.log.error('telegram_sender_failed', { update: action.updateId, error: error as Error });
          })
          .finally(() => {
            this.inFlight.delete(action.lane);
            this.kick();
          });
        this.inFlight.set(action.lane, done);
      }
      const due = this.store.nextDue();
      if (due !== null && due > now) soonest = Math.min(soonest, due);
      if (!this.dirty) await this.sleep(Math.max(1, soonest - now));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private async dispatch(action: QueuedAction): Promise<void> {
    let { method, payload } = action;
    if (action.editOf !== undefined) {
      const earlier = this.store.replyTo(action.lane, action.editOf);
      // The answer being edited never arrived: the new answer goes as a message of its own.
      if (earlier === null) method = 'sendMessage';
      else payload = { ...payload, message_id: earlier };
    }
    try {
      const result = await this.telegram.callApi(method as never, payload as never, { signal: AbortSignal.timeout(this.options.callTimeoutMs) } as never);
      const id = (result as { message_id?: unknown } | null)?.message_id;
      this.store.sent(action, typeof id === 'number' ? id : null);
      this.metrics?.telegramCall(method, 'ok');
    } catch (error) {
      this.failed(action, method, error);
    }
  }

  private failed(action: QueuedAction, method: string, error: unknown): void {
    const wait = retryAfter(error);
    const attempt = action.attempts + 1;
    if (wait !== null) {
      // Telegram's flood control is per bot: every chat waits, the whole `retry_after`.
      this.pausedUntil = Math.max(this.pausedUntil, Date.now() + wait * 1000);
      this.store.tried(action);
      this.metrics?.telegramCall(method, '429');
      this.log.info('telegram_retry', { method, status: 429, waitSeconds: wait, attempt });
      return;
    }
    if (method === 'editMessageText' && /not modified/i.test((error as Error).message)) {
      this.store.sent(action, null); // the same answer as before: nothing to change
      return;
    }
    if (transient(error)) {
      const ms = Math.min(MAX_BACKOFF_MS, this.options.backoffMs * 2 ** action.attempts);
      const status = (error as { code?: unknown }).code;
      this.store.retryAt(action, Date.now() + ms);
      this.metrics?.telegramCall(method, 'retry');
      this.log.info('telegram_retry', { method, status: typeof status === 'number' ? status : 'network', waitMs: ms, attempt });
      return;
    }
    this.metrics?.telegramCall(method, 'failed');
    this.log.error('update_failed', { update: action.updateId, method, error: error as Error });
    this.store.finish(action, 'failed', true, this.apology(action, error));
  }

  /** In a private chat, a reply Telegram refused (400) is replaced by one polite line. */
  private apology(action: QueuedAction, error: unknown): Action | undefined {
    const chat = action.payload['chat_id'];
    if (action.kind !== 'reply' || !REPLY_METHODS.has(action.method) || (error as { code?: unknown }).code !== 400) return undefined;
    if (typeof chat !== 'number' || chat <= 0) return undefined;
    return { method: 'sendMessage', payload: { chat_id: chat, text: SORRY }, lane: action.lane, kind: 'apology' };
  }

  private giveUp(action: QueuedAction, now: number): void {
    this.metrics?.telegramCall(action.method, 'given_up');
    this.log.error('telegram_reply_given_up', {
      update: action.updateId,
      method: action.method,
      chat: hashId(action.lane, this.salt),
      waitedSeconds: Math.round((now - action.createdAt) / 1000),
      attempts: action.attempts,
    });
    this.store.finish(action, 'given_up', true);
  }
}
