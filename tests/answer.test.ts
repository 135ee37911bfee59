import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, realAnswerer, realRanker } from './helpers.ts';

// These tables check which figure, list or passage the engine ranks first; abstention is tested apart (gate.test.ts).
const answerer = realRanker();
const reportText = answerer.kb.report.text.replace(/\s+/g, '');

describe('answer(): figures', () => {
  it.each([
    ['新乡中职升学率是多少', '51%', '2.5'],
    ['中职在校生有多少人', '4.51 万人', '1.1'],
    ['在校生职普比是多少', '1:3.06', '1.1'],
    ['招生职普比', '1:2.57', '1.1'],
    ['毕业生满意度是多少', '89%', '2.3'],
    ['应届毕业生满意度', '92%', '2.3'],
    ['用人单位满意度多少', '93%', '2.3'],
    ['省赛拿了几个一等奖', '36 个', '2.6'],
    ['获嘉县职专2023届就业率', '99.8%', '2.4'],
    ['专任教师多少人', '2283 人', '1.3'],
    ['国家助学金每年多少钱', '2000 元', '5.4'],
    ['辍学的人多吗？在校生有多少', '4.51 万人', '1.1'],
    // The unit named (多少人) beats the one the topic implies (奖学金 → money).
    ['获得国家奖学金的有多少人', '56 人', '5.4'],
    ['中职老师有多少个', '2283 人', '1.3'],
    ['国家奖学金一个人能拿多少', '6000 元', '5.4'],
    // In an enumeration the noun after a figure is what it counts (117 家企业).
    ['新乡市域产教联合体里有多少家企业', '117 家', '4.3'],
    ['中职学生免学费是哪一年开始的', '2012 年', '5.4'],
    // A figure right after a threshold counts what passed it; the one before it is another figure.
    ['牧野区职教中心600分以上的有多少人', '15 人', '2.5'],
    ['牧野区职教中心本科上线多少人', '21 人', '2.5'],
    // 平均, 一个学生 ask for a per-student figure: the figure need not repeat them.
    ['学校图书馆书多不多 平均下来一个学生能有几本书', '37 册', '1.2'],
    // 新乡县级 is the city's 县级, not the county 新乡县.
    ['新乡县级社区学院有几个', '18 个', '4.2'],
    // A rough ask (多不多) yields to the exact one after it.
    ['中职学校图书多不多？平均下来每个学生有几本纸质书', '37 册', '1.2'],
    ['国家奖学金是哪年设立的', '2019 年', '5.4'],
    ['第三产业就业的有多少人', '3924人', '2.4'],
    ['市赛一等奖多少个', '173 个', '2.6'],
    ['省赛一等奖几个', '36 个', '2.6'],
    ['全市有多少所中职学校', '24 所', '1.1'],
    ['全市有多少中职学生', '4.51 万人', '1.1'],
    ['学生对学校满意吗', '81%', '2.3'],
    ['老师对学校满意吗', '97%', '2.3'],
    // What is rated names the facet (思想政治课教学满意度); the level asked rules out another level's figure.
    ['学生对思政课教学满不满意', '84%', '2.3'],
    ['全省班主任能力比赛我们拿了几个一等奖', '3 人', '3.7'],
    ['市里班主任能力比赛有多少老师获奖', '16 人', '3.7'],
    ['享受助学金的学生有多少人次', '9234 人次', '5.4'],
    // Another kind of school beside the report's own is context, not the subject.
    ['孩子初中毕业了，上职专以后一个月能挣多少钱', '2650元', '2.4'],
    ['在高中阶段招生里，职业教育和普通高中的比例是多少', '1:2.57', '1.1'],
    ['What was the average monthly income of graduates?', '2650元', '2.4'],
    // A breakdown in brackets belongs to the figure before it; the level named before a figure is its own.
    ['县级公办中职学校多少所', '11 所', '1.1'],
    ['市级学校有几所，县级呢', '3 所', '1.1'],
    ['市优质课评选二等奖有几节', '36 节', '3.4.1'],
    ['中职学生毕业后留在新乡本地工作的多吗', '2830 人', '4.1.1'],
    ['中职毕业生有多少人', '12242人', '2.4'],
    ['2023年全市中职资助资金总额', '1.06 亿元', '5.4'],
    ['获嘉职专起薪涨了多少', '7%', '2.4'],
    ['新乡推荐了几名班主任参加全国比赛', '2 名', '3.7'],
    ['企业对中职毕业生到底满不满意', '93%', '2.3'],
    ['中职学生毕业后在本地就业的多少人', '2830 人', '4.1.1'],
    // Counts written in words are figures too; a rare word of the question must be around the figure.
    ['几位老师被评为模范班主任', '三位', '3.7'],
    ['有几个人代表河南省参加国赛', '两人', '2.6'],
    ['生均实践教学工位数', '0.66 个', '1.2'],
    ['在校生对课堂育人的满意度', '80%', '2.3'],
    ['新乡中职毕业生月薪多少', '2650元', '2.4'],
    ['省优质课二等奖我们拿了几节', '15 节', '3.4.1'],
    ['What is the enrollment rate to higher education?', '51%', '2.5'],
  ])('%s → %s from %s', (q, figure, section) => {
    const a = answerer.answer(q);
    expect(a.found).toBe(true);
    expect(a.figure?.text).toBe(figure);
    expect(a.source?.section).toBe(section);
    expect(a.answer.startsWith(figure)).toBe(true);
  });

  it.each(['新乡中职升学率是多少', '全市中职专任老师多少', '生均校园用地面积', '获嘉县职专本科录取率', '2023年资助资金总共发了多少钱'])(
    'copies the figure and its sentence from the report, never computes them: %s',
    (q) => {
      const a = answerer.answer(q);
      expect(a.found).toBe(true);
      const fig = a.figure!.text.replace(/\s+/g, '');
      expect(reportText).toContain(fig);
      expect(reportText).toContain(a.source!.paragraph.replace(/\s+/g, ''));
      expect(a.source!.paragraph.replace(/\s+/g, '')).toContain(fig);
    },
  );

  it('shows the defective 291. figure as written, with a note', () => {
    const a = answerer.answer('全市中职校园占地面积多少');
    expect(a.figure?.text).toBe('291.万平方米');
    expect(a.figure?.value).toBeNull();
    expect(a.answer).toMatch(/原文如此/);
  });

  it('offers the near miss as an alternative that can be answered by ref', () => {
    const a = answerer.answer('中职满意度是多少');
    expect(a.found).toBe(true);
    const alt = a.alternatives[0];
    if (alt) expect(answerer.explain(alt.ref)?.figure?.text).toBe(alt.text);
  });
});

