import type { Update } from 'telegraf/types';
import type { Bot } from './bot.ts';
import type { Sender } from './sender.ts';
import type { TelegramStore } from './store.ts';

/**
 * Turns recorded updates into queued replies, oldest first: each update's handlers run, then one transaction
 * marks it handled and queues its replies. A crash before that transaction leaves it unhandled, so it is
 * handled (once) after the restart; a crash after it leaves its replies queued.
 */
export class Inbox {
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly bot: Bot,
    private readonly store: TelegramStore,
    private readonly sender: Sender,
  ) {}

  /** Records updates durably (repeats ignored), then handles what is open. */
  accept(updates: readonly Update[]): Promise<void> {
    if (updates.length) this.store.accept(updates);
    return this.drain();
  }

  /** Handles every recorded, unhandled update. Calls are serialised, so each update is handled once. */
  drain(): Promise<void> {
    const run = this.running.then(async () => {
      for (let open = this.store.unhandled(); open.length; open = this.store.unhandled()) {
        for (const update of open) {
          const actions = await this.bot.actionsFor(update);
          this.store.handled(update.update_id, actions);
          if (actions.length) this.sender.kick();
        }
      }
    });
    this.running = run.catch(() => undefined); // a failed drain (disk full) must not block the next one
    return run;
  }
}
