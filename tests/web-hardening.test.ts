import { connect, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.ts';
import { Metrics } from '../src/metrics.ts';
import { buildServer, type ServerParts, type WebConfig } from '../src/web/server.ts';
import { realEngine } from './helpers.ts';

/** The web service against bad clients: slow, greedy, or sending what the framework itself refuses. */
const base: WebConfig = { rateLimitPerMinute: 0, corsOrigin: '', logLevel: 'silent', trustProxy: false };
let engine: Engine;
const servers: FastifyInstance[] = [];
const sockets: Socket[] = [];

async function serve(config: Partial<WebConfig> = {}, parts: ServerParts = {}): Promise<string> {
  const app = await buildServer(engine, { ...base, ...config }, [], parts);
  servers.push(app);
  return app.listen({ host: '127.0.0.1', port: 0 });
}

/** A raw connection: writes what it is given, collects everything the server says until it closes. */
function raw(url: string, first: string): { socket: Socket; reply: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  sockets.push(socket);
  socket.write(first);
  let got = '';
  socket.on('data', (d: Buffer) => (got += d.toString()));
  const reply = new Promise<string>((resolve) => {
    socket.on('close', () => resolve(got));
    socket.on('error', () => undefined);
  });
  return { socket, reply };
}
const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));
const ask = (url: string, q: string) => fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) });

beforeAll(() => {
  engine = realEngine(100);
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => s.close()));
});

describe('slow and greedy clients', () => {
  it('refuses a body that trickles past the request timeout with 408 in the JSON shape', async () => {
    const url = await serve({ requestTimeoutMs: 1000 });
    const { socket, reply } = raw(url, 'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"ques');
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
    const response = await reply;
    clearInterval(trickle);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyOf(response)).toEqual({ statusCode: 408, code: 'request_timeout', message: expect.any(String) });
  });

  it('refuses headers that never end with 408', async () => {
    const url = await serve({ requestTimeoutMs: 1000 });
    const { socket, reply } = raw(url, 'GET /healthz HTTP/1.1\r\nHost: x\r\n');
    const trickle = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 200);
    const response = await reply;
    clearInterval(trickle);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyOf(response)).toMatchObject({ statusCode: 408, code: 'request_timeout' });
  });

  it('caps the connections one address may hold open, and counts them down as they close', async () => {
    const url = await serve({ connectionsPerAddress: 2 });
    const held = [raw(url, ''), raw(url, '')];
    await new Promise((r) => setTimeout(r, 100));
    const third = await raw(url, '').reply;
    expect(third).toMatch(/^HTTP\/1\.1 503 /);
    expect(bodyOf(third)).toMatchObject({ statusCode: 503, code: 'too_many_connections' });
    held[0]!.socket.destroy();
    await held[0]!.reply;
    await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('one shape for every refusal, never echoing the request', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve();
  });

  it.each([
    ['an 8 KB path parameter (414)', `/api/sections/${'9'.repeat(8000)}`, 414],
    ['a malformed escape (400)', '/api/sections/%zz', 400],
    ['an unknown address (404)', `/nothing-${'z'.repeat(300)}`, 404],
  ])('%s', async (_what, path, status) => {
    const res = await fetch(`${url}${path}`);
    expect(res.status).toBe(status);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(Object.keys(body).sort()).toEqual(['code', 'message', 'statusCode']);
    expect(body.statusCode).toBe(status);
    expect(text).not.toContain('999999');
    expect(text).not.toContain('%zz');
    expect(text).not.toContain('zzzzz');
  });

  it('a request line the parser refuses gets 400 in the same shape', async () => {
    const response = await raw(url, 'NONSENSE\r\n\r\n').reply;
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expect(Object.keys(bodyOf(response)).sort()).toEqual(['code', 'message', 'statusCode']);
  });

  it('API answers and refusals are never cached; the page may be', async () => {
    expect((await ask(url, '升学率是多少')).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${url}/api/sections/99`)).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${url}/api/sections/%zz`)).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${url}/static/app.js`)).headers.get('cache-control')).not.toBe('no-store');
  });
});

describe('one rate limit per address across every /api route', () => {
  it('counts questions, sections and alternatives together', async () => {
    const url = await serve({ rateLimitPerMinute: 3 });
    const statuses = [
      (await ask(url, '升学率是多少')).status,
      (await fetch(`${url}/api/sections`)).status,
      (await fetch(`${url}/api/sections/2.5`)).status,
      (await fetch(`${url}/api/alternatives/nope`)).status,
      (await fetch(`${url}/api/sections`)).status,
    ];
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('health and metrics', () => {
  it('/readyz says why it is not ready, then is ready; /healthz stays liveness', async () => {
    let why: string | null = 'connecting to the Bot API';
    const url = await serve({}, { notReady: () => why });
    const before = await fetch(`${url}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({ ready: false, reasons: ['connecting to the Bot API'] });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    why = null;
    const after = await fetch(`${url}/readyz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ ready: true, engine: { loaded: true } });
  });

  it('/metrics counts questions found and not found, with a latency histogram, in the Prometheus format', async () => {
    const metrics = new Metrics();
    metrics.watchQueue(() => 7);
    const url = await serve({}, { metrics });
    await ask(url, '新乡中职升学率是多少');
    await ask(url, '郑州中职升学率是多少');
    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^report_bot_questions_total\{channel="web",found="true"\} 1$/m);
    expect(text).toMatch(/^report_bot_questions_total\{channel="web",found="false"\} 1$/m);
    expect(text).toMatch(/^report_bot_answer_seconds_count\{channel="web"\} 2$/m);
    expect(text).toMatch(/^report_bot_telegram_queue_depth 7$/m);
    expect(text).toContain('# TYPE report_bot_telegram_429_total counter');
  });
});
