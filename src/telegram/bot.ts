import { Context, Telegraf, type Telegram } from 'telegraf';
import { message } from 'telegraf/filters';
import type { InlineQueryResult, Message, Update, UserFromGetMe } from 'telegraf/types';
import type { Answer } from '../answer/types.ts';
import type { Engine } from '../engine.ts';
import { hashId, type Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import { type Action, laneOf } from './action.ts';
import { type ButtonMemory, Buttons } from './buttons.ts';
import { toMessages } from './html.ts';
import { UserLimiter } from './limiter.ts';
import { answerMessage, helpMessage, type Outgoing, paragraphMessage, reportsMessage, sectionMessage, sectionsMessage, startMessage } from './messages.ts';

export interface BotOptions {
  readonly token: string;
  readonly apiRoot: string;
  readonly userRateLimitPerMinute: number;
  readonly log: Logger;
  /** Whether a question already has an answer, delivered or queued (so its edit edits that answer). */
  readonly answered?: (lane: string, question: number) => boolean;
  readonly metrics?: Metrics;
  /** Where button questions are kept across restarts. */
  readonly buttonMemory?: ButtonMemory;
  /** telegraf's limit on one handler. Handlers only queue replies, so it is never near. */
  readonly handlerTimeoutMs?: number;
}

export const COMMANDS = [
  { command: 'start', description: '开始：介绍与示例问题' },
  { command: 'help', description: '怎么提问' },
  { command: 'sections', description: '报告目录' },
  { command: 'report', description: '看有哪几份报告，选一份来回答' },
  { command: 'section', description: '看某一节，例如 /section 2.5' },
  { command: 'ask', description: '提问（群聊里用），例如 /ask 升学率是多少' },
] as const;

/** The one apology, for an update whose handling or delivery failed. */
export const SORRY = '抱歉，处理这条消息时出错了，请稍后再试。';

const TEXT = {
  tooFast: '您提问太快了，请过一分钟再问。',
  notText: '我只能读文字问题。请用文字提问，例如：中职升学率是多少',
  unknownCommand: '我不认识这个命令。发 /help 看看怎么用。',
  askUsage: '用法：/ask 中职升学率是多少',
  emptyMention: '请在 @我 后面写上问题，例如：升学率是多少',
  expired: '这个按钮已经过期了，请直接输入问题。',
  sorry: SORRY,
} as const;

const plain = (text: string): Outgoing => ({ blocks: [{ text }], buttons: [] });

/** A context whose Bot API calls are written down, not made: the update's actions, for the lasting queue. */
export class QueuedContext extends Context {
  readonly actions: Action[];
  constructor(update: Update, telegram: Telegram, botInfo: UserFromGetMe, actions: Action[] = []) {
    const recorder = telegram as unknown as { callApi: (method: string, payload: Record<string, unknown>) => Promise<unknown> };
    recorder.callApi = async (method, payload) => {
      actions.push({ method, payload: JSON.parse(JSON.stringify(payload ?? {})) as Record<string, unknown>, lane: laneOf(method, payload ?? {}), kind: 'reply' });
      return true;
    };
    super(update, telegram, botInfo);
    this.actions = actions;
  }
}

/** The bot: telegraf routing chats to handlers over the one engine. `actionsFor` turns one update into its actions. */
export interface Bot {
  readonly telegraf: Telegraf<QueuedContext>;
  /** Runs the handlers for one update and returns what they would send, in order. Never throws. */
  actionsFor(update: Update): Promise<Action[]>;
}

export function createBot(engine: Engine, options: BotOptions): Bot {
  const { log } = options;
  const recording = new WeakMap<Update, Action[]>();
  class RecordingContext extends QueuedContext {
    constructor(update: Update, telegram: Telegram, botInfo: UserFromGetMe) {
      super(update, telegram, botInfo, recording.get(update));
    }
  }
  const bot = new Telegraf<QueuedContext>(options.token, {
    telegram: { apiRoot: options.apiRoot, webhookReply: false },
    contextType: RecordingContext,
    handlerTimeout: options.handlerTimeoutMs ?? 90_000,
  });
  const answered = options.answered ?? (() => false);

  const buttons = new Buttons(5000, options.buttonMemory);
  const limiter = new UserLimiter(options.userRateLimitPerMinute);
  const salt = options.token.slice(-8);
  /** The report a chat chose with /report; otherwise the question's own names pick it. */
  const chosen = new Map<number, string>();
  /** Queues a reply: one message per piece, buttons on the last; the first is tagged with the question it answers. */
  function send(ctx: QueuedContext, chat: number, out: Outgoing, replyTo?: number, question?: number): void {
    const texts = toMessages(out.blocks);
    for (const [i, text] of texts.entries()) {
      const last = i === texts.length - 1;
      const payload = {
        chat_id: chat,
        text,
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(replyTo !== undefined && i === 0 ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
        ...(last && out.buttons.length ? { reply_markup: { inline_keyboard: out.buttons.map((r) => [...r]) } } : {}),
      };
      ctx.actions.push({ method: 'sendMessage', payload, lane: `chat:${chat}`, kind: 'reply', ...(i === 0 && question !== undefined ? { question } : {}) });
    }
  }

  function answerOf(ctx: Context, question: string): Answer {
    const started = performance.now();
    const a = engine.answer(question, ctx.chat ? chosen.get(ctx.chat.id) : undefined);
    const ms = performance.now() - started;
    options.metrics?.answered('telegram', a.found, ms / 1000);
    log.info('question', {
      user: hashId(ctx.from?.id ?? 0, salt),
      chat: ctx.chat?.type ?? 'inline',
      found: a.found,
      section: a.source?.section ?? null,
      ms: +ms.toFixed(2),
    });
    return a;
  }

  function ask(ctx: QueuedContext, question: string, source?: Message): void {
    const chat = ctx.chat!.id;
    const replyTo = ctx.chat!.type === 'private' ? undefined : source?.message_id;
    if (!limiter.take(String(ctx.from?.id ?? chat))) return send(ctx, chat, plain(TEXT.tooFast), replyTo);
    send(ctx, chat, answerMessage(answerOf(ctx, question), buttons), replyTo, source?.message_id);
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

  bot.start((ctx) => send(ctx, ctx.chat.id, startMessage(engine, buttons)));
  bot.help((ctx) => send(ctx, ctx.chat.id, helpMessage(engine)));
  bot.command('sections', (ctx) => send(ctx, ctx.chat.id, sectionsMessage(engine, buttons)));
  bot.command('section', (ctx) => {
    const id = ctx.payload.trim();
    send(ctx, ctx.chat.id, id ? sectionMessage(engine, id) : sectionsMessage(engine, buttons));
  });
  bot.command('report', (ctx) => {
    const id = ctx.payload.trim();
    const report = engine.reports().find((r) => r.id === id);
    if (report) chosen.set(ctx.chat.id, report.id);
    if (id === '自动') chosen.delete(ctx.chat.id);
    const note = report ? `以后的问题由《${report.title}》回答。` : id === '自动' ? '以后按问题里的地名、学校和年份选报告。' : id ? `没有编号为 ${id} 的报告。` : '';
    send(ctx, ctx.chat.id, reportsMessage(engine, chosen.get(ctx.chat.id), note));
  });
  bot.command('ask', (ctx) => {
    const q = ctx.payload.trim();
    return q ? ask(ctx, q, ctx.message) : send(ctx, ctx.chat.id, plain(TEXT.askUsage));
  });

  bot.on(message('text'), (ctx) => {
    const msg = ctx.message;
    if (msg.text.startsWith('/')) {
      if (ctx.chat.type === 'private') send(ctx, ctx.chat.id, plain(TEXT.unknownCommand));
      return; // in groups, commands for other bots are not ours to answer
    }
    const q = addressed(ctx, msg);
    if (q === null) return;
    if (!q) return send(ctx, ctx.chat.id, plain(TEXT.emptyMention), msg.message_id);
    ask(ctx, q, msg);
  });

  // Stickers, photos, voice, files…: one polite line in private, silence in groups.
  bot.on('message', (ctx) => {
    if (ctx.chat.type === 'private') send(ctx, ctx.chat.id, plain(TEXT.notText));
  });

  bot.on('edited_message', (ctx) => {
    const msg = ctx.editedMessage;
    if (!('text' in msg) || msg.text.startsWith('/')) return;
    const q = addressed(ctx, msg);
    if (!q) return;
    const lane = `chat:${msg.chat.id}`;
    if (!answered(lane, msg.message_id)) return ask(ctx, q, msg);
    const out = answerMessage(answerOf(ctx, q), buttons);
    const [text = ''] = toMessages(out.blocks);
    // The earlier answer's message id is looked up when the edit is sent (it may still be queued now).
    ctx.actions.push({
      method: 'editMessageText',
      payload: {
        chat_id: msg.chat.id,
        text,
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(out.buttons.length ? { reply_markup: { inline_keyboard: out.buttons.map((r) => [...r]) } } : {}),
      },
      lane,
      editOf: msg.message_id,
      kind: 'reply',
    });
  });

  bot.on('callback_query', async (ctx) => {
    const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
    await ctx.answerCbQuery();
    const chat = ctx.chat?.id;
    if (chat === undefined) return;
    const press = buttons.read(data);
    if (press.kind === 'ask') return ask(ctx, press.question);
    if (press.kind === 'sec') return send(ctx, chat, sectionMessage(engine, press.id));
    if (press.kind === 'par') return send(ctx, chat, paragraphMessage(press.paragraph));
    if (press.kind === 'alt') {
      const a = engine.explain(press.ref);
      return send(ctx, chat, a ? answerMessage(a, buttons) : plain(TEXT.expired));
    }
    send(ctx, chat, plain(TEXT.expired));
  });

  bot.on('inline_query', async (ctx) => {
    const q = ctx.inlineQuery.query.trim();
    const answers = q ? inlineAnswers(engine, answerOf(ctx, q)) : engine.examples().map((e) => engine.answer(e));
    await ctx.answerInlineQuery(inlineResults(answers, buttons), { cache_time: 300 });
  });

  // One outcome per update: whatever a failing handler had queued is replaced by the apology (private chats).
  bot.catch((error, ctx) => {
    log.error('update_failed', { update: ctx.update.update_id, type: ctx.updateType, error: error as Error });
    ctx.actions.length = 0;
    if (ctx.chat?.type !== 'private' || !('message' in ctx.update || 'callback_query' in ctx.update)) return;
    ctx.actions.push({ method: 'sendMessage', payload: { chat_id: ctx.chat.id, text: TEXT.sorry }, lane: `chat:${ctx.chat.id}`, kind: 'apology' });
  });

  return {
    telegraf: bot,
    async actionsFor(update) {
      const actions: Action[] = [];
      recording.set(update, actions);
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        // bot.catch handles handler errors; this is telegraf itself failing (no botInfo yet, say).
        log.error('update_failed', { update: update.update_id, error: error as Error });
      }
      return actions;
    },
  };
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
