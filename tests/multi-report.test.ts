import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportMeta } from '../src/corpus/types.ts';
import { routeQuestion } from '../src/routing.ts';
import { buildServer } from '../src/web/server.ts';
import { engineOver, SCHOOL, SHARED, twoReports } from './fixtures/two-reports.ts';
import { ROOT } from './helpers.ts';

describe('several reports loaded together', () => {
  const engine = engineOver(twoReports());
  const shared = JSON.parse(readFileSync(`${ROOT}corpus/${SHARED}.meta.json`, 'utf8')) as ReportMeta;

  it('lists every report, the default first', () => {
    expect(engine.reports().map((r) => [r.id, r.default])).toEqual([[SHARED, true], [SCHOOL, false]]);
  });

  it('answers a question naming the school from the school’s report, and says which report it is', () => {
    const a = engine.answer('蓝天职业技术学院毕业去向落实率是多少');
    expect(a.figure?.text).toBe('93.2%');
    expect(a.source).toMatchObject({ report: '蓝天职业技术学院高等职业教育质量年度报告（2024 年度）', section: '2.1' });
  });

  it('answers a question naming the shared report’s city, or naming none, from the default', () => {
    for (const q of [`${shared.city}中职升学率是多少`, '中职升学率是多少']) {
      const a = engine.answer(q);
      expect(a.figure?.text, q).toBe('51%');
      expect(a.source?.report, q).toBe(shared.title);
    }
  });

  it('answers from the report asked for, whatever the question names', () => {
    expect(engine.answer('升学率是多少', SCHOOL).figure?.text).toBe('15.4%');
  });

  it('finds a figure of another report by its report-tagged ref, and the default report’s by its bare ref', () => {
    expect(engine.explain(`${SCHOOL}:p1f2`)?.source?.report).toBe('蓝天职业技术学院高等职业教育质量年度报告（2024 年度）');
    expect(engine.explain('p1f2')?.source?.report).toBe(shared.title);
    expect(engine.explain('nobody:p1f2')).toBeNull();
  });

  it('tags the alternatives of another report’s answer with that report', () => {
    const bySchool = engineOver(twoReports(), SCHOOL);
    const a = bySchool.answer(`${shared.city}专任教师多少人`);
    expect(a.source?.report).toBe(shared.title);
    expect(a.alternatives.length).toBeGreaterThan(0);
    for (const alt of a.alternatives) expect(bySchool.explain(alt.ref)?.source?.report).toBe(shared.title);
  });

  it('takes REPORT_ID as the default for questions that name no report', () => {
    const bySchool = engineOver(twoReports(), SCHOOL);
    expect(bySchool.meta.id).toBe(SCHOOL);
    expect(bySchool.answer('毕业去向落实率是多少').figure?.text).toBe('93.2%');
  });
});

describe('routing a question among reports', () => {
  const meta = (id: string, city: string, year: number, extra: Partial<ReportMeta> = {}): ReportMeta =>
    ({ id, title: id, shortTitle: id, issuer: '', city, province: '某省', yearCovered: year, published: '', ...extra }) as ReportMeta;
  const reports = [meta('a-2023', '甲市', 2023, { places: ['东县'] }), meta('a-2024', '甲市', 2024, { places: ['东县'] }), meta('b-2024', '乙市', 2024)];

  it('sends a question naming a city, a county or a school to that report', () => {
    expect(routeQuestion('乙市中职在校生多少', reports, 'a-2023')).toBe('b-2024');
    expect(routeQuestion('东县职专升学率', reports, 'b-2024')).toBe('a-2024');
  });

  it('takes the most specific name when a school’s report and its city’s both match, and knows a school by its short name', () => {
    const city = meta('city-2024', '甲市', 2024);
    const school = meta('school-2024', '甲市', 2024, { level: 'school', school: '甲市职业技术学院' });
    expect(routeQuestion('甲市职业技术学院在校生多少', [city, school], 'city-2024')).toBe('school-2024');
    expect(routeQuestion('甲市职院在校生多少', [city, school], 'city-2024')).toBe('school-2024');
    expect(routeQuestion('甲市中职在校生多少', [city, school], 'school-2024')).toBe('school-2024');
  });

  it('picks the edition of the year named, and the default when names and years do not decide', () => {
    expect(routeQuestion('甲市2024年度升学率', reports, 'a-2023')).toBe('a-2024');
    expect(routeQuestion('甲市升学率', reports, 'a-2023')).toBe('a-2023');
    expect(routeQuestion('升学率是多少', reports, 'b-2024')).toBe('b-2024');
  });
});

describe('the HTTP API over several reports', () => {
  const engine = engineOver(twoReports());
  const app = buildServer(engine, { rateLimitPerMinute: 0, corsOrigin: '', logLevel: 'silent', trustProxy: false });
  afterAll(async () => (await app).close());
  const ask = async (body: object) => (await app).inject({ method: 'POST', url: '/api/ask', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

  it('answers from the report the request names in its optional `report`', async () => {
    const r = await ask({ question: '升学率是多少', report: SCHOOL });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ found: true, figure: { text: '15.4%' }, source: { report: '蓝天职业技术学院高等职业教育质量年度报告（2024 年度）' } });
  });

  it('refuses a report that is not loaded, listing those that are', async () => {
    const r = await ask({ question: '升学率是多少', report: 'nowhere-1999' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'report_not_found', message: expect.stringContaining(`${SHARED}、${SCHOOL}`) });
  });

  it('lists the loaded reports', async () => {
    const r = await (await app).inject({ method: 'GET', url: '/api/reports' });
    expect(r.json().reports.map((x: { id: string }) => x.id)).toEqual([SHARED, SCHOOL]);
  });
});
