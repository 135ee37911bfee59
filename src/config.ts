import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.ts';

/** Every setting, read once from the environment (after dotenv), typed and checked. */
export interface Config {
  readonly corpusDir: string;
  readonly indexDir: string;
  /** Which report answers: its metadata `id`; empty means the one marked default (or the only one). */
  readonly reportId: string;
  /** What to do with a stale index: rebuild it in the process, or refuse and name the command. */
  readonly staleIndex: 'rebuild' | 'refuse';
  /** How many distinct questions' answers to keep in memory (0 = none). */
  readonly answerCacheSize: number;
  readonly host: string;
  readonly port: number;
  readonly rateLimitPerMinute: number;
  readonly corsOrigin: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for the per-IP limit). */
  readonly trustProxy: boolean;
  readonly botToken: string;
  readonly webhookUrl: string;
  readonly webhookSecret: string;
  readonly telegramApiRoot: string;
  readonly userRateLimitPerMinute: number;
  readonly logLevel: 'silent' | 'info' | 'debug';
  /** Lasting state (the bot's inbox, outbox and reply ids): SQLite files in this folder, created on start. */
  readonly dataDir: string;
  /** A reply Telegram has not taken after this long (floods, outages) is given up, with a log line. */
  readonly telegramGiveUpMs: number;
  /** A request whose headers and body have not all arrived by then is refused with 408. */
  readonly requestTimeoutMs: number;
  /** Open connections one address may hold; past that a new one is refused with 503. 0 = no cap. */
  readonly connectionsPerAddress: number;
  /** SIGTERM/SIGINT: requests in flight get this long, then every connection is closed and the process exits. */
  readonly shutdownTimeoutMs: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const webhookUrl = env['WEBHOOK_URL'] ?? '';
  const webhookSecret = env['WEBHOOK_SECRET'] ?? '';
  if (webhookUrl && !/^https:\/\//.test(webhookUrl)) throw new ConfigError('WEBHOOK_URL', `must start with https://, got "${webhookUrl}"`);
  if (webhookUrl && !webhookSecret) throw new ConfigError('WEBHOOK_SECRET', 'is required when WEBHOOK_URL is set');
  return {
    corpusDir: env['CORPUS_DIR'] || `${ROOT}corpus`,
    indexDir: env['INDEX_DIR'] || `${ROOT}index`,
    reportId: env['REPORT_ID'] ?? '',
    staleIndex: oneOf(env, 'STALE_INDEX', ['rebuild', 'refuse'] as const, 'rebuild'),
    answerCacheSize: int(env, 'ANSWER_CACHE_SIZE', 1000, 0, 1_000_000),
    host: env['HOST'] || '127.0.0.1',
    port: int(env, 'PORT', 3000, 0, 65535),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 60, 0, 1_000_000),
    corsOrigin: env['CORS_ORIGIN'] ?? '',
    trustProxy: oneOf(env, 'TRUST_PROXY', ['0', '1'] as const, '0') === '1',
    botToken: env['BOT_TOKEN'] ?? '',
    webhookUrl,
    webhookSecret,
    telegramApiRoot: env['TELEGRAM_API_ROOT'] || 'https://api.telegram.org',
    userRateLimitPerMinute: int(env, 'USER_RATE_LIMIT_PER_MINUTE', 20, 1, 10_000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['silent', 'info', 'debug'] as const, 'info'),
    dataDir: env['DATA_DIR'] || `${ROOT}data`,
    telegramGiveUpMs: int(env, 'TELEGRAM_GIVE_UP_HOURS', 24, 1, 24 * 30) * 3_600_000,
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_SECONDS', 10, 1, 600) * 1000,
    connectionsPerAddress: int(env, 'CONNECTIONS_PER_ADDRESS', 32, 0, 100_000),
    shutdownTimeoutMs: int(env, 'SHUTDOWN_TIMEOUT_SECONDS', 5, 1, 60) * 1000,
  };
}
