import { createHash } from 'node:crypto';
import type { InlineKeyboardButton } from 'telegraf/types';

/** Telegram allows 64 bytes of callback data; a question in Chinese rarely fits, so it is kept here by id. */
export const CALLBACK_LIMIT = 64;

/** A whole paragraph a reply quoted only in part, with the line naming where it stands. */
export interface Paragraph {
  readonly text: string;
  readonly source: string;
}

export type Press =
  | { kind: 'alt'; ref: string }
  | { kind: 'ask'; question: string }
  | { kind: 'sec'; id: string }
  | { kind: 'par'; paragraph: Paragraph }
  | { kind: 'expired' };

/** Where button questions outlive the process (the bot's lasting state), so a button still works after a restart. */
export interface ButtonMemory {
  get(id: string): string | undefined;
  set(id: string, question: string): void;
}

/** A question's id: a hash, the same in every process, so an old button can never ask another question. */
const idOf = (question: string): string => createHash('sha256').update(question).digest('base64url').slice(0, 12);

/** A paragraph is kept in the same memory as the questions, under an id no question's hash can take. */
const paragraphKey = (id: string): string => `p.${id}`;

function paragraphOf(kept: string | undefined): Paragraph | undefined {
  if (kept === undefined) return undefined;
  try {
    const p = JSON.parse(kept) as Partial<Paragraph>;
    return typeof p.text === 'string' && typeof p.source === 'string' ? { text: p.text, source: p.source } : undefined;
  } catch {
    return undefined;
  }
}

export class Buttons {
  private readonly questions = new Map<string, string>();
  private readonly paragraphs = new Map<string, Paragraph>();

  constructor(
    private readonly capacity = 5000,
    private readonly memory?: ButtonMemory,
  ) {}

  ask(question: string, label = question): InlineKeyboardButton.CallbackButton {
    const id = idOf(question);
    if (!this.questions.has(id)) {
      this.questions.set(id, question);
      this.memory?.set(id, question);
      if (this.questions.size > this.capacity) this.questions.delete(this.questions.keys().next().value!);
    }
    return { text: label.slice(0, 60), callback_data: `ask:${id}` };
  }

  /** A button that sends the whole paragraph a reply quoted only in part; it too works after a restart. */
  paragraph(p: Paragraph, label = '看整段原文'): InlineKeyboardButton.CallbackButton {
    const kept = JSON.stringify({ text: p.text, source: p.source });
    const id = idOf(kept);
    if (!this.paragraphs.has(id)) {
      this.paragraphs.set(id, p);
      this.memory?.set(paragraphKey(id), kept);
      if (this.paragraphs.size > this.capacity) this.paragraphs.delete(this.paragraphs.keys().next().value!);
    }
    return { text: label.slice(0, 60), callback_data: `par:${id}` };
  }

  /** `null` when the data would not fit Telegram's limit (the button is then left out). */
  alternative(ref: string, label: string): InlineKeyboardButton.CallbackButton | null {
    const data = `alt:${ref}`;
    return Buffer.byteLength(data) <= CALLBACK_LIMIT ? { text: label.slice(0, 60), callback_data: data } : null;
  }

  section(id: string, title: string): InlineKeyboardButton.CallbackButton | null {
    const data = `sec:${id}`;
    return Buffer.byteLength(data) <= CALLBACK_LIMIT ? { text: `${id} ${title}`.slice(0, 60), callback_data: data } : null;
  }

  read(data: string): Press {
    const [kind, ...rest] = data.split(':');
    const value = rest.join(':');
    if (kind === 'alt' && value) return { kind: 'alt', ref: value };
    if (kind === 'sec' && value) return { kind: 'sec', id: value };
    if (kind === 'ask') {
      const question = this.questions.get(value) ?? this.memory?.get(value);
      if (question !== undefined) return { kind: 'ask', question };
    }
    if (kind === 'par' && value) {
      const paragraph = this.paragraphs.get(value) ?? paragraphOf(this.memory?.get(paragraphKey(value)));
      if (paragraph !== undefined) return { kind: 'par', paragraph };
    }
    return { kind: 'expired' };
  }
}
