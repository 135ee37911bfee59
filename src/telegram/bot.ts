import { Context, Telegraf, type Telegram } from 'telegraf';
import { message } from 'telegraf/filters';
import type { InlineQueryResult, Message, Update, UserFromGetMe } from 'telegraf/types';
import type { Answer } from '../answer/types.ts';
import type { Engine } from '../engine.ts';
import { hashId, type Logger } from '../log.ts';
import { Buttons } from './buttons.ts';
import { DEFAULT_DELIVERY, deliver, type DeliveryOptions, Pacer } from './delivery.ts';
import { toMessages } from './html.ts';
import { UserLimiter } from './limiter.ts';
import { answerMessage, helpMessage, type Outgoing, reportsMessage, sectionMessage, sectionsMessage, startMessage } from './messages.ts';

export interface BotOptions {
  readonly token: string;
  readonly apiRoot: string;
  readonly userRateLimitPerMinute: number;
  readonly log: Logger;
  readonly delivery?: DeliveryOptions;
}

export const COMMANDS = [
  { command: 'start', description: '开始：介绍与示例问题' },
  { command: 'help', description: '怎么提问' },
  { command: 'sections', description: '报告目录' },
  { command: 'report', description: '看有哪几份报告，选一份来回答' },
  { command: 'section', description: '看某一节，例如 /section 2.5' },
  { command: 'ask', description: '提问（群聊里用），例如 /ask 升学率是多少' },
] as const;

const TEXT = {
  tooFast: '您提问太快了，请过一分钟再问。',
  notText: '我只能读文字问题。请用文字提问，例如：中职升学率是多少',
  unknownCommand: '我不认识这个命令。发 /help 看看怎么用。',
  askUsage: '用法：/ask 中职升学率是多少',
  emptyMention: '请在 @我 后面写上问题，例如：升学率是多少',
  expired: '这个按钮已经过期了，请直接输入问题。',
  sorry: '抱歉，处理这条消息时出错了，请稍后再试。',
} as const;

const plain = (text: string): Outgoing => ({ blocks: [{ text }], buttons: [] });

