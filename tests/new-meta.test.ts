import { describe, expect, it } from 'vitest';
import { newMeta } from '../src/corpus/new-meta.ts';

const FLAGS = { id: 'x-2024', issuer: '某局', city: '某市', province: '某省', isDefault: false };

describe('metadata of a new report read from its cover', () => {
  it('joins the owner’s line, the genre’s name and the year line into the title, and reads the year from it', () => {
    const m = newMeta('r.txt', '星河职业技术学院\n高等职业教育质量年度报告\n（2024 年度）\n2025 年 1 月\n', FLAGS);
    expect(m).toMatchObject({ title: '星河职业技术学院高等职业教育质量年度报告（2024 年度）', shortTitle: '星河职业技术学院高等职业教育质量年度报告', yearCovered: 2024, published: '2025-01', sector: 'higher' });
  });

  it('reads a cover date written in Chinese numerals', () => {
    expect(newMeta('r.txt', '某市职业教育质量年度报告（2024）\n二〇二四年十二月\n', FLAGS).published).toBe('2024-12');
  });

  it('takes the flags over the cover', () => {
    expect(newMeta('r.txt', '某市职业教育质量年度报告（2024）\n2025 年 1 月\n', { ...FLAGS, title: '另一个标题（2023 年度）', year: 2023 })).toMatchObject({ title: '另一个标题（2023 年度）', yearCovered: 2023 });
  });

  it('refuses an id that is not lower-case letters, digits and dashes, naming the file', () => {
    expect(() => newMeta('r.txt', '', { ...FLAGS, id: '../x' })).toThrow(/r\.txt: --id "\.\.\/x"/u);
  });
});
