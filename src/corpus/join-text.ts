import { type Block, COMPLETE, type Row } from './blocks.ts';

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
    } else if (open !== null && !COMPLETE.test(open)) open = joinBroken(open, block.text);
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
