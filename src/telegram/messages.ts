import type { InlineKeyboardButton } from 'telegraf/types';
import { figureLabel } from '../answer/format.ts';
import type { Answer } from '../answer/types.ts';
import type { Engine } from '../engine.ts';
import type { Buttons, Paragraph } from './buttons.ts';
import { type Excerpt, figureExcerpt, passageExcerpt } from './excerpt.ts';
import type { Block } from './html.ts';

/** What the bot sends for one reply: blocks of text (escaped and split later) and inline buttons. */
export interface Outgoing {
  readonly blocks: readonly Block[];
  readonly buttons: readonly (readonly InlineKeyboardButton.CallbackButton[])[];
}

const NO_SUGGESTIONS = '\n可以试试问：';

/** A number quotes the sentence holding it; a passage or a list its few sentences that say most of what was asked. */
export function quoteOf(a: Answer): Excerpt {
  const paragraph = a.source?.paragraph ?? '';
  if (a.kind === 'number' && a.figure) return figureExcerpt(paragraph, a.figure.text, a.highlights);
  return passageExcerpt(paragraph, a.highlights);
}

export function answerMessage(a: Answer, buttons: Buttons): Outgoing {
  if (!a.found || !a.source) {
    const said = a.answer.split(NO_SUGGESTIONS)[0] ?? a.answer;
    // A clarifying question offers its readings as buttons, before any suggestion.
    const readings = (a.clarify ?? [])
      .map((alt) => buttons.alternative(alt.ref, `${alt.text}（${alt.label}，${alt.section}）`))
      .filter((b): b is InlineKeyboardButton.CallbackButton => b !== null)
      .map((b) => [b]);
    const rows = [...readings, ...a.suggestions.map((s) => [buttons.ask(s)])];
    return { blocks: [{ text: said }, ...(a.suggestions.length ? [{ text: '可以试试问：' }] : [])], buttons: rows };
  }
  const src = a.source;
  const blocks: Block[] = [];
  if (a.figure) {
    blocks.push({ text: a.figure.text, tag: 'b' });
    blocks.push({ text: `${figureLabel(a.figure)}（${[a.figure.scope, a.figure.period].filter(Boolean).join('，')}）` });
  }
  if (a.kind === 'list' && a.items?.length) blocks.push({ text: a.items.map((i) => `• ${i}`).join('\n'), tag: 'b' });
  const quote = quoteOf(a);
  blocks.push({ text: quote.quote, tag: 'blockquote' });
  if (a.figure?.defect) blocks.push({ text: `注：${a.figure.defect}。`, tag: 'i' });
  const within = [src.table, src.case].filter(Boolean).join('，');
  const source = `来源：${src.section} ${src.title}${within ? `（${within}）` : ''}`;
  blocks.push({ text: source });
  blocks.push({ text: `《${src.report}》，${src.issuer}`, tag: 'i' });
  const rows = a.alternatives
    .map((alt) => buttons.alternative(alt.ref, `${alt.text}（${alt.label}，${alt.section}）`))
    .filter((b): b is InlineKeyboardButton.CallbackButton => b !== null)
    .map((b) => [b]);
  if (quote.trimmed) rows.unshift([buttons.paragraph({ text: src.paragraph, source })]);
  return { blocks, buttons: rows };
}

/** The whole paragraph behind a trimmed quote, after the line naming where it stands. */
export function paragraphMessage(p: Paragraph): Outgoing {
  return { blocks: [{ text: `${p.source}（整段原文）`, tag: 'b' }, { text: p.text, tag: 'blockquote' }], buttons: [] };
}

export function startMessage(engine: Engine, buttons: Buttons): Outgoing {
  const m = engine.meta;
  return {
    blocks: [
      { text: `你好！我回答《${m.title}》里的问题。`, tag: 'b' },
      { text: `这份报告由${m.issuer}发布，讲的是 ${m.yearCovered} 年度${m.level === 'school' && m.school ? m.school : m.city}职业教育的情况：规模、师资、升学就业、专业建设、经费与资助等。` },
      { text: '直接用中文提问，我会给出报告里的数字、原文句子和出自哪一节；报告没写的，我会直说。' },
      { text: '可以先试试这些：' },
    ],
    buttons: engine.examples().slice(0, 3).map((q) => [buttons.ask(q)]),
  };
}

export function helpMessage(engine: Engine): Outgoing {
  return {
    blocks: [
      { text: `《${engine.meta.title}》问答`, tag: 'b' },
      { text: `直接发问题，例如：${engine.examples()[0] ?? '升学率是多少'}` },
      { text: '/sections 看目录，点章节即可阅读\n/section 2.5 看某一节\n/ask 问题 在群里提问（也可以 @我 或回复我的消息）\n/help 本说明' },
      { text: `在任何聊天里输入 @机器人名 加问题，也能查到答案。` },
    ],
    buttons: [],
  };
}

export function sectionsMessage(engine: Engine, buttons: Buttons): Outgoing {
  const rows = engine
    .sections()
    .map((s) => buttons.section(s.id, `${'　'.repeat(s.level - 1)}${s.title}`))
    .filter((b): b is InlineKeyboardButton.CallbackButton => b !== null)
    .map((b) => [b]);
  return { blocks: [{ text: `《${engine.meta.title}》目录：点一节阅读`, tag: 'b' }], buttons: rows };
}

/** A section as read on a phone: its title in bold, and each subsection starting a new message. */
export function sectionMessage(engine: Engine, id: string): Outgoing {
  const s = engine.section(id);
  if (!s) return { blocks: [{ text: `报告没有第 ${id} 节。发 /sections 看目录。` }], buttons: [] };
  const headings = new Set(engine.sections().map((x) => `${x.id} ${x.title}`));
  const blocks: Block[] = s.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => (headings.has(line) ? { text: line, tag: 'b' as const, breakBefore: i > 0 } : { text: line }));
  return { blocks, buttons: [] };
}

/** `/report`: the loaded reports, which one answers in this chat, and how to choose. */
export function reportsMessage(engine: Engine, current: string | undefined, note = ''): Outgoing {
  const lines = engine.reports().map((r) => `${r.id === current ? '▶ ' : ''}${r.id}：《${r.title}》${r.default ? '（默认）' : ''}`);
  const how = engine.reports().length > 1 ? '发 /report 报告编号 选定一份；发 /report 自动 按问题里的地名、学校和年份选。' : '目前只加载了这一份报告。';
  return { blocks: [...(note ? [{ text: note, tag: 'b' as const }] : []), { text: lines.join('\n') }, { text: how }], buttons: [] };
}
