/**
 * Stage 1: the PDF extraction → logical blocks, as an ordered pipeline: page furniture goes, then the contents
 * lists; each line is read as a caption, a table row, a heading or text; tables are evened to their width;
 * everything before the first heading goes; numbered lines become headings where they continue the outline;
 * text cut by line and page breaks is joined again. Every character of wording is kept.
 */
import type { Block, LineBlock, Row } from './blocks.ts';
import { dropContents, dropUnnumberedContents } from './contents.ts';
import { evenTables } from './even-tables.ts';
import { bodyOf } from './front-matter.ts';
import { joinBrokenHeadings } from './heading-lines.ts';
import { joinBrokenText } from './join-text.ts';
import { Outline } from './outline.ts';
import { dropPageFurniture } from './page-furniture.ts';
import { readLines } from './read-lines.ts';

export type { Block } from './blocks.ts';

export function toBlocks(text: string): Block[] {
  const lines = joinBrokenHeadings(dropContents(dropUnnumberedContents(dropPageFurniture(text.split(/\r?\n/).map((l) => l.replace(/\s+$/u, ''))))));
  return joinBrokenText(outline(bodyOf(evenTables(readLines(lines)))));
}

/** Numbered lines that continue the outline are headings with their path as id; the others are text. */
function outline(blocks: readonly LineBlock[]): (Block | Row)[] {
  const tree = new Outline();
  const headings = new Set<string>();
  const out: (Block | Row)[] = [];
  for (const b of blocks) {
    if (b.kind !== 'mark') {
      out.push(b);
      continue;
    }
    const id = tree.accept(b.mark);
    if (id) {
      headings.add(b.line);
      out.push({ kind: 'heading', id, title: b.mark.title });
    } else if (!headings.has(b.line)) out.push({ kind: 'text', text: b.line });
    // A heading said again where it does not continue the outline is its chapter's running header: it goes.
  }
  return out;
}
