import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/answer/question.ts';
import { realAnswerer } from './helpers.ts';

const { kb } = realAnswerer();
const { city, places, province } = kb.report.meta;
const parse = (q: string) => parseQuestion(q, kb.entities, city, places ?? [], province);

describe('reading a question’s frame', () => {
  it.each([
    ['专业本身（不是专业点）到底有几个？', ['专业点']],
    ['全市中职有多少个专业？我问的是专业个数不是专业点', ['专业点']],
    // 是不是 and 要不要 ask whether; they rule nothing out.
    ['上了职专是不是就没法上大学了', []],
    ['上中职要不要交学费', []],
  ])('%s rules out %j', (q, excluded) => {
    expect(parse(q).excluded).toEqual(excluded);
  });

  it('reads 要不要交学费 as whether, not as asking for an opinion', () => {
    const q = parse('上中职要不要交学费');
    expect(q.qtypes).not.toContain('opinion');
  });

  it('answers the part with the question mark, not the one told with a full stop before it', () => {
    expect(parse('家长最关心孩子出来能挣多少。报告里2023年中职毕业生的月收入是多少？').focus).toContain('月收入');
    // Two questions, both asked: the first is answered.
    expect(parse('全市中职总共多少个专业点？涉及几个专业大类？').focus).toContain('专业点');
  });

  it.each([
    ['哪个县的中职在校生人数最多？', 'list'],
    ['新乡中职哪些专业开的学校最多？', 'list'],
    ['新乡中职在校生人数多少？', 'number'],
  ])('reads %s as asking for %s (a which-is-most names, it counts nothing)', (q, intent) => {
    expect(parse(q).intent).toBe(intent);
  });

  it('leaves a parent naming themselves and an inquiry desk’s wrapper out of what is asked', () => {
    expect(parse('我们家长也不太懂，这个中职的国家奖学金一个人能奖多少钱啊？').terms.map((t) => t.text)).not.toContain('家长');
    const desk = parse('有市民来电询问：2023年中职国家助学金惠及了多少人次？请问报告中是否有相关数据？');
    expect(desk.terms.map((t) => t.text)).not.toEqual(expect.arrayContaining(['市民']));
    expect(desk.aggregation).toBe(null);
  });

  it('leaves reported speech and 报告里怎么说的 out of what is asked', () => {
    const q = parse('有位家长问我：新乡民办的中职学校有几所？');
    expect(q.terms.map((t) => t.text)).not.toContain('家长');
  });

  it('reads a school year as two years, and a place before a level word as no place', () => {
    expect(parse('2023-2024学年全市中职招生人数').years).toEqual([2023, 2024]);
    expect(parse('新乡县级社区学院有几个').places).toEqual([]);
  });

  it('keeps a compound’s head word for matching (国家助学金 → 助学金)', () => {
    expect(parse('国家助学金发了多少钱').terms.find((t) => t.text === '国家助学金')?.head).toBe('助学金');
  });

  it.each([
    ['6.2第二条 产教融合那块 具体提了啥', '6.2'],
    ['2.5里说升学的有多少', '2.5'],
    ['在校生4.51万人是哪年的', null],
    ['升学比例51%是多少', null],
  ])('reads a section named by its number in %s as %s', (q, ref) => {
    expect(parse(q).sectionRef).toBe(ref);
  });

  it('answers a rough ask by the exact one after it (图书多不多？每个学生有几本)', () => {
    expect(parse('中职学校图书多不多？平均下来每个学生有几本纸质书').focus).toContain('几本');
  });
});


describe('reading a share asked of a whole (A占B的比例)', () => {
  it.each([
    ['咱们市中职双师型老师占专任教师的比例现在到多少了？', '专任教师'],
    ['专任教师占教职工总数的百分之几', '教职工'],
    ['双师型教师比例是多少', null],
  ])('reads %s as a share of %s', (q, over) => {
    expect(parse(q).shareOver).toBe(over);
  });

  it('answers a share of B with the share taken of B, not with the share B itself is of something else', () => {
    const a = realAnswerer().answer('咱们市中职双师型老师占专任教师的比例现在到多少了？');
    expect(a.figure?.text).toBe('46%');
    const whole = kb.facts.find((f) => f.text.replace(/\s/g, '') === '86%');
    expect(whole?.frame?.shareOf).toBe('专任教师');
  });
});
