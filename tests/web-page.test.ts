import { existsSync, mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/web/server.ts';
import { ROOT, realEngine } from './helpers.ts';

/**
 * The chat page in a real browser: Debian's chromium (installed by .ci/run) driven by playwright-core.
 * Missing chromium fails the test rather than skipping it: CI must prove the page.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const SHOTS = `${ROOT}test-output/`;

let app: FastifyInstance;
let url: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`web page test: no browser at ${CHROMIUM}; install it with: apt-get install -y chromium`);
  app = await buildServer(realEngine(), { rateLimitPerMinute: 0, corsOrigin: '', logLevel: 'silent', trustProxy: false });
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${url}/`);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const lastAnswer = () => page.locator('#log .bubble.a').last();

describe('the chat page in chromium', () => {
  it('shows the report name, issuer and year before any question', async () => {
    const header = await page.locator('header').innerText();
    expect(header).toContain('新乡市职业教育质量年度报告（2023 年度）');
    expect(header).toContain('新乡市教育局');
    expect(header).toContain('2023');
    expect(await page.getByLabel('你的问题').count()).toBe(1);
  });

  it('answers 新乡中职升学率是多少 with 51% large, the sentence highlighted and 来源 2.5', async () => {
    await page.getByLabel('你的问题').fill('新乡中职升学率是多少');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#log .bubble.a').count()).toBe(1);
    const a = lastAnswer();
    expect(await a.locator('.figure').innerText()).toBe('51%');
    expect(await a.locator('mark').allInnerTexts()).toContain('升学比例');
    expect(await a.locator('.source').innerText()).toBe('来源：2.5 升学情况');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}chat-page.png`, fullPage: true });
  });

  it('opens the section from 来源 in a dialog, and Escape returns focus', async () => {
    await lastAnswer().locator('.source').click();
    const dialog = page.locator('dialog#reader');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('h2').innerText()).toBe('2.5 升学情况');
    expect(await dialog.innerText()).toContain('升学比例 51%');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('source');
  });

  it('shows another figure when an alternative is pressed', async () => {
    await page.getByLabel('你的问题').fill('毕业生满意度是多少');
    await page.getByRole('button', { name: '提问' }).click();
    await expect.poll(() => page.locator('#log .bubble.a').count()).toBe(2);
    const alt = lastAnswer().locator('button.alt').first();
    const label = await alt.innerText();
    await alt.click();
    await expect.poll(() => page.locator('#log .bubble.a').count()).toBe(3);
    const figure = await lastAnswer().locator('.figure').innerText();
    expect(label.startsWith(figure)).toBe(true);
  });

  it('asks an example chip from the keyboard alone', async () => {
    const chip = page.locator('.dock .chip').first();
    const q = await chip.innerText();
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#log .bubble.a').count()).toBe(4);
    expect(await page.locator('#log .bubble.q').last().innerText()).toContain(q);
  });

  it('says so, with suggestions as buttons, when the report does not say', async () => {
    await page.getByLabel('你的问题').fill('郑州中职升学率是多少');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#log .bubble.a').count()).toBe(5);
    expect(await lastAnswer().locator('.figure').count()).toBe(0);
    expect(await lastAnswer().locator('.choices .chip').count()).toBeGreaterThan(0);
  });

  it('shows HTML typed into the box as text and never runs it', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">升学率';
    await page.getByLabel('你的问题').fill(evil);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#log .bubble.a').count()).toBe(6);
    expect(await page.locator('#log .bubble.q').last().innerText()).toContain(evil);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('keeps the whole conversation on the page and raised no script or CSP error', async () => {
    expect(await page.locator('#log .bubble.q').count()).toBe(6);
    expect(problems, problems.join('\n')).toEqual([]);
    // The report's name stays on screen however long the conversation grows.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await page.locator('header').boundingBox();
    expect(box && box.y >= 0 && box.y < 5).toBe(true);
  });

  it('says clearly when the server is down', async () => {
    await app.close();
    await page.getByLabel('你的问题').fill('生师比是多少');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#log .bubble.error').count()).toBe(1);
    expect(await page.locator('#log .bubble.error').innerText()).toContain('无法连接服务器');
    expect(await page.locator('#log .bubble.error').getAttribute('role')).toBe('alert');
  });
});
