import { contentWords, FIGURE_STATED, INTENTION, INTENTS, intentOf, UNIT_CUES, VAGUE } from './cues.ts';

// The pieces a question is cut into before its focus is chosen: one sentence may hold a figure asked and what the asker
// tells around it (figures they already have, a claim heard, a comparison, a second question); each splitter cuts a
// piece in two, the told part asking nothing.

/** A sentence of a question and whether it ends with a question mark. */
export interface Piece {
  readonly text: string;
  readonly asks: boolean;
}

/**
 * 本科录了多少人，录取率多少: one part asking two figures of different kinds is two questions; the first is answered
 * (the second, a follow-up, is left to the asker).
 */
export function twoFiguresAsked(piece: Piece): Piece[] {
  // 公办几所、民办几所 / 一等奖几个 二等几个: one ask after another in a list, the first asked.
  const listed = SECOND_ASK.exec(piece.text);
  if (listed) return [{ text: piece.text.slice(0, listed.index + listed[1]!.length), asks: true }, { text: piece.text.slice(listed.index + listed[0].length - listed[2]!.length), asks: piece.asks }];
  const clauses = piece.text.split(/(?<=[，,])/u);
  // (A clause of what the asker means to do, 想让店里几个小妹也去考个证, asks no figure.)
  const asked = (c: string): boolean => intentOf(c) === 'number' && !VAGUE.test(c) && !INTENTION.test(c);
  const kinds = clauses.map((c) => (asked(c) ? (UNIT_CUES.find(([cue]) => cue.test(c))?.[1] ?? null) : null));
  const first = kinds.findIndex((k) => k !== null);
  const second = kinds.findIndex((k, i) => i > first && k !== null && k !== kinds[first]);
  if (first < 0 || second < 0) return [piece];
  return [
    { text: clauses.slice(0, first + 1).join('').replace(/[，,]$/u, ''), asks: true },
    { text: clauses.slice(first + 1).join(''), asks: piece.asks },
  ];
}

/**
 * 管理人员培训65、班主任培训70，学籍管理员培训是几人: figures of other things the asker already has, listed before the
 * one asked, are told, not asked — a part of their own, read as the question's context.
 */
export function statedBefore(piece: Piece): Piece[] {
  const clauses = piece.text.split(/(?<=[、，,])/u);
  const last = clauses.length - 1;
  if (last < 1 || !/多少|几/u.test(clauses[last]!) || /\d/u.test(clauses[last]!)) return [piece];
  const told = clauses.slice(0, last);
  if (!told.every((c) => STATED_ROW.test(c.replace(/[、，,]$/u, '')))) return [piece];
  return [{ text: told.join('').replace(/[、，,]$/u, ''), asks: false }, { text: clauses[last]!, asks: piece.asks }];
}

/**
 * 网上有帖子说专任教师才一千多人，师资严重不足，请提供准确的专任教师人数: a claim heard (说, 传, 反映) with its figure, before a
 * last clause that asks for a figure and names it, is what the asker heard — a part of its own, the question's context.
 */
export function claimBefore(piece: Piece): Piece[] {
  const clauses = piece.text.split(/(?<=[，,])/u);
  const last = clauses.length - 1;
  const asked = clauses[last] ?? '';
  const asksFigure = intentOf(asked) === 'number' || /人数|数量|数据|准确数|具体数/u.test(asked);
  if (last < 1 || !asksFigure || FIGURE_STATED.test(asked) || contentWords(asked) < 2) return [piece];
  if (!CLAIM_HEARD.test(clauses[0]!) || !FIGURE_STATED.test(clauses[0]!)) return [piece];
  return [{ text: clauses.slice(0, last).join('').replace(/[，,]$/u, ''), asks: false }, { text: asked, asks: piece.asks }];
}

/** Someone said it (说, 传, 称, 反映, 帖子, 网上) or played it down (才一千多人): what follows is a claim heard. */
const CLAIM_HEARD = new RegExp(INTENTS.claimHeard, 'u');

/** A thing and the figure the asker gives for it (班主任培训70, 公办14所). */
const STATED_ROW = /[\u4e00-\u9fff]{2,}\s*\d+(?:\.\d+)?\s*(?:人次|人|名|个|所|项|家|元|%)?\s*$/u;

/** An ask (几所, 多少) and, after 、 or a space, a second thing asked the same way (民办几所). */
const SECOND_ASK = /((?:几|多少)[个所家名人项]?)[、，,\s]+([\u4e00-\u9fff]{1,8}?(?:几|多少)[个所家名人项]?)(?=[？?。，,\s]|$)/u;

/**
 * 思政课老师有多少个，比体育老师多吗: a clause comparing with something else (比X多吗) after the figure asked names what
 * the figure is compared with, not what is asked: it is a part of its own, read as the question's context.
 */
export function comparedAfter(piece: Piece): Piece[] {
  const clauses = piece.text.split(/(?<=[，,])/u);
  const at = clauses.findIndex((c, i) => i > 0 && COMPARED.test(c.replace(/[，,]$/u, '')));
  if (at < 0 || !clauses.slice(0, at).some((c) => intentOf(c) === 'number')) return [piece];
  return [
    { text: clauses.slice(0, at).join('').replace(/[，,]$/u, ''), asks: true },
    { text: clauses.slice(at).join(''), asks: false },
  ];
}
/** A clause comparing with something else (比X多吗, 和…比涨了没有). */
const COMPARED = /^\s*(?:(?:是不是|那|就)?比[^，,]{1,12}(?:多|少|高|低|大|小|强|好|贵)(?:一些|点儿?|不少)?(?:吗|吧|呢|不|没有?)?|(?:和|跟|与|同)[^，,]{1,10}?比(?:起来)?[^，,]{0,4}?(?:涨|增|降|多|少|高|低|变)了?(?:没有?|吗|不|多少)?)$/u;

/** 问三个事：1.…多少人 2.…大学 3.哪个学校最好: questions numbered one after another; the first is answered. */
export function firstEnumerated(text: string): string {
  const marks = [...text.matchAll(ENUMERATION)];
  return marks.length >= 2 ? text.slice(0, marks[1]!.index) : text;
}

/** A number that numbers a question (1. 2、 3）) at the start or after a pause, not a decimal (1.5). */
const ENUMERATION = /(?<=^|[\s：:，,；;。？?！!])[1-9１-９][.、．)）](?![\d０-９])/gu;
