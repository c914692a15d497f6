// Which of the caller's environment variables a local edge (`npm start`) receives as Worker vars.
import { describe, expect, it } from 'vitest';
import { callerVars } from './edge.ts';

describe('callerVars', () => {
  it('passes PII_TAGGER on, and nothing else of the environment', () => {
    expect(callerVars({ PII_TAGGER: 'on', HOME: '/root', AWS_SECRET_ACCESS_KEY: 'x' })).toEqual({ PII_TAGGER: 'on' });
    expect(callerVars({ PII_TAGGER: '' })).toEqual({});
  });
});
