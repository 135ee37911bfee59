import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.ts';
import { buildServer, type WebConfig } from '../src/web/server.ts';
import { ROOT, realEngine } from './helpers.ts';

const REPORT = readFileSync(`${ROOT}corpus/xinxiang-2023.txt`, 'utf8');
const CONTRACT_KEYS = ['question', 'found', 'answer', 'figure', 'source', 'alternatives', 'suggestions'];
const base: WebConfig = { rateLimitPerMinute: 0, corsOrigin: '', logLevel: 'silent', trustProxy: false };

let engine: Engine;
const servers: FastifyInstance[] = [];

/** A real server on a loopback port; every test talks HTTP to it. */
async function serve(config: Partial<WebConfig> = {}, e: Engine = engine): Promise<string> {
  const app = await buildServer(e, { ...base, ...config });
  servers.push(app);
  return app.listen({ host: '127.0.0.1', port: 0 });
}

const ask = (url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${url}/api/ask`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

let url: string;
beforeAll(async () => {
  engine = realEngine();
  url = await serve();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('POST /api/ask answers with the engine contract', () => {
  it('gives 51% from 2.5 升学情况 for the headline question', async () => {
    const res = await ask(url, { question: '新乡中职升学率是多少' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const a = await res.json();
    expect(a).toMatchObject({ found: true, figure: { text: '51%', unit: '%' }, source: { section: '2.5', title: '升学情况' } });
    expect(Object.keys(a).slice(0, CONTRACT_KEYS.length)).toEqual(CONTRACT_KEYS);
    expect(a.highlights).toContain('升学比例');
  });

  it.each(['中职毕业生月收入是多少', '生师比是多少', '招生职普比是多少', '国家助学金的标准是多少'])(
    'copies the figure and its sentence verbatim from the report: %s',
    async (question) => {
      const a = await (await ask(url, { question })).json();
      expect(a.found).toBe(true);
      expect(a.source.paragraph.length).toBeGreaterThan(0);
      expect(a.source.paragraph).toContain(a.figure.text);
      expect(REPORT.replace(/\s+/g, '')).toContain(a.source.paragraph.replace(/\s+/g, ''));
      for (const w of a.highlights) expect(a.source.paragraph).toContain(w);
    },
  );

  it('says plainly when the report does not say, with suggestions', async () => {
    const a = await (await ask(url, { question: '郑州中职升学率是多少' })).json();
    expect(a).toMatchObject({ found: false, figure: null, source: null });
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('answers an empty question with a clear reply, not an error', async () => {
    const res = await ask(url, { question: '' });
    expect(res.status).toBe(200);
    expect((await res.json()).answer).toContain('请输入');
  });

  it('echoes HTML in the question only as escaped JSON text', async () => {
    const question = '<script>alert(1)</script><img src=x onerror=alert(2)>升学率';
    const res = await ask(url, { question });
    const raw = await res.text();
    expect(raw).not.toMatch(/[<>]/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(JSON.parse(raw).question).toBe(question);
  });
});

describe('the other routes', () => {
  it('GET /healthz is ok with the report and index stamp', async () => {
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, report: 'xinxiang-2023', title: engine.meta.title, index: engine.stamp });
  });

  it('GET /api/sections lists the table of contents', async () => {
    const body = await (await fetch(`${url}/api/sections`)).json();
    expect(body.report).toMatchObject({ id: 'xinxiang-2023', issuer: '新乡市教育局', year: 2023 });
    expect(body.sections).toContainEqual({ id: '2.5', title: '升学情况', level: 2 });
    expect(body.sections.length).toBeGreaterThan(30);
  });

  it('GET /api/sections/:id gives that section, and 404 names a missing one', async () => {
    const s = await (await fetch(`${url}/api/sections/2.5`)).json();
    expect(s.text.startsWith('2.5 升学情况')).toBe(true);
    expect(s.text).toContain('升学比例 51%');
    const missing = await fetch(`${url}/api/sections/9.9`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'section_not_found' });
  });

  it('GET /api/alternatives/:ref gives the full answer of an alternative figure', async () => {
    const a = await (await ask(url, { question: '毕业生满意度是多少' })).json();
    const alt = a.alternatives[0];
    expect(alt).toBeDefined();
    const b = await (await fetch(`${url}/api/alternatives/${encodeURIComponent(alt.ref)}`)).json();
    expect(b).toMatchObject({ found: true, figure: { text: alt.text }, source: { section: alt.section } });
    expect((await fetch(`${url}/api/alternatives/nope`)).status).toBe(404);
  });

  it('serves the page with the report name, issuer and year, and its own script and style', async () => {
    const res = await fetch(`${url}/`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('新乡市职业教育质量年度报告（2023 年度）');
    expect(html).toContain('新乡市教育局');
    expect((await fetch(`${url}/static/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${url}/static/app.css`)).headers.get('content-type')).toMatch(/css/);
  });

  it('answers an unknown address with JSON 404', async () => {
    const res = await fetch(`${url}/api/nothing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });
});

