import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { toWebAnswer } from '../answer/contract.ts';
import type { Config } from '../config.ts';
import type { Engine } from '../engine.ts';
import { RequestError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import { renderPage } from './page.ts';
import { LIMITS, questionOf, reportOf, toProblem } from './problems.ts';
import { capConnections, clientErrorProblem, writeProblem } from './sockets.ts';

const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));
const TEMPLATE = readFileSync(fileURLToPath(new URL('./page.html', import.meta.url)), 'utf8');

export type WebConfig = Pick<Config, 'rateLimitPerMinute' | 'corsOrigin' | 'logLevel' | 'trustProxy'> &
  Partial<Pick<Config, 'requestTimeoutMs' | 'connectionsPerAddress'>>;

/** What the server reports beside answering: readiness of the other parts (the bot) and the metrics. */
export interface ServerParts {
  readonly metrics?: Metrics;
  /** Why a part is not ready yet (null = ready). */
  readonly notReady?: () => string | null;
}

/** Idle keep-alive sockets are closed after this; a request must arrive whole within `requestTimeoutMs`. */
const KEEP_ALIVE_MS = 5000;

/** A route another channel mounts on the same server (the Telegram webhook). */
export interface ExtraRoute {
  readonly path: string;
  readonly handler: (request: FastifyRequest, body: unknown) => Promise<{ status: number; body?: unknown }>;
}

/**
 * The public inquiry service: the chat page and the JSON API over one engine. Built, not started, so tests
 * and `main` choose where it listens.
 */
export async function buildServer(engine: Engine, config: WebConfig, extra: readonly ExtraRoute[] = [], parts: ServerParts = {}): Promise<FastifyInstance> {
  const requestTimeout = config.requestTimeoutMs ?? 10_000;
  const app = Fastify({
    bodyLimit: LIMITS.bodyBytes,
    // Headers and body within the timeout, else 408 (checked every second, not Node's default 30 s).
    requestTimeout,
    keepAliveTimeout: KEEP_ALIVE_MS,
    connectionTimeout: requestTimeout * 2,
    http: { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: 1000 },
    // What Node's parser and Fastify's router refuse themselves, in the same JSON shape as everything else.
    clientErrorHandler: (error, socket) => {
      if ((error as { code?: string }).code === 'ECONNRESET' || socket.destroyed) return;
      writeProblem(socket, clientErrorProblem(error as { code?: string }));
    },
    frameworkErrors: (error, _request, reply) => {
      const problem = toProblem(error);
      void (reply as FastifyReply).status(problem.statusCode).header('cache-control', 'no-store').send(problem);
    },
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
  // Behind a proxy every connection comes from the proxy, so the cap per client address is the proxy's to keep.
  capConnections(app.server, config.trustProxy ? 0 : (config.connectionsPerAddress ?? 0));
  // One limit per address across every /api route (not one per route).
  if (config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, { global: false });
    const limit = app.rateLimit({ max: config.rateLimitPerMinute, timeWindow: 60_000 });
    app.addHook('onRequest', async function (request, reply) {
      if (request.url.startsWith('/api/')) await limit.call(this, request, reply);
    });
  }

  await app.register(fastifyStatic, { root: PUBLIC, prefix: '/static/', index: false, maxAge: 3_600_000 });

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error as Error);
    if (problem.statusCode >= 500) request.log.error({ err: error, url: request.url }, 'request failed');
    return reply.status(problem.statusCode).send(problem);
  });
  // The address asked for is not repeated back: a refusal never echoes the request.
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ statusCode: 404, code: 'not_found', message: '没有这个地址：页面在 /，接口见 /api/…' }));

  // Shutting down: answers still in flight go out with `Connection: close`, so a browser's keep-alive
  // socket cannot hold the process open after the last reply.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    if (closing) reply.header('connection', 'close');
    // Answers and refusals of the API and the health routes are never cached (the page and static files may be).
    if (!request.url.startsWith('/static/') && request.url !== '/') reply.header('cache-control', 'no-store');
  });

  const page = renderPage(TEMPLATE, engine.meta, engine.examples());
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));

  // Liveness: the process answers. Readiness: the engine is loaded (it is, once this server exists) and every
  // other part (the bot, when BOT_TOKEN is set) is connected; otherwise 503 with the reasons.
  app.get('/healthz', async () => ({ ok: true, report: engine.meta.id, title: engine.meta.title, index: engine.stamp }));
  app.get('/readyz', async (_request, reply) => {
    const why = parts.notReady?.() ?? null;
    const body = { ready: why === null, engine: { loaded: true, index: engine.stamp }, ...(why === null ? {} : { reasons: [why] }) };
    return reply.status(why === null ? 200 : 503).send(body);
  });
  if (parts.metrics) {
    const metrics = parts.metrics;
    app.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.text()));
  }

  app.post('/api/ask', async (request) => {
    const question = questionOf(request.body);
    const report = reportOf(request.body, engine.reports().map((r) => r.id));
    const started = performance.now();
    const a = engine.answer(question, report);
    const ms = performance.now() - started;
    parts.metrics?.answered('web', a.found, ms / 1000);
    request.log.info({ found: a.found, section: a.source?.section ?? null, ms: +ms.toFixed(2) }, 'ask');
    return toWebAnswer(a);
  });

  app.get('/api/alternatives/:ref', async (request) => {
    const { ref } = request.params as { ref: string };
    const a = engine.explain(ref);
    if (!a) throw new RequestError(404, 'alternative_not_found', `没有编号为 ${ref.slice(0, 40)} 的数字。`);
    return toWebAnswer(a);
  });

  app.get('/api/reports', async () => ({ reports: engine.reports() }));

  app.get('/api/sections', async () => ({
    report: { id: engine.meta.id, title: engine.meta.title, issuer: engine.meta.issuer, year: engine.meta.yearCovered },
    sections: engine.sections(),
  }));

  app.get('/api/sections/:id', async (request) => {
    const { id } = request.params as { id: string };
    const s = engine.section(id);
    if (!s) throw new RequestError(404, 'section_not_found', `报告没有第 ${id.slice(0, 20)} 节；目录见 GET /api/sections。`);
    return s;
  });

  for (const route of extra) {
    // A Telegram update can be far larger than a question (a long message with its entities).
    app.post(route.path, { bodyLimit: 1_048_576 }, async (request, reply) => {
      const { status, body } = await route.handler(request, request.body);
      return reply.status(status).send(body ?? '');
    });
  }
  return app;
}
