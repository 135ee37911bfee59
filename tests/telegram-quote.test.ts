import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.ts';
import { createLogger } from '../src/log.ts';
import { Buttons } from '../src/telegram/buttons.ts';
import { DEFAULT_DELIVERY } from '../src/telegram/delivery.ts';
import { figureExcerpt, PASSAGE_SENTENCES, passageExcerpt, sentences } from '../src/telegram/excerpt.ts';
import { answerMessage, quoteOf } from '../src/telegram/messages.ts';
import { startTelegram, type TelegramRuntime } from '../src/telegram/run.ts';
import { BotApiStub, privateChat, textMessage, user } from './bot-api-stub.ts';
import { realEngine, ROOT, tempDataDir } from './helpers.ts';

/** Telegram replies quote the sentence holding the figure, or a few sentences of a passage; the whole paragraph is a button away. */

describe('sentences and excerpts', () => {
  it('cuts at sentence ends, keeping a closing quote with its sentence', () => {
    expect(sentences('“原来职专也可以考大学。”妈妈说。她很高兴！还有吗？')).toEqual(['“原来职专也可以考大学。”', '妈妈说。', '她很高兴！', '还有吗？']);
  });

  it('quotes the one sentence that holds the figure', () => {
    const p = '全市共有中职学校 24 所。2023 年，升学 6262 人，升学比例 51%。学校办学条件改善。';
    expect(figureExcerpt(p, '51%')).toEqual({ quote: '2023 年，升学 6262 人，升学比例 51%。', trimmed: true });
  });

  it('prefers, among sentences holding the figure, the one with the question’s words', () => {
    const p = '招生 12 所。在校生职普比为 1:3，其中 12 所达标。';
    expect(figureExcerpt(p, '12 所', ['达标']).quote).toBe('在校生职普比为 1:3，其中 12 所达标。');
  });

  it('leaves a one-sentence paragraph whole and untrimmed', () => {
    const p = '毕业生满意度 89%，其中：应届毕业生满意度 92%，毕业三年内毕业生满意度 87%。';
    expect(figureExcerpt(p, '92%')).toEqual({ quote: p, trimmed: false });
  });

  it('cuts a long passage to at most three whole sentences around the question’s words, marking what is left out', () => {
    const filler = '这是一段与问题无关的说明文字，用来把段落拉长到超过一条消息该有的长度。';
    const p = `${filler}${filler}开展校企合作，共建实训基地。校企合作项目得到规范。${filler}${filler}`;
    const x = passageExcerpt(p, ['校企合作']);
    expect(x.trimmed).toBe(true);
    expect(x.quote).toMatch(/^…/);
    expect(x.quote).toMatch(/…$/);
    expect(x.quote).toContain('开展校企合作，共建实训基地。');
    const inner = x.quote.replace(/^…|…$/g, '');
    expect(sentences(inner).length).toBeLessThanOrEqual(PASSAGE_SENTENCES);
    expect(p).toContain(inner);
  });
});

let engine: Engine;
beforeAll(() => {
  engine = realEngine(1000);
});

const JUDGED = ['dev', 'fresh-public', 'fresh-officials', 'fresh-chat'];
const questions = JUDGED.flatMap((set) =>
  readFileSync(`${ROOT}tests/questions/${set}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { q: string }).q),
);

describe('answers on the judged question sets', () => {
  it('never quote a whole long paragraph: a number quotes one sentence holding it, a passage at most three sentences', () => {
    let trimmed = 0;
    for (const q of questions) {
      const a = engine.answer(q);
      if (!a.source) continue;
      const x = quoteOf(a);
      const inner = x.quote.replace(/^…|…$/g, '');
      if (a.kind === 'number' && a.figure && a.source.paragraph.includes(a.figure.text)) {
        expect(sentences(inner), q).toHaveLength(1);
        expect(inner, q).toContain(a.figure.text);
      } else {
        expect(sentences(inner).length, q).toBeLessThanOrEqual(PASSAGE_SENTENCES);
      }
      expect(a.source.paragraph, q).toContain(inner);
      if (x.trimmed) trimmed++;
    }
    expect(trimmed).toBeGreaterThan(0);
  });

  it('offer the whole paragraph as the first button exactly when the quote leaves part of it out', () => {
    const buttons = new Buttons();
    for (const q of questions) {
      const a = engine.answer(q);
      if (!a.source) continue;
      const out = answerMessage(a, buttons);
      const first = out.buttons[0]?.[0];
      const offered = first?.callback_data.startsWith('par:') ?? false;
      expect(offered, q).toBe(quoteOf(a).trimmed);
      if (first && offered) {
        const press = buttons.read(first.callback_data);
        expect(press.kind === 'par' && press.paragraph.text).toBe(a.source.paragraph);
      }
    }
  });
});

describe('the whole-paragraph button in a chat (recording Bot API stub)', () => {
  let stub: BotApiStub;
  let bot: TelegramRuntime;
  const TOKEN = '4343434:stub-token';
  const dataDir = tempDataDir();
  const start = (): TelegramRuntime => {
    const log = createLogger('silent', [TOKEN], () => undefined);
    const delivery = { ...DEFAULT_DELIVERY, backoffMs: 50, privateGapMs: 0, groupGapMs: 0, globalPerSecond: 10_000 };
    return startTelegram(engine, { botToken: TOKEN, telegramApiRoot: stub.url, webhookUrl: '', webhookSecret: '', userRateLimitPerMinute: 1000, dataDir }, log, { delivery });
  };
  const sentTo = (chat: number) => stub.sent().filter((p) => p['chat_id'] === chat);
  beforeAll(async () => {
    stub = new BotApiStub();
    await stub.start();
    bot = start();
  });
  afterAll(async () => {
    await bot?.stop();
    await stub?.stop();
  });

  it('answers a passage question with a few sentences, and sends the whole paragraph when the button is pressed', async () => {
    const q = '新乡在推动产教融合、校企合作上具体做了哪些事？';
    const a = engine.answer(q);
    expect(a.kind).toBe('passage');
    const chat = privateChat(51);
    stub.push({ message: textMessage(chat, 51, q) });
    await stub.waitFor(() => sentTo(51).length === 1);
    const reply = sentTo(51)[0]!;
    const text = String(reply['text']);
    expect(text).toContain('来源：');
    expect(text).not.toContain(a.source!.paragraph);
    expect(text.length).toBeLessThan(a.source!.paragraph.length);
    const keyboard = (reply['reply_markup'] as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    const button = keyboard.flat().find((b) => b.text === '看整段原文')!;
    expect(button.callback_data).toMatch(/^par:/);

    const press = (id: string) =>
      stub.push({ callback_query: { id, from: user(51), chat_instance: 'x', message: { ...textMessage(chat, 777, 'reply'), message_id: 1000 }, data: button.callback_data } });
    press('cb1');
    await stub.waitFor(() => sentTo(51).length === 2);
    const whole = String(sentTo(51)[1]!['text']);
    expect(whole).toContain(`来源：${a.source!.section}`);
    expect(whole).toContain(`<blockquote>${a.source!.paragraph}</blockquote>`);

    // The button outlives the process: a restarted bot over the same data folder still sends the paragraph.
    await bot.stop();
    bot = start();
    press('cb2');
    await stub.waitFor(() => sentTo(51).length === 3);
    expect(String(sentTo(51)[2]!['text'])).toBe(whole);
  });
});
