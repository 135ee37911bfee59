import { createHash } from 'node:crypto';

/** One JSON object a line; secrets (the bot token) are replaced wherever they would appear. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  debug(event: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'silent' | 'info' | 'debug';

export function createLogger(level: LogLevel, secrets: readonly string[] = [], write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const hidden = secrets.filter((s) => s.length >= 8);
  const redact = (s: string): string => hidden.reduce((acc, secret) => acc.split(secret).join('<redacted>'), s);
  const emit = (lvl: string, event: string, fields: Record<string, unknown> = {}): void => {
    const plain = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v instanceof Error ? `${v.name}: ${v.message}` : v]));
    write(`${redact(JSON.stringify({ time: new Date().toISOString(), level: lvl, event, ...plain }))}\n`);
  };
  return {
    info: (e, f) => level !== 'silent' && emit('info', e, f),
    error: (e, f) => level !== 'silent' && emit('error', e, f),
    debug: (e, f) => level === 'debug' && emit('debug', e, f),
  };
}

/** A user id that can be counted in logs but not traced back without the salt. */
export function hashId(id: number | string, salt: string): string {
  return createHash('sha256').update(`${salt}:${id}`).digest('hex').slice(0, 12);
}
