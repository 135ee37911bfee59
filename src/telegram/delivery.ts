import { TelegramError } from 'telegraf';

/**
 * The rules the sender keeps: Telegram's pacing (1 s per private chat, 3 s per group, 30 messages a second
 * overall), backoff on 5xx and network errors, and how long a reply may wait before it is given up.
 * A 429 is not configured here: its `retry_after` is always honoured in full, for the whole bot.
 */
export interface DeliveryOptions {
  /** First wait after a 5xx or network error; doubles each try, up to a minute. */
  readonly backoffMs: number;
  readonly privateGapMs: number;
  readonly groupGapMs: number;
  readonly globalPerSecond: number;
  /** A reply not taken by Telegram this long after its question is given up, with a log line. */
  readonly giveUpMs: number;
  /** Calls in flight at once (each to a different chat: one chat's messages go one after another). */
  readonly maxInFlight: number;
  /** One Bot API call that has not answered by then counts as a network error. */
  readonly callTimeoutMs: number;
}

export const DEFAULT_DELIVERY: DeliveryOptions = {
  backoffMs: 500,
  privateGapMs: 1000,
  groupGapMs: 3000,
  globalPerSecond: 30,
  giveUpMs: 24 * 3_600_000,
  maxInFlight: 8,
  callTimeoutMs: 30_000,
};

export const MAX_BACKOFF_MS = 60_000;
const PACED = new Set(['sendMessage', 'editMessageText', 'sendChatAction']);

/** Next free time per chat and overall, under Telegram's limits. Checked first, reserved when a call goes out. */
export class Pacer {
  private readonly next = new Map<string, number>();
  private all = 0;

  constructor(private readonly options: Pick<DeliveryOptions, 'privateGapMs' | 'groupGapMs' | 'globalPerSecond'>) {}

  /** Milliseconds until a call on this lane may go out (0 = now). */
  wait(lane: string, method: string, now: number): number {
    if (!PACED.has(method)) return 0;
    return Math.max(0, (this.next.get(lane) ?? 0) - now, this.all - now);
  }

  reserve(lane: string, method: string, now: number): void {
    if (!PACED.has(method)) return;
    const gap = lane.startsWith('chat:-') ? this.options.groupGapMs : this.options.privateGapMs;
    this.next.set(lane, now + gap);
    this.all = Math.max(this.all, now) + 1000 / this.options.globalPerSecond;
    if (this.next.size > 10_000) for (const [k, t] of this.next) if (t < now) this.next.delete(k);
  }
}

/** Worth another try later: Telegram's 5xx, a network failure or a call that timed out. */
export function transient(error: unknown): boolean {
  if (error instanceof TelegramError) return error.code >= 500;
  const e = error as { name?: string; code?: string; type?: string };
  return e?.name === 'FetchError' || e?.name === 'AbortError' || e?.name === 'TimeoutError' || e?.type === 'system' || /^E(CONN|PIPE|TIMEDOUT|AI_AGAIN)/.test(e?.code ?? '');
}

/** Seconds a 429 asks every call of the bot to wait, or null when the error is not a 429. */
export function retryAfter(error: unknown): number | null {
  if (!(error instanceof TelegramError) || error.code !== 429) return null;
  const s = Number(error.parameters?.retry_after ?? 1);
  return Number.isFinite(s) && s > 0 ? s : 1;
}
