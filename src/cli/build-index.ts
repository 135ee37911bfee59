import 'dotenv/config';
import { readConfig } from '../config.ts';
import { checkFound } from '../corpus/found.ts';
import { loadCorpus } from '../corpus/load.ts';
import { buildKnowledge, writeKnowledge } from '../index/store.ts';
import { TRIMMED_DICT, writeProjectDictionary } from '../text/dictionary-file.ts';

/** `npm run build-index`: ingests every report in the corpus folder and writes its stamped index. */
function main(): void {
  const config = readConfig();
  const raws = loadCorpus(config.corpusDir);
  if (writeProjectDictionary(raws.map((r) => r.text))) console.log(`dictionary: trimmed to the reports' words → ${TRIMMED_DICT}`);
  for (const raw of raws) {
    const t0 = performance.now();
    const kb = buildKnowledge(raw);
    checkFound(raw.file, kb);
    const path = writeKnowledge(config.indexDir, raw, kb);
    const ms = (performance.now() - t0).toFixed(0);
    console.log(`${raw.meta.id}: ${kb.report.sections.length} sections, ${kb.report.paragraphs.length} paragraphs, ${kb.report.tables.length} tables, ${kb.report.cases.length} cases, ${kb.facts.length} facts, ${kb.report.defects.length} flagged defects → ${path} (stamp ${kb.stamp}, ${ms} ms)`);
    for (const d of kb.report.defects) console.log(`  flagged: “${d.text}” at ${d.span.start}: ${d.reason}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`build-index: ${(error as Error).message}`);
  process.exitCode = 1;
}