describe('answer(): lists and passages', () => {
  it.each([
    ['表1里高水平中等职业学校有哪几所', ['新乡市职业教育中心', '长垣职业中等专业学校', '获嘉县职业中等专业学校'], '1.1'],
    ['专业点前十的专业有哪些', ['电子商务', '作物生产技术'], '3.1'],
    ['省级示范性社区学校是哪几个', ['新乡县翟坡镇中心学校朝阳社区学校'], '4.2'],
    ['辉县市职专有哪些省级示范专业点', ['中餐烹饪专业'], '3.1'],
    ['延津县职专哪个专业是省级示范专业点', ['服装设计与工艺'], '3.1'],
    // Which one did it: the institutions the best-fitting sentence names.
    ['新乡市域产教联合体是哪个学校牵头的', ['新乡职业技术学院'], '4.3'],
    ['郭文霞名班主任工作室在哪个学校', ['获嘉县职业中等专业学校'], '3.7'],
    ['新乡职业技术学院有哪几个省级示范专业点', ['数控技术', '机电一体化技术'], '3.1'],
    ['原阳县职业教育中心的示范专业点是什么专业', ['幼儿保育'], '3.1'],
    ['原阳职教中心入选了什么省级项目', ['高水平专业群'], '1.1'],
  ])('%s lists the items', (q, items, section) => {
    const a = answerer.answer(q);
    expect(a.found).toBe(true);
    for (const i of items) expect(a.answer).toContain(i);
    expect(a.source?.section).toBe(section);
  });

  it.each([
    ['新乡职业教育存在哪些问题', ['一是办学条件有待提升', '五是产教融合深度还不够']],
    ['下一步有什么对策建议', ['一是提升办学水平', '三是努力营造']],
  ])('%s quotes the whole numbered run of points', (q, points) => {
    const a = answerer.answer(q);
    for (const point of points) expect(a.source?.paragraph).toContain(point);
  });

  it('quotes only the point a question singles out', () => {
    const a = answerer.answer('产教融合方面存在什么问题');
    expect(a.source?.paragraph.startsWith('五是产教融合深度还不够')).toBe(true);
    expect(a.source?.paragraph).not.toContain('一是');
  });

  it('answers 哪些专业 with the column that names them, not the schools beside them', () => {
    const a = answerer.answer('哪些专业是省级示范专业点');
    expect(a.items).toContain('工业机器人技术应用');
    expect(a.items).not.toContain('新乡市职业教育中心');
  });

  it.each([
    ['新乡职业教育存在哪些问题', '6.1'],
    ['下一步有什么对策建议', '6.2'],
    ['教材怎么选用的', '3.5'],
    ['教材是从哪里选的', '3.5'],
  ])('%s answers with the paragraph of %s', (q, section) => {
    const a = answerer.answer(q);
    expect(a.found).toBe(true);
    expect(a.source?.section).toBe(section);
  });
});

