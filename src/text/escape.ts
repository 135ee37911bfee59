/** HTML escaping for every channel that writes markup (the web page, Telegram's HTML parse mode). */

/** Text between tags: `&`, `<`, `>` (all Telegram's HTML mode needs, and it counts every added character). */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text inside a quoted attribute as well. */
export const escapeAttribute = (s: string): string => escapeHtml(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