/** The bot: telegraf handlers translating chats to and from the one engine. Started by `run.ts`. */
export function createBot(engine: Engine, options: BotOptions): Telegraf {
  const { log } = options;
  const delivery = options.delivery ?? DEFAULT_DELIVERY;
  const pacer = new Pacer();
  // Each update gets its own Telegram client from telegraf; every one is given the same delivery rules.
  class DeliveredContext extends Context {
    constructor(update: Update, telegram: Telegram, botInfo: UserFromGetMe) {
      super(update, deliver(telegram, log, delivery, pacer), botInfo);
    }
  }
  const bot = new Telegraf(options.token, { telegram: { apiRoot: options.apiRoot, webhookReply: false }, contextType: DeliveredContext });
  deliver(bot.telegram, log, delivery, pacer);

  const buttons = new Buttons();
  const limiter = new UserLimiter(options.userRateLimitPerMinute);
  const salt = options.token.slice(-8);
  /** The report a chat chose with /report; otherwise the question's own names pick it. */
  const chosen = new Map<number, string>();
  /** Our reply to each question message, so an edit of the question edits the answer. */
  const replies = new Map<string, number>();
  const remember = (chat: number, question: number, reply: number): void => {
    replies.set(`${chat}:${question}`, reply);
    if (replies.size > 10_000) replies.delete(replies.keys().next().value!);
  };

  async function send(telegram: Telegram, chat: number, out: Outgoing, replyTo?: number): Promise<number> {
    const texts = toMessages(out.blocks);
    let first = 0;
    for (const [i, text] of texts.entries()) {
      const last = i === texts.length - 1;
      const sent = await telegram.sendMessage(chat, text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(replyTo !== undefined && i === 0 ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
        ...(last && out.buttons.length ? { reply_markup: { inline_keyboard: out.buttons.map((r) => [...r]) } } : {}),
      });
      first ||= sent.message_id;
    }
    return first;
  }

  function answerOf(ctx: Context, question: string): Answer {
    const started = performance.now();
    const a = engine.answer(question, ctx.chat ? chosen.get(ctx.chat.id) : undefined);
    log.info('question', {
      user: hashId(ctx.from?.id ?? 0, salt),
      chat: ctx.chat?.type ?? 'inline',
      found: a.found,
      section: a.source?.section ?? null,
      ms: +(performance.now() - started).toFixed(2),
    });
    return a;
  }

  async function ask(ctx: Context, question: string, source?: Message): Promise<void> {
    const chat = ctx.chat!.id;
    const replyTo = ctx.chat!.type === 'private' ? undefined : source?.message_id;
    if (!limiter.take(String(ctx.from?.id ?? chat))) {
      await send(ctx.telegram, chat, plain(TEXT.tooFast), replyTo);
      return;
    }
    const sent = await send(ctx.telegram, chat, answerMessage(answerOf(ctx, question), buttons), replyTo);
    if (source) remember(chat, source.message_id, sent);
  }

  /** In a group: the question when the bot is mentioned or replied to; `null` when the message is not for us. */
  function addressed(ctx: Context, msg: Message.TextMessage): string | null {
    if (ctx.chat?.type === 'private') return msg.text;
    const me = `@${ctx.botInfo.username}`.toLowerCase();
    const mention = (msg.entities ?? []).find((e) => e.type === 'mention' && msg.text.slice(e.offset, e.offset + e.length).toLowerCase() === me);
    if (mention) return (msg.text.slice(0, mention.offset) + msg.text.slice(mention.offset + mention.length)).trim();
    if (msg.reply_to_message?.from?.id === ctx.botInfo.id) return msg.text;
    return null;
  }

  bot.start((ctx) => send(ctx.telegram, ctx.chat.id, startMessage(engine, buttons)));
  bot.help((ctx) => send(ctx.telegram, ctx.chat.id, helpMessage(engine)));
  bot.command('sections', (ctx) => send(ctx.telegram, ctx.chat.id, sectionsMessage(engine, buttons)));
  bot.command('section', (ctx) => {
    const id = ctx.payload.trim();
    return send(ctx.telegram, ctx.chat.id, id ? sectionMessage(engine, id) : sectionsMessage(engine, buttons));
  });
  bot.command('report', (ctx) => {
    const id = ctx.payload.trim();
    const report = engine.reports().find((r) => r.id === id);
    if (report) chosen.set(ctx.chat.id, report.id);
    if (id === '自动') chosen.delete(ctx.chat.id);
    const note = report ? `以后的问题由《${report.title}》回答。` : id === '自动' ? '以后按问题里的地名、学校和年份选报告。' : id ? `没有编号为 ${id} 的报告。` : '';
    return send(ctx.telegram, ctx.chat.id, reportsMessage(engine, chosen.get(ctx.chat.id), note));
  });
  bot.command('ask', (ctx) => {
    const q = ctx.payload.trim();
    return q ? ask(ctx, q, ctx.message) : send(ctx.telegram, ctx.chat.id, plain(TEXT.askUsage));
  });

  bot.on(message('text'), async (ctx) => {
    const msg = ctx.message;
    if (msg.text.startsWith('/')) {
      if (ctx.chat.type === 'private') await send(ctx.telegram, ctx.chat.id, plain(TEXT.unknownCommand));
      return; // in groups, commands for other bots are not ours to answer
    }
    const q = addressed(ctx, msg);
    if (q === null) return;
    if (!q) return void (await send(ctx.telegram, ctx.chat.id, plain(TEXT.emptyMention), msg.message_id));
    await ask(ctx, q, msg);
  });

  // Stickers, photos, voice, files…: one polite line in private, silence in groups.
  bot.on('message', async (ctx) => {
    if (ctx.chat.type === 'private') await send(ctx.telegram, ctx.chat.id, plain(TEXT.notText));
  });

  bot.on('edited_message', async (ctx) => {
    const msg = ctx.editedMessage;
    if (!('text' in msg) || msg.text.startsWith('/')) return;
    const q = addressed(ctx, msg);
    if (!q) return;
    const earlier = replies.get(`${msg.chat.id}:${msg.message_id}`);
    if (earlier === undefined) return ask(ctx, q, msg);
    const out = answerMessage(answerOf(ctx, q), buttons);
    const [text = ''] = toMessages(out.blocks);
    try {
      await ctx.telegram.editMessageText(msg.chat.id, earlier, undefined, text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(out.buttons.length ? { reply_markup: { inline_keyboard: out.buttons.map((r) => [...r]) } } : {}),
      });
    } catch (error) {
      // The same answer as before: Telegram refuses an edit that changes nothing, which is fine.
      if (!/not modified/i.test((error as Error).message)) throw error;
    }
  });

  bot.on('callback_query', async (ctx) => {
    const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
    await ctx.answerCbQuery().catch((error: unknown) => log.debug('answer_callback_failed', { error }));
    const chat = ctx.chat?.id;
    if (chat === undefined) return;
    const press = buttons.read(data);
    if (press.kind === 'ask') return ask(ctx, press.question);
    if (press.kind === 'sec') return void (await send(ctx.telegram, chat, sectionMessage(engine, press.id)));
    if (press.kind === 'alt') {
      const a = engine.explain(press.ref);
      return void (await send(ctx.telegram, chat, a ? answerMessage(a, buttons) : plain(TEXT.expired)));
    }
    await send(ctx.telegram, chat, plain(TEXT.expired));
  });

  bot.on('inline_query', async (ctx) => {
    const q = ctx.inlineQuery.query.trim();
    const answers = q ? inlineAnswers(engine, answerOf(ctx, q)) : engine.examples().map((e) => engine.answer(e));
    await ctx.answerInlineQuery(inlineResults(answers, buttons), { cache_time: 300 });
  });

  bot.catch(async (error, ctx) => {
    log.error('update_failed', { update: ctx.update.update_id, type: ctx.updateType, error: error as Error });
    if (ctx.chat?.type !== 'private' || !('message' in ctx.update || 'callback_query' in ctx.update)) return;
    await ctx.telegram.sendMessage(ctx.chat.id, TEXT.sorry).catch(() => undefined);
  });
  return bot;
}

/** The answer, then each of its alternatives as an answer of its own. */
function inlineAnswers(engine: Engine, a: Answer): Answer[] {
  return [a, ...a.alternatives.map((alt) => engine.explain(alt.ref)).filter((x): x is Answer => x !== null)];
}

export function inlineResults(answers: readonly Answer[], buttons: Buttons): InlineQueryResult[] {
  return answers.slice(0, 50).map((a, i) => {
    const [text = ''] = toMessages(answerMessage(a, buttons).blocks);
    const title = a.figure ? `${a.figure.text} ${a.figure.label}` : a.found ? (a.items?.slice(0, 3).join('、') ?? a.source?.title ?? '') : '报告没有给出这项内容';
    return {
      type: 'article' as const,
      id: `${i}`,
      title: title.slice(0, 100) || '答案',
      description: a.source ? `来源：${a.source.section} ${a.source.title}` : a.answer.split('\n')[0]!.slice(0, 100),
      input_message_content: { message_text: text, parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } },
    };
  });
}
