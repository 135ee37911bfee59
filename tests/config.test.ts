import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { ConfigError } from '../src/errors.ts';
import { ROOT } from './helpers.ts';

describe('configuration', () => {
  it('runs with no environment at all, on loopback port 3000', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, rateLimitPerMinute: 60, botToken: '', corsOrigin: '', staleIndex: 'rebuild' });
  });

  it('.env.example lists every variable the code reads', () => {
    const read = [...readFileSync(`${ROOT}src/config.ts`, 'utf8').matchAll(/env(?:\[|, )'([A-Z_]+)'/g)].map((m) => m[1]);
    const listed = [...readFileSync(`${ROOT}.env.example`, 'utf8').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(10);
    expect(new Set(listed)).toEqual(new Set(read));
  });

  it.each([
    ['PORT', 'abc', /PORT must be a whole number/],
    ['PORT', '70000', /PORT must be a whole number from 0 to 65535/],
    ['STALE_INDEX', 'maybe', /STALE_INDEX must be one of rebuild, refuse/],
    ['RATE_LIMIT_PER_MINUTE', '-1', /RATE_LIMIT_PER_MINUTE/],
    ['WEBHOOK_URL', 'http://insecure.example', /WEBHOOK_URL must start with https/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of/],
  ])('names %s when it is %s', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => readConfig({ [name]: value })).toThrow(message);
  });

  it('wants a secret with a webhook', () => {
    expect(() => readConfig({ WEBHOOK_URL: 'https://bot.example.org/hook' })).toThrow(/WEBHOOK_SECRET is required/);
  });
});
