import type { InlineKeyboardButton } from 'telegraf/types';

/** Telegram allows 64 bytes of callback data; a question in Chinese rarely fits, so it is kept here by id. */
export const CALLBACK_LIMIT = 64;

export type Press = { kind: 'alt'; ref: string } | { kind: 'ask'; question: string } | { kind: 'sec'; id: string } | { kind: 'expired' };

export class Buttons {
  private readonly questions = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  private next = 0;

  constructor(private readonly capacity = 5000) {}

  ask(question: string, label = question): InlineKeyboardButton.CallbackButton {
    let id = this.ids.get(question);
    if (id === undefined) {
      id = (this.next++).toString(36);
      this.questions.set(id, question);
      this.ids.set(question, id);
      if (this.questions.size > this.capacity) {
        const [oldId, oldQ] = this.questions.entries().next().value!;
        this.questions.delete(oldId);
        this.ids.delete(oldQ);
      }
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
      const question = this.questions.get(value);
      if (question !== undefined) return { kind: 'ask', question };
    }
    return { kind: 'expired' };
  }
}
