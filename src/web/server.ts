import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest, LogController } from 'fastify';
import { toWebAnswer } from '../answer/contract.ts';
import type { Config } from '../config.ts';
import type { Engine } from '../engine.ts';
import { RequestError } from '../errors.ts';
import { renderPage } from './page.ts';
import { LIMITS, questionOf, reportOf, toProblem } from './problems.ts';

const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));
const TEMPLATE = readFileSync(fileURLToPath(new URL('./page.html', import.meta.url)), 'utf8');

export type WebConfig = Pick<Config, 'rateLimitPerMinute' | 'corsOrigin' | 'logLevel' | 'trustProxy'>;

/** A route another channel mounts on the same server (the Telegram webhook). */
export interface ExtraRoute {
  readonly path: string;
  readonly handler: (request: FastifyRequest, body: unknown) => Promise<{ status: number; body?: unknown }>;
}

/**
 * The public inquiry service: the chat page and the JSON API over one engine. Built, not started, so tests
 * and `main` choose where it listens.
 */
export async function buildServer(engine: Engine, config: WebConfig, extra: readonly ExtraRoute[] = []): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: LIMITS.bodyBytes,
    trustProxy: config.trustProxy,
    // One line per question (below) is enough; Fastify's two per request would double the log.
    logController: new LogController({ disableRequestLogging: true }),
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
  });
  // `<`, `>` and `&` leave as \u escapes, so user text echoed in JSON can never be read as markup.
  app.setReplySerializer((payload) => JSON.stringify(payload).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  // JSON only: Fastify also parses text/plain unless told not to.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  if (config.corsOrigin) {
    await app.register(cors, { origin: config.corsOrigin.split(',').map((o) => o.trim()), methods: ['GET', 'POST'] });
  }
  const limited = config.rateLimitPerMinute > 0;
  if (limited) await app.register(rateLimit, { global: false });
  const rate = limited ? { rateLimit: { max: config.rateLimitPerMinute, timeWindow: 60_000 } } : {};

  await app.register(fastifyStatic, { root: PUBLIC, prefix: '/static/', index: false, maxAge: 3_600_000 });

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error as Error);
    if (problem.statusCode >= 500) request.log.error({ err: error, url: request.url }, 'request failed');
    return reply.status(problem.statusCode).send(problem);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ statusCode: 404, code: 'not_found', message: `没有这个地址：${request.method} ${request.url.slice(0, 100)}` }),
  );

  // Shutting down: answers still in flight go out with `Connection: close`, so a browser's keep-alive
  // socket cannot hold the process open after the last reply.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  const page = renderPage(TEMPLATE, engine.meta, engine.examples());
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));

  app.get('/healthz', async () => ({ ok: true, report: engine.meta.id, title: engine.meta.title, index: engine.stamp }));

  app.post('/api/ask', { config: rate }, async (request) => {
    const question = questionOf(request.body);
    const report = reportOf(request.body, engine.reports().map((r) => r.id));
    const started = performance.now();
    const a = engine.answer(question, report);
    request.log.info({ found: a.found, section: a.source?.section ?? null, ms: +(performance.now() - started).toFixed(2) }, 'ask');
    return toWebAnswer(a);
  });

  app.get('/api/alternatives/:ref', { config: rate }, async (request) => {
    const { ref } = request.params as { ref: string };
    const a = engine.explain(ref);
    if (!a) throw new RequestError(404, 'alternative_not_found', `没有编号为 ${ref.slice(0, 40)} 的数字。`);
    return toWebAnswer(a);
  });

  app.get('/api/reports', { config: rate }, async () => ({ reports: engine.reports() }));

  app.get('/api/sections', { config: rate }, async () => ({
    report: { id: engine.meta.id, title: engine.meta.title, issuer: engine.meta.issuer, year: engine.meta.yearCovered },
    sections: engine.sections(),
  }));

  app.get('/api/sections/:id', { config: rate }, async (request) => {
    const { id } = request.params as { id: string };
    const s = engine.section(id);
    if (!s) throw new RequestError(404, 'section_not_found', `报告没有第 ${id.slice(0, 20)} 节；目录见 GET /api/sections。`);
    return s;
  });

  for (const route of extra) {
    app.post(route.path, async (request, reply) => {
      const { status, body } = await route.handler(request, request.body);
      return reply.status(status).send(body ?? '');
    });
  }
  return app;
}
