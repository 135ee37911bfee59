import { createHash } from 'node:crypto';
import type { InlineKeyboardButton } from 'telegraf/types';

/** Telegram allows 64 bytes of callback data; a question in Chinese rarely fits, so it is kept here by id. */
export const CALLBACK_LIMIT = 64;

export type Press = { kind: 'alt'; ref: string } | { kind: 'ask'; question: string } | { kind: 'sec'; id: string } | { kind: 'expired' };

/** Where button questions outlive the process (the bot's lasting state), so a button still works after a restart. */
export interface ButtonMemory {
  get(id: string): string | undefined;
  set(id: string, question: string): void;
}

/** A question's id: a hash, the same in every process, so an old button can never ask another question. */
const idOf = (question: string): string => createHash('sha256').update(question).digest('base64url').slice(0, 12);

export class Buttons {
  private readonly questions = new Map<string, string>();

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
    return { kind: 'expired' };
  }
}
