import 'dotenv/config';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { checkFound, describeFound } from '../corpus/found.ts';
import { newMeta } from '../corpus/new-meta.ts';
import type { RawReport } from '../corpus/types.ts';
import { CorpusError } from '../errors.ts';
import { buildKnowledge, writeKnowledge } from '../index/store.ts';
import { pdfText } from '../pdf/extract.ts';
import { ensureDictionary } from '../text/dictionary-file.ts';

const USAGE =
  'usage: npm run add-report -- FILE.pdf|FILE.txt --id NAME [--title …] [--issuer …] [--city …] [--province …] [--year N] [--published YYYY-MM] [--level city|county|school] [--school …] [--places 甲县,乙区] [--default]';

const MIN_CHINESE = 200;

async function readReportText(file: string): Promise<string> {
  if (!existsSync(file)) throw new CorpusError(file, 'file not found');
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') {
    let text: string;
    try {
      text = await pdfText(file);
    } catch (error) {
      throw new CorpusError(file, `cannot read the PDF (${(error as Error).message})`);
    }
    // A scan has pages of pictures and no text layer: nothing to read until it is OCRed.
    if ((text.match(/[\u4e00-\u9fff]/gu) ?? []).length < MIN_CHINESE) throw new CorpusError(file, 'the PDF has almost no text (a scan?): OCR it first, or give the text as a .txt');
    return text;
  }
  if (ext === '.txt') return readFileSync(file, 'utf8');
  throw new CorpusError(file, 'expected a .pdf or a .txt file');
}

function level(raw: string | undefined): 'city' | 'county' | 'school' | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'city' || raw === 'county' || raw === 'school') return raw;
  throw new Error(`--level must be city, county or school, got "${raw}"`);
}

/** `npm run add-report`: text from the PDF, metadata, a check of what was found, then corpus files and the index. */
async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      id: { type: 'string' }, title: { type: 'string' }, issuer: { type: 'string' }, city: { type: 'string' }, province: { type: 'string' },
      year: { type: 'string' }, published: { type: 'string' }, level: { type: 'string' }, school: { type: 'string' }, places: { type: 'string' },
      default: { type: 'boolean' },
    },
  });
  const file = positionals[0];
  if (!file || !values.id || positionals.length > 1) throw new Error(USAGE);
  const config = readConfig();
  const text = await readReportText(file);
  const others = existsSync(config.corpusDir) ? readdirSync(config.corpusDir).filter((f) => f.endsWith('.meta.json') && f !== `${values.id}.meta.json`) : [];
  const meta = newMeta(file, text, {
    id: values.id,
    isDefault: values.default ?? others.length === 0,
    ...(values.title ? { title: values.title } : {}),
    ...(values.issuer ? { issuer: values.issuer } : {}),
    ...(values.city ? { city: values.city } : {}),
    ...(values.province ? { province: values.province } : {}),
    ...(values.year ? { year: Number(values.year) } : {}),
    ...(values.published ? { published: values.published } : {}),
    ...(level(values.level) ? { level: level(values.level)! } : {}),
    ...(values.school ? { school: values.school } : {}),
    ...(values.places ? { places: values.places.split(/[,，、]/u).map((p) => p.trim()).filter(Boolean) } : {}),
  });
  const txtFile = join(config.corpusDir, `${meta.id}.txt`);
  const raw: RawReport = { meta, file, text };
  // jieba's dictionary must hold the new report's rare words before the first cut (once per process).
  const kept = existsSync(config.corpusDir) ? readdirSync(config.corpusDir).filter((f) => f.endsWith('.txt') && f !== `${meta.id}.txt`) : [];
  ensureDictionary([...kept.sort().map((f) => readFileSync(join(config.corpusDir, f), 'utf8')), text]);
  const kb = buildKnowledge(raw);
  checkFound(file, kb);
  mkdirSync(config.corpusDir, { recursive: true });
  writeFileSync(txtFile, text);
  writeFileSync(join(config.corpusDir, `${meta.id}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
  const stored = { ...raw, file: txtFile };
  const path = writeKnowledge(config.indexDir, stored, buildKnowledge(stored));
  console.log(`${meta.id}: ${meta.title}（${meta.issuer}，${meta.yearCovered} 年度）`);
  for (const line of describeFound(kb)) console.log(`  ${line}`);
  console.log(`→ ${txtFile}, ${join(config.corpusDir, `${meta.id}.meta.json`)}, ${path}`);
  const alsoDefault = others.filter((f) => meta.default && (JSON.parse(readFileSync(join(config.corpusDir, f), 'utf8')) as { default?: boolean }).default);
  if (alsoDefault.length) console.log(`note: ${alsoDefault.join(', ')} is marked default too; REPORT_ID decides, else the first by file name`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`add-report: ${(error as Error).message}`);
  process.exitCode = 1;
});
