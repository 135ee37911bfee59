import { escapeHtml } from '../text/escape.ts';

/**
 * Telegram HTML: every piece of report or user text is escaped, and messages are cut between blocks so that
 * no tag is ever split. A block too long on its own is cut in its plain text and each piece re-wrapped.
 */
export const TELEGRAM_LIMIT = 4096;

export type Tag = 'b' | 'i' | 'blockquote' | 'code';

export interface Block {
  readonly text: string;
  readonly tag?: Tag;
  /** Start a new message at this block (a new subsection). */
  readonly breakBefore?: boolean;
}

export { escapeHtml };

const render = (text: string, tag?: Tag): string => (tag ? `<${tag}>${escapeHtml(text)}</${tag}>` : escapeHtml(text));

/** Cuts plain text so each piece, once escaped and wrapped, fits; prefers sentence ends, then any character. */
function cutPlain(text: string, tag: Tag | undefined, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest && render(rest, tag).length > limit) {
    let end = Math.min(rest.length, limit);
    while (end > 1 && render(rest.slice(0, end), tag).length > limit) end = Math.floor(end * 0.9);
    const sentence = Math.max(rest.lastIndexOf('。', end - 1), rest.lastIndexOf('\n', end - 1));
    const at = sentence > end / 2 ? sentence + 1 : end;
    // Never cut a surrogate pair in two.
    const safe = /[\uD800-\uDBFF]/.test(rest.charAt(at - 1)) ? at - 1 : at;
    pieces.push(rest.slice(0, safe));
    rest = rest.slice(safe);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The messages to send, each at most `limit` characters of HTML. */
export function toMessages(blocks: readonly Block[], limit = TELEGRAM_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current) messages.push(current);
    current = '';
  };
  for (const block of blocks) {
    if (block.breakBefore) flush();
    for (const piece of cutPlain(block.text, block.tag, limit)) {
      const html = render(piece, block.tag);
      if (current && current.length + 1 + html.length > limit) flush();
      current = current ? `${current}\n${html}` : html;
    }
  }
  flush();
  return messages;
}
