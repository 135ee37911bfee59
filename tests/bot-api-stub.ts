import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Bot API stand-in on loopback for what the emulator lacks (edited messages, inline queries,
 * setMyCommands, webhooks) and for faults: it records every call and can answer each one as scripted.
 * Like Telegram, getUpdates honours `offset` (an update below the highest offset asked for is confirmed and
 * never sent again) and `limit`; it can flood with 429s, hold a method's calls, and stop answering sends.
 */
export interface Call {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /** What the stub did: answered ok, or the fault it played. */
  readonly outcome: 'ok' | 'drop' | number;
  /** When the stub answered it (ms since the epoch). */
  readonly at: number;
}

export type Fault = 'drop' | { status: number; body: unknown };
export type Script = (method: string, payload: Record<string, unknown>) => Fault | null;

export class BotApiStub {
  readonly calls: Call[] = [];
  private readonly updates: unknown[] = [];
  private server: Server | null = null;
  private nextMessageId = 1000;
  private nextUpdateId = 1;
  script: Script = () => null;
  url = '';
  /** Every getUpdates asked for: its offset and limit. */
  readonly polls: { offset: number; limit: number }[] = [];
  /** Updates below this were confirmed by an offset and are gone, as on Telegram. */
  private confirmed = 0;
  private readonly gates = new Map<string, Promise<void>>();
  private holdAfter: number | null = null;
  /** Sends received after `holdSendsAfter`'s count: never answered, never delivered. */
  readonly held: ServerResponse[] = [];

  constructor(readonly me = { id: 777, is_bot: true, first_name: '报告问答', username: 'ReportQaBot' }) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (d: Buffer) => (raw += d.toString()));
      req.on('end', () => {
        void this.respond(req.url ?? '', raw, res, () => req.socket.destroy());
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  private async respond(url: string, raw: string, res: ServerResponse, drop: () => void): Promise<void> {
    const method = url.split('/').pop() ?? '';
    const payload = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    await this.gates.get(method);
    if (method === 'sendMessage' && this.holdAfter !== null && this.sent().length >= this.holdAfter) {
      this.held.push(res);
      return;
    }
    const fault = method === 'getUpdates' ? null : this.script(method, payload);
    if (fault === 'drop') {
      this.calls.push({ method, payload, outcome: 'drop', at: Date.now() });
      drop();
      return;
    }
    if (fault) {
      this.calls.push({ method, payload, outcome: fault.status, at: Date.now() });
      res.writeHead(fault.status, { 'content-type': 'application/json' }).end(JSON.stringify(fault.body));
      return;
    }
    const result = await this.answer(method, payload);
    if (method !== 'getUpdates') this.calls.push({ method, payload, outcome: 'ok', at: Date.now() });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  }

  /** Holds every call of `method` until the returned function is called; then each is answered as usual. */
  gate(method: string): () => void {
    let open!: () => void;
    this.gates.set(method, new Promise<void>((r) => (open = r)));
    return () => {
      this.gates.delete(method);
      open();
    };
  }

  /** After `count` messages delivered, sendMessage calls are held unanswered (and not delivered). `null` ends it. */
  holdSendsAfter(count: number | null): void {
    this.holdAfter = count;
    if (count === null) for (const res of this.held.splice(0)) res.socket?.destroy();
  }

  /** For `ms` from now every sendMessage and editMessageText is answered 429 with this `retry_after`. */
  flood(ms: number, retryAfterSeconds: number): void {
    const until = Date.now() + ms;
    this.script = (method) =>
      ['sendMessage', 'editMessageText'].includes(method) && Date.now() < until
        ? { status: 429, body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfterSeconds}`, parameters: { retry_after: retryAfterSeconds } } }
        : null;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  /** Queues an update for the bot's next getUpdates. */
  push(update: Record<string, unknown>): number {
    const update_id = this.nextUpdateId++;
    this.updates.push({ update_id, ...update });
    return update_id;
  }

  sent(method = 'sendMessage'): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method && c.outcome === 'ok').map((c) => c.payload);
  }

  async waitFor(check: () => boolean, ms = 20_000): Promise<void> {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error(`stub: timed out; calls so far: ${this.calls.map((c) => `${c.method}:${c.outcome}`).join(' ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async answer(method: string, payload: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return this.me;
      case 'getUpdates': {
        const limit = Number(payload['limit'] ?? 100);
        this.confirmed = Math.max(this.confirmed, Number(payload['offset'] ?? 0));
        this.polls.push({ offset: Number(payload['offset'] ?? 0), limit });
        const open = () => this.updates.filter((u) => (u as { update_id: number }).update_id >= this.confirmed);
        for (let i = 0; i < 10 && open().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
        return open().slice(0, limit);
      }
      case 'sendMessage':
        return { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: payload['chat_id'], type: 'private' }, text: payload['text'] };
      case 'editMessageText':
        return { message_id: payload['message_id'], date: Math.floor(Date.now() / 1000), chat: { id: payload['chat_id'], type: 'private' }, text: payload['text'] };
      default:
        return true;
    }
  }
}

let next = 1;
export const privateChat = (id: number) => ({ id, type: 'private', first_name: '家长' });
export const groupChat = (id: number) => ({ id, type: 'group', title: '职教科工作群' });
export const user = (id: number) => ({ id, is_bot: false, first_name: '用户' });

export function textMessage(chat: { id: number; type: string }, from: number, text: string, extra: Record<string, unknown> = {}) {
  return { message_id: next++, date: Math.floor(Date.now() / 1000), chat, from: user(from), text, ...extra };
}
