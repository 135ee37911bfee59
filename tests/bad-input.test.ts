import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realAnswerer } from './helpers.ts';

const answerer = realAnswerer();

describe('bad input gets a clear reply, never an exception', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \t \n '],
    ['10,000 characters', '升学率'.repeat(3334)],
    ['emoji only', '😀🎉🙏'],
    ['control characters', '\u0000\u0007\u001b[31m升学率\u007f'],
    ['HTML', '<script>alert(1)</script><b>升学率</b>'],
    ['Markdown', '**升学率** _是_ `多少` [link](http://x)'],
    ['lunr syntax', '* : ^ ~ + - 升学率^10 title:升学 +中职 -本科 ~2'],
    ['only lunr syntax', '*'],
    ['a bare number', '51'],
    ['English', 'hello, what can you do?'],
    ['a null byte string', '\u0000'],
  ])('%s', (_name, q) => {
    const a = answerer.answer(q);
    expect(typeof a.answer).toBe('string');
    expect(a.answer.length).toBeGreaterThan(0);
    expect(typeof a.found).toBe('boolean');
    if (!a.found) expect(a.figure).toBeNull();
  });

  it('does not let lunr wildcards match everything', () => {
    expect(answerer.answer('*').found).toBe(false);
    expect(answerer.answer('* * *').found).toBe(false);
  });

  it('answers any string at all with one well-formed reply', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (q) => {
        const a = answerer.answer(q);
        return typeof a.answer === 'string' && a.answer.length > 0 && (a.found || a.figure === null);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a real question hidden in noise', () => {
    const a = answerer.answer(`<p>${'\u0000'}新乡中职升学率是多少？</p>😀`);
    expect(a.figure?.text).toBe('51%');
  });
});
