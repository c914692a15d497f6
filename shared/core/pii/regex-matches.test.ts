import { describe, expect, it } from 'vitest';
import { afterCodePoint, allMatches, matchAt } from './regex-matches.ts';

describe('allMatches: what matchAll finds, without copying the pattern', () => {
  it.each([
    [/\d+/g, 'a1 22 333'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}*/gu, '😀ab😀c'],
    [/(?<=a)b|c/g, 'abcab'],
  ])('%s in %j', (re, s) => {
    const expected = [...s.matchAll(re)].map((m) => [m.index, m[0]]);
    expect(allMatches(s, re).map((m) => [m.index, m[0]])).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a regex that is not global, as matchAll does', () => {
    expect(() => allMatches('a1', /\d/)).toThrow(TypeError);
  });

  it('stops after the last match starting at or before a given offset', () => {
    expect(allMatches('a1 22 333 4444', /\d+/g, 3).map((m) => m[0])).toEqual(['1', '22']);
  });
});

describe('matchAt and afterCodePoint', () => {
  it('tries a sticky regex at one position only', () => {
    const re = /\d+/y;
    expect(matchAt(re, 'ab 12 34', 3)?.[0]).toBe('12');
    expect(matchAt(re, 'ab 12 34', 2)).toBeNull();
  });

  it('steps over a surrogate pair as one character, over anything else by one', () => {
    expect(afterCodePoint('a😀b', 1)).toBe(3);
    expect(afterCodePoint('a😀b', 0)).toBe(1);
    expect(afterCodePoint('\ud83d', 0)).toBe(1); // a lone high surrogate
  });
});
