import { describe, expect, it } from 'vitest';
import { joinFullLines } from '../src/pdf/paragraphs.ts';
import { pageLines, type TextItem } from '../src/pdf/text-items.ts';

const item = (text: string, x: number, y: number, size = 10): TextItem => ({ text, x, y, width: [...text].length * size, size });

describe('PDF text items become lines in reading order', () => {
  it('orders lines top to bottom and items left to right, whatever order the PDF gives them in', () => {
    expect(pageLines([item('第二行', 50, 780), item('后半', 70, 800), item('前半', 50, 800)])).toEqual(['前半后半', '第二行']);
  });

  it('puts items on one line when their baselines differ by less than half an em (a superscript, a bolder run)', () => {
    expect(pageLines([item('在校生', 50, 800), item('12345', 90, 802)])).toEqual(['在校生 12345']);
  });

  it('separates table cells that stand far apart with a tab', () => {
    expect(pageLines([item('学校名称', 50, 700), item('在校生', 200, 700), item('3200', 350, 700)])).toEqual(['学校名称\t在校生\t3200']);
  });

  it('joins Chinese runs with nothing and keeps a word space where the PDF left a narrow gap', () => {
    expect(pageLines([item('专任教师', 50, 700), item('228', 93, 700), item('人', 123, 700)])).toEqual(['专任教师 228人']);
  });

  it('takes the gap, not pdfjs’s own space items, to decide between nothing, a space and a tab', () => {
    expect(pageLines([item('序号', 50, 700), item(' ', 70, 700), item('专业', 200, 700)])).toEqual(['序号\t专业']);
  });
});

describe('lines that end a sentence at the right margin', () => {
  const line = (text: string, left = 60, size = 10) => ({ text, left, right: left + [...text].length * size, size });

  it('go on with the next line when it starts at the left margin, as the paragraph does', () => {
    expect(joinFullLines([line('全市中等职业学校毕业生一万二千余人，就业率高。'), line('升学比例百分之五十一，较上年有所提高。'), line('第三行不到头。')])).toEqual([
      '全市中等职业学校毕业生一万二千余人，就业率高。升学比例百分之五十一，较上年有所提高。',
      '第三行不到头。',
    ]);
  });

  it('do not when the next line is indented as a new paragraph, or is a heading', () => {
    const full = line('全市中等职业学校毕业生一万二千余人，就业率高。');
    expect(joinFullLines([full, line('新段落首行缩进两个字的位置。', 80), line('短。')])).toHaveLength(3);
    expect(joinFullLines([full, line('（二）升学情况'), line('升学比例百分之五十一。')])).toHaveLength(3);
  });
});
