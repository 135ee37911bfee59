import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/web/server.ts';
import { ROOT, realEngine } from './helpers.ts';

/**
 * The chat page in a real browser: Debian's chromium (installed by .ci/run) driven by playwright-core, on a
 * 390×844 phone screen. Without chromium the test is skipped with one line on a developer's machine, and
 * fails in CI (CI=true), which must prove the page.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const HAVE_BROWSER = existsSync(CHROMIUM);
const IN_CI = Boolean(process.env['CI']);
/**
 * How long to wait for the page to show what it should: a wait, not a speed check — with every test file running on
 * two cores, an answer's round trip through the browser can take longer than expect.poll's one-second default.
 */
const SHOWN = { timeout: 15_000 } as const;
const SHOTS = `${ROOT}test-output/`;
const PHONE = { width: 390, height: 844 };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

if (!HAVE_BROWSER && !IN_CI) console.warn(`web page test skipped: no browser at ${CHROMIUM}; install it with: apt-get install -y chromium fonts-noto-cjk`);

let app: FastifyInstance;
let url: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!HAVE_BROWSER) throw new Error(`web page test: no browser at ${CHROMIUM}; install it with: apt-get install -y chromium fonts-noto-cjk`);
  app = await buildServer(realEngine(), { rateLimitPerMinute: 0, corsOrigin: '', logLevel: 'silent', trustProxy: false });
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${url}/`);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const answers = (p: Page = page) => p.locator('#log .bubble.a');
const lastAnswer = (p: Page = page) => answers(p).last();

/** Types a question, sends it with Enter and waits for its answer. */
async function askTyped(question: string, p: Page = page): Promise<Locator> {
  const before = await answers(p).count();
  await p.getByLabel('你的问题').fill(question);
  await p.keyboard.press('Enter');
  await expect.poll(() => answers(p).count(), SHOWN).toBe(before + 1);
  return lastAnswer(p);
}

/**
 * Whether the element is what the screen actually shows at its top and bottom edges: not hidden under the
 * sticky header or the docked input bar, and inside the window.
 */
const onTop = (loc: Locator) =>
  loc.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const x = r.left + Math.min(8, r.width / 2);
    return [r.top + 2, r.bottom - 2].every((y) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === node || node.contains(hit));
    });
  });

/** The answer's top stands just below the header, and its figure, label and 来源 are in sight above the bar. */
async function expectInSight(answer: Locator): Promise<void> {
  const headerBottom = (await page.locator('header').boundingBox())!.height;
  const top = await answer.evaluate((n) => n.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(headerBottom);
  expect(await answer.evaluate((n) => {
    const r = n.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 8, r.top + 4);
    return hit !== null && n.contains(hit);
  })).toBe(true);
  for (const part of ['.figure', '.label', '.source']) {
    const loc = answer.locator(part);
    if ((await loc.count()) > 0) expect(await onTop(loc), `${part} of the answer is covered or off screen`).toBe(true);
  }
}

describe.skipIf(!HAVE_BROWSER && !IN_CI)('the chat page in chromium on a phone', () => {
  it('shows a one-line short title with the year and issuer on a phone, the full title on a wide screen', async () => {
    const header = page.locator('header');
    expect(await header.innerText()).toContain('新乡市职业教育质量年度报告 · 问答');
    expect(await header.innerText()).toContain('2023 年度');
    expect(await header.innerText()).toContain('新乡市教育局');
    const h1 = page.locator('header h1');
    // One line, and nothing cut off: the whole short title is shown, not wrapped mid-word.
    const lines = await h1.evaluate((n) => Math.round(n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight)));
    expect(lines).toBe(1);
    expect(await h1.evaluate((n) => n.scrollWidth <= n.clientWidth)).toBe(true);
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(70);
    await page.setViewportSize({ width: 1024, height: 800 });
    expect(await header.innerText()).toContain('新乡市职业教育质量年度报告（2023 年度）');
    expect(await h1.evaluate((n) => n.scrollWidth <= n.clientWidth)).toBe(true);
    await page.setViewportSize(PHONE);
    expect(await page.getByLabel('你的问题').count()).toBe(1);
  });

  it('answers 新乡中职升学率是多少 with 51% large, the sentence highlighted and 来源 2.5, all in sight', async () => {
    const a = await askTyped('新乡中职升学率是多少');
    expect(await a.locator('.figure').innerText()).toBe('51%');
    expect(await a.locator('mark').allInnerTexts()).toContain('升学比例');
    expect(await a.locator('.source').innerText()).toBe('来源：2.5 升学情况');
    await expectInSight(a);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
  });

  it('brings the second answer’s top below the header, figure, label and 来源 above the bar', async () => {
    const a = await askTyped('毕业生满意度是多少');
    await expectInSight(a);
    mkdirSync(SHOTS, { recursive: true });
    // What a phone shows after two questions; docs/phone-two-questions.png is a copy of it.
    await page.screenshot({ path: `${SHOTS}phone-two-questions.png` });
  });

  it('opens the section from 来源 in a dialog, and Escape returns focus', async () => {
    await lastAnswer().locator('.source').click();
    const dialog = page.locator('dialog#reader');
    await expect.poll(() => dialog.isVisible(), SHOWN).toBe(true);
    expect(await dialog.locator('h2').innerText()).toMatch(/^2\.3 /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), SHOWN).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('source');
  });

  it('shows another figure when an alternative is chosen from the keyboard, and moves focus to it', async () => {
    const alt = lastAnswer().locator('.choices button.alt').first();
    expect(await lastAnswer().getByRole('group', { name: '其他可能的数字' }).count()).toBe(1);
    const label = await alt.innerText();
    await alt.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => answers().count(), SHOWN).toBe(3);
    const figure = await lastAnswer().locator('.figure').innerText();
    expect(label.startsWith(figure)).toBe(true);
    expect(await lastAnswer().evaluate((n) => n === document.activeElement)).toBe(true);
    await expectInSight(lastAnswer());
  });

  it('reads the contents and a section with the keyboard alone, and returns to the 目录 button', async () => {
    await page.locator('#toc').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog#reader');
    await expect.poll(() => dialog.locator('h2').innerText(), SHOWN).toBe('目录');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader-title');
    // Tab moves through the dialog's buttons to a section, never out of the dialog.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const [inside, text] = await page.evaluate(() => [Boolean(document.activeElement?.closest('dialog')), document.activeElement?.textContent ?? '']);
      expect(inside).toBe(true);
      if (text.startsWith('2.5 ')) break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.locator('h2').innerText(), SHOWN).toBe('2.5 升学情况');
    expect(await dialog.innerText()).toContain('升学比例 51%');
    await dialog.getByRole('button', { name: '返回目录' }).press('Enter');
    await expect.poll(() => dialog.locator('h2').innerText(), SHOWN).toBe('目录');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), SHOWN).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('toc');
  });

  it('asks an example chip from the keyboard alone', async () => {
    const chip = page.locator('.dock .chip').first();
    const q = await chip.innerText();
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => answers().count(), SHOWN).toBe(4);
    expect(await page.locator('#log .bubble.q').last().innerText()).toContain(q);
    await expectInSight(lastAnswer());
  });

  it('cuts a long passage to a few lines so 来源 stays in sight, with a button that shows the rest', async () => {
    const a = await askTyped('新乡职业教育现在主要有哪些短板和问题？');
    const quote = a.locator('.quote');
    await expectInSight(a);
    const more = a.getByRole('button', { name: '展开原文' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const cut = (await quote.boundingBox())!.height;
    await more.press('Enter');
    expect(await a.locator('.more').getAttribute('aria-expanded')).toBe('true');
    expect((await quote.boundingBox())!.height).toBeGreaterThan(cut);
  });

  it('says so, with suggestions as buttons, when the report does not say', async () => {
    const a = await askTyped('郑州中职升学率是多少');
    expect(await a.locator('.figure').count()).toBe(0);
    expect(await a.locator('.choices .chip').count()).toBeGreaterThan(0);
  });

  it('shows HTML typed into the box as text and never runs it', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">升学率';
    await askTyped(evil);
    expect(await page.locator('#log .bubble.q').last().innerText()).toContain(evil);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('keeps the whole conversation on the page and raised no script or CSP error', async () => {
    expect(await page.locator('#log .bubble.q').count()).toBe(7);
    expect(problems, problems.join('\n')).toEqual([]);
    // The report's name stays on screen however long the conversation grows.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await page.locator('header').boundingBox();
    expect(box && box.y >= 0 && box.y < 5).toBe(true);
  });

  it('has no serious or critical accessibility violations (axe-core), with answers and with the dialog open', async () => {
    // axe is injected as an inline script, which the page's CSP rightly forbids: a context that bypasses it.
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', bypassCSP: true });
    const p = await context.newPage();
    await p.goto(`${url}/`);
    await askTyped('毕业生满意度是多少', p);
    await askTyped('郑州中职升学率是多少', p);
    await p.addScriptTag({ content: AXE });
    const audit = () =>
      p.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    expect(await audit()).toEqual([]);
    await p.locator('#toc').click();
    await expect.poll(() => p.locator('dialog#reader').isVisible(), SHOWN).toBe(true);
    expect(await audit()).toEqual([]);
    await context.close();
  });

  it('says clearly when the server is down', async () => {
    await app.close();
    await page.getByLabel('你的问题').fill('生师比是多少');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#log .bubble.error').count(), SHOWN).toBe(1);
    expect(await page.locator('#log .bubble.error').innerText()).toContain('无法连接服务器');
    expect(await page.locator('#log .bubble.error').getAttribute('role')).toBe('alert');
  });
});
