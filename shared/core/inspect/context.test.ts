import { describe, expect, it } from 'vitest';
import { inContext } from './context.ts';

describe('inContext', () => {
  it('rewrites each match with the words around it, skipping what reads as written', () => {
    expect(inContext('call 1-2-3 or 4-5', /\d(?:-\d)+/g, ([run]) => (run.length > 3 ? run.replace(/-/g, '') : run))).toEqual([
      'call 123 or 4-5',
    ]);
  });
});
