import type { Update } from 'telegraf/types';
import type { Logger } from '../log.ts';
import type { ExtraRoute } from '../web/server.ts';
import type { Inbox } from './inbox.ts';

/**
 * The webhook route. Telegram retries any update not answered 200, so: 503 until the bot is ready, and 200 only
 * once the update is recorded in the lasting inbox (which also drops a resent update, across restarts). The
 * update is handled after the answer, so a slow reply never makes Telegram resend.
 */
export function webhookRoute(path: string, secret: string, ready: () => boolean, inbox: Inbox, log: Logger): ExtraRoute {
  return {
    path,
    handler: async (request, body) => {
      if (request.headers['x-telegram-bot-api-secret-token'] !== secret) return { status: 401, body: { ok: false, message: 'secret token missing or wrong' } };
      const update = body as Update;
      if (typeof update?.update_id !== 'number') return { status: 400, body: { ok: false, message: 'not a Telegram update' } };
      if (!ready()) return { status: 503, body: { ok: false, message: 'the bot is starting; Telegram will send this update again' } };
      let handled: Promise<void>;
      try {
        handled = inbox.accept([update]); // recorded synchronously, in one transaction, before this returns
      } catch (error) {
        log.error('telegram_update_not_recorded', { update: update.update_id, error: error as Error });
        return { status: 503, body: { ok: false, message: 'could not record the update; Telegram will send it again' } };
      }
      handled.catch((error: unknown) => log.error('telegram_inbox_failed', { update: update.update_id, error: error as Error }));
      return { status: 200, body: { ok: true } };
    },
  };
}
