/** One Bot API call a handler asks for. Handlers never call Telegram: they list actions, the sender delivers them. */
export interface Action {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /** Actions in one lane go out in order, one at a time: a chat, or one callback or inline query. */
  readonly lane: string;
  /** On a reply's first message: the question message it answers, so an edit of the question edits it. */
  readonly question?: number;
  /** On an edit: the question whose reply is edited; its message id is looked up when it is sent. */
  readonly editOf?: number;
  /** An apology is never followed by another one. */
  readonly kind: 'reply' | 'apology';
}

/** A queued action as the sender sees it. */
export interface QueuedAction extends Action {
  readonly id: number;
  readonly updateId: number;
  readonly createdAt: number;
  readonly attempts: number;
}

export function laneOf(method: string, payload: Record<string, unknown>): string {
  if (payload['chat_id'] !== undefined) return `chat:${String(payload['chat_id'])}`;
  if (typeof payload['callback_query_id'] === 'string') return `cb:${payload['callback_query_id']}`;
  if (typeof payload['inline_query_id'] === 'string') return `inline:${payload['inline_query_id']}`;
  return `call:${method}`;
}
