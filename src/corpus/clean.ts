/**
 * Stage 1: the PDF extraction → logical blocks. Drops the front matter and the lists of contents, tables,
 * figures and cases; rejoins sentences that page and line breaks cut; keeps every character of wording.
 */

export type Block =
  | { readonly kind: 'heading'; readonly id: string; readonly title: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tableCaption'; readonly no: number; readonly title: string }
  | { readonly kind: 'tableRow'; readonly cells: readonly string[] }
  | { readonly kind: 'figure'; readonly no: number; readonly caption: string }
  | { readonly kind: 'case'; readonly no: number; readonly title: string };

const TOC_ENTRY = /\t\s*-\s*\d+\s*-\s*$|\.{2,}\s*-\s*\d+\s*-\s*$/;
const TOC_HEADING = /^(目\s*录|表\s*目\s*录|图\s*目\s*录|案例\s*目\s*录)$/;
const HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.{0,29})$/u;
const TABLE_CAPTION = /^表\s*(\d{1,3})\s+(\S.*)$/u;
const FIGURE_CAPTION = /^图\s*(\d{1,3})\s+(\S.*)$/u;
const CASE_TITLE = /^案例\s*(\d{1,3})\s+(\S.*)$/u;
// A paragraph that ends on one of these is complete; anything else was cut by a line or page break.
const COMPLETE = /[。！？!?；;…]["”’」』)）]?$/u;

function classify(line: string): Block {
  const table = TABLE_CAPTION.exec(line);
  if (table && !line.includes('\t')) return { kind: 'tableCaption', no: Number(table[1]), title: table[2]!.trim() };
  const figure = FIGURE_CAPTION.exec(line);
  if (figure) return { kind: 'figure', no: Number(figure[1]), caption: figure[2]!.trim() };
  const caseTitle = CASE_TITLE.exec(line);
  if (caseTitle && !COMPLETE.test(line)) return { kind: 'case', no: Number(caseTitle[1]), title: caseTitle[2]!.trim() };
  if (line.includes('\t')) return { kind: 'tableRow', cells: line.split('\t').map((c) => c.trim()) };
  const heading = HEADING.exec(line);
  if (heading && Number(heading[1]!.split('.')[0]) <= 30 && isTitle(heading[2]!)) return { kind: 'heading', id: heading[1]!, title: heading[2]!.trim() };
  return { kind: 'text', text: line };
}

/** A section title is short, has no sentence punctuation and does not start like a measurement. */
function isTitle(title: string): boolean {
  return !/[，。；：！？,;:!?、]/u.test(title) && !/^(年|月|日|届|学年|%)/u.test(title);
}

/** Lines of the contents lists and everything before the first real section heading go. */
function bodyLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+$/u, ''));
  const kept = lines.filter((l) => !TOC_ENTRY.test(l) && !TOC_HEADING.test(l.trim()));
  const first = kept.findIndex((l) => {
    const b = classify(l.trim());
    return b.kind === 'heading';
  });
  return first < 0 ? [] : kept.slice(first);
}

/** Text blocks cut by a break are joined back; other blocks pass through. */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let open: string | null = null;
  const flush = (): void => {
    if (open !== null) blocks.push({ kind: 'text', text: open });
    open = null;
  };
  for (const raw of bodyLines(text)) {
    const line = raw.trim();
    if (!line) continue;
    const block = classify(line);
    if (block.kind === 'text') {
      if (open !== null && !COMPLETE.test(open)) open = joinBroken(open, line);
      else {
        flush();
        open = line;
      }
      continue;
    }
    flush();
    blocks.push(block);
  }
  flush();
  return blocks;
}

/** Chinese is written without spaces, so a break inside it is removed; between Latin words it was one. */
function joinBroken(left: string, right: string): string {
  const needsSpace = /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right);
  return left + (needsSpace ? ' ' : '') + right;
}
