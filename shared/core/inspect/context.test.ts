import { describe, expect, it } from 'vitest';
import { allMatches, inContext } from './context.ts';

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

describe('inContext', () => {
  it('rewrites each match with the words around it, skipping what reads as written', () => {
    expect(inContext('call 1-2-3 or 4-5', /\d(?:-\d)+/g, ([run]) => (run.length > 3 ? run.replace(/-/g, '') : run))).toEqual([
      'call 123 or 4-5',
    ]);
  });
});
