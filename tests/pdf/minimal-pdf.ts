/**
 * A minimal PDF written by hand for tests: text placed at given positions, in a Type0 font (Identity-H, the
 * character's own code as glyph id, every glyph 1 em wide) with a ToUnicode map, so any Chinese text extracts
 * as written without a font file.
 */

export interface Placed {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size?: number;
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

function toUnicode(chars: readonly number[]): string {
  const lines = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap', '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def', '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange'];
  for (let i = 0; i < chars.length; i += 100) {
    const chunk = chars.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`, ...chunk.map((c) => `<${hex4(c)}> <${hex4(c)}>`), 'endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}

function content(items: readonly Placed[]): string {
  return items
    .map((it) => `BT /F1 ${it.size ?? 10} Tf ${it.x} ${it.y} Td <${[...it.text].map((ch) => hex4(ch.codePointAt(0)!)).join('')}> Tj ET`)
    .join('\n');
}

/** The bytes of a PDF whose pages hold the placed text (A4, origin bottom left). */
export function minimalPdf(pages: readonly (readonly Placed[])[]): Uint8Array {
  const chars = [...new Set(pages.flat().flatMap((it) => [...it.text].map((ch) => ch.codePointAt(0)!)))].sort((a, b) => a - b);
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const stream = (text: string): string => `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled below
  const font = add('<< /Type /Font /Subtype /Type0 /BaseFont /TestCJK /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>');
  add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCJK /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 /CIDToGIDMap /Identity >>');
  add(stream(toUnicode(chars)));
  add('<< /Type /FontDescriptor /FontName /TestCJK /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
  const kids: number[] = [];
  for (const page of pages) {
    const contents = add(stream(content(page)));
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
