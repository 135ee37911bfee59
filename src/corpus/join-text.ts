import { type Block, COMPLETE, type Row } from './blocks.ts';

// A line that starts a numbered item (1. 2、 （3） ④) starts a paragraph of its own.
const ITEM_START = /^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])/u;

/** Text blocks cut by a break are joined back; other blocks pass through. */
export function joinBrokenText(blocks: readonly (Block | Row)[]): Block[] {
  const out: Block[] = [];
  let open: string | null = null;
  const flush = (): void => {
    if (open !== null) out.push({ kind: 'text', text: open });
    open = null;
  };
  for (const block of blocks) {
    if (block.kind !== 'text') {
      flush();
      out.push(block.kind === 'row' ? { kind: 'text', text: block.text } : block);
    } else if (open !== null && !COMPLETE.test(open) && !ITEM_START.test(block.text)) open = joinBroken(open, block.text);
    else {
      flush();
      open = block.text;
    }
  }
  flush();
  return out;
}

/** Chinese is written without spaces, so a break inside it is removed; between Latin words it was one. */
function joinBroken(left: string, right: string): string {
  const needsSpace = /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right);
  return left + (needsSpace ? ' ' : '') + right;
}
