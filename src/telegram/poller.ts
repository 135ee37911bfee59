import type { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Inbox } from './inbox.ts';
import type { TelegramStore } from './store.ts';

/** Small batches: a crash can only ever leave this many updates between "received" and "handled". */
export const POLL_LIMIT = 10;
export const POLL_TIMEOUT_SECONDS = 25;

/**
 * Long polling, exactly once. Each batch is recorded (with the offset past it) and handled, its replies queued,
 * before the next getUpdates tells Telegram to move past it; after a crash the stored offset resumes where it
 * stopped and any update seen twice is ignored by its id. Returns when `signal` aborts; throws when a call fails.
 */
export async function poll(telegram: Telegram, store: TelegramStore, inbox: Inbox, signal: AbortSignal, polled: () => void): Promise<void> {
  while (!signal.aborted) {
    const payload = { offset: store.offset(), limit: POLL_LIMIT, timeout: POLL_TIMEOUT_SECONDS };
    const updates = (await telegram.callApi('getUpdates' as never, payload as never, { signal } as never)) as unknown as Update[];
    polled();
    await inbox.accept(updates);
  }
}
