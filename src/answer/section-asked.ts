import typesLexicon from '../lexicon/question-types.json' with { type: 'json' };
import { assertLexicon } from '../lexicon/schema.ts';
import { chineseAmount } from '../corpus/numerals.ts';
import type { Section } from '../corpus/types.ts';
import { escapeRe } from '../text/escape.ts';

const CONTENT = new RegExp(assertLexicon('question-types.json', typesLexicon).sectionContent, 'u');
/** 第六部分, 第三章: a chapter named by its number. */
const CHAPTER = /第([一二三四五六七八九十\d]{1,2})(?:部分|章|大部分|大块)/u;
/** What says a title names a section: 那一节, 这部分, 章节, 板块. */
const SECTION_WORD = /^(?:那|这)?(?:一)?(?:节|小节|部分|章|章节|板块)/u;
/** The report named as the one that says it (报告里列的, 报告中提到的): a title after it is the report's section. */
const REPORT_SAYS = /报告(?:里|中|上)?(?:列|写|提|说|讲)/u;
/** A title this short (规模和结构 is five) is named only with a word that says it is a section. */
const SHORT_TITLE = 4;

/**
 * The section a question names and asks the content of (6.1…各是啥, 第六部分提了哪几条对策建议,
 * 质量保证体系建设那一节写了哪两块工作) — by its number, by a chapter's number, or by its own title — or null.
 */
export function sectionAsked(whole: string, sectionRef: string | null, sections: readonly Section[]): Section | null {
  const text = whole.replace(/\s+/gu, '');
  if (!CONTENT.test(text)) return null;
  const byRef = sectionRef === null ? undefined : sections.find((s) => s.id === sectionRef);
  const chapterNo = CHAPTER.exec(text)?.[1];
  const chapterN = chapterNo === undefined ? null
    : /^\d+$/u.test(chapterNo) ? Number(chapterNo) : chineseAmount(chapterNo);
  const chapterId = chapterN === null ? null : String(chapterN);
  // A title is named as a section when a word says so (…那一节), after its number (6.1存在问题), or inside the chapter
  // named (第六部分…对策建议).
  const named = (s: Section): boolean => {
    const title = s.title.replace(/\s+/gu, '');
    // (存在的问题 for 存在问题: a 的 between its words is the same title.)
    const found = new RegExp([...title].map(escapeRe).join('的?'), 'u').exec(text);
    if (title.length < SHORT_TITLE || !found) return false;
    const at = found.index;
    const inChapter = chapterId !== null && (s.id === chapterId || s.id.startsWith(`${chapterId}.`));
    // …or as the report's own (报告里列的…存在的问题).
    const reports = REPORT_SAYS.test(text.slice(0, at));
    const before = text.slice(0, at);
    return SECTION_WORD.test(text.slice(at + found[0].length)) || before.endsWith(s.id) || inChapter || reports;
  };
  const titled = sections.filter(named).sort((a, b) => b.title.length - a.title.length);
  return byRef ?? titled[0] ?? (chapterId === null ? null : sections.find((s) => s.id === chapterId) ?? null);
}

/** A point's first sentence (一是办学条件有待提升。), as the report writes it; a long one is cut with an ellipsis. */
export function leadSentence(text: string, max = 120): string {
  const first = /^[^。！!？?]*[。！!？?]?/u.exec(text)?.[0] ?? text;
  return first.length > max ? `${first.slice(0, max)}…` : first;
}
