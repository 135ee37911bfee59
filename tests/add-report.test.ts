import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.ts';
import { ROOT } from './helpers.ts';
import { minimalPdf } from './pdf/minimal-pdf.ts';
import { schoolReportPdf } from './pdf/school-report.ts';

const fresh = (): { dir: string; corpus: string; index: string } => {
  const dir = mkdtempSync(join(tmpdir(), 'add-report-'));
  return { dir, corpus: join(dir, 'corpus'), index: join(dir, 'index') };
};

const addReport = (args: string[], env: { corpus: string; index: string }) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/add-report.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CORPUS_DIR: env.corpus, INDEX_DIR: env.index },
  });

const SCHOOL = ['--id', 'school-2024', '--issuer', '某某职业技术学院', '--city', '某市', '--province', '某省', '--school', '某某职业技术学院'];

describe('npm run add-report with a PDF', () => {
  const env = fresh();
  const pdf = join(env.dir, 'report.pdf');
  writeFileSync(pdf, schoolReportPdf());
  const run = addReport([pdf, ...SCHOOL], env);

  it('prints what it found: sections, tables, cases and figures', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('7 sections (3 chapters): 1 学校概况；2 学生发展；3 社会服务');
    expect(run.stdout).toContain('1 tables: 表 1 各专业群在校生（2 行）');
    expect(run.stdout).toContain('1 cases: 案例 1 订单班助力精准就业');
  });

  it('writes the text with table rows kept as rows, cells apart by tabs', () => {
    const text = readFileSync(join(env.corpus, 'school-2024.txt'), 'utf8');
    expect(text).toContain('专业群\t在校生（人）\t专业数\n智能制造\t4200\t12\n');
    expect(text).toContain('学校现有全日制在校生 12345 人，专任教师 567\n人，开设专业 42 个。');
  });

  it('writes metadata read from the cover and the flags', () => {
    expect(JSON.parse(readFileSync(join(env.corpus, 'school-2024.meta.json'), 'utf8'))).toEqual({
      id: 'school-2024', title: '某某职业技术学院高等职业教育质量年度报告（2024 年度）', shortTitle: '某某职业技术学院高等职业教育质量年度报告',
      issuer: '某某职业技术学院', city: '某市', province: '某省', yearCovered: 2024, published: '2025-01', default: true, level: 'school',
      sector: 'higher', school: '某某职业技术学院',
    });
  });

  it('builds an index that answers from the new report, with its section', () => {
    expect(existsSync(join(env.index, 'school-2024.json'))).toBe(true);
    const engine = createEngine({ corpusDir: env.corpus, indexDir: env.index, reportId: 'school-2024', staleIndex: 'refuse', answerCacheSize: 0 });
    const a = engine.answer('毕业去向落实率是多少');
    expect(a.figure?.text).toBe('93.2%');
    expect(a.source).toMatchObject({ section: '2.1', title: '就业质量' });
    expect(engine.sections().map((s) => s.id)).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2', '3']);
  });
});

describe('npm run add-report refuses what it cannot index', () => {
  it('fails naming the file when it finds too few real sections, and writes nothing', () => {
    const env = fresh();
    const txt = join(env.dir, 'flat.txt');
    // Two headings, and a table whose numbered rows must not be counted as more.
    writeFileSync(txt, '某某学院质量报告\n\n一、学校概况\n学校现有在校生 1200 人。\n1 智能制造 300 人\n1 现代服务 200 人\n二、学生发展\n毕业生 300 人。\n');
    const run = addReport([txt, ...SCHOOL, '--title', '某某学院质量报告（2024）', '--published', '2025-01'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('flat.txt: found only 2 section heading(s) (at least 3 expected)');
    expect(existsSync(join(env.corpus, 'school-2024.txt'))).toBe(false);
  });

  it('names the flags to give when the cover does not say the year and the place', () => {
    const env = fresh();
    const txt = join(env.dir, 'bare.txt');
    writeFileSync(txt, '一、概况\n在校生 10 人。\n二、发展\n毕业生 3 人。\n三、服务\n培训 5 人次。\n');
    const run = addReport([txt, '--id', 'bare'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bare.txt: the cover does not say it: give --title, --issuer, --city, --province, --year, --published YYYY-MM');
  });

  it('refuses a PDF with no text layer (a scan), naming the file', () => {
    const env = fresh();
    const pdf = join(env.dir, 'scan.pdf');
    writeFileSync(pdf, minimalPdf([[{ x: 50, y: 800, text: '12' }], []]));
    const run = addReport([pdf, ...SCHOOL], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('scan.pdf: the PDF has almost no text (a scan?)');
  });

  it('refuses a file that is no PDF at all, naming it', () => {
    const env = fresh();
    const pdf = join(env.dir, 'broken.pdf');
    writeFileSync(pdf, 'not a pdf');
    const run = addReport([pdf, ...SCHOOL], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('broken.pdf: cannot read the PDF');
  });

  it('refuses a file that is neither a PDF nor text', () => {
    const env = fresh();
    const doc = join(env.dir, 'report.docx');
    writeFileSync(doc, 'x');
    const run = addReport([doc, ...SCHOOL], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('report.docx: expected a .pdf or a .txt file');
  });
});
