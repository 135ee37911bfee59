import type { Update } from 'telegraf/types';
import { type Db, openDb } from '../state/db.ts';
import type { Action, QueuedAction } from './action.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS inbox (
  update_id INTEGER PRIMARY KEY,
  body TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  handled_at INTEGER
);
CREATE INDEX IF NOT EXISTS inbox_open ON inbox (handled_at, update_id);
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  update_id INTEGER NOT NULL,
  lane TEXT NOT NULL,
  method TEXT NOT NULL,
  payload TEXT NOT NULL,
  question INTEGER,
  edit_of INTEGER,
  kind TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  next_at INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'pending',
  done_at INTEGER
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (status, lane, id);
CREATE TABLE IF NOT EXISTS replies (
  lane TEXT NOT NULL,
  question INTEGER NOT NULL,
  message_id INTEGER NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (lane, question)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS buttons (id TEXT PRIMARY KEY, question TEXT NOT NULL);
`;

/** How a queued action ended. `failed`: Telegram refused it for good; `given_up`: not taken within the budget. */
export type Outcome = 'sent' | 'failed' | 'given_up' | 'dropped';

interface OutboxRow {
  id: number;
  update_id: number;
  lane: string;
  method: string;
  payload: string;
  question: number | null;
  edit_of: number | null;
  kind: 'reply' | 'apology';
  created_at: number;
  attempts: number;
}

const KEEP_MS = 7 * 24 * 3_600_000;

/** Every statement the store runs, prepared once. */
function prepare(d: Db) {
return {
    insertUpdate: d.prepare('INSERT OR IGNORE INTO inbox (update_id, body, received_at) VALUES (?, ?, ?)'),
    setMeta: d.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    getMeta: d.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    open: d.prepare<[], { update_id: number; body: string }>('SELECT update_id, body FROM inbox WHERE handled_at IS NULL ORDER BY update_id LIMIT 50'),
    markHandled: d.prepare('UPDATE inbox SET handled_at = ? WHERE update_id = ? AND handled_at IS NULL'),
    enqueue: d.prepare(
      'INSERT INTO outbox (update_id, lane, method, payload, question, edit_of, kind, created_at) VALUES (@updateId, @lane, @method, @payload, @question, @editOf, @kind, @createdAt)',
    ),
    heads: d.prepare<[number], OutboxRow>(
      `SELECT o.* FROM outbox o JOIN (SELECT MIN(id) AS id FROM outbox WHERE status = 'pending' GROUP BY lane) h ON o.id = h.id
       WHERE o.next_at <= ? ORDER BY o.id LIMIT 200`,
    ),
    nextAt: d.prepare<[], { at: number | null }>(
      `SELECT MIN(o.next_at) AS at FROM outbox o JOIN (SELECT MIN(id) AS id FROM outbox WHERE status = 'pending' GROUP BY lane) h ON o.id = h.id`,
    ),
    finish: d.prepare('UPDATE outbox SET status = ?, done_at = ? WHERE id = ?'),
    dropRest: d.prepare("UPDATE outbox SET status = 'dropped', done_at = ? WHERE update_id = ? AND lane = ? AND status = 'pending'"),
    retryAt: d.prepare('UPDATE outbox SET attempts = attempts + 1, next_at = ? WHERE id = ?'),
    tried: d.prepare('UPDATE outbox SET attempts = attempts + 1 WHERE id = ?'),
    pending: d.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'"),
    remember: d.prepare('INSERT OR REPLACE INTO replies (lane, question, message_id, at) VALUES (?, ?, ?, ?)'),
    reply: d.prepare<[string, number], { message_id: number }>('SELECT message_id FROM replies WHERE lane = ? AND question = ?'),
    replyQueued: d.prepare<[string, number], { id: number }>("SELECT id FROM outbox WHERE lane = ? AND question = ? AND status = 'pending' LIMIT 1"),
    pruneInbox: d.prepare('DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < ?'),
    pruneOutbox: d.prepare("DELETE FROM outbox WHERE status <> 'pending' AND done_at < ?"),
    pruneReplies: d.prepare('DELETE FROM replies WHERE at < ?'),
    setButton: d.prepare('INSERT OR IGNORE INTO buttons (id, question) VALUES (?, ?)'),
    getButton: d.prepare<[string], { question: string }>('SELECT question FROM buttons WHERE id = ?'),
  };
}

/**
 * The bot's lasting state, one SQLite file per bot in DATA_DIR: every update received (the inbox, which also
 * dedupes), every reply until Telegram has taken it (the outbox, in order per lane), and the message id of each
 * answer (for edits). Each method is one transaction.
 */
export class TelegramStore {
  private readonly db: Db;
  private readonly q: ReturnType<typeof prepare>;

  constructor(dataDir: string, botId: string, private readonly now: () => number = Date.now) {
    this.db = openDb(dataDir, `telegram-${botId.replace(/[^0-9A-Za-z_-]/g, '_')}.sqlite`);
    this.db.exec(SCHEMA);
    this.q = prepare(this.db);
  }

  /**
   * Records updates durably (a repeat of one already received is ignored) and the offset past them, in one
   * transaction: only after this may Telegram be told (by the next getUpdates) that they arrived.
   * Returns how many were new.
   */
  readonly accept = (updates: readonly Update[]): number =>
    this.db.transaction(() => {
      let fresh = 0;
      for (const u of updates) fresh += this.q.insertUpdate.run(u.update_id, JSON.stringify(u), this.now()).changes;
      const last = Math.max(...updates.map((u) => u.update_id));
      if (updates.length && last + 1 > this.offset()) this.q.setMeta.run('offset', String(last + 1));
      return fresh;
    })();

  /** The getUpdates offset: one past the last update recorded (0 before any). */
  offset(): number {
    return Number(this.q.getMeta.get('offset')?.value ?? 0);
  }

  /** Updates recorded but not yet handled, oldest first. */
  unhandled(): Update[] {
    return this.q.open.all().map((r) => JSON.parse(r.body) as Update);
  }

  /** One transaction: the update is handled and its replies are queued. A second call for it does nothing. */
  readonly handled = (updateId: number, actions: readonly Action[]): boolean =>
    this.db.transaction(() => {
      if (this.q.markHandled.run(this.now(), updateId).changes === 0) return false;
      const createdAt = this.now();
      for (const a of actions) {
        this.q.enqueue.run({ updateId, lane: a.lane, method: a.method, payload: JSON.stringify(a.payload), question: a.question ?? null, editOf: a.editOf ?? null, kind: a.kind, createdAt });
      }
      return true;
    })();

  /** The oldest pending action of each lane that is due, oldest first. */
  heads(): QueuedAction[] {
    return this.q.heads.all(this.now()).map((r) => ({
      id: r.id,
      updateId: r.update_id,
      lane: r.lane,
      method: r.method,
      payload: JSON.parse(r.payload) as Record<string, unknown>,
      ...(r.question !== null ? { question: r.question } : {}),
      ...(r.edit_of !== null ? { editOf: r.edit_of } : {}),
      kind: r.kind,
      createdAt: r.created_at,
      attempts: r.attempts,
    }));
  }

  /** When the next pending action becomes due (null when none is pending). */
  nextDue(): number | null {
    return this.q.nextAt.get()?.at ?? null;
  }

  /** Telegram took the action; a reply's message id is kept for edits. */
  readonly sent = (action: QueuedAction, messageId: number | null): void =>
    this.db.transaction(() => {
      this.q.finish.run('sent', this.now(), action.id);
      if (action.question !== undefined && messageId !== null) this.q.remember.run(action.lane, action.question, messageId, this.now());
    })();

  /** The action ends without delivery; with `dropRest`, so do the rest of its update's messages in that lane. */
  readonly finish = (action: QueuedAction, outcome: Exclude<Outcome, 'sent'>, dropRest = false, apology?: Action): void =>
    this.db.transaction(() => {
      this.q.finish.run(outcome, this.now(), action.id);
      if (dropRest) this.q.dropRest.run(this.now(), action.updateId, action.lane);
      if (apology) {
        const a = apology;
        this.q.enqueue.run({ updateId: action.updateId, lane: a.lane, method: a.method, payload: JSON.stringify(a.payload), question: null, editOf: null, kind: a.kind, createdAt: this.now() });
      }
    })();

  /** Try again at `at` (5xx, network). */
  retryAt(action: QueuedAction, at: number): void {
    this.q.retryAt.run(at, action.id);
  }

  /** One more try counted (a 429: the whole bot waits, the action keeps its place). */
  tried(action: QueuedAction): void {
    this.q.tried.run(action.id);
  }

  pendingCount(): number {
    return this.q.pending.get()?.n ?? 0;
  }

  /** The message id of our answer to a question, if it was delivered. */
  replyTo(lane: string, question: number): number | null {
    return this.q.reply.get(lane, question)?.message_id ?? null;
  }

  /** True when the question has an answer, delivered or still queued (so an edit of it edits, not re-answers). */
  answered(lane: string, question: number): boolean {
    return this.replyTo(lane, question) !== null || this.q.replyQueued.get(lane, question) !== undefined;
  }

  /** The questions behind buttons (examples and suggestions: a bounded set, kept for good). */
  readonly buttons = {
    get: (id: string): string | undefined => this.q.getButton.get(id)?.question,
    set: (id: string, question: string): void => void this.q.setButton.run(id, question),
  };

  /** Forgets what is older than a week (Telegram does not resend older updates; edits are allowed for 48 h). */
  prune(): void {
    const before = this.now() - KEEP_MS;
    this.q.pruneInbox.run(before);
    this.q.pruneOutbox.run(before);
    this.q.pruneReplies.run(before);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
