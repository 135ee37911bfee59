import { describe, expect, it } from 'vitest';
import { realAnswerer } from './helpers.ts';

const repair = (q: string): string => (realAnswerer() as unknown as { text: { repairTypos(q: string): string } }).text.repairTypos(q);

describe('typos that sound right, repaired against the report’s own wording', () => {
  it.each([
    ['比列 → 比例 (a word of the report that sounds the same)', '2023年中职升学比列？', '2023年中职升学比例？'],
    ['志原者 → 志愿者 (one character, inside a word jieba does not know)', '红旗区社区学院注册的志原者有多少人？', '红旗区社区学院注册的志愿者有多少人？'],
    ['就叶率 → 就业率', '新乡中职23届毕业生就叶率全市是多少', '新乡中职23届毕业生就业率全市是多少'],
    ['智彗 → 智慧 (jieba cuts the typo apart: 台智/彗)', '辉县职专投了多少台智彗黑板用于教学？', '辉县职专投了多少台智慧黑板用于教学？'],
    ['建档力卡 → 建档立卡', '助学金里原建档力卡的那部分资金是多少？', '助学金里原建档立卡的那部分资金是多少？'],
    ['满意渡 → 满意度', '毕业三年以内的中职生对学校满意渡多少', '毕业三年以内的中职生对学校满意度多少'],
    ['将学金 → 奖学金 (学金 is a piece of a word, no word 将 belongs to)', '听人说中职也有国家将学金？', '听人说中职也有国家奖学金？'],
    ['编织 → 编制 (a word of the language, held whole by four characters the report writes: 额定编制)', '2023年全市中职教职员工额定编织数是多少人', '2023年全市中职教职员工额定编制数是多少人'],
    ['讲学金 → 奖学金 (a word of talk, 讲学, held whole by a long report word)', '中专那个国家讲学金一个人能奖多少钱', '中专那个国家奖学金一个人能奖多少钱'],
  ])('repairs %s', (_, typed, repaired) => {
    expect(repair(typed)).toBe(repaired);
  });

  it.each([
    ['人说 is no 人数 (说 is speech)', '可他爸总说职专毕业找不着工作'],
    ['在哪 is no 在内 (哪 asks)', '新乡电工证焊工证在哪考 要多少钱'],
    ['叫什么 is no 教什么', '2023年新批的3所民办中职叫什么名字？'],
    ['学汽修 is no 学期修 (a two-character report word only for a character the report never writes)', '学汽修好还是学电子商务好'],
    ['关心 is a word, not 关系', '学校关心学生吗'],
    ['讲课 is no 奖… (no long report word holds it whole)', '职专老师讲课讲得好不好'],
    ['说明 stays (a word of talk the report writes)', '请说明一下国家奖学金的标准'],
  ])('leaves words alone: %s', (_, typed) => {
    expect(repair(typed)).toBe(typed);
  });
});