describe('answer(): what the report does not say', () => {
  it.each([
    ['郑州中职在校生多少人'],
    ['2019年全市中职毕业生多少人'],
    ['中职老师工资多少'],
    ['民办中职学费多少钱'],
    ['辍学率是多少'],
    ['你好呀'],
    ['河南全省的升学比例'],
    ['河南省中职升学率是多少'],
    // 学费 is not in 免学费: free tuition is no tuition figure.
    ['新乡中职的学费一年多少钱'],
    // A word the report never uses that narrows who is counted.
    ['新乡中职有多少外籍教师'],
    ['中职有多少博士老师'],
    ['新乡中职有多少女教师'],
    ['新乡中职去年的辍学人数是多少'],
    ['普通高中有多少学生'],
    ['新乡中职毕业生考公务员的有多少'],
    ['新乡中职的校长有多少位'],
    ['新乡中职毕业生出国留学的有多少'],
    // A word the report never uses that names a thing weighs enough to keep the rest from answering.
    ['2023年新乡中职学生参军入伍多少人'],
    ['2025年新乡中职招生计划'],
    // A difference would be computed; a school's students are not its registered users.
    ['在校生满意度比毕业生满意度低多少'],
    ['新乡市职业教育中心有多少学生'],
    ['新乡中职学校一共有多少个班级'],
    // A unit the report never uses would need converting (291.万平方米 → 亩): figures are never converted.
    ['新乡中职学校占地多少亩'],
  ])('%s → found false with suggestions and no figure', (q) => {
    const a = answerer.answer(q);
    expect(a.found).toBe(false);
    expect(a.figure).toBeNull();
    expect(a.source).toBeNull();
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.answer).toContain('新乡市职业教育质量年度报告');
  });

  it('says that a chart’s data is not in the text', () => {
    const a = answerer.answer('图4里的就业数据是多少');
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/图 4.*不在报告文本/);
  });
});

describe('the report’s example questions', () => {
  const meta = JSON.parse(readFileSync(`${ROOT}corpus/xinxiang-2023.meta.json`, 'utf8')) as { examples: string[] };
  it.each(meta.examples)('%s is answered from the report', (q) => {
    const a = realAnswerer().answer(q);
    expect(a.found).toBe(true);
    expect(a.source?.paragraph.length).toBeGreaterThan(0);
  });
});
