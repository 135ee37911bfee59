import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { joinFullLines } from './paragraphs.ts';
import { placedLines, type TextItem } from './text-items.ts';

/** The text of a PDF through pdfjs-dist (legacy build for Node 20): its pages' lines in reading order, pages apart. */

const PDFJS = dirname(dirname(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'))));

export async function pdfText(file: string): Promise<string> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({
    data,
    cMapUrl: join(PDFJS, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS, 'standard_fonts') + '/',
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , , x, y] = it.transform as number[];
        items.push({ text: it.str, x: x!, y: y!, width: it.width, size: Math.hypot(a!, b!) || it.height || 10 });
      }
      pages.push(joinFullLines(placedLines(items)).join('\n'));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages.join('\n\n') + '\n';
}
