import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/answer/question.ts';
import { romanized } from '../src/text/romanize.ts';
import { realAnswerer } from './helpers.ts';

describe('a report’s own places in English, from its metadata', () => {
  it.each([
    ['获嘉县', 'huojia'],
    ['辉县市', 'huixian'],
    ['平原示范区', 'pingyuan'],
  ])('writes %s as %s (and spaced, and hyphenated)', (name, english) => {
    expect(romanized(name)).toContain(english);
  });

  it('reads the city and a county named in English as the report’s own', () => {
    const { kb } = realAnswerer();
    const { city, places, province } = kb.report.meta;
    const q = parseQuestion('What was the employment rate of Huojia vocational school graduates in 2023?', kb.entities, city, places ?? [], province);
    expect(q.places.length + q.entities.length).toBeGreaterThan(0);
    expect(q.elsewhere).toEqual([]);
  });

  it('reads another city named in English as elsewhere', () => {
    const { kb } = realAnswerer();
    const { city, places, province } = kb.report.meta;
    expect(parseQuestion('What was the 2023 graduate employment rate in Zhengzhou?', kb.entities, city, places ?? [], province).elsewhere).toContain('郑州');
  });
});
