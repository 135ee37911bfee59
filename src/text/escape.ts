/** HTML escaping for every channel that writes markup (the web page, Telegram's HTML parse mode), and text put
 * literally inside a regular expression. */

/** Text between tags: `&`, `<`, `>` (all Telegram's HTML mode needs, and it counts every added character). */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text inside a quoted attribute as well. */
export const escapeAttribute = (s: string): string => escapeHtml(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A text matched literally inside a pattern (a place, a unit, a lexicon phrase). */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