describe('limits and refusals are JSON with a reason', () => {
  const big = JSON.stringify({ question: '升'.repeat(2000) });
  it.each([
    ['bad JSON', '{"question": ', 'application/json', 400, 'bad_json'],
    ['text/plain', JSON.stringify({ question: '升学率' }), 'text/plain', 415, 'unsupported_media_type'],
    ['a form', 'question=升学率', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    ['a body over 4 KB', big, 'application/json', 413, 'body_too_large'],
    ['a question over 500 characters', JSON.stringify({ question: '升'.repeat(501) }), 'application/json', 400, 'question_too_long'],
    ['no question field', JSON.stringify({ q: '升学率' }), 'application/json', 400, 'question_missing'],
    ['a number for question', JSON.stringify({ question: 51 }), 'application/json', 400, 'question_not_text'],
    ['a JSON array', JSON.stringify(['升学率']), 'application/json', 400, 'question_missing'],
    ['an empty body', '', 'application/json', 400, 'empty_body'],
  ])('refuses %s', async (_what, body, type, status, code) => {
    const res = await ask(url, body, { 'content-type': type });
    expect(res.status).toBe(status);
    const problem = await res.json();
    expect(problem).toMatchObject({ statusCode: status, code });
    expect(problem.message.length).toBeGreaterThan(5);
  });

  it('accepts a question of exactly 500 characters', async () => {
    expect((await ask(url, { question: '升'.repeat(500) })).status).toBe(200);
  });

  it('limits each address per minute and says when to come back', async () => {
    const limited = await serve({ rateLimitPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask(limited, { question: '升学率' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await ask(limited, { question: '升学率' });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject({ code: 'rate_limited' });
    expect((await fetch(`${limited}/`)).status).toBe(200); // the page itself is not limited
  });

  it('sends a strict Content-Security-Policy and no inline script or outside resource', async () => {
    const res = await fetch(`${url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=|\sstyle=/);
    const assets = html + (await (await fetch(`${url}/static/app.js`)).text()) + (await (await fetch(`${url}/static/app.css`)).text());
    expect(assets).not.toMatch(/https?:\/\//);
  });

  it('sends no CORS headers unless CORS_ORIGIN is set', async () => {
    const origin = 'https://inquiry.example.org';
    const pre = { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } };
    expect((await fetch(`${url}/api/ask`, pre)).headers.get('access-control-allow-origin')).toBeNull();
    const open = await serve({ corsOrigin: origin });
    expect((await fetch(`${open}/api/ask`, pre)).headers.get('access-control-allow-origin')).toBe(origin);
    const other = await fetch(`${open}/api/ask`, { ...pre, headers: { ...pre.headers, origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('failures and shutdown', () => {
  it('turns an engine failure into a JSON 500 and keeps serving', async () => {
    const broken: Engine = { ...engine, answer: (q) => (q === 'boom' ? (() => { throw new Error('kaputt'); })() : engine.answer(q)) };
    const u = await serve({}, broken);
    const res = await ask(u, { question: 'boom' });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toMatchObject({ code: 'internal' });
    expect(JSON.stringify(body)).not.toContain('kaputt');
    expect((await ask(u, { question: '升学率是多少' })).status).toBe(200);
  });

  it('finishes a request in flight when closed', async () => {
    const app = await buildServer(engine, base);
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    app.addHook('preHandler', async () => {
      entered();
      await new Promise((r) => setTimeout(r, 300));
    });
    const u = await app.listen({ host: '127.0.0.1', port: 0 });
    const pending = ask(u, { question: '新乡中职升学率是多少' });
    await inside;
    const closing = app.close();
    const res = await pending;
    expect(res.status).toBe(200);
    expect((await res.json()).figure.text).toBe('51%');
    await closing;
    await expect(ask(u, { question: '升学率' })).rejects.toThrow();
  });
});
