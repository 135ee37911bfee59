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

/** Values kept by a short id, the oldest forgotten past the capacity; the same value keeps its id. */
class Kept<T> {
  private readonly values = new Map<string, { key: string; value: T }>();
  private readonly ids = new Map<string, string>();
  private next = 0;

  constructor(private readonly capacity: number) {}

  id(key: string, value: T): string {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = (this.next++).toString(36);
      this.values.set(id, { key, value });
      this.ids.set(key, id);
      if (this.values.size > this.capacity) {
        const [oldId, old] = this.values.entries().next().value!;
        this.values.delete(oldId);
        this.ids.delete(old.key);
      }
    }
    return id;
  }

  get(id: string): T | undefined {
    return this.values.get(id)?.value;
  }
}

export class Buttons {
  private readonly questions: Kept<string>;
  private readonly paragraphs: Kept<Paragraph>;

  constructor(capacity = 5000) {
    this.questions = new Kept(capacity);
    this.paragraphs = new Kept(capacity);
  }

  ask(question: string, label = question): InlineKeyboardButton.CallbackButton {
    return { text: label.slice(0, 60), callback_data: `ask:${this.questions.id(question, question)}` };
  }

  /** A button that sends the whole paragraph a reply quoted only in part. */
  paragraph(p: Paragraph, label = '看整段原文'): InlineKeyboardButton.CallbackButton {
    return { text: label.slice(0, 60), callback_data: `par:${this.paragraphs.id(`${p.source}\n${p.text}`, p)}` };
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
    if (kind === 'par') {
      const paragraph = this.paragraphs.get(value);
      if (paragraph !== undefined) return { kind: 'par', paragraph };
    }
    return { kind: 'expired' };
  }
}
