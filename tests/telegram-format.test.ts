import { describe, expect, it } from 'vitest';
import { Buttons, CALLBACK_LIMIT } from '../src/telegram/buttons.ts';
import { escapeHtml, TELEGRAM_LIMIT, toMessages } from '../src/telegram/html.ts';
import { UserLimiter } from '../src/telegram/limiter.ts';
import { answerMessage } from '../src/telegram/messages.ts';
import { realEngine } from './helpers.ts';

const balanced = (html: string) => {
  const opens = html.match(/<(b|i|blockquote|code)>/g) ?? [];
  const closes = html.match(/<\/(b|i|blockquote|code)>/g) ?? [];
  return opens.length === closes.length;
};

describe('Telegram HTML', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['A & B', 'A &amp; B'],
    ['1 < 2 > 0', '1 &lt; 2 &gt; 0'],
    ['“双师型”', '“双师型”'],
  ])('escapes %s', (raw, html) => expect(escapeHtml(raw)).toBe(html));

  it('keeps short blocks in one message, joined by lines', () => {
    expect(toMessages([{ text: '51%', tag: 'b' }, { text: '升学比例' }])).toEqual(['<b>51%</b>\n升学比例']);
  });

  it('splits between blocks, never inside a tag, each message within the limit', () => {
    const para = '全市中等职业学校毕业生中，升学 6262 人。'.repeat(40);
    const blocks = Array.from({ length: 12 }, (_, i) => ({ text: `${i}${para}`, ...(i % 2 ? { tag: 'blockquote' as const } : {}) }));
    const messages = toMessages(blocks);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
      expect(balanced(m)).toBe(true);
    }
    expect(messages.join('\n').replace(/<\/?blockquote>/g, '')).toBe(blocks.map((b) => b.text).join('\n'));
  });

  it('cuts one block longer than a message at sentence ends and wraps each piece in its tag', () => {
    const long = '生均校舍建筑面积达标。'.repeat(800); // 8,800 characters
    const messages = toMessages([{ text: long, tag: 'blockquote' }]);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const m of messages) {
      expect(m.startsWith('<blockquote>') && m.endsWith('</blockquote>')).toBe(true);
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
      expect(m.endsWith('。</blockquote>')).toBe(true);
    }
  });

  it('counts escaped characters against the limit', () => {
    const messages = toMessages([{ text: '<&>'.repeat(3000) }]);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
    expect(messages.join('')).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('starts a new message at a subsection heading', () => {
    expect(toMessages([{ text: '3 章' }, { text: '3.1 节', tag: 'b', breakBefore: true }])).toEqual(['3 章', '<b>3.1 节</b>']);
  });
});

let engine: ReturnType<typeof realEngine> | undefined;

describe('buttons', () => {
  it('keeps every callback within 64 bytes, storing long questions by id', () => {
    const b = new Buttons();
    const q = '2022-2023 学年全市中等职业学校“双师型”教师占专任教师的比例是多少？'.repeat(2);
    const button = b.ask(q);
    expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(CALLBACK_LIMIT);
    expect(b.read(button.callback_data)).toEqual({ kind: 'ask', question: q });
    expect(b.read('ask:zzz')).toEqual({ kind: 'expired' });
    expect(b.alternative('x'.repeat(70), 'too long')).toBeNull();
  });

  it('forgets the oldest question past its capacity', () => {
    const b = new Buttons(2);
    const first = b.ask('一');
    b.ask('二');
    b.ask('三');
    expect(b.read(first.callback_data)).toEqual({ kind: 'expired' });
  });

  it.each(['新乡中职升学率是多少', '毕业生满意度是多少', '郑州中职升学率是多少', '哪些专业是省级示范专业点'])(
    'the answer to %s leads with the figure, quotes its source and fits its buttons',
    (question) => {
      engine ??= realEngine(0);
      const a = engine.answer(question);
      const out = answerMessage(a, new Buttons());
      for (const row of out.buttons) for (const b of row) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
      const [first] = toMessages(out.blocks);
      if (a.figure) expect(first!.startsWith(`<b>${escapeHtml(a.figure.text)}</b>`)).toBe(true);
      if (a.source) expect(first).toContain(`来源：${a.source.section} ${a.source.title}`);
    },
  );
});

describe('a clarifying question', () => {
  it('offers each reading as a button that brings its figure, and says nothing is answered yet', () => {
    engine ??= realEngine(0);
    const a = engine.answer('获嘉职专毕业生头一份工作能挣多少');
    expect(a.found).toBe(false);
    expect(a.clarify?.length).toBe(2);
    const b = new Buttons();
    const out = answerMessage(a, b);
    const readings = out.buttons.flat().map((x) => b.read(x.callback_data)).filter((r) => r.kind === 'alt');
    expect(readings).toHaveLength(2);
    for (const [i, r] of readings.entries()) {
      if (r.kind !== 'alt') continue;
      expect(engine.explain(r.ref)?.figure?.text).toBe(a.clarify![i]!.text);
    }
    expect(toMessages(out.blocks).join('\n')).toContain('您问的是');
  });
});

describe('per-user limit', () => {
  it('allows the rate per sliding minute, per user', () => {
    let now = 0;
    const l = new UserLimiter(2, () => now);
    expect([l.take('a'), l.take('a'), l.take('a'), l.take('b')]).toEqual([true, true, false, true]);
    now = 60_001;
    expect(l.take('a')).toBe(true);
  });
});
