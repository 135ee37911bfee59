import { Converter } from 'opencc-js/t2cn';

// OpenCC's traditional → mainland simplified table; built once, it is pure afterwards.
const toSimplified = Converter({ from: 't', to: 'cn' });

// C0/C1 controls, zero-width characters and bidi marks: never meaningful in a question.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/g;

/**
 * One form for every text that is compared: NFKC (full-width digits and punctuation become ASCII),
 * traditional characters become simplified, invisible characters go, runs of white space become one.
 */
export function normalize(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(/[\t\r\n ]+/g, ' ')
    .trim();
}
